import Hummingbird

/// The CSRF token of a form that has no session behind it (signing in, a public registration):
/// a random token both in a cookie and in the form's hidden `_csrf` field, which a forged
/// cross-site post cannot match.
public struct FormCookie: Sendable {
    public let name: String
    /// The path the form posts under; the cookie goes nowhere else.
    public let path: String
    /// Marks the cookie `Secure` (behind TLS in production).
    public let secure: Bool

    public init(name: String, path: String, secure: Bool) {
        self.name = name
        self.path = path
        self.secure = secure
    }

    /// Whether the form's hidden `_csrf` field matches its cookie.
    public func isFresh(_ request: Request, fields: FormFields) -> Bool {
        guard let cookie = request.cookies[name]?.value, let sent = fields["_csrf"] else { return false }
        return PageResponses.constantTimeEquals(cookie, sent)
    }

    /// Sets the token's cookie on the page `render` makes with that token.
    public func page(token: String, _ render: (String) -> Response) -> Response {
        var response = render(token)
        response.setCookie(Cookie(name: name, value: token, maxAge: 3600, path: path, secure: secure, httpOnly: true, sameSite: .strict))
        return response
    }
}
