import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// The pages of sittings: the list (and scheduling, for staff), one sitting with its agenda,
/// declarations and closing, and its printable minutes.
struct SittingPagesController: Sendable {
    let gate: JuryGate
    let context: JuryContext
    private var workflow: DeliberationWorkflow { DeliberationWorkflow(context: context) }

    static let notices = [
        "programmee": "La séance est programmée ; son ordre du jour est établi et les collectivités en sont informées.",
        "declaration": "Votre déclaration est enregistrée.",
        "close": "La séance est close ; ses décisions sont publiées.",
        "actualisee": "L'ordre du jour est actualisé avec les dossiers reçus depuis la programmation.",
    ]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/") { _, _ in PageResponses.redirect(to: "/seances") }
        router.get("/seances") { request, _ in
            try await gate.page(request) { session in
                try await sittingsPage(session, form: nil, errors: [])
            }
        }
        router.post("/seances") { request, _ in
            try await gate.page(request, allowing: [.staff]) { session in
                let fields = try await gate.form(request, session: session)
                let form = Self.sittingForm(fields, jurors: try await context.database.withConnection {
                    try await AccountRepository<MemberRole>(logger: context.logger).accounts(withRole: .juror, on: $0)
                })
                do {
                    let (sitting, _) = try await SittingWorkflow(context: context).schedule(form, by: session.account)
                    return PageResponses.redirect(to: "/seances/\(sitting.id)?avis=programmee")
                } catch let failure as ValidationFailure {
                    return try await sittingsPage(session, form: fields, errors: failure.errors)
                } catch JuryError.invalid(let errors) {
                    return try await sittingsPage(session, form: fields, errors: errors)
                }
            }
        }
        router.get("/seances/{sitting}") { request, context in
            try await gate.page(request) { session in
                let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
                return try await sittingPage(id, session: session, notice: request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] })
            }
        }
        router.post("/seances/{sitting}/dossiers/{dossier}/declaration") { request, context in
            try await gate.page(request) { session in
                let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
                let dossier = try context.parameters.identifier("dossier", as: ApplicationID.self)
                let fields = try await gate.form(request, session: session)
                _ = try await workflow.declare(conflict: fields["conflict"] == "true", on: dossier, in: id, by: session.account)
                return PageResponses.redirect(to: "/seances/\(id)?avis=declaration")
            }
        }
        router.post("/seances/{sitting}/ordre-du-jour") { request, context in
            try await gate.page(request, allowing: [.staff]) { session in
                let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
                _ = try await gate.form(request, session: session)
                _ = try await SittingWorkflow(context: self.context).refreshAgenda(id, by: session.account)
                return PageResponses.redirect(to: "/seances/\(id)?avis=actualisee")
            }
        }
        router.post("/seances/{sitting}/cloture") { request, context in
            try await gate.page(request) { session in
                let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
                let fields = try await gate.form(request, session: session)
                _ = try await SittingWorkflow(context: self.context).close(id, membersPresent: fields.all("present").compactMap(UUID.init(uuidString:)),
                                                                           by: session.account)
                return PageResponses.redirect(to: "/seances/\(id)?avis=close")
            }
        }
        router.get("/seances/{sitting}/proces-verbal") { request, context in
            try await gate.page(request) { session in
                let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
                return try await minutesPage(id, session: session)
            }
        }
    }

    /// The checked boxes and each juror's seat, as the API's form.
    static func sittingForm(_ fields: FormFields, jurors: [Member]) -> SittingForm {
        let seats = jurors.compactMap { juror -> SittingForm.Seat? in
            fields["seat-\(juror.id.uuidString.lowercased())"].flatMap(SittingRole.init(rawValue:)).map { SittingForm.Seat(memberId: juror.id, role: $0) }
        }
        return SittingForm(sittingDate: fields.text("sittingDate"), cutOff: nil, quorum: fields.text("quorum").flatMap { Int($0) },
                           callIds: fields.all("call").compactMap(CallID.init(uuidString:)), members: seats)
    }

    private func sittingsPage(_ session: AccountSession<MemberRole>, form: FormFields?, errors: [FieldError]) async throws -> Response {
        let member = session.account
        let (sittings, calls, jurors, last, missing) = try await context.database.withConnection { connection in
            let sittings = try await SittingRepository(logger: context.logger).all(on: connection).filter { $0.isVisible(to: member) }
            let calls = try await CallRulesRepository(logger: context.logger).find(nil, on: connection)
            let jurors = member.role == .staff ? try await AccountRepository<MemberRole>(logger: context.logger).accounts(withRole: .juror, on: connection) : []
            return (sittings, calls, jurors, try await SittingRepository(logger: context.logger).lastDate(on: connection),
                    try await CallCompletionRepository(logger: context.logger).notYetReceived(calls: nil, on: connection))
        }
        let titles = Dictionary(uniqueKeysWithValues: calls.map { ($0.callId, $0.title) })
        let checked = Set(form?.all("call") ?? [])
        let proposed = SittingCalendar.proposedDate(after: last, today: ParisTime.localDate(of: context.clock()))
        return gate.renderer.page("sittings", [
            "isStaff": member.role == .staff, "hasSittings": !sittings.isEmpty,
            "sittings": sittings.map { sitting -> [String: Any] in
                ["id": sitting.id.description, "date": sitting.sittingDate.frenchLong, "calls": SittingPresentation.calls(of: sitting, titles: titles),
                 "members": SittingPresentation.members(of: sitting), "state": SittingPresentation.state(of: sitting)]
            },
            "proposedDate": form?["sittingDate"] ?? proposed.description, "quorum": form?["quorum"] ?? "",
            "calls": calls.map { ["id": $0.callId.description, "title": $0.title, "placesLeft": $0.placesLeft, "checked": checked.contains($0.callId.description)] },
            "jurors": jurors.map { ["id": $0.id.uuidString.lowercased(), "name": $0.displayName] },
            "notYetReceived": SittingPresentation.notYetReceived(missing, titles: titles),
        ], session: session, errors: errors, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    private func sittingPage(_ id: JurySessionID, session: AccountSession<MemberRole>, notice: String?) async throws -> Response {
        let member = session.account
        let agenda = try await workflow.agenda(of: id, for: member)
        let (sitting, calls, decisions, missing) = try await context.database.withConnection { connection in
            let sitting = try await workflow.sitting(id, for: member, on: connection)
            return (sitting, try await CallRulesRepository(logger: context.logger).find(sitting.callIds, on: connection),
                    try await DeliberationRepository(logger: context.logger).decisions(of: id, on: connection),
                    try await CallCompletionRepository(logger: context.logger).notYetReceived(calls: sitting.callIds, on: connection))
        }
        let titles = Dictionary(uniqueKeysWithValues: calls.map { ($0.callId, $0.title) })
        let seated = sitting.role(of: member) != nil
        return gate.renderer.page("sitting", [
            "id": sitting.id.description, "date": sitting.sittingDate.frenchLong, "calls": SittingPresentation.calls(of: sitting, titles: titles),
            "cutOff": ParisTime.frenchDateTime(sitting.cutOff), "members": SittingPresentation.members(of: sitting), "quorum": sitting.quorum,
            "state": SittingPresentation.state(of: sitting), "closed": sitting.isClosed,
            "mayClose": sitting.mayDecide(member) && !sitting.isClosed, "seats": SittingPresentation.seats(of: sitting),
            "mayRefresh": member.role == .staff && sitting.acceptsAgendaChanges(at: context.clock()),
            "notYetReceived": member.role == .staff ? SittingPresentation.notYetReceived(missing, titles: titles) : [],
            "agenda": agenda.map { entry -> [String: Any] in
                let declaration: String = switch entry.conflict {
                case .some(true): "déporté(e)"
                case .some(false): "aucun conflit"
                case .none: seated ? "à faire" : "—"
                }
                return ["sittingId": sitting.id.description, "applicationId": entry.applicationId.description, "reference": entry.reference,
                        "applicantName": entry.applicantName, "visible": entry.dossier != nil, "declaration": declaration,
                        "mayDeclare": seated && entry.conflict == nil && !sitting.isClosed,
                        "decision": SittingPresentation.decision(decisions[entry.applicationId]?.decision)]
            },
        ], session: session, notice: notice)
    }

    private func minutesPage(_ id: JurySessionID, session: AccountSession<MemberRole>) async throws -> Response {
        let minutes = try await MinutesBuilder(context: context).minutes(of: id, for: session.account)
        let calls = Dictionary(uniqueKeysWithValues: minutes.calls.map { ($0.callId, $0) })
        let sitting = minutes.sitting
        return gate.renderer.page("minutes", [
            "date": sitting.sittingDate.frenchLong, "closed": sitting.isClosed, "seats": SittingPresentation.seats(of: sitting),
            "quorum": sitting.quorum, "quorumState": minutes.quorumReached ? "atteint" : "non atteint",
            "hasDeclarations": !minutes.declarations.isEmpty,
            "declarations": minutes.declarations.map {
                ["member": $0.member, "reference": $0.reference, "label": $0.conflict ? "déport (conflit d'intérêts)" : "aucun conflit d'intérêts"]
            },
            "ranking": minutes.ranking.map { line -> [String: Any] in
                let dossier = line.dossier
                let means = zip(calls[dossier.callId]?.criteria ?? [], dossier.criterionMeans).map { "\($0) : \(Minutes.french($1))" }
                return ["rank": dossier.rank, "reference": dossier.reference, "applicantName": dossier.applicantName,
                        "priority": dossier.priorityTarget ? "oui" : "non", "score": dossier.score.map(Minutes.french) ?? "non noté",
                        "means": means.joined(separator: " ; "), "decision": line.decision?.kind.frenchLabel ?? "à décider",
                        "grant": line.decision?.grantedAmount?.formattedFrench ?? line.decision?.consultingDays.map { "\($0) jours" } ?? "",
                        "motivation": line.decision?.motivation ?? ""]
            },
            "callBalances": minutes.calls.map { ["title": $0.title, "placesLeft": $0.placesLeft, "budgetLeft": $0.budgetLeft?.formattedFrench ?? "sans enveloppe"] },
        ], session: session)
    }
}
