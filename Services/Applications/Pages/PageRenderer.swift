import Hummingbird
import PageKit
import ServiceKit
import StaffAccess

/// Renders the server-side pages from their Mustache templates, inside the common layout.
struct PageRenderer: AccountPageRendering {
    private let library: PageLibrary

    init() throws {
        let templates: [(String, String)] = [
            ("layout", LayoutTemplate.layout), ("error", LayoutTemplate.error),
            ("home", PortalTemplates.home), ("call", PortalTemplates.call), ("attachments", PortalTemplates.attachments), ("signIn", PortalTemplates.signIn),
            ("myDossiers", PortalTemplates.myDossiers), ("dossier", PortalTemplates.dossier),
            ("staffDossiers", BackOfficeTemplates.dossiers), ("staffDossier", BackOfficeTemplates.dossier),
            ("blankForm", BlankFormTemplate.blankForm), ("staffCalls", CallTemplates.calls), ("callForm", CallTemplates.form),
            ("staffApplicants", ApplicantTemplates.applicants), ("applicantForm", ApplicantTemplates.form),
            ("applicantAccount", ApplicantTemplates.account),
            ("personalDataRequests", PersonalDataTemplates.requests), ("personalDataRequest", PersonalDataTemplates.request),
        ]
        library = try PageLibrary(templates: templates)
    }

    /// A page; `errors` fill the summary at the top and each field's own message.
    func page(_ name: String, _ values: [String: Any], session: AccountSession<Role>?, errors: [FieldError] = [],
              notice: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        if let session {
            values["session"] = ["isStaff": session.account.role.isStaff, "isAdmin": session.account.role == .admin,
                                 "email": session.account.email, "csrf": session.csrfToken]
            values["csrf"] = session.csrfToken
        }
        return library.page(name, values, errors: errors, notice: notice, status: status)
    }

    /// A call's blank dossier, as a file to download.
    func blankForm(_ listed: CallRepository.Listed) -> Response {
        var values = CallPresentation.values(listed, canApply: false, signInToApply: false)
        if let rule = listed.call.subsidyRule {
            values["innovation"] = ["rate": CallPresentation.rate(rule.rate), "cap": rule.cap.formattedFrench]
        }
        var response = page("blankForm", values, session: nil)
        let name = listed.call.action == .innovationGrant ? "projets-innovants" : "aide-au-conseil"
        response.headers[.contentDisposition] = "attachment; filename=\"dossier-de-candidature-\(name).html\""
        return response
    }

    func signInPage(email: String, formToken: String, errors: [FieldError], status: HTTPResponse.Status) -> Response {
        page("signIn", ["loginCsrf": formToken, "email": email], session: nil, errors: errors, status: status)
    }

    func refusal(_ status: HTTPResponse.Status, heading: String, detail: String, session: AccountSession<Role>?) -> Response {
        refusal(status, heading: heading, detail: detail, session: session, back: ("/", "Retour aux appels à candidatures"))
    }

    /// A refusal as a page: a heading, the French explanation and a way back.
    func refusal(_ status: HTTPResponse.Status, heading: String, detail: String, session: AccountSession<Role>?,
                 back: (String, String)) -> Response {
        page("error", ["heading": heading, "detail": detail, "back": back.0, "backLabel": back.1], session: session, status: status)
    }
}
