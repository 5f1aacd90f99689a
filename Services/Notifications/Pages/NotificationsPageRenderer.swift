import Hummingbird
import PageKit
import ServiceKit
import StaffAccess

/// Renders the notifications back-office's pages inside its layout.
struct NotificationsPageRenderer: AccountPageRendering {
    typealias Role = StaffRole

    private let library: PageLibrary

    init() throws {
        library = try PageLibrary(templates: [
            ("layout", NotificationsLayoutTemplate.layout), ("error", NotificationsLayoutTemplate.error),
            ("signIn", NotificationsLayoutTemplate.signIn), ("log", DeliveryLogTemplates.log),
            ("subscription", SubscriptionTemplates.subscription),
        ])
    }

    func page(_ name: String, _ values: [String: Any], session: AccountSession<StaffRole>?, errors: [FieldError] = [],
              notice: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        if let session {
            values["session"] = session.layoutValues
            values["csrf"] = session.csrfToken
        }
        return library.page(name, values, errors: errors, notice: notice, status: status)
    }

    func signInPage(email: String, formToken: String, errors: [FieldError], status: HTTPResponse.Status) -> Response {
        page("signIn", ["loginCsrf": formToken, "email": email], session: nil, errors: errors, status: status)
    }

    func refusal(_ status: HTTPResponse.Status, heading: String, detail: String, session: AccountSession<StaffRole>?) -> Response {
        page("error", ["heading": heading, "detail": detail], session: session, status: status)
    }
}
