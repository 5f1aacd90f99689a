import Foundation

/// The encodings mail headers and bodies need: RFC 2047 encoded words for non-ASCII header
/// text, RFC 2231 for file names, base64 bodies in 76-character lines.
enum MIMEEncoding {
    /// `text` as it may stand in a header: unchanged when printable ASCII, otherwise UTF-8
    /// encoded words of at most 75 characters, split between characters, folded onto lines.
    static func headerWord(_ text: String) -> String {
        if text.allSatisfy({ $0.asciiValue.map { (32..<127).contains($0) } == true }) {
            return text
        }
        // 75 − len("=?UTF-8?B?") − len("?=") = 63 base64 characters, i.e. 45 bytes of UTF-8.
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// A `filename` parameter: plain when ASCII, else RFC 2231 `filename*=UTF-8''…`.
    static func fileNameParameter(_ name: String) -> String {
        if name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_. ".contains($0)) }) { return "filename=\"\(name)\"" }
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        return "filename*=UTF-8''\(name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "fichier")"
    }

    /// Base64 in lines of 76 characters, each ended by CRLF.
    static func base64Lines(_ bytes: [UInt8]) -> String {
        let encoded = Data(bytes).base64EncodedString()
        var lines: [Substring] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(encoded[index..<end])
            index = end
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The message as DATA sends it: a line starting with "." gets another (RFC 5321 §4.5.2),
    /// then the terminating "." line.
    static func dotStuffed(_ message: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(message.count + 16)
        var lineStart = true
        for byte in message {
            if lineStart && byte == UInt8(ascii: ".") { output.append(UInt8(ascii: ".")) }
            output.append(byte)
            lineStart = byte == UInt8(ascii: "\n")
        }
        if !lineStart { output += Array("\r\n".utf8) }
        return output + Array(".\r\n".utf8)
    }
}
