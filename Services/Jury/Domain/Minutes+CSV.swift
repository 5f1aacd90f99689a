import Foundation
import Model
import ServiceKit

extension Minutes {
    static let csvHeader = ["Rang", "Référence", "Collectivité", "Appel", "Cible prioritaire", "Note moyenne", "Moyennes par critère",
                            "Décision", "Montant accordé (€)", "Jours de conseil", "Motivation"]

    /// The ranking and decisions, one line per dossier, for a French spreadsheet.
    var csvRows: [[String]] {
        let calls = Dictionary(uniqueKeysWithValues: self.calls.map { ($0.callId, $0) })
        return [Self.csvHeader] + ranking.map { line in
            let dossier = line.dossier, call = calls[dossier.callId]
            let means = zip(call?.criteria ?? [], dossier.criterionMeans).map { "\($0) : \(Self.french($1))" }.joined(separator: " ; ")
            return [
                String(dossier.rank), dossier.reference, dossier.applicantName, call?.title ?? "", dossier.priorityTarget ? "oui" : "non",
                dossier.score.map(Self.french) ?? "non noté", means, line.decision?.kind.frenchLabel ?? "sans décision",
                line.decision?.grantedAmount?.frenchInput ?? "", line.decision?.consultingDays.map(String.init) ?? "",
                line.decision?.motivation ?? "",
            ]
        }
    }

    /// A mean with one decimal and a decimal comma.
    static func french(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }
}
