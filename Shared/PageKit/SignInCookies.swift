import Hummingbird

/// The cookies of signing in: the sign-in form's double-submit token (the form has no
/// session yet to carry a CSRF token) and the session cookie itself.
public struct SignInCookies: Sendable {
    /// The session cookie's name.
    public let session: String
    /// The sign-in form's token cookie's name.
    public let form: String
    /// Marks cookies `Secure` (behind TLS in production).
    public let secure: Bool
    /// How long a session lasts.
    public static let sessionLifetime = 8 * 3600

    public init(session: String, form: String, secure: Bool) {
        self.session = session
        self.form = form
        self.secure = secure
    }

    /// The sign-in form's double-submit token, under `/connexion`.
    var formCookie: FormCookie { FormCookie(name: form, path: "/connexion", secure: secure) }

    /// Whether the form's hidden `_csrf` field matches its cookie.
    public func isFresh(_ request: Request, fields: FormFields) -> Bool {
        formCookie.isFresh(request, fields: fields)
    }

    /// Sets the form's token cookie on the page `render` makes with that token.
    public func formPage(token: String, _ render: (String) -> Response) -> Response {
        formCookie.page(token: token, render)
    }

    /// A redirect to `location` that opens the session `token`.
    public func signedIn(token: String, redirectTo location: String) -> Response {
        var response = PageResponses.redirect(to: location)
        response.setCookie(Cookie(name: session, value: token, maxAge: Self.sessionLifetime, path: "/", secure: secure, httpOnly: true, sameSite: .lax))
        return response
    }

    /// A redirect to `location` that forgets the session cookie.
    public func signedOut(redirectTo location: String) -> Response {
        var response = PageResponses.redirect(to: location)
        response.setCookie(Cookie(name: session, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax))
        return response
    }
}
