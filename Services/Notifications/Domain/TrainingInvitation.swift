import Foundation
import ServiceKit

/// The iCalendar invitation (RFC 5545) attached to a training reminder, so that the session
/// lands in the trainee's calendar.
struct TrainingInvitation: Sendable, Equatable {
    /// Stable across resends: calendars update the event rather than add another.
    var uid: String
    var title: String
    var startsAt: Date
    var endsAt: Date
    var venue: String
    var description: String
    var stamp: Date

    var attachment: MailAttachment {
        MailAttachment(fileName: "formation.ics", contentType: ICalendar.contentType + "; method=PUBLISH", content: Array(text.utf8))
    }

    /// The calendar: one event with a reminder an hour before.
    var text: String {
        ICalendar.text([CalendarEvent(uid: uid, title: title, startsAt: startsAt, endsAt: endsAt, location: venue, description: description,
                                      alarmBefore: .seconds(3600))], stamp: stamp)
    }
}
