import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// A dossier of a sitting: its details once the juror declared no conflict, the juror's
/// scores, and the decision (staff and the chair).
struct DossierPagesController: Sendable {
    let gate: JuryGate
    let context: JuryContext
    private var workflow: DeliberationWorkflow { DeliberationWorkflow(context: context) }

    static let notices = ["notes": "Vos notes sont enregistrées.", "decision": "La décision est enregistrée ; elle sera publiée à la clôture."]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/seances/{sitting}/dossiers/{dossier}") { request, context in
            try await gate.page(request) { session in
                let (id, dossier) = try Self.path(context)
                let notice = request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] }
                return try await dossierPage(dossier, in: id, session: session, notice: notice)
            }
        }
        router.post("/seances/{sitting}/dossiers/{dossier}/notes") { request, context in
            try await gate.page(request) { session in
                let (id, dossier) = try Self.path(context)
                let fields = try await gate.form(request, session: session)
                let (_, call, _) = try await workflow.details(of: dossier, in: id, for: session.account)
                let lines = call.criteria.indices.map { index in
                    ScoreSheet.Line(criterion: index, score: fields.text("score-\(index)").flatMap { Int($0) } ?? -1,
                                    comment: fields.text("comment-\(index)"))
                }
                _ = try await workflow.score(ScoreSheet(scores: lines), on: dossier, in: id, by: session.account)
                return PageResponses.redirect(to: "/seances/\(id)/dossiers/\(dossier)?avis=notes")
            }
        }
        router.post("/seances/{sitting}/dossiers/{dossier}/decision") { request, context in
            try await gate.page(request) { session in
                let (id, dossier) = try Self.path(context)
                let fields = try await gate.form(request, session: session)
                var errors: [FieldError] = []
                var amount: Int64?
                if let typed = fields.text("grantedAmount") {
                    if let money = Money(frenchInput: typed) { amount = money.cents } else {
                        errors.append(FieldError(field: "grantedAmountCents", message: "Saisissez un montant en euros, par exemple 32 000,00."))
                    }
                }
                var days: Int?
                if let typed = fields.text("consultingDays") {
                    if let value = Int(typed) { days = value } else {
                        errors.append(FieldError(field: "consultingDays", message: "Saisissez un nombre de jours."))
                    }
                }
                let form = DecisionForm(decision: fields.text("decision").flatMap(DecisionKind.init(rawValue:)), grantedAmountCents: amount,
                                        consultingDays: days, motivation: fields.text("motivation"))
                do {
                    guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
                    _ = try await workflow.decide(form, on: dossier, in: id, by: session.account)
                    return PageResponses.redirect(to: "/seances/\(id)/dossiers/\(dossier)?avis=decision")
                } catch let failure as ValidationFailure {
                    return try await dossierPage(dossier, in: id, session: session, notice: nil, typed: fields, errors: failure.errors)
                }
            }
        }
    }

    private static func path(_ context: PlatformRequestContext) throws -> (JurySessionID, ApplicationID) {
        (try context.parameters.identifier("sitting", as: JurySessionID.self), try context.parameters.identifier("dossier", as: ApplicationID.self))
    }

    private func dossierPage(_ application: ApplicationID, in id: JurySessionID, session: AccountSession<MemberRole>, notice: String?,
                             typed: FormFields? = nil, errors: [FieldError] = []) async throws -> Response {
        let member = session.account
        let (dossier, call, sheet) = try await workflow.details(of: application, in: id, for: member)
        let (sitting, decision) = try await context.database.withConnection { connection in
            (try await workflow.sitting(id, for: member, on: connection),
             try await DeliberationRepository(logger: context.logger).decisions(of: id, on: connection)[application]?.decision)
        }
        let suggested = call.sizeCriterion.map { [$0: ScoreSheet.suggestedSizeScore(priorityTarget: dossier.priorityTarget)] } ?? [:]
        let ceiling = call.subsidyRule.map { rule in dossier.eligibleCost.map { rule.maximumSubsidy(forEligibleCost: $0) } ?? rule.cap }
        return gate.renderer.page("dossier", [
            "sittingId": id.description, "applicationId": application.description, "date": sitting.sittingDate.frenchLong,
            "reference": dossier.reference, "applicantName": dossier.applicantName, "applicantKind": dossier.applicantKind,
            "department": dossier.department, "population": dossier.population, "priority": dossier.priorityTarget ? "oui" : "non",
            "callTitle": call.title, "projectTitle": dossier.projectTitle, "theme": dossier.theme,
            "eligibleCost": dossier.eligibleCost?.formattedFrench as Any, "requestedSubsidy": dossier.requestedSubsidy?.formattedFrench as Any,
            "submitted": ParisTime.frenchDateTime(dossier.submittedAt),
            "mayScore": member.role == .juror && sitting.role(of: member) != nil && !sitting.isClosed,
            "criteria": call.criteria.enumerated().map { index, name -> [String: Any] in
                let line = sheet?.scores.first { $0.criterion == index }
                let chosen = line?.score ?? suggested[index] ?? 3
                return ["index": index, "name": name, "comment": line?.comment ?? "",
                        "options": ScoreSheet.range.map { ["value": $0, "selected": $0 == chosen] }]
            },
            "mayDecide": sitting.mayDecide(member) && !sitting.isClosed,
            "currentDecision": decision.map { SittingPresentation.decision($0) } as Any,
            "innovation": call.action == .innovationGrant ? ["ceiling": ceiling?.formattedFrench ?? ""] as [String: Any] : false,
            "consulting": call.action == .consultingAid,
            "grantedAmount": typed?["grantedAmount"] ?? (decision?.grantedAmount ?? dossier.requestedSubsidy)?.frenchInput ?? "",
            "consultingDays": typed?["consultingDays"] ?? String(decision?.consultingDays ?? call.consultingDays ?? 7),
            "motivation": typed?["motivation"] ?? decision?.motivation ?? "",
        ], session: session, errors: errors, notice: notice, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
