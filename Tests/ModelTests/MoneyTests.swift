import Model
import Testing

@Suite("Money and rates")
struct MoneyTests {
    @Test("80 % of 62,500.00 EUR is exactly 50,000.00 EUR")
    func ceilingCase() {
        #expect(Money(euros: 62_500).applying(Rate(percent: 80)!) == Money(euros: 50_000))
    }

    @Test("80 % of 40,000.01 EUR rounds down to 32,000.00 EUR")
    func roundsDownToTheCent() {
        #expect(Money(cents: 4_000_001).applying(Rate(percent: 80)!) == Money(cents: 3_200_000))
    }

    @Test("French formatting groups thousands and uses a decimal comma")
    func frenchFormatting() {
        #expect(Money(euros: 50_000).formattedFrench == "50\u{202F}000,00\u{00A0}€")
        #expect(Money(cents: 3_200_005).formattedFrench == "32\u{202F}000,05\u{00A0}€")
        #expect(Money(cents: 7).formattedFrench == "0,07\u{00A0}€")
        #expect(Money(cents: -123_456).formattedFrench == "-1\u{202F}234,56\u{00A0}€")
    }

    @Test("Money encodes as an integer number of cents")
    func codable() throws {
        let data = try JSONEncoder().encode([Money(cents: 4_000_001)])
        #expect(String(decoding: data, as: UTF8.self) == "[4000001]")
    }

    @Test("A rate above 100 % does not decode")
    func rateBounds() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Rate].self, from: Data("[10001]".utf8)) }
    }
}

import Foundation
