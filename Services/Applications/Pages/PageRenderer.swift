import Hummingbird
import Mustache
import ServiceKit

/// Renders the server-side pages from their Mustache templates, inside the common layout.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        let templates: [(String, String)] = [
            ("layout", LayoutTemplate.layout), ("error", LayoutTemplate.error),
            ("home", PortalTemplates.home), ("call", PortalTemplates.call), ("attachments", PortalTemplates.attachments), ("signIn", PortalTemplates.signIn),
            ("myDossiers", PortalTemplates.myDossiers), ("dossier", PortalTemplates.dossier),
            ("staffDossiers", BackOfficeTemplates.dossiers), ("staffDossier", BackOfficeTemplates.dossier),
            ("blankForm", BlankFormTemplate.blankForm), ("staffCalls", CallTemplates.calls), ("callForm", CallTemplates.form),
            ("staffApplicants", ApplicantTemplates.applicants), ("applicantForm", ApplicantTemplates.form),
            ("applicantAccount", ApplicantTemplates.account),
        ]
        for (name, text) in templates { try library.register(text, named: name) }
        self.library = library
    }

    /// A page; `errors` fill the summary at the top and each field's own message.
    func page(_ name: String, _ values: [String: Any], session: SessionRepository.Session?, errors: [FieldError] = [],
              notice: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        if let session {
            values["session"] = ["isStaff": session.principal.role.isStaff, "isAdmin": session.principal.role == .admin,
                                 "email": session.principal.email, "csrf": session.csrfToken]
            values["csrf"] = session.csrfToken
        }
        values["notice"] = notice
        if !errors.isEmpty {
            values["hasErrors"] = true
            values["errorTitle"] = errors.count == 1 ? "Une erreur empêche d'enregistrer :" : "\(errors.count) erreurs empêchent d'enregistrer :"
            values["errors"] = errors.map { error -> [String: Any] in
                let anchor = error.field.contains(".") ? "" : error.field
                return ["message": error.message, "anchor": anchor]
            }
            for error in errors where values["errors_\(error.field)"] == nil {
                values["errors_\(error.field)"] = error.message
            }
        }
        let html = library.render(values, withTemplate: name) ?? "<!DOCTYPE html><html lang=\"fr\"><title>Erreur</title><p>Page introuvable.</p></html>"
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
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

    /// A refusal as a page: a heading, the French explanation and a way back.
    func refusal(_ status: HTTPResponse.Status, heading: String, detail: String, session: SessionRepository.Session?,
                 back: (String, String) = ("/", "Retour aux appels à candidatures")) -> Response {
        page("error", ["heading": heading, "detail": detail, "back": back.0, "backLabel": back.1], session: session, status: status)
    }
}
