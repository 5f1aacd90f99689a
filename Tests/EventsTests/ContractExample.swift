import Events
import Foundation
import Model

/// One envelope per contract, with fixed values, checked against a golden JSON file.
struct ContractExample: Sendable, CustomTestStringConvertible {
    let type: String
    let version: Int
    let encode: @Sendable () throws -> Data
    /// Decodes the golden bytes as the contract and encodes them again.
    let roundTrip: @Sendable (Data) throws -> Data

    init<Payload: EventPayload>(_ payload: Payload) {
        let envelope = EventEnvelope(
            id: UUID(uuidString: "0b7e5c1a-4d2f-4e8a-9c3b-5a6d7e8f9a0b")!,
            occurredAt: Date(timeIntervalSince1970: 1_164_970_800.250),  // 2006-12-01T11:00:00.250Z
            source: "example",
            correlationId: UUID(uuidString: "1c8f6d2b-5e3a-4f9b-8d4c-6b7e8f9a0b1c")!,
            causationId: UUID(uuidString: "2d9a7e3c-6f4b-4a0c-9e5d-7c8f9a0b1c2d")!,
            data: payload)
        self.type = Payload.eventType
        self.version = Payload.eventVersion
        self.encode = { try EventCoding.encoder.encode(envelope) }
        self.roundTrip = { data in
            let decoded = try EventCoding.decode(Payload.self, from: data)
            guard decoded == envelope else { throw RoundTripMismatch() }
            return try EventCoding.encoder.encode(decoded)
        }
    }

    var testDescription: String { "\(type) v\(version)" }
    var goldenFileName: String { "\(type).v\(version).json" }
}

struct RoundTripMismatch: Error {}

import Testing
