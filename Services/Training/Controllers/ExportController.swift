import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// The back office's CSV downloads (staff): every session, and one session's registrations.
struct ExportController: Sendable {
    let gate: AccountGate<TrainingPageRenderer>
    let context: TrainingContext

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/gestion/sessions.csv", use: sessions)
        router.get("/gestion/sessions/{session}/inscriptions.csv", use: registrations)
    }

    @Sendable func sessions(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { _ in
            let all = try await context.database.withConnection { connection in
                try await SessionRepository(logger: context.logger).list(SessionRepository.Filter(statuses: SessionStatus.allCases), on: connection)
            }
            return SpreadsheetCSV.response(TrainingExport.sessions(all), fileName: "sessions.csv")
        }
    }

    @Sendable func registrations(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { _ in
            let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
            let (session, registrations) = try await context.database.withConnection { connection in
                (try await SessionRepository(logger: context.logger).find(id, on: connection),
                 try await RegistrationRepository(logger: context.logger).list(of: id, on: connection))
            }
            guard let session else { throw TrainingError.sessionNotFound }
            return SpreadsheetCSV.response(TrainingExport.registrations(registrations),
                                           fileName: "inscriptions-\(ParisTime.localDate(of: session.startsAt)).csv")
        }
    }
}
