import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The services' APIs as the benchmarks drive them.
struct BenchAPI: Sendable {
    let http: HTTPClient
    let baseURL: String

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func token(email: String, password: String) async throws -> String {
        let body = try await post("/api/auth/token", ["email": email, "password": password], token: nil, expecting: 201)
        guard let token = body["token"] as? String else { throw Failure(description: "no token in the sign-in answer") }
        return token
    }

    /// A consulting-aid call open from yesterday for a year, with room for every dossier.
    func createCall(token: String) async throws -> String {
        let formatter = ISO8601DateFormatter()
        let body = try await post("/api/calls", [
            "action": "consultingAid", "title": "Banc d'essai \(UUID().uuidString.prefix(8))", "description": "Appel du banc d'essai.",
            "opensAt": formatter.string(from: Date().addingTimeInterval(-86_400)),
            "closesAt": formatter.string(from: Date().addingTimeInterval(365 * 86_400)),
            "eligibleKinds": ["commune"], "maxBeneficiaries": 1_000_000, "consultingDays": 7, "criteria": ["Taille"],
        ], token: token, expecting: 201)
        guard let id = body["id"] as? String else { throw Failure(description: "no id in the created call") }
        return id
    }

    /// A draft dossier of the applicant on the call; returns its id.
    func createDraft(token: String, callId: String, applicantId: UUID) async throws -> String {
        let draft = try await post("/api/dossiers", [
            "callId": callId, "applicantId": applicantId.uuidString.lowercased(), "projectTitle": "Point public d'accès à Internet",
            "theme": "Services aux citoyens", "summary": "Un espace public numérique ouvert aux habitants.",
        ], token: token, expecting: 201)
        guard let id = draft["id"] as? String else { throw Failure(description: "no id in the created dossier") }
        return id
    }

    func submit(token: String, dossierId: String) async throws {
        _ = try await post("/api/dossiers/\(dossierId)/submit", [:], token: token, expecting: 200)
    }

    func post(_ path: String, _ json: [String: Any], token: String?, expecting status: UInt) async throws -> [String: Any] {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json)))
        let response = try await http.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status.code == status else {
            throw Failure(description: "POST \(path): \(response.status.code) \(String(buffer: body))")
        }
        return (try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]) ?? [:]
    }
}
