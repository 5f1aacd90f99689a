/// The state of one dependency as last probed.
public struct DependencyHealth: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        case up
        case down
        case pending
    }

    public var status: Status
    /// Where the dependency was looked for (`host:port`), never credentials.
    public var address: String?
    public var error: String?

    public init(status: Status, address: String? = nil, error: String? = nil) {
        self.status = status
        self.address = address
        self.error = error
    }
}
