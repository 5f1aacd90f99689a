import Events
import Foundation
import Testing

/// The header fast path must read exactly what JSONDecoder reads, or step aside.
@Suite("Event header decoding")
struct EventHeaderDecodingTests {
    @Test("The fast path agrees with JSONDecoder on every contract's golden envelope", arguments: ContractExamples.all)
    func agreesWithJSONDecoder(example: ContractExample) throws {
        let bytes = Array(try example.encode())
        let reference = try EventCoding.decoder.decode(EventHeader.self, from: Data(bytes))
        #expect(try EventHeader.decode(from: bytes) == reference)
    }

    @Test("Whitespace, escapes in data, a null causation and whole-second instants", arguments: [
        #"{ "id" : "0b7e5c1a-4d2f-4e8a-9c3b-5a6d7e8f9a0b", "type":"T", "version":2, "data":{"a":"x\"}y","b":[1,{"c":null}]}, "occurredAt":"2026-11-30T10:00:00Z", "source":"s", "correlationId":"1c8f6d2b-5e3a-4f9b-8d4c-6b7e8f9a0b1c", "causationId":null }"#,
        #"{"id":"0b7e5c1a-4d2f-4e8a-9c3b-5a6d7e8f9a0b","type":"T","version":2,"occurredAt":"2026-11-30T10:00:00.5Z","source":"s","correlationId":"1c8f6d2b-5e3a-4f9b-8d4c-6b7e8f9a0b1c"}"#,
        #"{"id":"0b7e5c1a-4d2f-4e8a-9c3b-5a6d7e8f9a0b","type":"T\u00e9","version":2,"occurredAt":"2026-11-30T11:00:00+01:00","source":"s","correlationId":"1c8f6d2b-5e3a-4f9b-8d4c-6b7e8f9a0b1c"}"#,
    ])
    func unusualButValid(json: String) throws {
        let reference = try EventCoding.decoder.decode(EventHeader.self, from: Data(json.utf8))
        let header = try EventHeader.decode(from: Array(json.utf8))
        #expect(header == reference)
        #expect(abs(header.occurredAt.timeIntervalSince1970 - 1_796_032_800) < 1)
    }

    @Test("Not an envelope: an error, never a header", arguments: [
        "{not an envelope", "[]", "", #"{"id":"nope","type":"T"}"#,
        #"{"id":"0b7e5c1a-4d2f-4e8a-9c3b-5a6d7e8f9a0b","type":"T","version":"2","occurredAt":"2026-11-30T10:00:00Z","source":"s"}"#,
    ])
    func malformed(text: String) {
        #expect(throws: (any Error).self) { try EventHeader.decode(from: Array(text.utf8)) }
    }
}
