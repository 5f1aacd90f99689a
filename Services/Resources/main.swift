import ServiceKit

await ServiceRunner.main(ResourcesService.definition)
