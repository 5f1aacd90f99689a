/// A Kafka topic of the platform; each has a dead-letter companion `<name>.dlq`.
public struct Topic: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public init(stringLiteral value: String) {
        self.name = value
    }

    /// Where events that a consumer cannot process end, with their error.
    public var deadLetter: Topic { Topic(name + ".dlq") }

    public var description: String { name }

    public static let applications: Topic = "applications.v1"
    public static let jury: Topic = "jury.v1"
    public static let training: Topic = "training.v1"
    public static let resources: Topic = "resources.v1"
    public static let notifications: Topic = "notifications.v1"

    /// Every topic of the platform, in the order services are listed.
    public static let all: [Topic] = [.applications, .jury, .training, .resources, .notifications]
}
