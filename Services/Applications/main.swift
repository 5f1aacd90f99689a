import ServiceKit

await ServiceRunner.main(ApplicationsService.definition)
