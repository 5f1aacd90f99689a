/// The data of one event contract.
///
/// Every contract states its type string and version explicitly: they are the wire
/// contract, never derived from a Swift type name that a refactoring could change.
public protocol EventPayload: Codable, Sendable, Equatable {
    /// The `type` of the envelope, e.g. `ApplicationSubmitted`.
    static var eventType: String { get }
    /// The contract's version; within a `vN` topic changes are additive only.
    static var eventVersion: Int { get }
    /// The topic the event is published on.
    static var topic: Topic { get }
    /// Every topic the contract travels on: its own topic, except for a confirmation that
    /// each service publishes on its own.
    static var topics: [Topic] { get }
    /// The Kafka key: the aggregate's id, so one aggregate's events stay in order.
    var aggregateKey: String { get }
}

extension EventPayload {
    public static var topics: [Topic] { [topic] }
}
