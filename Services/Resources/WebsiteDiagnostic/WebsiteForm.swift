import Foundation
import Model
import ServiceKit

/// A website staff add by hand (`POST /api/websites`, the back office's form), before checks.
struct WebsiteForm: Codable, Sendable {
    var collectivite: String?
    var url: String?
    var department: String?
    var contactName: String?
    var contactEmail: String?

    func validated(id: UUID, now: Date) -> Result<Website, ValidationFailure> {
        var errors: [FieldError] = []
        let collectivite = (self.collectivite ?? "").trimmingCharacters(in: .whitespaces)
        if collectivite.isEmpty || collectivite.count > 200 {
            errors.append(FieldError(field: "collectivite", message: "Indiquez la collectivité (200 caractères au plus)."))
        }
        let url = Website.normalised(self.url ?? "")
        if url == nil { errors.append(FieldError(field: "url", message: "Indiquez l'adresse du site, en http ou https (https://www.commune.fr).")) }
        let department = self.department.flatMap { $0.isEmpty ? nil : $0 }
        if let department, Department.name(of: department) == nil {
            errors.append(FieldError(field: "department", message: "Ce département n'est pas un département de Midi-Pyrénées."))
        }
        let email = self.contactEmail.flatMap { $0.isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) }
        if let email, !EmailAddress.isPlausible(email) {
            errors.append(FieldError(field: "contactEmail", message: "Cette adresse électronique n'est pas valide."))
        }
        for (field, value) in [("collectivite", collectivite), ("contactName", contactName ?? "")] {
            if let refusal = TextInput.refusal(of: value, field: field, multiLine: false) { errors.append(refusal) }
        }
        guard errors.isEmpty, let url else { return .failure(ValidationFailure(errors: errors)) }
        return .success(Website(id: id, applicantId: nil, collectivite: collectivite, department: department, population: nil, url: url,
                                contactName: contactName.flatMap { $0.isEmpty ? nil : String($0.prefix(200)) }, contactEmail: email,
                                source: .staff, addedAt: now))
    }
}
