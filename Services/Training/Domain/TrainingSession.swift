import Foundation
import Model

/// A session of the training catalogue, hosted by a collectivité in its room.
struct TrainingSession: Codable, Sendable, Equatable {
    var id: TrainingSessionID
    var kind: TrainingFormat
    var audience: Audience
    var title: String
    var theme: Theme
    var description: String
    /// The collectivité that hosts it and provides the room and the Internet connection.
    var host: String
    var department: String
    var town: String
    var address: String
    var room: String
    var internetConnection: Bool
    var stepFreeAccess: Bool
    var startsAt: Date
    var endsAt: Date
    var trainer: String
    var capacity: Int
    var confirmed: Int
    var waitlisted: Int
    /// Until when a registrant may cancel through their link.
    var cancellationDeadline: Date
    var status: SessionStatus
    var cancellationReason: String?

    var placesLeft: Int { max(0, capacity - confirmed) }
    var isFull: Bool { status == .open && confirmed >= capacity }

    /// The venue as emails and calendars name it.
    var venue: String { "\(host), \(room), \(address), \(town)" }

    /// A workshop with fewer than its minimum confirmed a week before it starts.
    func isAtRisk(now: Date) -> Bool {
        guard status == .open, let minimum = kind.minimumConfirmed else { return false }
        return confirmed < minimum && startsAt.timeIntervalSince(now) <= 7 * 86_400 && startsAt > now
    }
}
