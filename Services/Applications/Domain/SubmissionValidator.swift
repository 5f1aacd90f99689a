import Foundation
import Model
import ServiceKit

/// The checks a dossier passes at submission, all reported at once.
struct SubmissionValidator {
    let call: Call
    let applicant: Applicant

    /// What a valid submission fixes.
    struct Accepted: Equatable {
        var projectTitle: String
        var theme: String
        var summary: String
        var eligibleCost: Money?
        var requestedSubsidy: Money?
    }

    func check(_ draft: DossierDraft, at instant: Date) -> Result<Accepted, ValidationFailure> {
        var errors: [FieldError] = []
        if !call.acceptsSubmissions(at: instant) {
            let opens = ParisTime.localDate(of: call.opensAt).frenchLong
            let closes = ParisTime.frenchDate(call.effectiveClosing)
            errors.append(FieldError(field: "callId", message: instant < call.opensAt
                ? "L'appel « \(call.title) » n'est pas encore ouvert : les dépôts sont acceptés à partir du \(opens)."
                : "L'appel « \(call.title) » est clos depuis le \(closes) : il n'accepte plus de dépôt."))
        }
        if !call.eligibleKinds.contains(applicant.kind) {
            errors.append(FieldError(field: "applicant.kind",
                                     message: "Les structures de type « \(applicant.kind.frenchLabel) » ne sont pas éligibles à cet appel."))
        }
        if !applicant.contacts.contains(where: { EmailAddress.isPlausible($0.email) }) {
            errors.append(FieldError(field: "applicant.contacts",
                                     message: "La collectivité doit avoir au moins un contact avec une adresse électronique pour recevoir les décisions."))
        }
        let title = Self.trimmed(draft.projectTitle)
        let theme = Self.trimmed(draft.theme)
        let summary = Self.trimmed(draft.summary)
        if title.isEmpty { errors.append(FieldError(field: "projectTitle", message: "Le titre du projet est obligatoire.")) }
        if theme.isEmpty { errors.append(FieldError(field: "theme", message: "Le thème du projet est obligatoire.")) }
        if summary.isEmpty { errors.append(FieldError(field: "summary", message: "La présentation du projet est obligatoire.")) }
        if let excluded = call.excludedThemes.first(where: { $0.matches(theme) || $0.matches(title) }) {
            errors.append(FieldError(field: "theme", message: "Le thème « \(excluded.label) » n'est pas éligible : cet appel soutient des services numériques destinés aux usagers finaux."))
        }
        var requested: Money?
        var eligibleCost: Money?
        if let rule = call.subsidyRule {
            if let cost = draft.eligibleCost, let refusal = DossierDraft.refusal(ofEligibleCost: cost) {
                errors.append(refusal)
            } else if let cost = draft.eligibleCost {
                eligibleCost = cost
                requested = rule.maximumSubsidy(forEligibleCost: cost)
            } else {
                errors.append(FieldError(field: "eligibleCost", message: "Le coût éligible du projet est obligatoire et doit être supérieur à zéro."))
            }
        }
        guard errors.isEmpty else { return .failure(ValidationFailure(errors: errors)) }
        return .success(Accepted(projectTitle: title, theme: theme, summary: summary, eligibleCost: eligibleCost, requestedSubsidy: requested))
    }

    private static func trimmed(_ value: String?) -> String {
        (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
