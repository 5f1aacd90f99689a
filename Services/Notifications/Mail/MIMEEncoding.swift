import Foundation

/// The encodings mail headers and bodies need: RFC 2047 encoded words for non-ASCII header
/// text, RFC 2231 for file names, base64 bodies in 76-character lines.
enum MIMEEncoding {
    /// `text` as it may stand in a header: unchanged when printable ASCII, otherwise UTF-8
    /// encoded words of at most 75 characters, split between characters, folded onto lines.
    /// - Parameter always: encodes printable ASCII too (text that looks like an encoded word).
    static func headerWord(_ text: String, always: Bool = false) -> String {
        if !always && text.allSatisfy({ $0.asciiValue.map { (32..<127).contains($0) } == true }) {
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

    /// A display name as an address header writes it: bare when made of atoms (letters,
    /// digits and RFC 5322's `atext` signs between single spaces), a quoted string when
    /// printable ASCII with specials (`,`, `(`, `"`, `<`…, escaped as RFC 5322 §3.2.4 says),
    /// encoded words otherwise (accents, or text that readers would take for an encoded word).
    /// A name is one line: runs of spaces and control characters become one space.
    static func displayName(_ name: String) -> String {
        let name = oneLine(name)
        let printable = name.allSatisfy { $0.asciiValue.map { (32..<127).contains($0) } == true }
        guard printable, !name.contains("=?") else { return headerWord(name, always: true) }
        let atoms = name.split(separator: " ", omittingEmptySubsequences: false)
        let isPhraseOfAtoms = atoms.allSatisfy { atom in !atom.isEmpty && atom.allSatisfy { $0.isLetter || $0.isNumber || atext.contains($0) } }
        if isPhraseOfAtoms { return name }
        return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `text` with each run of white space and control characters made one space, and none at either end.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
            .joined(separator: " ")
    }

    /// RFC 5322's `atext` beside letters and digits.
    private static let atext = Set("!#$%&'*+-/=?^_`{|}~")

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
