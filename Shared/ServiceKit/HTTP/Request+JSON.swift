import Foundation
import Hummingbird

extension Request {
    /// Decodes a JSON body; a body declared as another type is a 415 problem, read no further;
    /// a missing, malformed or mistyped body is a 400 problem naming
    /// the field, never a 500; a value of the right JSON type that is not one the field takes
    /// (an unknown status, an impossible date, a rate above 100 %) and a string holding a
    /// control character are a 422 naming the field.
    /// - Parameter multiLineFields: the keys of text areas, whose values may hold line breaks
    ///   and tabs; every other string is single-line.
    public func decodeJSON<Value: Decodable>(_ type: Value.Type, multiLineFields: Set<String> = [], limit: Int = 1 << 20) async throws -> Value {
        if let declared = headers[.contentType], !Self.isJSON(declared) {
            throw Problem(status: .unsupportedMediaType, title: "Type de contenu non accepté.",
                          detail: "Le corps de la requête doit être du JSON, envoyé avec « Content-Type: application/json ».")
        }
        var request = self
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit, within: Self.bodyDeadline)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(status: .contentTooLarge, title: "Requête trop volumineuse.", detail: "Le corps dépasse \(limit) octets.")
        }
        let data = Data(buffer: buffer)
        let value: Value
        do {
            value = try JSONDecoder.api.decode(Value.self, from: data)
        } catch let error as DecodingError {
            let field = Self.field(of: error)
            if case .dataCorrupted = error, let field {
                throw Problem.invalid([FieldError(field: field, message: Self.describe(error))])
            }
            throw Problem(status: .badRequest, title: "Corps de requête illisible.", detail: Self.describe(error),
                          errors: field.map { [FieldError(field: $0, message: Self.describe(error))] } ?? [])
        }
        let refusals = TextInput.refusals(inJSON: data, multiLineFields: multiLineFields)
        guard refusals.isEmpty else { throw Problem.invalid(refusals) }
        return value
    }

    /// `application/json` or a `+json` type, parameters aside; a body sent without a type is read as JSON.
    static func isJSON(_ contentType: String) -> Bool {
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return mediaType == "application/json" || mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    private static func field(of error: DecodingError) -> String? {
        switch error {
        case .keyNotFound(let key, let context): path(context.codingPath + [key])
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            context.codingPath.isEmpty ? nil : path(context.codingPath)
        @unknown default: nil
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context): "Le champ « \(path(context.codingPath + [key])) » est obligatoire."
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "Le champ « \(path(context.codingPath)) » n'a pas le type attendu."
        case .dataCorrupted(let context):
            context.codingPath.isEmpty ? "Le corps de la requête n'est pas un JSON valide."
                : "La valeur du champ « \(path(context.codingPath)) » est invalide."
        @unknown default: "Le corps de la requête est invalide."
        }
    }
}

extension JSONDecoder {
    /// The API's decoder: ISO 8601 instants, with or without fractions of a second; an
    /// unreadable one is an error of its own field (Foundation's `.iso8601` names none).
    public static var api: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = (try? Date.ISO8601FormatStyle().parse(text)) ?? (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            else { throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 instant: \(text)") }
            return date
        }
        return decoder
    }
}

extension JSONEncoder {
    /// The API's encoder: ISO 8601 dates, sorted keys.
    public static var api: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// A JSON response body with the API's encoder.
public struct JSONBody<Value: Encodable & Sendable>: ResponseGenerator {
    public var value: Value
    public var status: HTTPResponse.Status

    public init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try JSONEncoder.api.encode(value))))
    }
}
