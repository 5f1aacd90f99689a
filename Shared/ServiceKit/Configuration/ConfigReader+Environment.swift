import Configuration
import Foundation

extension ConfigReader {
    /// The process's environment, where an empty variable counts as unset: compose passes an
    /// operator's optional setting through as `NAME: ${NAME:-}`, an empty string when `.env`
    /// leaves it out, and the service's default must then apply.
    public static var environment: ConfigReader {
        environment(ProcessInfo.processInfo.environment)
    }

    /// ``environment`` over the given variables.
    public static func environment(_ variables: [String: String]) -> ConfigReader {
        ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: variables.filter { !$0.value.isEmpty }))
    }
}
