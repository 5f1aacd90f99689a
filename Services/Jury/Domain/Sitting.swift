import Foundation
import Model

/// A meeting of the selection jury.
struct Sitting: Sendable, Equatable, Codable {
    var id: JurySessionID
    var sittingDate: LocalDate
    /// Dossiers complete before this instant go on the agenda.
    var cutOff: Date
    /// Members who must take part for the sitting to decide.
    var quorum: Int
    var callIds: [CallID]
    var members: [SittingMember]
    var closedAt: Date?

    var isClosed: Bool { closedAt != nil }

    func role(of member: Member) -> SittingRole? {
        members.first { $0.memberId == member.id }?.role
    }

    /// Staff see every sitting; a juror only those they belong to.
    func isVisible(to member: Member) -> Bool {
        member.role == .staff || role(of: member) != nil
    }

    /// Whether its agenda may still change at `instant`: not closed, and its day not begun (Paris time).
    func acceptsAgendaChanges(at instant: Date) -> Bool {
        !isClosed && instant < ParisTime.startOfDay(sittingDate)
    }

    /// Staff and the sitting's chair record decisions and close it.
    func mayDecide(_ member: Member) -> Bool {
        member.role == .staff || role(of: member) == .chair
    }
}
