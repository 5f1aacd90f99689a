import ServiceKit

await ServiceRunner.main(NotificationsService.definition)
