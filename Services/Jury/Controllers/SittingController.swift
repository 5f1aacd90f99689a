import Foundation
import Hummingbird
import Model
import ServiceKit

/// Sittings: scheduling, the proposed next date, reading, closing, minutes.
struct SittingController: Sendable {
    let context: JuryContext

    struct Scheduled: Encodable, Sendable {
        var sitting: Sitting
        var agendaSize: Int
    }

    struct Proposal: Encodable, Sendable {
        var sittingDate: LocalDate
    }

    struct Refreshed: Encodable, Sendable {
        var sitting: Sitting
        /// Dossiers added by this refresh.
        var added: Int
        var agendaSize: Int
    }

    /// Dossiers of a call declared complete in the applications service and not yet received by the jury.
    struct NotYetReceived: Encodable, Sendable {
        var callId: CallID
        /// `nil` while the call itself has not reached the jury.
        var title: String?
        var count: Int
    }

    struct Closing: Codable, Sendable {
        /// The members who attended; the quorum is counted on them.
        var membersPresent: [UUID]
    }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        let accounts = context.accounts
        let workflow = SittingWorkflow(context: context)
        router.get("/api/sittings") { request, _ in
            let member = try await accounts.bearer(of: request)
            let sittings = try await context.database.withConnection { connection in
                try await SittingRepository(logger: context.logger).all(on: connection)
            }
            return JSONBody(sittings.filter { $0.isVisible(to: member) })
        }
        router.get("/api/sittings/proposal") { request, _ in
            _ = try await accounts.bearer(of: request)
            let last = try await context.database.withConnection { try await SittingRepository(logger: context.logger).lastDate(on: $0) }
            return JSONBody(Proposal(sittingDate: SittingCalendar.proposedDate(after: last, today: ParisTime.localDate(of: context.clock()))))
        }
        router.post("/api/sittings") { request, _ in
            let member = try await accounts.bearer(of: request)
            let form = try await request.decodeJSON(SittingForm.self)
            return try await refusingAsProblems {
                let (sitting, agendaSize) = try await workflow.schedule(form, by: member)
                return JSONBody(Scheduled(sitting: sitting, agendaSize: agendaSize), status: .created)
            }
        }
        router.get("/api/sittings/{sitting}") { request, context in
            let member = try await accounts.bearer(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            return try await refusingAsProblems {
                JSONBody(try await self.context.database.withConnection { connection in
                    try await DeliberationWorkflow(context: self.context).sitting(id, for: member, on: connection)
                })
            }
        }
        router.post("/api/sittings/{sitting}/agenda") { request, context in
            let member = try await accounts.bearer(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            return try await refusingAsProblems {
                let (sitting, added, agendaSize) = try await workflow.refreshAgenda(id, by: member)
                return JSONBody(Refreshed(sitting: sitting, added: added, agendaSize: agendaSize))
            }
        }
        router.get("/api/completions/not-yet-received") { request, _ in
            _ = try await accounts.bearer(of: request)
            return JSONBody(try await self.context.database.withConnection { connection -> [NotYetReceived] in
                let missing = try await CallCompletionRepository(logger: self.context.logger).notYetReceived(calls: nil, on: connection)
                let titles = try await CallRulesRepository(logger: self.context.logger).find(Array(missing.keys), on: connection)
                    .reduce(into: [CallID: String]()) { $0[$1.callId] = $1.title }
                return missing.map { NotYetReceived(callId: $0.key, title: titles[$0.key], count: $0.value) }.sorted { $0.callId.description < $1.callId.description }
            })
        }
        router.post("/api/sittings/{sitting}/close") { request, context in
            let member = try await accounts.bearer(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            let closing = try await request.decodeJSON(Closing.self)
            return try await refusingAsProblems {
                JSONBody(try await workflow.close(id, membersPresent: closing.membersPresent, by: member))
            }
        }
        router.get("/api/sittings/{sitting}/minutes.csv") { request, context in
            let member = try await accounts.bearer(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            return try await refusingAsProblems {
                let minutes = try await MinutesBuilder(context: self.context).minutes(of: id, for: member)
                return SpreadsheetCSV.response(minutes.csvRows, fileName: "proces-verbal-\(minutes.sitting.sittingDate).csv")
            }
        }
        router.get("/api/sittings/{sitting}/minutes") { request, context in
            let member = try await accounts.bearer(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            return try await refusingAsProblems {
                JSONBody(try await MinutesBuilder(context: self.context).minutes(of: id, for: member))
            }
        }
    }
}
