import Hummingbird

/// Refuses with 413 a request whose declared body (`Content-Length`) passes the service's
/// largest, before a byte of it is read, and closes the connection rather than drain it. A
/// body sent without a length is cut off where each route reads it (`collectBody(upTo:)`).
public struct RequestSizeMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBytes: Int

    public init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > maxBytes {
            let problem = Problem(status: .contentTooLarge, title: "Requête trop volumineuse.",
                                  detail: "Le corps annoncé (\(declared) octets) dépasse le maximum accepté (\(maxBytes) octets).")
            var response = try ProblemMiddleware<Context>.answer(problem, to: request, context: context)
            response.headers[.connection] = "close"
            return response
        }
        return try await next(request, context)
    }
}
