import Events
import Foundation
import Model
import Persistence

/// Attendance, recorded by staff once a session has started; recording it marks the session
/// held, and `AttendanceRecorded` lets the indicators follow the objective.
struct AttendanceBook: Sendable {
    let context: TrainingContext

    struct Recorded: Codable, Sendable {
        var sessionId: TrainingSessionID
        var present: Int
        var electedPresent: Int
    }

    func record(_ present: [RegistrationID], of sessionId: TrainingSessionID) async throws -> Recorded {
        let now = context.clock()
        return try await context.transaction { connection in
            let sessions = SessionRepository(logger: context.logger)
            guard let session = try await sessions.find(sessionId, forUpdate: true, on: connection) else { throw TrainingError.sessionNotFound }
            guard session.status == .held || (session.status == .open && session.startsAt <= now) else {
                throw TrainingError.conflict("La présence se pointe une fois la session commencée, et jamais sur une session annulée.")
            }
            let elected = try await RegistrationRepository(logger: context.logger).recordAttendance(of: sessionId, present: present, on: connection)
            if session.status == .open {
                try await sessions.setStatus(.held, of: sessionId, on: connection)
                try await Outbox.append(EventEnvelope(source: "training", data: session.held(at: now)), on: connection, logger: context.logger)
            }
            let event = AttendanceRecorded(sessionId: sessionId, present: present, electedPresent: elected, recordedAt: now)
            try await Outbox.append(EventEnvelope(source: "training", data: event), on: connection, logger: context.logger)
            return Recorded(sessionId: sessionId, present: Set(present).count, electedPresent: elected)
        }
    }
}
