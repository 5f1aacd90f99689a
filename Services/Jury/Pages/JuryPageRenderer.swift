import Hummingbird
import PageKit
import ServiceKit
import StaffAccess

/// Renders the jury's pages inside its layout.
struct JuryPageRenderer: AccountPageRendering {
    typealias Role = MemberRole

    private let library: PageLibrary

    init() throws {
        library = try PageLibrary(templates: [
            ("layout", JuryLayoutTemplate.layout), ("error", JuryLayoutTemplate.error), ("signIn", JuryLayoutTemplate.signIn),
            ("sittings", SittingTemplates.sittings), ("sitting", SittingTemplates.sitting), ("minutes", SittingTemplates.minutes),
            ("dossier", DossierTemplates.dossier),
        ])
    }

    func page(_ name: String, _ values: [String: Any], session: AccountSession<MemberRole>?, errors: [FieldError] = [],
              notice: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        if let session {
            values["session"] = ["isStaff": session.account.role == .staff, "name": session.account.displayName, "csrf": session.csrfToken]
            values["csrf"] = session.csrfToken
        }
        return library.page(name, values, errors: errors, notice: notice, status: status)
    }

    func signInPage(email: String, formToken: String, errors: [FieldError], status: HTTPResponse.Status) -> Response {
        page("signIn", ["loginCsrf": formToken, "email": email], session: nil, errors: errors, status: status)
    }

    /// A refusal as a page: a heading, the French explanation and a way back.
    func refusal(_ status: HTTPResponse.Status, heading: String, detail: String, session: AccountSession<MemberRole>?) -> Response {
        page("error", ["heading": heading, "detail": detail], session: session, status: status)
    }
}
