import Foundation

/// Reads an envelope's header fields straight from its bytes, without decoding `data`.
///
/// Consumers read the header of every record (to deduplicate and route) but most never
/// need the data of most events; Foundation's JSONDecoder costs tens of microseconds per
/// record, this scanner a few. Anything unusual (escapes in a header string, another
/// timestamp form) makes it give up, and the caller falls back to JSONDecoder.
enum EnvelopeHeaderScanner {
    /// The header fields, as ranges of the value that follows each key.
    private struct Fields {
        var id: Range<Int>?
        var type: Range<Int>?
        var version: Range<Int>?
        var occurredAt: Range<Int>?
        var source: Range<Int>?
        var correlationId: Range<Int>?
        var causationId: Range<Int>?

        /// Records `value` under `key` when the key is a header field (compared as bytes,
        /// without making strings).
        mutating func record(key: UnsafeRawBufferPointer, value: Range<Int>) {
            switch key.count {
            case 2 where key.elementsEqual("id".utf8): id = value
            case 4 where key.elementsEqual("type".utf8): type = value
            case 6 where key.elementsEqual("source".utf8): source = value
            case 7 where key.elementsEqual("version".utf8): version = value
            case 10 where key.elementsEqual("occurredAt".utf8): occurredAt = value
            case 11 where key.elementsEqual("causationId".utf8): causationId = value
            case 13 where key.elementsEqual("correlationId".utf8): correlationId = value
            default: break
            }
        }
    }

    static func scan(_ bytes: UnsafeRawBufferPointer) -> EventHeader? {
        var fields = Fields()
        var index = skipWhitespace(bytes, 0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        while true {
            index = skipWhitespace(bytes, index)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "}") { break }
            guard let keyRange = stringContent(bytes, index) else { return nil }
            index = skipWhitespace(bytes, keyRange.upperBound + 1)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index = skipWhitespace(bytes, index + 1)
            guard let valueEnd = skipValue(bytes, index) else { return nil }
            fields.record(key: UnsafeRawBufferPointer(rebasing: bytes[keyRange]), value: index..<valueEnd)
            index = skipWhitespace(bytes, valueEnd)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "}") else { return nil }
            break
        }
        func string(_ range: Range<Int>?) -> String? {
            guard let range, let content = stringContent(bytes, range.lowerBound),
                  content.upperBound + 1 == range.upperBound else { return nil }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[content]), as: UTF8.self)
        }
        guard let id = string(fields.id).flatMap(UUID.init(uuidString:)),
              let type = string(fields.type),
              let versionRange = fields.version,
              let version = Int(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[versionRange]), as: UTF8.self)),
              let occurredAt = string(fields.occurredAt).flatMap(parseTimestamp),
              let source = string(fields.source),
              let correlationId = string(fields.correlationId).flatMap(UUID.init(uuidString:))
        else { return nil }
        var causationId: UUID?
        if let range = fields.causationId, !isNull(bytes, range) {
            guard let value = string(range).flatMap(UUID.init(uuidString:)) else { return nil }
            causationId = value
        }
        return EventHeader(id: id, type: type, version: version, occurredAt: occurredAt, source: source,
                           correlationId: correlationId, causationId: causationId)
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fff]Z`, the form the platform writes; `nil` for anything else.
    static func parseTimestamp(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count >= 20, b.last == UInt8(ascii: "Z"), b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58,
              let year = digits(b, 0, 4), let month = digits(b, 5, 2), let day = digits(b, 8, 2),
              let hour = digits(b, 11, 2), let minute = digits(b, 14, 2), let second = digits(b, 17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var fraction = 0.0
        if b.count > 20 {
            guard b[19] == UInt8(ascii: "."), b.count > 21 else { return nil }
            var scale = 0.1
            for digit in b[20..<(b.count - 1)] {
                guard (48...57).contains(digit) else { return nil }
                fraction += Double(digit - 48) * scale
                scale /= 10
            }
        } else if b.count != 20 {
            return nil
        }
        // Days from the civil calendar (Howard Hinnant's algorithm), exact for the Gregorian calendar.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = Double(days * 86_400 + hour * 3_600 + minute * 60 + second) + fraction
        return Date(timeIntervalSince1970: seconds)
    }

    private static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    private static func skipWhitespace(_ bytes: UnsafeRawBufferPointer, _ start: Int) -> Int {
        var index = start
        while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        return index
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The range inside the quotes of a string starting at `start`; `nil` if it holds escapes.
    private static func stringContent(_ bytes: UnsafeRawBufferPointer, _ start: Int) -> Range<Int>? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "\"") else { return nil }
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""): return (start + 1)..<index
            case UInt8(ascii: "\\"): return nil
            default: index += 1
            }
        }
        return nil
    }

    private static func isNull(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        range.count == 4 && bytes[range.lowerBound] == UInt8(ascii: "n")
    }

    /// The index just past the value starting at `start` (objects and arrays skipped whole).
    private static func skipValue(_ bytes: UnsafeRawBufferPointer, _ start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            var index = start + 1
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
                if bytes[index] == UInt8(ascii: "\"") { return index + 1 }
                index += 1
            }
            return nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard let end = skipValue(bytes, index) else { return nil }
                    index = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default: break
                }
                index += 1
            }
            return nil
        default:
            var index = start
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || isWhitespace(byte) { break }
                index += 1
            }
            return index > start ? index : nil
        }
    }
}
