import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PageKit
import ServiceKit
import Synchronization
import Testing

/// Every answer has a body: a fault is a 500 problem document whose error id is also in the log.
@Suite("Problem middleware")
struct ProblemMiddlewareTests {
    struct Fault: Error {}

    /// Keeps each log line's message and metadata.
    final class Lines: Sendable {
        let lines = Mutex<[(String, Logger.Metadata)]>([])
    }

    struct RecordingHandler: LogHandler {
        let store: Lines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            store.lines.withLock { $0.append(("\(event.message)", event.metadata ?? [:])) }
        }
    }

    func application(logging store: Lines) -> some ApplicationProtocol {
        let router = Router()
        let echo = OpenAPIDocument.operation("echo", "Écho.", tag: "test", .init(description: "Écho", schema: .string()))
        let document = OpenAPIDocument(service: "test", description: "Test", paths: ["/api/echo": ["get": echo], "/api/items/{id}": ["get": echo]])
        router.add(middleware: ProblemMiddleware(logger: Logger(label: "test") { _ in RecordingHandler(store: store) }, document: document))
        router.get("/api/items/{id}") { _, _ in "objet" }
        router.get("/api/panne") { _, _ -> String in throw Fault() }
        router.get("/page") { _, _ -> String in throw Fault() }
        router.get("/api/refus") { _, _ -> String in throw Problem.conflict("Déjà fait.") }
        router.get("/api/echo") { request, _ in request.uri.queryParameters["q"].map(String.init) ?? "" }
        router.post("/formulaire") { request, _ in (try await FormFields.read(request))["nom"] ?? "" }
        return Application(router: router)
    }

    @Test("An unexpected error is a 500 problem document with an error id, and the log line carries the same id and the error")
    func faultHasAnId() async throws {
        let store = Lines()
        try await application(logging: store).test(.router) { client in
            try await client.execute(uri: "/api/panne", method: .get) { response in
                #expect(response.status == .internalServerError)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let errorId = try #require(body["errorId"] as? String)
                #expect((body["detail"] as? String)?.contains(errorId) == true)
                let logged = store.lines.withLock { $0 }
                #expect(logged.count == 1)
                #expect(logged.first?.1["errorId"]?.description == errorId)
                #expect(logged.first?.1["error"]?.description.contains("Fault") == true)
            }
        }
    }

    @Test("A browser gets a French page for a fault; a refusal passes as it is; an unknown route is a 404 problem")
    func pagesRefusalsAndUnknownRoutes() async throws {
        try await application(logging: Lines()).test(.router) { client in
            try await client.execute(uri: "/page", method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .internalServerError)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(String(buffer: response.body).contains("<h1>Erreur interne.</h1>"))
            }
            try await client.execute(uri: "/api/refus", method: .get) { response in
                #expect(response.status == .conflict)
                #expect(String(buffer: response.body).contains("Déjà fait."))
            }
            try await client.execute(uri: "/api/inconnu", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
        }
    }

    @Test("A documented path asked with another method is a 405 naming the allowed ones; an unknown path stays a 404")
    func methodNotAllowed() async throws {
        try await application(logging: Lines()).test(.router) { client in
            try await client.execute(uri: "/api/echo", method: .put) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
            try await client.execute(uri: "/api/items/42", method: .delete) { response in
                #expect(response.status == .methodNotAllowed && response.headers[.allow] == "GET")
            }
            try await client.execute(uri: "/api/items/42/extra", method: .delete) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("A control character anywhere in the request target is a 400 before any handler", arguments: ["%00", "%0A", "%1b", "%7F", "%C2%85"])
    func controlCharactersInTheTarget(_ encoded: String) async throws {
        try await application(logging: Lines()).test(.router) { client in
            try await client.execute(uri: "/api/echo?q=a\(encoded)b", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
            try await client.execute(uri: "/api/echo?q=caf%C3%A9%20cr%C3%A8me", method: .get) { response in
                #expect(response.status == .ok && String(buffer: response.body) == "café crème")
            }
        }
    }

    @Test("A form field holding a control character is a 422 naming it; line breaks and tabs pass")
    func formFields() async throws {
        try await application(logging: Lines()).test(.router) { client in
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            try await client.execute(uri: "/formulaire", method: .post, headers: form, body: ByteBuffer(string: "nom=Foix%00&ville=x")) { response in
                #expect(response.status == .unprocessableContent)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                #expect((body["errors"] as? [[String: Any]])?.first?["field"] as? String == "nom")
            }
            try await client.execute(uri: "/formulaire", method: .post, headers: form, body: ByteBuffer(string: "nom=Foix%0D%0A%09Ari%C3%A8ge")) { response in
                #expect(response.status == .ok && String(buffer: response.body) == "Foix\r\n\tAriège")
            }
        }
    }

    @Test("Text inputs: control characters refused, line breaks and tabs only in text areas")
    func textInput() {
        #expect(TextInput.refusal(of: "Commune de Foix", field: "name", multiLine: false) == nil)
        #expect(TextInput.refusal(of: "a\u{0}b", field: "name", multiLine: true)?.message
                == "Le champ « name » contient un caractère de contrôle (U+0000) : retirez-le.")
        #expect(TextInput.refusal(of: "a\nb", field: "name", multiLine: false) != nil)
        #expect(TextInput.refusal(of: "a\r\n\tb", field: "summary", multiLine: true) == nil)
        #expect(TextInput.refusal(of: "a\u{85}b", field: "summary", multiLine: true) != nil)
        #expect(TextInput.refusal(of: "é 🙂 « guillemets »", field: "summary", multiLine: false) == nil)
    }
}
