import Foundation
import Model
import ServiceKit

/// A call as staff write it, before it is checked.
struct CallForm: Codable, Sendable {
    var action: FundingAction?
    var title: String?
    var description: String?
    var opensAt: Date?
    var closesAt: Date?
    var eligibleKinds: [ApplicantKind]?
    var maxBeneficiaries: Int?
    var subsidyRule: SubsidyRule?
    var consultingDays: Int?
    var excludedThemes: [ExcludedTheme]?
    var criteria: [String]?
    var budgetEnvelope: Money?

    func validated(id: CallID) -> Result<Call, ValidationFailure> {
        var errors: [FieldError] = []
        let title = (self.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if action == nil { errors.append(FieldError(field: "action", message: "Choisissez l'action : consultingAid ou innovationGrant.")) }
        if title.isEmpty { errors.append(FieldError(field: "title", message: "Le titre de l'appel est obligatoire.")) }
        if opensAt == nil { errors.append(FieldError(field: "opensAt", message: "La date d'ouverture est obligatoire.")) }
        if closesAt == nil { errors.append(FieldError(field: "closesAt", message: "La date de clôture est obligatoire.")) }
        if let opensAt, let closesAt, closesAt <= opensAt {
            errors.append(FieldError(field: "closesAt", message: "La clôture doit suivre l'ouverture."))
        }
        if (eligibleKinds ?? []).isEmpty {
            errors.append(FieldError(field: "eligibleKinds", message: "Indiquez au moins un type de structure éligible."))
        }
        if (maxBeneficiaries ?? 0) <= 0 {
            errors.append(FieldError(field: "maxBeneficiaries", message: "Le nombre maximal de bénéficiaires doit être positif."))
        }
        if (criteria ?? []).isEmpty { errors.append(FieldError(field: "criteria", message: "Indiquez les critères de sélection.")) }
        if let budgetEnvelope, budgetEnvelope <= .zero {
            errors.append(FieldError(field: "budgetEnvelope", message: "L'enveloppe budgétaire doit être positive."))
        }
        switch action {
        case .innovationGrant:
            if let rule = subsidyRule {
                if rule.rate.basisPoints == 0 || rule.cap <= .zero {
                    errors.append(FieldError(field: "subsidyRule", message: "Le taux et le plafond de subvention doivent être positifs."))
                }
            } else {
                errors.append(FieldError(field: "subsidyRule", message: "Le soutien aux projets innovants exige un taux et un plafond de subvention."))
            }
        case .consultingAid:
            if (consultingDays ?? 0) <= 0 {
                errors.append(FieldError(field: "consultingDays", message: "L'aide au conseil exige un nombre de jours de conseil positif."))
            }
        case nil: break
        }
        guard errors.isEmpty, let action, let opensAt, let closesAt, let eligibleKinds, let maxBeneficiaries, let criteria else {
            return .failure(ValidationFailure(errors: errors))
        }
        return .success(Call(id: id, action: action, title: title, description: description ?? "", opensAt: opensAt, closesAt: closesAt,
                             eligibleKinds: eligibleKinds, maxBeneficiaries: maxBeneficiaries,
                             subsidyRule: action == .innovationGrant ? subsidyRule : nil,
                             consultingDays: action == .consultingAid ? consultingDays : nil, excludedThemes: excludedThemes ?? [],
                             criteria: criteria, budgetEnvelope: budgetEnvelope, closedAt: nil))
    }
}
