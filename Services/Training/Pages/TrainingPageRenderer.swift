import Hummingbird
import PageKit
import ServiceKit
import StaffAccess

/// Renders the front's pages in its own frame and the back office's in the staff's.
struct TrainingPageRenderer: AccountPageRendering {
    typealias Role = StaffRole

    private let front: PageLibrary
    private let back: PageLibrary

    init() throws {
        front = try PageLibrary(templates: [
            ("layout", TrainingLayoutTemplate.front), ("error", TrainingLayoutTemplate.frontError),
            ("catalogue", CatalogueTemplates.catalogue), ("session", CatalogueTemplates.session),
            ("manage", CatalogueTemplates.manage), ("offerForm", HostingTemplates.offerForm),
            ("offerReceived", HostingTemplates.offerReceived), ("ask", TraineeTemplates.ask), ("mine", TraineeTemplates.mine),
            ("certificate", TraineeTemplates.certificate),
        ])
        back = try PageLibrary(templates: [
            ("layout", TrainingLayoutTemplate.back), ("error", TrainingLayoutTemplate.backError), ("signIn", TrainingLayoutTemplate.signIn),
            ("sessions", BackOfficeTemplates.sessions), ("session", BackOfficeTemplates.session), ("form", BackOfficeTemplates.form),
            ("checkIn", AttendanceTemplates.checkIn), ("objective", AttendanceTemplates.objective),
            ("offers", HostingTemplates.offers), ("offer", HostingTemplates.offer),
        ])
    }

    /// A page of the public front.
    func front(_ name: String, _ values: [String: Any], errors: [FieldError] = [], notice: String? = nil,
               status: HTTPResponse.Status = .ok) -> Response {
        front.page(name, values, errors: errors, notice: notice, status: status)
    }

    /// A page of the public front, as HTML (for the catalogue's cache).
    func frontHTML(_ name: String, _ values: [String: Any]) -> String {
        front.html(name, values)
    }

    /// A page of the back office, for a signed-in member of the team.
    func back(_ name: String, _ values: [String: Any], session: AccountSession<StaffRole>?, errors: [FieldError] = [],
              notice: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        if let session {
            values["session"] = session.layoutValues
            values["csrf"] = session.csrfToken
        }
        return back.page(name, values, errors: errors, notice: notice, status: status)
    }

    /// A refusal on the front: a heading and the French explanation.
    func frontRefusal(_ status: HTTPResponse.Status, heading: String, detail: String) -> Response {
        front("error", ["heading": heading, "detail": detail], status: status)
    }

    /// Runs a front page; refusals become French pages, never a 500.
    func refusingAsFrontPage(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let refusal as any ProblemConvertible {
            return frontRefusal(refusal.problem)
        } catch let problem as Problem {
            return frontRefusal(problem)
        }
    }

    private func frontRefusal(_ problem: Problem) -> Response {
        frontRefusal(problem.status, heading: problem.title, detail: problem.detail ?? problem.errors.map(\.message).joined(separator: " "))
    }

    func signInPage(email: String, formToken: String, errors: [FieldError], status: HTTPResponse.Status) -> Response {
        back("signIn", ["loginCsrf": formToken, "email": email], session: nil, errors: errors, status: status)
    }

    func refusal(_ status: HTTPResponse.Status, heading: String, detail: String, session: AccountSession<StaffRole>?) -> Response {
        back("error", ["heading": heading, "detail": detail], session: session, status: status)
    }
}
