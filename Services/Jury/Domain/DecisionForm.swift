import Foundation
import Model
import ServiceKit

/// A decision as staff or the chair enter it, before checks.
struct DecisionForm: Codable, Sendable {
    var decision: DecisionKind?
    /// Innovation grant: the amount granted, in cents; defaults to the requested subsidy.
    var grantedAmountCents: Int64?
    /// Consulting aid: the days granted; defaults to the call's.
    var consultingDays: Int?
    var motivation: String?

    /// The decision, or every problem at once.
    /// - Parameters:
    ///   - requested: the subsidy the dossier requested (innovation grant).
    ///   - eligibleCost: the dossier's eligible cost (innovation grant).
    func validated(call: CallRules, requested: Money?, eligibleCost: Money?) -> Result<Decision, ValidationFailure> {
        let motivation = self.motivation?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        guard let decision else {
            return .failure(ValidationFailure(errors: [FieldError(field: "decision", message: "Choisissez retenu, non retenu ou ajourné.")]))
        }
        var errors: [FieldError] = []
        var result = Decision(kind: decision, motivation: motivation)
        switch decision {
        case .rejected where motivation == nil:
            errors.append(FieldError(field: "motivation", message: "Un refus est motivé."))
        case .selected where call.action == .innovationGrant:
            let ceiling = call.subsidyRule.map { rule in eligibleCost.map { rule.maximumSubsidy(forEligibleCost: $0) } ?? rule.cap }
            let defaultAmount = requested ?? ceiling
            let amount = grantedAmountCents.map(Money.init(cents:)) ?? defaultAmount
            if let amount, let refusal = FieldError.enteredAmount(amount, field: "grantedAmountCents", label: "Le montant accordé") {
                errors.append(refusal)
            } else if let amount, let ceiling, amount > ceiling {
                errors.append(FieldError(field: "grantedAmountCents",
                                         message: "Le montant accordé ne peut dépasser \(ceiling.formattedFrench) (80 % des dépenses éligibles, plafonné)."))
            } else if let amount, let defaultAmount, amount < defaultAmount, motivation == nil {
                errors.append(FieldError(field: "motivation", message: "Un montant inférieur à la subvention demandée est motivé."))
            }
            result.grantedAmount = amount
        case .selected:
            let days = consultingDays ?? call.consultingDays ?? 7
            if let refusal = FieldError.enteredCount(days, in: 1...365, field: "consultingDays", label: "Le nombre de jours de conseil") {
                errors.append(refusal)
            }
            result.consultingDays = days
        default:
            break
        }
        return errors.isEmpty ? .success(result) : .failure(ValidationFailure(errors: errors))
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
