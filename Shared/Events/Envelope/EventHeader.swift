import Foundation

/// The envelope without its data: enough to route, deduplicate and trace an event
/// whose type the reader may not even know.
public struct EventHeader: Codable, Sendable, Equatable {
    public var id: UUID
    public var type: String
    public var version: Int
    public var occurredAt: Date
    public var source: String
    public var correlationId: UUID
    public var causationId: UUID?

    public init(id: UUID, type: String, version: Int, occurredAt: Date, source: String, correlationId: UUID, causationId: UUID?) {
        self.id = id
        self.type = type
        self.version = version
        self.occurredAt = occurredAt
        self.source = source
        self.correlationId = correlationId
        self.causationId = causationId
    }

    /// Reads the header of an encoded envelope; unknown fields are ignored.
    public static func decode(from bytes: [UInt8]) throws -> EventHeader {
        if let header = bytes.withUnsafeBytes(EnvelopeHeaderScanner.scan) { return header }
        return try EventCoding.decoder.decode(EventHeader.self, from: Data(bytes))
    }
}
