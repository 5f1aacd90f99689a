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
}
