import ServiceKit

await ServiceRunner.main(JuryService.definition())
