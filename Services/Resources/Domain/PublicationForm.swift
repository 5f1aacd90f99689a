import Events
import Foundation
import Model
import ServiceKit

/// A publication as staff write it (API or back office), before checks.
struct PublicationForm: Codable, Sendable {
    var kind: PublicationKind?
    var title: String?
    var summary: String?
    /// Markdown.
    var body: String?
    var themes: [String]?
    var audiences: [PublicationAudience]?
    var authors: [String]?
    /// Licence Ouverte / Etalab 2.0 when left out.
    var licence: String?
    var trainingMaterial: Bool?
    var trainingSessionId: TrainingSessionID?

    /// The publication these fields describe, or every problem at once, in French.
    /// - Parameter existing: the publication being edited: its id, status and dates stay.
    func validated(id: PublicationID, existing: Publication?, now: Date) -> Result<Publication, ValidationFailure> {
        var errors: [FieldError] = []
        func text(_ value: String?, _ field: String, _ message: String, limit: Int) -> String {
            let value = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { errors.append(FieldError(field: field, message: message)) }
            if value.count > limit { errors.append(FieldError(field: field, message: "Ce champ ne doit pas dépasser \(limit) caractères.")) }
            return value
        }
        if kind == nil { errors.append(FieldError(field: "kind", message: "Choisissez le type de publication.")) }
        let title = text(self.title, "title", "Le titre est obligatoire.", limit: 300)
        let summary = text(self.summary, "summary", "Le résumé est obligatoire.", limit: 1000)
        let body = text(self.body, "body", "Le texte est obligatoire.", limit: 200_000)
        let themes = Array(Set(self.themes ?? [])).sorted()
        if let unknown = themes.first(where: { code in !ProgrammeTheme.brochure.contains { $0.code == code } }) {
            errors.append(FieldError(field: "themes", message: "Le thème « \(unknown) » n'existe pas."))
        }
        let authors = (self.authors ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if authors.count > 20 || authors.contains(where: { $0.count > 200 }) {
            errors.append(FieldError(field: "authors", message: "Indiquez au plus 20 auteurs de 200 caractères chacun."))
        }
        let licence = (self.licence ?? "").trimmingCharacters(in: .whitespaces)
        if licence.count > 200 { errors.append(FieldError(field: "licence", message: "La licence ne doit pas dépasser 200 caractères.")) }
        guard errors.isEmpty, let kind else { return .failure(ValidationFailure(errors: errors)) }
        return .success(Publication(
            id: id, kind: kind, title: title, summary: summary, body: body, bodyHTML: SafeMarkdown().html(body), themes: themes,
            audiences: Array(Set((audiences ?? []).map(\.rawValue))).sorted(), authors: authors,
            licence: licence.isEmpty ? Publication.defaultLicence : licence,
            trainingMaterial: (trainingMaterial ?? false) || kind == .trainingMaterial, trainingSessionId: trainingSessionId,
            status: existing?.status ?? .draft, createdAt: existing?.createdAt ?? now, updatedAt: now, publishedAt: existing?.publishedAt,
            version: existing?.version ?? 1))
    }
}
