import Foundation

/// One event of an iCalendar file.
public struct CalendarEvent: Sendable, Equatable {
    /// Stable across versions of the file: calendars update the event rather than add another.
    public var uid: String
    public var title: String
    public var startsAt: Date
    public var endsAt: Date
    public var location: String
    public var description: String
    /// A reminder this long before the start, if any.
    public var alarmBefore: Duration?
    /// `CANCELLED` removes the event from subscribed calendars.
    public var cancelled: Bool

    public init(uid: String, title: String, startsAt: Date, endsAt: Date, location: String, description: String,
                alarmBefore: Duration? = nil, cancelled: Bool = false) {
        self.uid = uid
        self.title = title
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.location = location
        self.description = description
        self.alarmBefore = alarmBefore
        self.cancelled = cancelled
    }
}
