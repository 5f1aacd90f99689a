import Foundation
import Model
import PostgresNIO
import ServiceKit

/// The annual diagnostic: staff freeze a year's indicators into a snapshot, published in the
/// same transaction as an "annual diagnostic" publication (announced with
/// `PublicationPublished`). A year is frozen once; later events never change it.
struct DiagnosticDesk: Sendable {
    let context: ResourcesContext

    func freeze(_ year: Int?, by staffName: String) async throws -> DiagnosticSnapshot {
        guard let year, (2000...2100).contains(year) else {
            throw Problem.invalid([FieldError(field: "year", message: "Choisissez une année entre 2000 et 2100.")])
        }
        let now = context.clock()
        return try await context.transaction { connection in
            let figures = try await IndicatorRepository(logger: context.logger).figures(year: year, department: nil, on: connection)
            let body = Self.body(figures, year: year)
            let publication = Publication(
                id: PublicationID(), kind: .annualDiagnostic, title: "Diagnostic annuel \(year) de la société de l'information\u{00A0}: les indicateurs du programme",
                summary: "Les chiffres du programme Internet Public et Citoyen en \(year), figés le \(ParisTime.frenchDate(now))\u{00A0}: dossiers, "
                    + "décisions du jury, montants, formations et élus formés, par département.",
                body: body, bodyHTML: SafeMarkdown().html(body), themes: [], audiences: [], authors: ["Centre de ressources Internet Public et Citoyen"],
                licence: Publication.defaultLicence, trainingMaterial: false, trainingSessionId: nil, status: .published, createdAt: now,
                updatedAt: now, publishedAt: now)
            try await PublicationRepository(logger: context.logger).save(publication, on: connection)
            let snapshot = DiagnosticSnapshot(year: year, figures: figures, frozenAt: now, frozenBy: staffName, publicationId: publication.id)
            guard try await DiagnosticRepository(logger: context.logger).insert(snapshot, on: connection) else {
                throw Problem.conflict("Le diagnostic \(year) est déjà figé\u{00A0}: il ne change plus.")
            }
            try await PublicationDesk(context: context).announce(publication, on: connection)
            return snapshot
        }
    }

    func all() async throws -> [DiagnosticSnapshot] {
        try await context.database.withConnection { try await DiagnosticRepository(logger: context.logger).all(on: $0) }
    }

    func find(_ year: Int) async throws -> DiagnosticSnapshot {
        let found = try await context.database.withConnection { try await DiagnosticRepository(logger: context.logger).all(year: year, on: $0) }.first
        guard let found else {
            throw Problem.notFound("Aucun diagnostic annuel n'est figé pour \(year).")
        }
        return found
    }

    /// The publication's text: the key figures and, per département, dossiers and elected officials trained.
    static func body(_ figures: ProgrammeIndicators, year: Int) -> String {
        let selected = figures.byStatus.first { $0.code == DossierStatus.selected.rawValue }?.count ?? 0
        let departments = figures.byDepartment.map { "- \($0.label)\u{00A0}: \($0.dossiers) dossiers, \($0.selected) retenus, \($0.electedTrained) élus formés" }
        return """
            ## Les chiffres clés de \(year)

            - \(figures.dossiers) dossiers déposés, dont \(figures.priorityTargetDossiers) de collectivités de cible prioritaire
            - \(selected) dossiers retenus par le jury
            - \(Money(cents: Int64(figures.requestedCents)).formattedFrench) demandés, \(Money(cents: Int64(figures.grantedCents)).formattedFrench) accordés
            - \(figures.sessionsHeld) sessions de formation tenues, \(figures.registrations) inscriptions
            - \(figures.electedTrained) élus formés, sur l'objectif de \(figures.electedObjective) du programme

            ## Par département

            \(departments.joined(separator: "\n"))

            Les graphiques et leurs données sont sur [la page du diagnostic \(year)](/diagnostics/\(year)).
            """
    }
}
