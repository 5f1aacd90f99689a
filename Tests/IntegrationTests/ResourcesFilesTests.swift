import Foundation
import Testing

/// Files attached to publications, on the real database and with Debian's pdftotext: checked by
/// their content, versioned, and a PDF's text found by the French search; a published text
/// edited keeps its earlier version.
@Suite("Resources files and versions", .platform, .serialized)
struct ResourcesFilesTests {
    @Test("A PDF's text is found by the search without accents; a second upload of its name is version 2, the first stays reachable")
    func pdfInTheSearch() async throws {
        try await ResourcesHarness.run { harness in
            let staff = try await harness.staff()
            let id = try await harness.publish(staff, title: "Guide des intercommunalités", body: "Le guide de 2006.")
            let pdf = TestPDF.make(lines: ["Les vallées pyrénéennes partagent leurs médiathèques.", "Un réseau de bornes numériques."])

            #expect(try await harness.api.upload("/api/publications/\(id)/files", fileName: "guide.pdf", content: pdf).status == 401)
            let notADocument = try await staff.upload("/api/publications/\(id)/files", fileName: "guide.pdf", content: Array("%PDX texte".utf8))
            #expect(notADocument.status == 415 && notADocument.isProblem)
            let empty = try await staff.upload("/api/publications/\(id)/files", fileName: "vide.pdf", content: [])
            #expect(empty.status == 422 && empty.problemFields == ["file"])
            let broken = try await staff.upload("/api/publications/\(id)/files", fileName: "casse.pdf", content: Array("%PDF-1.4 tronqué".utf8))
            #expect(broken.status == 422 && broken.problemFields == ["file"], "a PDF whose text cannot be read is refused")

            let first = try await staff.upload("/api/publications/\(id)/files", fileName: "../guide\u{7}.pdf", content: pdf)
            #expect(first.status == 201 && first.object["version"] as? Int == 1 && first.object["fileName"] as? String == "guide.pdf")
            #expect(first.object["sha256"] as? String == SHA256Hex.of(pdf) && first.object["sizeBytes"] as? Int == pdf.count)
            #expect(first.object["mediaType"] as? String == "application/pdf")

            let found = try await harness.api.get("/api/publications?q=vallees%20pyreneennes%20mediatheque")
            let hits = found.object["hits"] as? [[String: Any]] ?? []
            #expect(found.object["total"] as? Int == 1 && (hits.first?["publication"] as? [String: Any])?["id"] as? String == id,
                    "words found only in the PDF, without their accents and in another inflection")

            let secondPDF = TestPDF.make(lines: ["Deuxième édition : les cantons du Couserans."])
            let second = try await staff.upload("/api/publications/\(id)/files", fileName: "guide.pdf", content: secondPDF)
            #expect(second.status == 201 && second.object["version"] as? Int == 2)
            #expect(try await harness.api.get("/api/publications?q=couserans").object["total"] as? Int == 1)
            #expect(try await harness.api.get("/api/publications?q=pyreneennes").object["total"] as? Int == 0,
                    "the search reads the latest version of each file")
            let firstId = try #require(first.object["id"] as? String)
            let old = try await harness.api.get("/fichiers/\(firstId)")
            #expect(old.status == 200 && Array(old.body) == pdf && old.contentType == "application/pdf", "the first version stays reachable")
            let listed = try await harness.api.get("/api/publications/\(id)/files")
            #expect((try JSONSerialization.jsonObject(with: listed.body) as? [[String: Any]])?.count == 2)
            let page = String(decoding: try await harness.api.get("/publications/\(id)").body, as: UTF8.self)
            #expect(page.contains("version 2") && page.contains("Versions précédentes"))

            let draft = try await staff.post("/api/publications", ["kind": "guide", "title": "Brouillon", "summary": "Pas encore publié.",
                                                                   "body": "Texte."])
            let draftId = try #require(draft.object["id"] as? String)
            let draftFile = try await staff.upload("/api/publications/\(draftId)/files", fileName: "brouillon.pdf", content: pdf)
            let draftFileId = try #require(draftFile.object["id"] as? String)
            #expect(try await harness.api.get("/fichiers/\(draftFileId)").status == 404, "a draft's files are not public")
        }
    }

    @Test("Editing a published text makes a new version and keeps the earlier one reachable; a draft's edits make none")
    func textVersions() async throws {
        try await ResourcesHarness.run { harness in
            let staff = try await harness.staff()
            let draft = try await staff.post("/api/publications", ["kind": "practicalSheet", "title": "Ouvrir un point d'accès",
                                                                   "summary": "Première rédaction.", "body": "Texte du brouillon."])
            let id = try #require(draft.object["id"] as? String)
            let form: [String: Any] = ["kind": "practicalSheet", "title": "Ouvrir un point d'accès public", "summary": "Fiche pratique.",
                                       "body": "## Le lieu\nUne salle accessible."]
            #expect(try await staff.put("/api/publications/\(id)", form).object["version"] as? Int == 1, "a draft's edits make no version")
            #expect(try await staff.post("/api/publications/\(id)/publish").status == 200)
            #expect(try await staff.put("/api/publications/\(id)", form).object["version"] as? Int == 1, "the same text again is no new version")

            var edited = form
            edited["body"] = "## Le lieu\nUne salle accessible de plain-pied, ouverte le samedi."
            let second = try await staff.put("/api/publications/\(id)", edited)
            #expect(second.status == 200 && second.object["version"] as? Int == 2 && second.object["status"] as? String == "published")
            let earlier = try await harness.api.get("/publications/\(id)/versions/1")
            let earlierPage = String(decoding: earlier.body, as: UTF8.self)
            #expect(earlier.status == 200 && earlierPage.contains("Une salle accessible.") && !earlierPage.contains("samedi"))
            let current = String(decoding: try await harness.api.get("/publications/\(id)").body, as: UTF8.self)
            #expect(current.contains("version 2") && current.contains("/publications/\(id)/versions/1") && current.contains("samedi"))
            #expect(try await harness.api.get("/publications/\(id)/versions/2").status == 404, "the current text is the publication's page")
            #expect(try await harness.api.get("/api/publications?q=samedi").object["total"] as? Int == 1)
        }
    }
}
