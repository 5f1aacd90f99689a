import Foundation
import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// Attendance and the objective through the API (staff).
struct AttendanceController: Sendable {
    let context: TrainingContext

    struct Attendance: Codable, Sendable {
        /// The registrations present; the session's other confirmed registrations were absent.
        var present: [RegistrationID]
    }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.put("/api/sessions/{session}/attendance", use: record)
        router.get("/api/objective", use: objective)
    }

    /// `PUT /api/sessions/{session}/attendance`: who attended; the session is then held.
    @Sendable func record(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<AttendanceBook.Recorded> {
        _ = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
        let attendance = try await request.decodeJSON(Attendance.self)
        return try await refusingAsProblems { JSONBody(try await AttendanceBook(context: context).record(attendance.present, of: id)) }
    }

    /// `GET /api/objective`: the elected officials trained, against 1,000, and where.
    @Sendable func objective(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Objective> {
        _ = try await context.accounts.bearer(of: request)
        return JSONBody(try await context.database.withConnection { try await ObjectiveRepository(logger: context.logger).objective(on: $0) })
    }
}
