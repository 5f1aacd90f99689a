import Foundation

/// The one envelope of every event on every topic.
public struct EventEnvelope<Payload: EventPayload>: Codable, Sendable, Equatable {
    public var id: UUID
    public var type: String
    public var version: Int
    /// ISO 8601 in UTC, with milliseconds.
    public var occurredAt: Date
    /// The service that published the event, e.g. `applications`.
    public var source: String
    /// Shared by every event that follows from one user action.
    public var correlationId: UUID
    /// The event (or request) that caused this one; `nil` for a user action.
    public var causationId: UUID?
    public var data: Payload

    /// A new event; `correlationId` defaults to the event's own id (it starts a chain).
    public init(
        id: UUID = UUID(),
        occurredAt: Date = Date(),
        source: String,
        correlationId: UUID? = nil,
        causationId: UUID? = nil,
        data: Payload
    ) {
        self.id = id
        self.type = Payload.eventType
        self.version = Payload.eventVersion
        self.occurredAt = occurredAt
        self.source = source
        self.correlationId = correlationId ?? id
        self.causationId = causationId
        self.data = data
    }

    /// A new event caused by `cause`, carrying its correlation id along the chain.
    public init(causedBy cause: EventHeader, source: String, occurredAt: Date = Date(), data: Payload) {
        self.init(occurredAt: occurredAt, source: source, correlationId: cause.correlationId, causationId: cause.id, data: data)
    }

    /// The envelope's fields without the data.
    public var header: EventHeader {
        EventHeader(id: id, type: type, version: version, occurredAt: occurredAt, source: source,
                    correlationId: correlationId, causationId: causationId)
    }

    private enum CodingKeys: String, CodingKey {
        case id, type, version, occurredAt, source, correlationId, causationId, data
    }

    /// UUIDs are written in lower case, as PostgreSQL prints them and as identifiers in `data` are.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(version, forKey: .version)
        try container.encode(occurredAt, forKey: .occurredAt)
        try container.encode(source, forKey: .source)
        try container.encode(correlationId.uuidString.lowercased(), forKey: .correlationId)
        try container.encodeIfPresent(causationId?.uuidString.lowercased(), forKey: .causationId)
        try container.encode(data, forKey: .data)
    }

    /// The JSON bytes published on the topic.
    public func encoded() throws -> [UInt8] {
        Array(try EventCoding.encoder.encode(self))
    }
}
