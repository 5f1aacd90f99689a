import Hummingbird
import ServiceKit

/// What a service's pages render for the account gate: its sign-in page and refusals.
public protocol AccountPageRendering: Sendable {
    associatedtype Role: AccountRole
    /// The sign-in form, whose hidden `_csrf` field carries `formToken`.
    func signInPage(email: String, formToken: String, errors: [FieldError], status: HTTPResponse.Status) -> Response
    /// A refusal as a page: a heading, the French explanation and a way back.
    func refusal(_ status: HTTPResponse.Status, heading: String, detail: String, session: AccountSession<Role>?) -> Response
}
