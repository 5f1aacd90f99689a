import Foundation
@testable import Jury
import Testing

extension JuryAPITests {
    @Test("Staff open and list the jury's accounts through the API; jurors cannot; GET /api/me names the bearer")
    func members() async throws {
        try await JuryHarness.run { harness in
            let (staff, staffId) = try await harness.member("equipe@region.example", role: .staff)
            let (juror, _) = try await harness.member("jure@region.example", role: .juror)

            let me = try await juror.get("/api/me")
            #expect(me.status == 200 && me.object["email"] as? String == "jure@region.example" && me.object["role"] as? String == "juror")
            #expect(try await staff.get("/api/me").object["id"] as? String == staffId)
            #expect(try await harness.api.get("/api/me").status == 401)

            let opening: [String: Any] = ["email": "nouveau.jure@region.example", "displayName": "Nouveau Juré",
                                          "password": "un-mot-de-passe-solide", "role": "juror"]
            #expect(try await juror.post("/api/members", opening).status == 403)
            let created = try await staff.post("/api/members", opening)
            #expect(created.status == 201 && created.object["displayName"] as? String == "Nouveau Juré")
            #expect(created.object["password"] == nil && created.object["passwordHash"] == nil)
            #expect(try await staff.post("/api/members", opening).status == 409)
            let weak = try await staff.post("/api/members", ["email": "x", "displayName": " ", "password": "court"])
            #expect(weak.status == 422 && weak.problemFields == ["email", "displayName", "password", "role"])

            let listed = try await staff.get("/api/members")
            #expect(listed.status == 200)
            #expect(listed.array.first?["email"] as? String == "equipe@region.example", "staff first")
            #expect(Set(listed.array.dropFirst().compactMap { $0["email"] as? String }) == ["jure@region.example", "nouveau.jure@region.example"])
            #expect(try await juror.get("/api/members").status == 403)
            let newcomer = try await harness.api.signedIn(email: "nouveau.jure@region.example", password: "un-mot-de-passe-solide")
            #expect(try await newcomer.get("/api/me").object["displayName"] as? String == "Nouveau Juré")
        }
    }
}
