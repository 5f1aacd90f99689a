/// The body of `/health/ready`: ready only when every dependency is up.
public struct HealthReport: Codable, Sendable, Equatable {
    public var service: String
    public var ready: Bool
    public var checks: [String: DependencyHealth]

    public init(service: String, checks: [String: DependencyHealth]) {
        self.service = service
        self.checks = checks
        self.ready = checks.values.allSatisfy { $0.status == .up }
    }

    /// The dependencies that are not up, by name, for humans reading the body.
    public var notReady: [String] { checks.filter { $0.value.status != .up }.keys.sorted() }
}
