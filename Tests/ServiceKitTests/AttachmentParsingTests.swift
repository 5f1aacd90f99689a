import Foundation
import ServiceKit
import Testing

@Suite("Attachments: multipart bodies and content sniffing")
struct AttachmentParsingTests {
    static func body(boundary: String, parts: [(String, String?, [UInt8])]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (name, fileName, content) in parts {
            var header = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\""
            if let fileName { header += "; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream" }
            bytes += Array((header + "\r\n\r\n").utf8) + content + Array("\r\n".utf8)
        }
        return bytes + Array("--\(boundary)--\r\n".utf8)
    }

    @Test("Fields and a binary file come out intact, even when the file holds CR LF and dashes")
    func parts() throws {
        let file: [UInt8] = Array("%PDF-1.4\r\n--not-the-boundary\r\n".utf8) + [0, 255, 13, 10]
        let bytes = Self.body(boundary: "XyZ", parts: [("_csrf", nil, Array("jeton".utf8)), ("file", "délibération.pdf", file)])
        let form = try MultipartForm(body: bytes, boundary: "XyZ")
        #expect(form.field("_csrf") == "jeton")
        #expect(form.file("file")?.fileName == "délibération.pdf")
        #expect(form.file("file")?.body == file)
    }

    @Test("The boundary is read from the content type; a body without it is malformed")
    func boundary() {
        #expect(MultipartForm.boundary(fromContentType: "multipart/form-data; boundary=\"abc 1\"") == "abc 1")
        #expect(MultipartForm.boundary(fromContentType: "application/json") == nil)
        #expect(throws: MultipartForm.ParseError.missingBoundary) { try MultipartForm(body: Array("nothing".utf8), boundary: "abc") }
        #expect(throws: MultipartForm.ParseError.malformed) {
            try MultipartForm(body: Array("--abc\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".utf8), boundary: "abc")
        }
    }

    @Test("Documents are recognised by their content")
    func sniffing() {
        #expect(DocumentKind.sniff(Array("%PDF-1.7 ...".utf8)) == .pdf)
        #expect(DocumentKind.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) == .png)
        #expect(DocumentKind.sniff([0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        #expect(DocumentKind.sniff(Self.zip(firstEntry: "mimetype", content: DocumentKind.odt.mediaType)) == .odt)
        #expect(DocumentKind.sniff(Self.zip(firstEntry: "mimetype", content: DocumentKind.ods.mediaType)) == .ods)
        #expect(DocumentKind.sniff(Self.zip(firstEntry: "[Content_Types].xml", content: "word/document.xml")) == .docx)
        #expect(DocumentKind.sniff(Self.zip(firstEntry: "[Content_Types].xml", content: "xl/workbook.xml")) == .xlsx)
        #expect(DocumentKind.sniff(Self.zip(firstEntry: "mimetype", content: "application/epub+zip")) == nil)
        #expect(DocumentKind.sniff(Array("MZ\u{90}\0 an executable".utf8)) == nil)
        #expect(DocumentKind.sniff(Array("<html>%PDF-".utf8)) == nil)
    }

    /// A zip's first local header, stored, with one entry: enough for the sniffer.
    static func zip(firstEntry name: String, content: String) -> [UInt8] {
        let nameBytes = Array(name.utf8)
        var header: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 22)
        header += [UInt8(nameBytes.count & 0xFF), UInt8(nameBytes.count >> 8), 0, 0]
        return header + nameBytes + Array(content.utf8)
    }
}
