import Foundation

/// The document types a dossier accepts, recognised by their content, never by the name or
/// the type the browser declared.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case pdf, odt, ods, docx, xlsx, png, jpeg

    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        }
    }

    public static let acceptedLabel = "PDF, ODT, ODS, DOCX, XLSX, PNG ou JPEG"

    /// The kind of a document from its first bytes and, for the zip-based formats, the
    /// names of their entries.
    public static func sniff(_ bytes: [UInt8]) -> DocumentKind? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return nil }
        // OpenDocument: a first entry named "mimetype", stored, holding the media type (ODF 1.2, §3.3).
        if bytes.count > 38 {
            let nameLength = Int(bytes[26]) | Int(bytes[27]) << 8
            let extraLength = Int(bytes[28]) | Int(bytes[29]) << 8
            let nameEnd = 30 + nameLength
            if nameEnd <= bytes.count, String(decoding: bytes[30..<nameEnd], as: UTF8.self) == "mimetype" {
                let contentStart = nameEnd + extraLength
                let content = String(decoding: bytes[min(contentStart, bytes.count)..<min(contentStart + 60, bytes.count)], as: UTF8.self)
                if content.hasPrefix(DocumentKind.ods.mediaType) { return .ods }
                if content.hasPrefix(DocumentKind.odt.mediaType) { return .odt }
                return nil
            }
        }
        // Office Open XML: the main part's name appears in the zip's directory.
        if bytes.firstRange(of: Array("word/document.xml".utf8)) != nil { return .docx }
        if bytes.firstRange(of: Array("xl/workbook.xml".utf8)) != nil { return .xlsx }
        return nil
    }

    /// A sent file's name without folders or control characters, at most 200 characters, never empty.
    public func safeName(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(base.filter { !$0.isNewline && $0.asciiValue.map { $0 >= 32 && $0 != 127 } ?? true }.prefix(200))
        return cleaned.trimmingCharacters(in: .whitespaces).isEmpty ? "piece.\(rawValue)" : cleaned
    }

    /// The `Content-Disposition` of a download: RFC 6266 with an ASCII fallback and the UTF-8 name (RFC 8187).
    public static func contentDisposition(_ name: String) -> String {
        let ascii = String(name.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? $0 : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
