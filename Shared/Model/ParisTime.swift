import Foundation

/// The programme runs on Paris time: calls open and close at Paris midnight, sessions are
/// announced in Paris time, while instants are stored and exchanged in UTC.
public enum ParisTime {
    /// The `Europe/Paris` time zone (CET/CEST).
    public static let timeZone = TimeZone(identifier: "Europe/Paris")!

    /// A Gregorian calendar set to Paris time.
    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.locale = Locale(identifier: "fr_FR")
        return calendar
    }

    /// The instant of `hour:minute:second` on a Paris calendar day.
    public static func instant(_ day: LocalDate, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date {
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components)!
    }

    /// The first instant of a Paris day (00:00:00).
    public static func startOfDay(_ day: LocalDate) -> Date { instant(day) }

    /// The last whole second of a Paris day (23:59:59): a call that "closes on" a day accepts
    /// submissions up to and including this second.
    public static func endOfDay(_ day: LocalDate) -> Date { instant(day, hour: 23, minute: 59, second: 59) }

    /// The Paris wall-clock time of an instant as `HH:MM` (24 h), as forms and spreadsheets write it.
    public static func clockTime(of instant: Date) -> String {
        let components = calendar.dateComponents([.hour, .minute], from: instant)
        return String(format: "%02d:%02d", components.hour ?? 0, components.minute ?? 0)
    }

    /// The Paris calendar day an instant falls on.
    public static func localDate(of instant: Date) -> LocalDate {
        let components = calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: components.year!, month: components.month!, day: components.day!)
    }
}
