import HTTPTypes
import Hummingbird

/// Security headers on every answer of a service, pages, API and errors alike.
///
/// Pages get a Content-Security-Policy that allows no inline script nor any script from
/// elsewhere (the pages need none) and no framing. Styles may be inline (the pages carry their
/// own stylesheet). A handler that sets its own policy keeps it: the resource centre's
/// embeddable list allows any site to frame it.
public struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The policy of every page that does not set its own.
    public static var pagePolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
    }

    /// Not among swift-http-types' named fields.
    static var referrerPolicy: HTTPField.Name { HTTPField.Name("Referrer-Policy")! }

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        if response.headers[Self.referrerPolicy] == nil {
            response.headers[Self.referrerPolicy] = "strict-origin-when-cross-origin"
        }
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.pagePolicy
        }
        return response
    }
}
