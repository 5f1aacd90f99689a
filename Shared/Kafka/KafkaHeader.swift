/// A record header.
public struct KafkaHeader: Sendable, Equatable {
    public var name: String
    public var value: [UInt8]

    public init(name: String, value: [UInt8]) {
        self.name = name
        self.value = value
    }

    public init(name: String, value: String) {
        self.init(name: name, value: Array(value.utf8))
    }

    /// The value read as UTF-8.
    public var stringValue: String { String(decoding: value, as: UTF8.self) }
}
