import Configuration
import Foundation
import ServiceKit

let settings: NotificationsConfiguration
do {
    settings = try NotificationsConfiguration(reader: ConfigReader(provider: EnvironmentVariablesProvider()))
} catch {
    FileHandle.standardError.write(Data("notifications: \(error)\n".utf8))
    exit(78)  // EX_CONFIG
}
await ServiceRunner.main(NotificationsService.definition(settings: settings))
