import Foundation

/// iCalendar files (RFC 5545): one session to import, a feed to subscribe to, an invitation
/// to attach. Instants are written in UTC, which every calendar shows in its own zone (Paris
/// for the programme's readers, as `X-WR-TIMEZONE` suggests).
public enum ICalendar {
    /// The media type of the files.
    public static let contentType = "text/calendar; charset=UTF-8"

    /// The calendar, CRLF line ends, long lines folded at 75 octets.
    /// - Parameter name: the feed's name, shown by calendars that subscribe to it.
    public static func text(_ events: [CalendarEvent], stamp: Date, name: String? = nil, method: String = "PUBLISH") -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Internet Public et Citoyen//Formations//FR", "CALSCALE:GREGORIAN",
                     "METHOD:\(method)", "X-WR-TIMEZONE:Europe/Paris"]
        if let name { lines.append("X-WR-CALNAME:\(escaped(name))") }
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:\(event.uid)", "DTSTAMP:\(utc(stamp))", "DTSTART:\(utc(event.startsAt))", "DTEND:\(utc(event.endsAt))",
                      "SUMMARY:\(escaped(event.title))", "LOCATION:\(escaped(event.location))", "DESCRIPTION:\(escaped(event.description))",
                      "STATUS:\(event.cancelled ? "CANCELLED" : "CONFIRMED")"]
            if let alarm = event.alarmBefore {
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT\(alarm.components.seconds / 60)M", "DESCRIPTION:\(escaped(event.title))",
                          "END:VALARM"]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    /// `20270615T073000Z`.
    public static func utc(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// TEXT values escape backslashes, semicolons, commas and line ends.
    public static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets continue on lines that start with a space, never inside a
    /// UTF-8 character.
    public static func folded(_ line: String) -> String {
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
