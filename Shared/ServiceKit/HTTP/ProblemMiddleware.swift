import Foundation
import Hummingbird
import Logging

/// The outermost middleware of every service: whatever a handler throws, the client gets a
/// French answer with a body, never an empty 500.
///
/// - A ``Problem`` goes out as it is.
/// - Hummingbird's own errors (no route, body too large) become problem documents with the
///   same status; a method the API document does not list on a documented path is a `405`
///   naming the allowed ones in `Allow`.
/// - Anything else is a fault: a `500` problem document carrying an error id, logged with the
///   same id and the error, so that an operator can find one from the other.
/// - A request target holding a control character (`%00`, a line break…) is refused with a
///   `400` before any handler sees it: no value of a path or query is stored with one.
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger
    /// The API document's path templates (`/api/dossiers/{id}`), split, with their methods in upper case.
    let documented: [(segments: [Substring], methods: [String])]

    /// - Parameter document: the service's API document, whose paths answer 405 to other methods.
    public init(logger: Logger, document: OpenAPIDocument? = nil) {
        self.logger = logger
        // Literal segments before captures, as the router matches them (`/api/dossiers/export.csv` before `/api/dossiers/{id}`).
        self.documented = (document?.paths ?? [:]).map { path, operations in
            (path.split(separator: "/"), operations.keys.map { $0.uppercased() }.sorted())
        }.sorted { first, second in
            first.segments.filter { $0.hasPrefix("{") }.count < second.segments.filter { $0.hasPrefix("{") }.count
        }
    }

    /// The methods the document lists for `path`, or `nil` when it does not document the path.
    func allowedMethods(for path: String) -> [String]? {
        let segments = path.split(separator: "/")
        return documented.first { template in
            template.segments.count == segments.count && zip(template.segments, segments).allSatisfy { expected, actual in
                (expected.hasPrefix("{") && expected.hasSuffix("}")) || expected == actual
            }
        }?.methods
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if Self.holdsControlCharacter(request.uri.description) {
            return try Self.answer(Problem(status: .badRequest, title: "Adresse invalide.",
                                           detail: "L'adresse demandée contient un caractère de contrôle."), to: request, context: context)
        }
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let error as any HTTPResponseError where error.status == .notFound {
            // No route: a documented path asked with another method is a 405, as RFC 9110 says.
            guard let allowed = allowedMethods(for: request.uri.path), !allowed.contains(request.method.rawValue) else {
                return try Self.answer(Problem(status: .notFound, title: Self.title(of: .notFound)), to: request, context: context)
            }
            var response = try Self.answer(Problem(status: .methodNotAllowed, title: Self.title(of: .methodNotAllowed),
                                                   detail: "Cette adresse accepte : \(allowed.joined(separator: ", "))."),
                                           to: request, context: context)
            response.headers[.allow] = allowed.joined(separator: ", ")
            return response
        } catch let error as any HTTPResponseError where error.status.code < 500 {
            return try Self.answer(Problem(status: error.status, title: Self.title(of: error.status)), to: request, context: context)
        } catch {
            let errorId = UUID().uuidString.lowercased()
            logger.error("unexpected error", metadata: [
                "errorId": "\(errorId)", "error": "\(String(reflecting: error))",
                "method": "\(request.method)", "path": "\(request.uri.path)",
            ])
            let problem = Problem(status: .internalServerError, title: "Erreur interne.",
                                  detail: "Une erreur inattendue est survenue ; rien n'a été enregistré. Identifiant de l'erreur : \(errorId).",
                                  errorId: errorId)
            return try Self.answer(problem, to: request, context: context)
        }
    }

    /// The problem as JSON, or as a short French page for a browser.
    static func answer(_ problem: Problem, to request: Request, context: Context) throws -> Response {
        let wantsPage = !request.uri.path.hasPrefix("/api/") && (request.headers[.accept] ?? "").contains("text/html")
        guard wantsPage else { return try problem.response(from: request, context: context) }
        let page = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>\(problem.title)</title></head>
            <body><main><h1>\(problem.title)</h1><p>\(problem.detail.map(\.markupEscaped) ?? "")</p><p><a href="/">Retour à l'accueil</a></p></main></body></html>
            """
        return Response(status: problem.status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func title(of status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "Introuvable."
        case .methodNotAllowed: "Méthode non permise."
        case .contentTooLarge: "Requête trop volumineuse."
        case .unauthorized: "Authentification requise."
        case .forbidden: "Accès refusé."
        default: "Requête refusée."
        }
    }

    /// Whether the request target, once percent-decoded, holds a C0 or C1 control character.
    /// Nearly every target has no `%` escape and no raw control byte: one pass over its bytes
    /// answers for them, and only the others are decoded.
    static func holdsControlCharacter(_ target: String) -> Bool {
        guard target.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 < 0x20 || $0 == 0x7F }) else { return false }
        let decoded = target.removingPercentEncoding ?? target
        return decoded.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
