import ServiceKit

await ServiceRunner.main(TrainingService.definition)
