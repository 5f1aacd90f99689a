import Foundation
import Model
import PageKit
import ServiceKit

/// Between the call form's text fields and a ``CallForm``.
enum CallFormFields {
    /// The form as typed, and the errors of fields that could not even be read.
    static func read(_ fields: FormFields) -> (CallForm, [FieldError]) {
        var errors: [FieldError] = []
        func date(_ name: String, endOfDay: Bool) -> Date? {
            guard let text = fields.text(name) else { return nil }
            guard let day = LocalDate(iso8601: text) else {
                errors.append(FieldError(field: name, message: "La date « \(text) » doit s'écrire AAAA-MM-JJ."))
                return nil
            }
            return endOfDay ? ParisTime.endOfDay(day) : ParisTime.startOfDay(day)
        }
        func integer(_ name: String) -> Int? {
            guard let text = fields.text(name) else { return nil }
            guard let value = Int(text) else {
                errors.append(FieldError(field: name, message: "« \(text) » n'est pas un nombre entier."))
                return nil
            }
            return value
        }
        func money(_ name: String, field: String) -> Money? {
            guard let text = fields.text(name) else { return nil }
            guard let value = Money(frenchInput: text) else {
                errors.append(FieldError(field: field, message: "« \(text) » n'est pas un montant (par exemple 50 000,00)."))
                return nil
            }
            return value
        }
        var form = CallForm()
        form.action = fields.text("action").flatMap(FundingAction.init(rawValue:))
        form.title = fields["title"]
        form.description = fields["description"]
        form.opensAt = date("opensAt", endOfDay: false)
        form.closesAt = date("closesAt", endOfDay: true)
        form.eligibleKinds = ApplicantKind.allCases.filter { fields["kind_\($0.rawValue)"] == "oui" }
        form.maxBeneficiaries = integer("maxBeneficiaries")
        form.consultingDays = integer("consultingDays")
        let rate = integer("subsidyRate")
        let cap = money("subsidyCap", field: "subsidyRule")
        if let rate, let cap {
            if (1...100).contains(rate), let rate = Rate(percent: rate) {
                form.subsidyRule = SubsidyRule(rate: rate, cap: cap)
            } else {
                errors.append(FieldError(field: "subsidyRule", message: "Le taux de subvention est un pourcentage entre 1 et 100."))
            }
        }
        form.budgetEnvelope = money("budgetEnvelope", field: "budgetEnvelope")
        form.criteria = (fields["criteria"] ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        form.excludedThemes = (fields["excludedThemes"] ?? "").split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let label = parts.first, !label.isEmpty else { return nil }
            let keywords = parts.count > 1 ? parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : [label]
            return ExcludedTheme(label: label, keywords: keywords.isEmpty ? [label] : keywords)
        }
        return (form, errors)
    }

    /// The values the form shows: what was typed after a refusal, else the call's.
    static func values(of call: Call?, typed: FormFields?) -> [String: Any] {
        func day(_ date: Date?) -> String { date.map { ParisTime.localDate(of: $0).description } ?? "" }
        let action = typed?["action"] ?? call?.action.rawValue ?? ""
        return [
            "consulting": action == FundingAction.consultingAid.rawValue, "innovation": action == FundingAction.innovationGrant.rawValue,
            "title": typed?["title"] ?? call?.title ?? "", "description": typed?["description"] ?? call?.description ?? "",
            "opensAt": typed?["opensAt"] ?? day(call?.opensAt), "closesAt": typed?["closesAt"] ?? day(call?.closesAt),
            "kinds": ApplicantKind.allCases.map { kind -> [String: Any] in
                let checked = typed.map { $0["kind_\(kind.rawValue)"] == "oui" } ?? call?.eligibleKinds.contains(kind) ?? true
                return ["value": kind.rawValue, "label": kind.frenchLabel, "checked": checked]
            },
            "maxBeneficiaries": typed?["maxBeneficiaries"] ?? call.map { String($0.maxBeneficiaries) } ?? "",
            "consultingDays": typed?["consultingDays"] ?? call?.consultingDays.map(String.init) ?? "",
            "subsidyRate": typed?["subsidyRate"] ?? call?.subsidyRule.map { String($0.rate.basisPoints / 100) } ?? "",
            "subsidyCap": typed?["subsidyCap"] ?? call?.subsidyRule?.cap.frenchInput ?? "",
            "budgetEnvelope": typed?["budgetEnvelope"] ?? call?.budgetEnvelope?.frenchInput ?? "",
            "criteria": typed?["criteria"] ?? call?.criteria.joined(separator: "\n") ?? "",
            "excludedThemes": typed?["excludedThemes"]
                ?? call?.excludedThemes.map { "\($0.label) : \($0.keywords.joined(separator: ", "))" }.joined(separator: "\n") ?? "",
        ]
    }
}
