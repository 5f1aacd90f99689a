import Foundation

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
        MailAttachment(fileName: "formation.ics", contentType: "text/calendar; charset=UTF-8; method=PUBLISH", content: Array(text.utf8))
    }

    /// The calendar, CRLF line ends, long lines folded at 75 octets.
    var text: String {
        let lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Internet Public et Citoyen//Formations//FR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(Self.utc(stamp))", "DTSTART:\(Self.utc(startsAt))", "DTEND:\(Self.utc(endsAt))",
            "SUMMARY:\(Self.escaped(title))", "LOCATION:\(Self.escaped(venue))", "DESCRIPTION:\(Self.escaped(description))",
            "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT1H", "DESCRIPTION:\(Self.escaped(title))", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR",
        ]
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// `20270615T073000Z`.
    static func utc(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// TEXT values escape backslashes, semicolons, commas and line ends.
    static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets continue on lines that start with a space, never inside a
    /// UTF-8 character.
    static func folded(_ line: String) -> String {
        var result = "", octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result
    }
}
