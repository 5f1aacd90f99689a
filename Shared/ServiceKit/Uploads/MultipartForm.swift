import Foundation
import Hummingbird
import MultipartKit

/// The parts of a `multipart/form-data` body (RFC 7578): fields and files, parsed by
/// multipart-kit's streaming parser.
public struct MultipartForm: Sendable {
    public struct Part: Sendable {
        public var name: String
        /// Set for a file part.
        public var fileName: String?
        public var contentType: String?
        public var body: [UInt8]
    }

    public enum ParseError: Error, Equatable {
        case missingBoundary
        case malformed
    }

    public var parts: [Part]

    /// What a form may hold beside its file (its other fields and the parts' headers).
    public static let formAllowance = 64 * 1024

    public func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.body, as: UTF8.self) }
    }

    public func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.fileName != nil }
    }

    /// A request's multipart form, refused early when it is not multipart (415), when its body
    /// passes `maxFileBytes` and a little for the other fields (`tooLarge`), or when it is
    /// malformed (400).
    public static func read(_ request: Request, maxFileBytes: Int, tooLarge: Problem) async throws -> MultipartForm {
        guard let contentType = request.headers[.contentType], let boundary = boundary(fromContentType: contentType) else {
            throw Problem(status: .unsupportedMediaType, title: "Format d'envoi non accepté.",
                          detail: "Envoyez le fichier en multipart/form-data, dans un champ « file ».")
        }
        var request = request
        let body: ByteBuffer
        do {
            // The limit applies to the file; the rest of a form is small.
            body = try await request.collectBody(upTo: maxFileBytes + Self.formAllowance, within: Request.uploadDeadline)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw tooLarge
        }
        do {
            return try MultipartForm(body: Array(buffer: body), boundary: boundary)
        } catch {
            throw Problem(status: .badRequest, title: "Envoi illisible.", detail: "Le corps multipart/form-data est mal formé.")
        }
    }

    /// The boundary named by a `Content-Type: multipart/form-data; boundary=…` header.
    public static func boundary(fromContentType contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return value.isEmpty || value.count > 70 ? nil : value
        }
        return nil
    }

    /// - Throws: `missingBoundary` when the body never opens a part, `malformed` when a part
    ///   has no name or the body stops before its closing delimiter.
    public init(body: [UInt8], boundary: String) throws {
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var headers: [(String, String)] = []
        var content: [UInt8] = []
        var unnamed = false
        parser.onHeader = { headers.append(($0, $1)) }
        parser.onBody = { buffer in content += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            if let part = Self.part(headers: headers, body: content) { parts.append(part) } else { unnamed = true }
            headers = []
            content = []
        }
        guard body.firstRange(of: Array("--\(boundary)".utf8)) != nil else { throw ParseError.missingBoundary }
        do {
            try parser.execute(body)
        } catch {
            throw ParseError.malformed
        }
        // The streaming parser waits for more after a truncated body: the closing delimiter says it is whole.
        guard !unnamed, body.firstRange(of: Array("--\(boundary)--".utf8)) != nil else { throw ParseError.malformed }
        self.parts = parts
    }

    private static func part(headers: [(String, String)], body: [UInt8]) -> Part? {
        var name: String?
        var fileName: String?
        var contentType: String?
        for (header, value) in headers {
            switch header.lowercased() {
            case "content-disposition":
                name = parameter("name", in: value)
                fileName = parameter("filename", in: value)
            case "content-type":
                contentType = value
            default:
                continue
            }
        }
        return name.map { Part(name: $0, fileName: fileName, contentType: contentType, body: body) }
    }

    /// A quoted or bare parameter of a header value, e.g. `filename="délibération.pdf"`
    /// (multipart-kit reads `name` only, and splits a quoted value at its first `=`).
    private static func parameter(_ key: String, in value: String) -> String? {
        for item in value.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var text = pair[1].trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("\"") && text.hasSuffix("\"") && text.count >= 2 { text = String(text.dropFirst().dropLast()) }
            return text.replacingOccurrences(of: "\\\"", with: "\"")
        }
        return nil
    }
}
