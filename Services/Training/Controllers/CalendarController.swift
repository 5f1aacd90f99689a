import Foundation
import Hummingbird
import Model
import ServiceKit

/// iCalendar files: one session to add to a calendar, and a feed per département that
/// calendar programs subscribe to.
struct CalendarController: Sendable {
    let context: TrainingContext
    private var sessions: SessionRepository { SessionRepository(logger: context.logger) }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/sessions/{session}/calendrier.ics", use: session)
        router.get("/departements/{department}/calendrier.ics", use: department)
    }

    /// `GET /sessions/{session}/calendrier.ics`.
    @Sendable func session(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
        guard let found = try await context.database.withConnection({ try await sessions.find(id, on: $0) }), found.status != .draft else {
            throw TrainingError.sessionNotFound.problem
        }
        return file(ICalendar.text([event(found)], stamp: context.clock()), name: "formation-\(found.id).ics")
    }

    /// `GET /departements/{department}/calendrier.ics`: the département's sessions to come and those cancelled.
    @Sendable func department(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        let code = requestContext.parameters.get("department") ?? ""
        guard let name = Department.name(of: code) else { throw Problem.notFound("Ce département n'est pas en Midi-Pyrénées.") }
        let now = context.clock()
        let found = try await context.database.withConnection { connection in
            try await sessions.list(SessionRepository.Filter(department: code, from: ParisTime.startOfDay(ParisTime.localDate(of: now)),
                                                             statuses: [.open, .cancelled, .held]), on: connection)
        }
        return file(ICalendar.text(found.map(event), stamp: now, name: "Formations Internet Public et Citoyen — \(name)"),
                    name: "formations-\(code).ics")
    }

    private func event(_ session: TrainingSession) -> CalendarEvent {
        CalendarEvent(uid: "\(session.id)@formations.ipc", title: "\(session.kind.frenchLabel) : \(session.title)", startsAt: session.startsAt,
                      endsAt: session.endsAt, location: session.venue,
                      description: "\(session.description)\n\(context.publicURL)/sessions/\(session.id)", cancelled: session.status == .cancelled)
    }

    private func file(_ text: String, name: String) -> Response {
        var response = Response(status: .ok, headers: [.contentType: ICalendar.contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
        response.headers[.contentDisposition] = "inline; filename=\"\(name)\""
        return response
    }
}
