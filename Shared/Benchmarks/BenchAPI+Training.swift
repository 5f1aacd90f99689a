import Foundation

extension BenchAPI {
    /// An open training session in thirty days, of the kind that gives its capacity:
    /// a buffet des savoirs (50 places) or an atelier de projet (15).
    func createOpenSession(token: String, title: String, workshop: Bool) async throws -> String {
        let formatter = ISO8601DateFormatter()
        let starts = Date().addingTimeInterval(30 * 86_400)
        let session = try await post("/api/sessions", [
            "kind": workshop ? "projectWorkshop" : "knowledgeBuffet", "audience": "electedOfficials", "title": title,
            "theme": "services-aux-citoyens", "description": "Session du banc d'essai.", "host": "Commune de banc d'essai",
            "department": "31", "town": "Toulouse", "address": "Hôtel de ville", "room": "Salle du conseil",
            "internetConnection": true, "stepFreeAccess": true, "startsAt": formatter.string(from: starts),
            "endsAt": formatter.string(from: starts.addingTimeInterval(3 * 3600)), "trainer": "ARDESI",
        ], token: token, expecting: 201)
        guard let id = session["id"] as? String else { throw Failure(description: "no id in the created session") }
        _ = try await post("/api/sessions/\(id)/open", [:], token: token, expecting: 200)
        return id
    }
}
