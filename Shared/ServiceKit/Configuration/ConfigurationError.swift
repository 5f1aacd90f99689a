/// A configuration a service refuses to start with.
public enum ConfigurationError: Error, CustomStringConvertible, Equatable {
    case missing(variable: String, reason: String)
    case invalid(variable: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .missing(let variable, let reason):
            "configuration error: \(variable) is required (\(reason))"
        case .invalid(let variable, let value, let expected):
            "configuration error: \(variable)=\(value) is invalid, expected \(expected)"
        }
    }
}
