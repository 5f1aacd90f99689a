import Foundation
import Model

/// The jury meets about every four months (brochure).
enum SittingCalendar {
    static let monthsBetweenSittings = 4

    /// The date proposed for the next sitting: four months after the last one, or four
    /// months from today when none was held yet. The day is kept, or the month's last day.
    static func proposedDate(after last: LocalDate?, today: LocalDate) -> LocalDate {
        let from = last ?? today
        let months = from.month - 1 + monthsBetweenSittings
        let year = from.year + months / 12, month = months % 12 + 1
        return LocalDate(year: year, month: month, day: min(from.day, LocalDate.lastDay(ofMonth: month, year: year).day))
    }
}
