import Foundation
import Hummingbird
import Model
import ServiceKit

/// Dossiers as a CSV file that opens cleanly in a French spreadsheet: UTF-8 with a byte
/// order mark, `;` between fields, CRLF line ends, amounts with a decimal comma.
enum DossierExport {
    struct Line {
        var dossier: Dossier
        var applicant: Applicant
        var callTitle: String
    }

    static let header = ["Référence", "Appel", "Collectivité", "Type", "Code INSEE ou SIREN", "Département", "Population",
                         "Cible prioritaire", "Projet", "Thème", "Statut", "Coût éligible (€)", "Subvention demandée (€)", "Déposé le"]

    static func csv(_ lines: [Line]) -> String {
        SpreadsheetCSV.document([header] + lines.map(row))
    }

    /// The file as a download.
    static func response(_ lines: [Line]) -> Response {
        SpreadsheetCSV.response([header] + lines.map(row), fileName: "dossiers.csv")
    }

    private static func row(_ line: Line) -> [String] {
        let dossier = line.dossier, applicant = line.applicant
        return [
            dossier.reference, line.callTitle, applicant.name, applicant.kind.frenchLabel,
            applicant.inseeCode?.value ?? applicant.siren?.description ?? "", applicant.department, String(applicant.population),
            applicant.priorityTarget ? "oui" : "non", dossier.projectTitle, dossier.theme, dossier.status.frenchLabel,
            dossier.eligibleCost?.frenchInput ?? "", dossier.requestedSubsidy?.frenchInput ?? "",
            dossier.submittedAt.map(ParisTime.frenchDateTime) ?? "",
        ]
    }
}
