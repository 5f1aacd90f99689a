import Persistence
import Testing

@Suite("Values read from the database")
struct UnknownStoredValueTests {
    enum Colour: String { case red, blue }

    @Test("A known value is read; an unknown one throws, naming the column and the value, instead of becoming a default")
    func unknownValueThrows() throws {
        #expect(try storedValue(Colour.self, "blue", column: "paint.colour") == .blue)
        do {
            _ = try storedValue(Colour.self, "green", column: "paint.colour")
            Issue.record("an unknown value was read")
        } catch let error as UnknownStoredValue {
            #expect(error.description == "unknown value green in column paint.colour")
        }
    }
}
