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

    /// At most 10,000 beneficiaries (the brochure's calls have 25 and 50).
    static let beneficiaryBounds = 1...10_000
    /// At most a year of consulting days (the brochure's average is 7).
    static let consultingDayBounds = 1...365

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
        if let refusal = FieldError.enteredCount(maxBeneficiaries ?? 0, in: Self.beneficiaryBounds, field: "maxBeneficiaries",
                                                 label: "Le nombre maximal de bénéficiaires") {
            errors.append(refusal)
        }
        if (criteria ?? []).isEmpty { errors.append(FieldError(field: "criteria", message: "Indiquez les critères de sélection.")) }
        if let budgetEnvelope, let refusal = FieldError.enteredAmount(budgetEnvelope, field: "budgetEnvelope", label: "L'enveloppe budgétaire") {
            errors.append(refusal)
        }
        switch action {
        case .innovationGrant:
            if let rule = subsidyRule {
                if rule.rate.basisPoints == 0 {
                    errors.append(FieldError(field: "subsidyRule", message: "Le taux de subvention doit être positif."))
                }
                if let refusal = FieldError.enteredAmount(rule.cap, field: "subsidyRule", label: "Le plafond de subvention") {
                    errors.append(refusal)
                }
            } else {
                errors.append(FieldError(field: "subsidyRule", message: "Le soutien aux projets innovants exige un taux et un plafond de subvention."))
            }
        case .consultingAid:
            if let refusal = FieldError.enteredCount(consultingDays ?? 0, in: Self.consultingDayBounds, field: "consultingDays",
                                                     label: "Le nombre de jours de conseil de l'aide au conseil") {
                errors.append(refusal)
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
