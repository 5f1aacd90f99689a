import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A small JSON client for a service started by a test.
struct APIClient {
    struct Reply {
        let status: Int
        let contentType: String?
        let body: Data
        var contentDisposition: String?
        var retryAfter: String?

        /// The body as a JSON object (a problem document, a dossier…).
        var object: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
        var array: [[String: Any]] { (try? JSONSerialization.jsonObject(with: body)) as? [[String: Any]] ?? [] }
        /// The fields a problem document names, in order.
        var problemFields: [String] { (object["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String } }
        var isProblem: Bool { contentType?.hasPrefix("application/problem+json") == true }
    }

    let port: Int
    var token: String?
    /// Sent as `X-Forwarded-For`, as a reverse proxy in front of the service would.
    var forwardedFor: String?

    func get(_ path: String) async throws -> Reply { try await send("GET", path, body: nil) }

    func post(_ path: String, _ json: [String: Any]? = [:]) async throws -> Reply {
        try await send("POST", path, body: try json.map { try JSONSerialization.data(withJSONObject: $0) })
    }

    func put(_ path: String, _ json: [String: Any]) async throws -> Reply {
        try await send("PUT", path, body: try JSONSerialization.data(withJSONObject: json))
    }

    /// A `multipart/form-data` upload of one file in the field `file`.
    func upload(_ path: String, fileName: String, content: [UInt8]) async throws -> Reply {
        let boundary = "ipc-test-\(UUID().uuidString)"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n".utf8)
        body += Data("Content-Type: application/octet-stream\r\n\r\n".utf8) + Data(content) + Data("\r\n--\(boundary)--\r\n".utf8)
        return try await send("POST", path, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    func send(_ method: String, _ path: String, body: Data?, contentType: String = "application/json") async throws -> Reply {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        // Generous: suites run side by side, and the 1,000-registration burst shares the machine with them.
        request.timeoutInterval = 60
        if let body {
            request.httpBody = body
            request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let forwardedFor { request.setValue(forwardedFor, forHTTPHeaderField: "X-Forwarded-For") }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return Reply(status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"), body: data,
                     contentDisposition: http.value(forHTTPHeaderField: "Content-Disposition"),
                     retryAfter: http.value(forHTTPHeaderField: "Retry-After"))
    }

    /// A client holding the token issued for these credentials.
    func signedIn(email: String, password: String) async throws -> APIClient {
        let reply = try await post("/api/auth/token", ["email": email, "password": password])
        guard reply.status == 201, let token = reply.object["token"] as? String else {
            throw SignInFailed(status: reply.status)
        }
        return APIClient(port: port, token: token)
    }

    struct SignInFailed: Error {
        let status: Int
    }
}
