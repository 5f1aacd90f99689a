import Events
import Hummingbird
import Persistence
import ServiceLifecycle

/// What makes one service different from another; the rest is the platform's.
public struct ServiceDefinition: Sendable {
    /// Lower-case name: the database role, schema, consumer group and Kafka client id.
    public var name: String
    public var summary: String
    public var defaultHTTPPort: Int
    /// The service's own migrations, numbered from 100 (the platform's come first).
    public var migrations: [Migration]
    public var publishes: [Topic]
    /// What the service does with each event it consumes; its consumer reads their topics.
    public var subscriptions: [EventSubscription]
    /// The service's own API operations, added to the platform's in `/openapi.json`.
    public var openAPIPaths: [String: [String: OpenAPIDocument.Operation]]
    /// Adds the service's routes.
    public var routes: @Sendable (RouteRecorder, ServiceResources) -> Void
    /// The service's own long-running work (e.g. sending mail), run in the same group; each
    /// waits for the gate, which opens once the schema and topics are ready.
    public var backgroundServices: @Sendable (ServiceResources, StartGate) -> [any Service] = { _, _ in [] }
    /// The largest request body any route takes (an upload's file and its form); a request
    /// that declares more is refused with 413 before its body is read.
    public var maxRequestBytes = 1 << 20

    public init(name: String, summary: String, defaultHTTPPort: Int, migrations: [Migration] = [], publishes: [Topic] = [],
                subscriptions: [EventSubscription] = [],
                openAPIPaths: [String: [String: OpenAPIDocument.Operation]] = [:],
                routes: @escaping @Sendable (RouteRecorder, ServiceResources) -> Void = { _, _ in }) {
        self.name = name
        self.summary = summary
        self.defaultHTTPPort = defaultHTTPPort
        self.migrations = migrations
        self.publishes = publishes
        self.subscriptions = subscriptions
        self.openAPIPaths = openAPIPaths
        self.routes = routes
    }
}
