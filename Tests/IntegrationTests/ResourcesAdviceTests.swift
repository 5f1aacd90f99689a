import Foundation
import PostgresNIO
import Testing

/// Personalised advice through the resource centre's API, on the real database: a question,
/// its one answer announced in the outbox, and the FAQ only with the asker's consent.
@Suite("Resources advice", .platform, .serialized)
struct ResourcesAdviceTests {
    @Test("A question is refused whole when malformed, answered once with AdviceAnswered, and reaches the FAQ anonymised only by consent")
    func adviceLifecycle() async throws {
        try await ResourcesHarness.run { harness in
            let invalid = try await harness.api.post("/api/advice-questions", ["collectivite": " ", "email": "pas-une-adresse",
                                                                               "question": "Court", "department": "75"])
            #expect(invalid.status == 422 && invalid.isProblem
                    && Set(invalid.problemFields) == ["collectivite", "name", "email", "question", "department"])
            #expect(try await harness.schema.count("SELECT count(*)::int FROM advice_questions", logger: harness.logger) == 0)

            let question = "Paul Martin, maire de Saint-Lizier : comment ouvrir un point d'accès public à Internet en mairie ?"
            let asked = try await harness.api.post("/api/advice-questions", [
                "collectivite": "Commune de Saint-Lizier", "department": "09", "name": "Paul Martin", "email": "maire@saint-lizier.example",
                "theme": "services-aux-citoyens", "question": question, "faqConsent": true,
            ])
            #expect(asked.status == 201 && asked.object["email"] == nil, "the receipt repeats nothing personal")
            let id = try #require(asked.object["id"] as? String)
            let refused = try await harness.api.post("/api/advice-questions", ["collectivite": "Commune de Foix", "name": "Jeanne",
                                                                                "email": "jeanne@foix.example", "question": "Une question sans accord de publication."])
            let withoutConsent = try #require(refused.object["id"] as? String)

            #expect(try await harness.api.get("/api/advice-questions").status == 401)
            #expect(try await harness.api.post("/api/advice-questions/\(id)/answer", ["answer": "x"]).status == 401)
            let staff = try await harness.staff()
            let listed = try await staff.get("/api/advice-questions")
            #expect(listed.status == 200)
            #expect(try await staff.post("/api/advice-questions/\(id)/faq", ["question": "Q", "answer": "R"]).status == 409,
                    "a question goes to the FAQ only once answered")
            #expect(try await staff.post("/api/advice-questions/\(id)/answer", ["answer": " "]).problemFields == ["answer"])

            let answer = "Commencez par le guide des espaces publics numériques, puis contactez votre animateur départemental."
            let answered = try await staff.post("/api/advice-questions/\(id)/answer", ["answer": answer])
            #expect(answered.status == 200 && answered.object["answer"] as? String == answer)
            #expect(try await staff.post("/api/advice-questions/\(id)/answer", ["answer": "Encore"]).status == 409, "answered once")
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM outbox WHERE message_key = \(id) AND payload::jsonb->>'type' = 'AdviceAnswered'
                  AND payload::jsonb->'data'->'asker'->>'email' = 'maire@saint-lizier.example' AND payload::jsonb->'data'->>'answer' = \(answer)
                """, logger: harness.logger) == 1)

            _ = try await staff.post("/api/advice-questions/\(withoutConsent)/answer", ["answer": "Voici la réponse."])
            #expect(try await staff.post("/api/advice-questions/\(withoutConsent)/faq", ["question": "Q ?", "answer": "R."]).status == 409,
                    "no FAQ without the asker's consent")

            let published = try await staff.post("/api/advice-questions/\(id)/faq", [
                "question": "Comment ouvrir un point d'accès public à Internet en mairie ?", "answer": answer,
            ])
            #expect(published.status == 200)
            let faq = try await harness.api.get("/api/faq")
            let entries = try #require(try JSONSerialization.jsonObject(with: faq.body) as? [[String: Any]])
            #expect(entries.count == 1 && entries.first?["question"] as? String == "Comment ouvrir un point d'accès public à Internet en mairie ?")
            let text = String(decoding: faq.body, as: UTF8.self)
            #expect(!text.contains("Paul") && !text.contains("Lizier") && !text.contains("@"), "the FAQ names no one")

            let page = try await staff.get("/faq")
            #expect(page.status == 200 && String(decoding: page.body, as: UTF8.self).contains("accès public à Internet en mairie ?"))
        }
    }
}
