import Hummingbird
@testable import ServiceKit
import Testing

@Suite("JSON content type")
struct JSONContentTypeTests {
    @Test("JSON and +json types are read, parameters and letter case aside", arguments: [
        "application/json", "application/json; charset=utf-8", "Application/JSON", "application/merge-patch+json", " application/json ;charset=UTF-8",
    ])
    func accepted(type: String) {
        #expect(Request.isJSON(type))
    }

    @Test("Other types are not", arguments: ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                                             "text/json", "application/jsonx", "", "json"])
    func refused(type: String) {
        #expect(!Request.isJSON(type))
    }
}
