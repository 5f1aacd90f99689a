extension String {
    /// Reads a NUL-terminated C string out of a fixed-size buffer that librdkafka filled.
    init(cBuffer buffer: [CChar]) {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
