import Hummingbird
import ServiceKit

extension SignInCookies {
    /// The sign-in form's POST: its double-submit token, then the credentials, then a session
    /// and the redirect that opens it. Refusals show the form again with the reason.
    /// - Parameters:
    ///   - verify: the account for an address and a password, or `nil`.
    ///   - openSession: opens a session for the account; returns the cookie's value.
    ///   - landing: where the account lands once signed in.
    ///   - form: the sign-in page with the address typed, the errors and the status.
    public func signIn<Account: Sendable>(
        _ request: Request,
        verify: (_ email: String, _ password: String) async throws -> Account?,
        openSession: (Account) async throws -> String,
        landing: (Account) -> String,
        form: (_ email: String, _ errors: [FieldError], _ status: HTTPResponse.Status) -> Response
    ) async throws -> Response {
        let fields = try await FormFields.read(request)
        guard isFresh(request, fields: fields) else {
            return form(fields["email"] ?? "", [FieldError(field: "email", message: "Le formulaire a expiré : saisissez à nouveau vos identifiants.")],
                        .forbidden)
        }
        let email = fields.text("email") ?? ""
        let verified: Account?
        do {
            verified = try await verify(email, fields["password"] ?? "")
        } catch let throttled as SignInThrottled {
            var page = form(email, [FieldError(field: "email", message: throttled.message)], .tooManyRequests)
            page.headers[.retryAfter] = String(throttled.retryAfter)
            return page
        }
        guard let account = verified else {
            return form(email, [FieldError(field: "email", message: "L'adresse électronique ou le mot de passe est incorrect.")], .unauthorized)
        }
        return signedIn(token: try await openSession(account), redirectTo: landing(account))
    }
}
