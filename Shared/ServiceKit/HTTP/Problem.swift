import Foundation
import Hummingbird

/// An RFC 9457 problem document (`application/problem+json`), the API's only error shape:
/// a French title and detail, and every field error at once.
public struct Problem: HTTPResponseError, Encodable, Sendable {
    public var status: HTTPResponse.Status
    public var title: String
    public var detail: String?
    public var errors: [FieldError]
    /// A fault's id, also written in the log line that describes it.
    public var errorId: String?
    /// Seconds before the request may be tried again (`Retry-After`), when the refusal is for a while.
    public var retryAfter: Int?

    public init(status: HTTPResponse.Status, title: String, detail: String? = nil, errors: [FieldError] = [], errorId: String? = nil) {
        self.status = status
        self.title = title
        self.detail = detail
        self.errors = errors
        self.errorId = errorId
    }

    /// 422: the request is well-formed but breaks the rules; each error names its field.
    public static func invalid(_ errors: [FieldError], title: String = "La demande comporte des erreurs.") -> Problem {
        Problem(status: .unprocessableContent, title: title, errors: errors)
    }

    public static func notFound(_ detail: String) -> Problem {
        Problem(status: .notFound, title: "Introuvable.", detail: detail)
    }

    public static func conflict(_ detail: String) -> Problem {
        Problem(status: .conflict, title: "Opération impossible dans l'état actuel.", detail: detail)
    }

    public static let unauthenticated = Problem(status: .unauthorized, title: "Authentification requise.",
                                                detail: "Présentez un jeton valide : « Authorization: Bearer <jeton> » (voir POST /api/auth/token).")

    public static let forbidden = Problem(status: .forbidden, title: "Accès refusé.",
                                          detail: "Votre compte n'a pas les droits nécessaires pour cette opération.")

    enum CodingKeys: String, CodingKey {
        case type, title, status, detail, errors, errorId
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("about:blank", forKey: .type)
        try container.encode(title, forKey: .title)
        try container.encode(Int(status.code), forKey: .status)
        try container.encodeIfPresent(detail, forKey: .detail)
        if !errors.isEmpty { try container.encode(errors, forKey: .errors) }
        try container.encodeIfPresent(errorId, forKey: .errorId)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = try encoder.encode(self)
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
