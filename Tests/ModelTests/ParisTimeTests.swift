import Foundation
import Model
import Testing

@Suite("Paris time")
struct ParisTimeTests {
    @Test("A call closing in November 2007 accepts until 30 November 23:59:59 Paris time (CET, UTC+1)")
    func endOfNovember() {
        let closing = LocalDate.lastDay(ofMonth: 11, year: 2007)
        #expect(closing == LocalDate(year: 2007, month: 11, day: 30))
        let instant = ParisTime.endOfDay(closing)
        #expect(instant.formatted(.iso8601) == "2007-11-30T22:59:59Z")
        #expect(ParisTime.localDate(of: instant) == closing)
        #expect(ParisTime.localDate(of: instant.addingTimeInterval(1)) == LocalDate(year: 2007, month: 12, day: 1))
    }

    @Test("Summer time: midnight in Paris in September is 22:00 UTC the day before")
    func summerTime() {
        let opening = ParisTime.startOfDay(LocalDate(year: 2006, month: 9, day: 1))
        #expect(opening.formatted(.iso8601) == "2006-08-31T22:00:00Z")
    }

    @Test("ISO dates parse strictly", arguments: [("2007-02-29", false), ("2008-02-29", true), ("2007-13-01", false), ("2007-1-01", false)])
    func parsing(text: String, valid: Bool) {
        #expect((LocalDate(iso8601: text) != nil) == valid)
    }
}
