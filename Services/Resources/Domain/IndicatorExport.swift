import Foundation

/// The indicators as CSV rows, one figure a row, so that a spreadsheet filters them by section.
enum IndicatorExport {
    static let header = ["rubrique", "code", "libellé", "indicateur", "valeur"]

    static func rows(_ figures: ProgrammeIndicators) -> [[String]] {
        var rows = [header]
        let scope = [figures.year.map { "année \($0)" }, figures.department.map { "département \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let total = ProgrammeIndicators.Line(code: "", label: scope.isEmpty ? "tout le programme" : scope, dossiers: figures.dossiers,
                                             selected: figures.byStatus.first { $0.code == DossierStatus.selected.rawValue }?.count ?? 0,
                                             requestedCents: figures.requestedCents, grantedCents: figures.grantedCents,
                                             sessionsHeld: figures.sessionsHeld, registrations: figures.registrations,
                                             electedTrained: figures.electedTrained)
        rows += lineRows("total", total)
        rows.append(["total", "", total.label, "dossiers de cible prioritaire", String(figures.priorityTargetDossiers)])
        rows.append(["total", "", total.label, "objectif d'élus formés", String(figures.electedObjective)])
        rows += figures.byStatus.map { ["état du dossier", $0.code, $0.label, "dossiers", String($0.count)] }
        for call in figures.byCall {
            rows.append(["appel", call.callId.uuidString.lowercased(), call.title, "dossiers", String(call.dossiers)])
            rows.append(["appel", call.callId.uuidString.lowercased(), call.title, "retenus", String(call.selected)])
            rows.append(["appel", call.callId.uuidString.lowercased(), call.title, "bénéficiaires prévus", String(call.maxBeneficiaries)])
        }
        rows += figures.byDepartment.flatMap { lineRows("département", $0) }
        rows += figures.byYear.flatMap { lineRows("année", $0) }
        if let websites = figures.websites {
            rows += websiteRows("sites internet", websites.overall)
            rows += websites.byDepartment.flatMap { websiteRows("sites internet par département", $0) }
            rows += websites.byPopulation.flatMap { websiteRows("sites internet par population", $0) }
        }
        return rows
    }

    private static func websiteRows(_ section: String, _ line: WebsiteFigures.Line) -> [[String]] {
        [("sites diagnostiqués", line.sites), ("part en HTTPS (%)", line.httpsShare),
         ("part avec déclaration d'accessibilité (%)", line.accessibilityStatementShare),
         ("part avec services en ligne (%)", line.onlineServicesShare), ("note médiane (sur 100)", line.medianScore)]
            .map { [section, line.code, line.label, $0.0, String($0.1)] }
    }

    /// Amounts in euros with a decimal point, as a spreadsheet reads numbers in any locale.
    private static func lineRows(_ section: String, _ line: ProgrammeIndicators.Line) -> [[String]] {
        [("dossiers", String(line.dossiers)), ("retenus", String(line.selected)),
         ("montant demandé (euros)", euros(line.requestedCents)), ("montant accordé (euros)", euros(line.grantedCents)),
         ("sessions tenues", String(line.sessionsHeld)), ("inscriptions", String(line.registrations)),
         ("élus formés", String(line.electedTrained))]
            .map { [section, line.code, line.label, $0.0, $0.1] }
    }

    private static func euros(_ cents: Int) -> String {
        String(format: "%d.%02d", cents / 100, cents % 100)
    }
}
