import Events
import Foundation
import Testing

/// A contract cannot change by accident: each example must encode to the bytes of its
/// golden file. After an intended (additive) change, run once with IPC_RECORD_GOLDEN=1
/// and review the diff of `Tests/EventsTests/Golden/`.
@Suite("Event contracts")
struct ContractGoldenTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test("Encodes to its golden JSON, and the golden JSON decodes back", arguments: ContractExamples.all)
    func golden(example: ContractExample) throws {
        let url = Self.goldenDirectory.appendingPathComponent(example.goldenFileName)
        let encoded = try example.encode()
        if ProcessInfo.processInfo.environment["IPC_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try (encoded + Data("\n".utf8)).write(to: url)
        }
        let golden = try Data(contentsOf: url)
        let goldenJSON = golden.last == 0x0A ? golden.dropLast() : golden[...]
        #expect(String(decoding: encoded, as: UTF8.self) == String(decoding: goldenJSON, as: UTF8.self))
        #expect(try example.roundTrip(Data(goldenJSON)) == encoded)
    }

    @Test("Every contract of the catalogue has an example, and type strings are unique")
    func catalogueIsCovered() {
        let catalogue = Set(EventCatalog.all.map { "\($0.eventType) v\($0.eventVersion)" })
        let examples = Set(ContractExamples.all.map(\.testDescription))
        #expect(catalogue == examples)
        #expect(catalogue.count == EventCatalog.all.count)
    }

    @Test("Every contract is published on one of the platform's topics")
    func topics() {
        for contract in EventCatalog.all {
            #expect(Topic.all.contains(contract.topic), "\(contract.eventType) on \(contract.topic)")
        }
    }

    @Test("Readers ignore unknown fields and read the header of unknown types")
    func forwardCompatibility() throws {
        let json = """
            {"id":"0b7e5c1a-4d2f-4e8a-9c3b-5a6d7e8f9a0b","type":"SomethingNew","version":3,
             "occurredAt":"2026-11-30T10:00:00Z","source":"future","correlationId":"1c8f6d2b-5e3a-4f9b-8d4c-6b7e8f9a0b1c",
             "data":{"anything":true},"extra":"ignored"}
            """
        let header = try EventHeader.decode(from: Array(json.utf8))
        #expect(header.type == "SomethingNew")
        #expect(header.version == 3)
        #expect(header.causationId == nil)
        #expect(throws: (any Error).self) { try EventCoding.decode(CallClosed.self, from: Array(json.utf8)) }
    }
}
