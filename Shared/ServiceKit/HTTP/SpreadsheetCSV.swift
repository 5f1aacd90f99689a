import Foundation
import Hummingbird

/// CSV that opens cleanly in a French spreadsheet: UTF-8 with a byte order mark, `;` between
/// fields, CRLF line ends.
public enum SpreadsheetCSV {
    public static func document(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The rows as a download named `fileName`.
    public static func response(_ rows: [[String]], fileName: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"\(fileName)\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: document(rows))))
    }

    /// Quotes a field when it holds a separator, a quote or a line break; a leading `=`, `+`,
    /// `-` or `@` is neutralised so that a spreadsheet never runs it as a formula.
    public static func field(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
