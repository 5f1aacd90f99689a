import Foundation
import Model

/// What the pages show of sessions and registrations, in French.
enum SessionPresentation {
    static func values(_ session: TrainingSession, now: Date) -> [String: Any] {
        [
            "id": session.id.description, "title": session.title, "kind": session.kind.frenchLabel, "audience": session.audience.frenchLabel,
            "theme": session.theme.label, "description": session.description, "host": session.host, "town": session.town,
            "department": session.department, "departmentName": Department.name(of: session.department) ?? session.department,
            "address": session.address, "room": session.room, "internetConnection": session.internetConnection,
            "stepFreeAccess": session.stepFreeAccess, "date": ParisTime.frenchDate(session.startsAt),
            "startTime": ParisTime.frenchTime(session.startsAt), "endTime": ParisTime.frenchTime(session.endsAt),
            "trainer": session.trainer, "capacity": session.capacity, "confirmed": session.confirmed, "waitlisted": session.waitlisted,
            "waitlistedPlural": session.waitlisted > 1 ? "s" : "", "placesLeft": session.placesLeft,
            "placesPlural": session.placesLeft > 1 ? "s" : "", "isFull": session.isFull,
            "isOpen": session.status == .open && session.startsAt > now, "isDraft": session.status == .draft,
            "editable": session.status == .draft || session.status == .open,
            "checkIn": session.status == .held || (session.status == .open && session.startsAt <= now.addingTimeInterval(86_400)),
            "status": session.isFull ? "complète" : session.status.frenchLabel, "atRisk": session.isAtRisk(now: now),
            "deadline": ParisTime.frenchDateTime(session.cancellationDeadline), "cancellationReason": session.cancellationReason ?? "",
        ]
    }

    static func state(of registration: Registration) -> String {
        switch registration.status {
        case .confirmed: registration.attended ? "présent" : "confirmée"
        case .waitlisted: "liste d'attente, position \(registration.waitlistPosition ?? 0)"
        case .cancelled: "annulée"
        }
    }

    /// The choices of a `<select>`, the one matching `selected` marked.
    static func options(_ choices: [(code: String, label: String)], selected: String?) -> [[String: Any]] {
        choices.map { ["code": $0.code, "label": $0.label, "selected": $0.code == selected] }
    }

    static func roles(selected: String?) -> [[String: Any]] {
        options(TraineeRole.allCases.map { ($0.rawValue, $0.frenchLabel) }, selected: selected)
    }

    static func kinds(selected: String?) -> [[String: Any]] {
        options(TrainingFormat.allCases.map { ($0.rawValue, $0.frenchLabel) }, selected: selected)
    }

    static func departments(selected: String?) -> [[String: Any]] {
        Department.names.map { ["code": $0.code, "name": $0.name, "selected": $0.code == selected] }
    }
}
