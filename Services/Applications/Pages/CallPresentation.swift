import Foundation
import Model

/// How a call reads on the pages.
enum CallPresentation {
    static func values(_ listed: CallRepository.Listed, canApply: Bool, signInToApply: Bool) -> [String: Any] {
        let call = listed.call
        var aid = ""
        if let rule = call.subsidyRule {
            aid = "Subvention d'investissement de \(rate(rule.rate)) des coûts éligibles, plafonnée à \(rule.cap.formattedFrench) par projet"
        } else if let days = call.consultingDays {
            aid = "\(days) jours de conseil en moyenne, entièrement pris en charge"
        }
        return [
            "id": call.id.description, "title": call.title, "description": call.description, "actionLabel": call.action.frenchLabel,
            "opens": ParisTime.frenchDate(call.opensAt), "closes": ParisTime.frenchDate(call.effectiveClosing),
            "remaining": listed.remainingPlaces, "max": call.maxBeneficiaries, "aid": aid, "criteria": call.criteria,
            "hasExcluded": !call.excludedThemes.isEmpty, "excluded": call.excludedThemes.map(\.label).joined(separator: ", "),
            "canApply": canApply, "signInToApply": signInToApply,
        ]
    }

    /// `80 %` (with a no-break space), `62,5 %`.
    static func rate(_ rate: Rate) -> String {
        let whole = rate.basisPoints / 100, fraction = rate.basisPoints % 100
        let decimals = fraction == 0 ? "" : "," + String(format: "%02d", fraction).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
        return "\(whole)\(decimals)\u{00A0}%"
    }
}
