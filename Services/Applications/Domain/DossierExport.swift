import Foundation
import Hummingbird
import Model

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
        var rows = [header]
        for line in lines {
            let dossier = line.dossier, applicant = line.applicant
            rows.append([
                dossier.reference, line.callTitle, applicant.name, applicant.kind.frenchLabel,
                applicant.inseeCode?.value ?? applicant.siren?.description ?? "", applicant.department, String(applicant.population),
                applicant.priorityTarget ? "oui" : "non", dossier.projectTitle, dossier.theme, dossier.status.frenchLabel,
                dossier.eligibleCost?.frenchInput ?? "", dossier.requestedSubsidy?.frenchInput ?? "",
                dossier.submittedAt.map(ParisTime.frenchDateTime) ?? "",
            ])
        }
        return "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The file as a download.
    static func response(_ lines: [Line]) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"dossiers.csv\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: csv(lines))))
    }

    /// Quotes a field when it holds a separator, a quote or a line break; a leading `=`, `+`,
    /// `-` or `@` is neutralised so that a spreadsheet never runs it as a formula.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
