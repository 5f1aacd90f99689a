import Foundation
import Model

/// How the pages show sittings, dossiers and decisions, in French.
enum SittingPresentation {
    static func state(of sitting: Sitting) -> String {
        sitting.closedAt.map { "close le \(ParisTime.frenchDateTime($0))" } ?? "en préparation"
    }

    static func members(of sitting: Sitting) -> String {
        sitting.members.map { "\($0.displayName) (\($0.role.frenchLabel))" }.joined(separator: ", ")
    }

    static func calls(of sitting: Sitting, titles: [CallID: String]) -> String {
        sitting.callIds.map { titles[$0] ?? $0.description }.joined(separator: ", ")
    }

    static func decision(_ decision: Decision?) -> String {
        guard let decision else { return "à décider" }
        var text = decision.kind.frenchLabel
        if let amount = decision.grantedAmount { text += " (\(amount.formattedFrench))" }
        if let days = decision.consultingDays { text += " (\(days) jours de conseil)" }
        return text
    }

    static func seats(of sitting: Sitting) -> [[String: Any]] {
        sitting.members.map {
            ["memberId": $0.memberId.uuidString.lowercased(), "displayName": $0.displayName, "roleLabel": $0.role.frenchLabel,
             "presence": $0.present ? "présent" : "absent"]
        }
    }

    /// One sentence per call whose complete dossiers have not all reached the jury.
    static func notYetReceived(_ missing: [CallID: Int], titles: [CallID: String]) -> [String] {
        missing.sorted { (titles[$0.key] ?? "", $0.key.description) < (titles[$1.key] ?? "", $1.key.description) }.map { call, count in
            let title = titles[call].map { "de l'appel « \($0) »" } ?? "d'un appel que le jury n'a pas encore reçu"
            return count == 1
                ? "1 dossier \(title) déclaré complet par le service des candidatures n'est pas encore parvenu au jury : actualisez l'ordre du jour après son arrivée."
                : "\(count) dossiers \(title) déclarés complets par le service des candidatures ne sont pas encore parvenus au jury : actualisez l'ordre du jour après leur arrivée."
        }
    }
}
