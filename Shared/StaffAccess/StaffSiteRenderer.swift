import Hummingbird
import PageKit
import ServiceKit

/// A site of two faces: its public pages in their own frame, and its staff's back office in
/// theirs (each library holds a `layout`, an `error` page, and the back office a `signIn`).
public struct StaffSiteRenderer: AccountPageRendering {
    public typealias Role = StaffRole

    private let front: PageLibrary
    private let back: PageLibrary

    /// - Parameters:
    ///   - front: the public pages' Mustache templates, by name.
    ///   - back: the back office's.
    public init(front: [(String, String)], back: [(String, String)]) throws {
        self.front = try PageLibrary(templates: front)
        self.back = try PageLibrary(templates: back)
    }

    /// A page of the public front.
    public func front(_ name: String, _ values: [String: Any], errors: [FieldError] = [], notice: String? = nil,
               status: HTTPResponse.Status = .ok) -> Response {
        front.page(name, values, errors: errors, notice: notice, status: status)
    }

    /// A page of the public front, as HTML (for the catalogue's cache).
    public func frontHTML(_ name: String, _ values: [String: Any]) -> String {
        front.html(name, values)
    }

    /// A page of the back office, for a signed-in member of the team.
    public func back(_ name: String, _ values: [String: Any], session: AccountSession<StaffRole>?, errors: [FieldError] = [],
              notice: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        if let session {
            values["session"] = session.layoutValues
            values["csrf"] = session.csrfToken
        }
        return back.page(name, values, errors: errors, notice: notice, status: status)
    }

    /// A refusal on the front: a heading and the French explanation.
    public func frontRefusal(_ status: HTTPResponse.Status, heading: String, detail: String) -> Response {
        front("error", ["heading": heading, "detail": detail], status: status)
    }

    /// Runs a front page; refusals become French pages, never a 500.
    public func refusingAsFrontPage(_ body: () async throws -> Response) async throws -> Response {
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

    public func signInPage(email: String, formToken: String, errors: [FieldError], status: HTTPResponse.Status) -> Response {
        back("signIn", ["loginCsrf": formToken, "email": email], session: nil, errors: errors, status: status)
    }

    public func refusal(_ status: HTTPResponse.Status, heading: String, detail: String, session: AccountSession<StaffRole>?) -> Response {
        back("error", ["heading": heading, "detail": detail], session: session, status: status)
    }
}
