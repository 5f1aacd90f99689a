import Foundation

/// The JSON conventions of the platform's events: sorted keys, instants in ISO 8601 UTC
/// with milliseconds.
public enum EventCoding {
    /// Encodes envelopes the same way everywhere (and so byte-for-byte in golden tests).
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(timestampStyle))
        }
        return encoder
    }

    /// Accepts instants with or without fractional seconds.
    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = try? timestampStyle.parse(text) { return date }
            if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an ISO 8601 instant, got \(text)")
        }
        return decoder
    }

    static let timestampStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    /// Decodes a whole envelope once its type is known.
    public static func decode<Payload: EventPayload>(_: Payload.Type, from bytes: some Collection<UInt8>) throws -> EventEnvelope<Payload> {
        let envelope = try decoder.decode(EventEnvelope<Payload>.self, from: Data(bytes))
        guard envelope.type == Payload.eventType else {
            throw EventDecodingError.typeMismatch(expected: Payload.eventType, found: envelope.type)
        }
        return envelope
    }
}

/// An envelope that does not hold what its reader expects.
public enum EventDecodingError: Error, CustomStringConvertible {
    case typeMismatch(expected: String, found: String)

    public var description: String {
        switch self {
        case .typeMismatch(let expected, let found): "expected an event of type \(expected), found \(found)"
        }
    }
}
