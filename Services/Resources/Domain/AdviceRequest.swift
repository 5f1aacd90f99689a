import Foundation
import Model
import ServiceKit

/// A question as a collectivité sends it (the public form or `POST /api/advice-questions`), before checks.
struct AdviceRequest: Codable, Sendable {
    var collectivite: String?
    var department: String?
    var name: String?
    var email: String?
    var theme: String?
    var question: String?
    var faqConsent: Bool?

    /// The question these fields make, or every problem at once, in French.
    func validated(id: AdviceQuestionID, now: Date) -> Result<AdviceQuestion, ValidationFailure> {
        var errors: [FieldError] = []
        func text(_ value: String?, _ field: String, _ message: String, limit: Int, multiLine: Bool = false) -> String {
            let value = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty {
                errors.append(FieldError(field: field, message: message))
            } else if value.count > limit {
                errors.append(FieldError(field: field, message: "Ce champ ne doit pas dépasser \(limit) caractères."))
            } else if let refusal = TextInput.refusal(of: value, field: field, multiLine: multiLine) {
                errors.append(refusal)
            }
            return value
        }
        let collectivite = text(self.collectivite, "collectivite", "Indiquez votre collectivité.", limit: 200)
        let name = text(self.name, "name", "Indiquez votre nom.", limit: 200)
        let email = text(self.email, "email", "Indiquez votre adresse électronique : la réponse y sera envoyée.", limit: 254)
        if !email.isEmpty, !EmailAddress.isPlausible(email) {
            errors.append(FieldError(field: "email", message: "Cette adresse électronique n'est pas valide."))
        }
        let question = text(self.question, "question", "Écrivez votre question.", limit: 5_000, multiLine: true)
        if !question.isEmpty, question.count < 10 {
            errors.append(FieldError(field: "question", message: "Votre question doit compter au moins 10 caractères."))
        }
        let department = self.department.flatMap { $0.isEmpty ? nil : $0 }
        if let department, Department.name(of: department) == nil {
            errors.append(FieldError(field: "department", message: "Ce département n'est pas un département de Midi-Pyrénées."))
        }
        let theme = self.theme.flatMap { $0.isEmpty ? nil : $0 }
        if let theme, !ProgrammeTheme.brochure.contains(where: { $0.code == theme }) {
            errors.append(FieldError(field: "theme", message: "Ce thème n'existe pas."))
        }
        guard errors.isEmpty else { return .failure(ValidationFailure(errors: errors)) }
        return .success(AdviceQuestion(id: id, collectivite: collectivite, department: department, askerName: name, askerEmail: email,
                                       theme: theme, question: question, faqConsent: faqConsent ?? false, askedAt: now))
    }
}
