import Hummingbird
import PageKit
import ServiceKit

/// Renders the jury's pages inside its layout.
struct JuryPageRenderer: Sendable {
    private let library: PageLibrary

    init() throws {
        library = try PageLibrary(templates: [
            ("layout", JuryLayoutTemplate.layout), ("error", JuryLayoutTemplate.error), ("signIn", JuryLayoutTemplate.signIn),
            ("sittings", SittingTemplates.sittings), ("sitting", SittingTemplates.sitting), ("minutes", SittingTemplates.minutes),
            ("dossier", DossierTemplates.dossier),
        ])
    }

    func page(_ name: String, _ values: [String: Any], session: JurySessionRepository.Session?, errors: [FieldError] = [],
              notice: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        if let session {
            values["session"] = ["isStaff": session.member.role == .staff, "name": session.member.displayName, "csrf": session.csrfToken]
            values["csrf"] = session.csrfToken
        }
        return library.page(name, values, errors: errors, notice: notice, status: status)
    }

    /// A refusal as a page: a heading, the French explanation and a way back.
    func refusal(_ status: HTTPResponse.Status, heading: String, detail: String, session: JurySessionRepository.Session?) -> Response {
        page("error", ["heading": heading, "detail": detail], session: session, status: status)
    }
}
