import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PostgresNIO
import Testing

/// The resource centre, started whole on the real database and broker, driven through its API.
@Suite("Resources API", .platform, .serialized)
struct ResourcesAPITests {
    @Test("A publication is drafted, published once with its event, found, then archived out of the lists but still reachable")
    func publicationLifecycle() async throws {
        try await ResourcesHarness.run { harness in
            #expect(try await harness.api.post("/api/publications", ["title": "x"]).status == 401)
            let staff = try await harness.staff()
            let invalid = try await staff.post("/api/publications", ["title": " ", "themes": ["inconnu"]])
            #expect(invalid.status == 422 && invalid.isProblem && Set(invalid.problemFields) == ["kind", "title", "summary", "body", "themes"])

            let created = try await staff.post("/api/publications", [
                "kind": "practicalSheet", "title": "Ouvrir un point d'accès public", "summary": "Fiche pratique.",
                "body": "## Étapes\nChoisir un *lieu* <script>alert(1)</script> et [le guide](javascript:alert(1)) ou [le site](https://ipc.example/guide).",
                "themes": ["services-aux-citoyens"], "audiences": ["electedOfficials"],
            ])
            #expect(created.status == 201 && created.object["status"] as? String == "draft")
            #expect(created.object["licence"] as? String == "Licence Ouverte / Etalab 2.0")
            let html = try #require(created.object["bodyHTML"] as? String)
            #expect(html.contains("<h2>Étapes</h2>") && html.contains("<em>lieu</em>") && html.contains("&lt;script&gt;"))
            #expect(!html.contains("<script") && !html.contains("javascript:") && html.contains("<a href=\"https://ipc.example/guide\">le site</a>"))
            let id = try #require(created.object["id"] as? String)
            #expect(try await harness.api.get("/api/publications/\(id)").status == 401, "a draft is staff's")
            #expect(try await harness.api.get("/api/publications").object["total"] as? Int == 0)

            #expect(try await staff.post("/api/publications/\(id)/publish").status == 200)
            #expect(try await staff.post("/api/publications/\(id)/publish").status == 409)
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM outbox WHERE message_key = \(id) AND payload::jsonb->>'type' = 'PublicationPublished'
                  AND payload::jsonb->'data'->>'url' = \("https://ressources.ipc.example/publications/\(id)")
                """, logger: harness.logger) == 1)
            #expect(try await harness.api.get("/api/publications/\(id)").object["status"] as? String == "published")
            #expect(try await harness.api.get("/api/publications").object["total"] as? Int == 1)

            #expect(try await staff.post("/api/publications/\(id)/archive").status == 200)
            #expect(try await harness.api.get("/api/publications").object["total"] as? Int == 0)
            #expect(try await harness.api.get("/api/publications/\(id)").status == 200, "an archived publication stays reachable")
            #expect(try await harness.api.get("/api/publications/\(UUID())").status == 404)
        }
    }

    @Test("French search ignores accents and inflections, ranks the title first, highlights, filters by facets and pages")
    func search() async throws {
        try await ResourcesHarness.run { harness in
            let staff = try await harness.staff()
            let guide = try await harness.publish(staff, title: "Les services numériques des communes",
                                                  body: "Les communes rurales ouvrent des services en ligne.", themes: ["services-aux-citoyens"],
                                                  audiences: ["electedOfficials"])
            let sheet = try await harness.publish(staff, kind: "practicalSheet", title: "Choisir un hébergeur",
                                                  body: "Un site communal a besoin d'un hébergement numerique fiable.", themes: ["outils-collaboratifs"])
            _ = try await harness.publish(staff, kind: "news", title: "Ouverture du centre", body: "Le centre ouvre ses portes le 1er mai.")

            let found = try await harness.api.get("/api/publications?q=numeriques")
            let hits = found.object["hits"] as? [[String: Any]] ?? []
            #expect(found.object["total"] as? Int == 2)
            #expect(hits.compactMap { ($0["publication"] as? [String: Any])?["id"] as? String } == [guide, sheet], "the title's match first")
            let excerpts = hits.compactMap { $0["excerpt"] as? String }
            #expect(excerpts.contains { $0.contains("<mark>numerique</mark>") }, "\(excerpts)")
            #expect(try await harness.api.get("/api/publications?q=h%C3%A9berger").object["total"] as? Int == 1, "hébergeur ~ héberger")
            #expect(try await harness.api.get("/api/publications?q=communes+rurales").object["total"] as? Int == 1, "a form's + is a space")
            #expect(try await harness.api.get("/api/publications?q=COMMUNE").object["total"] as? Int == 1, "commune finds communes, whatever the case")

            let filtered = try await harness.api.get("/api/publications?q=numerique&type=practicalSheet")
            #expect(filtered.object["total"] as? Int == 1)
            let facets = try await harness.api.get("/api/publications?q=numerique").object["facets"] as? [String: [[String: Any]]] ?? [:]
            #expect(Set((facets["type"] ?? []).compactMap { $0["value"] as? String }) == ["guide", "practicalSheet"])
            #expect((facets["annee"] ?? []).first?["value"] as? String == "2006")
            #expect(try await harness.api.get("/api/publications?theme=outils-collaboratifs").object["total"] as? Int == 1)
            #expect(try await harness.api.get("/api/publications?public=electedOfficials").object["total"] as? Int == 1)
            #expect(try await harness.api.get("/api/publications?annee=2007").object["total"] as? Int == 0)
            let beyond = try await harness.api.get("/api/publications?page=2")
            #expect(beyond.status == 200 && (beyond.object["hits"] as? [Any])?.isEmpty == true && beyond.object["total"] as? Int == 3)
            for refused in ["type=inconnu", "annee=20", "page=0", "public=tous"] {
                let reply = try await harness.api.get("/api/publications?\(refused)")
                #expect(reply.status == 422 && reply.isProblem, "\(refused)")
            }
        }
    }

    @Test("The Atom feed holds the publications of a search, each with its licence; the API answers any origin")
    func feedAndCORS() async throws {
        try await ResourcesHarness.run { harness in
            let staff = try await harness.staff()
            let guide = try await harness.publish(staff, title: "Guide des intercommunalités & du numérique", body: "Les TIC.")
            _ = try await harness.publish(staff, kind: "news", title: "Ouverture", body: "Le centre ouvre.")
            let feed = try await harness.api.get("/flux.atom?type=guide")
            let xml = String(decoding: feed.body, as: UTF8.self)
            #expect(feed.status == 200 && feed.contentType?.hasPrefix("application/atom+xml") == true)
            #expect(xml.components(separatedBy: "<entry>").count == 2 && xml.contains("<id>urn:uuid:\(guide)</id>"))
            #expect(xml.contains("<title>Guide des intercommunalités &amp; du numérique</title>"))
            #expect(xml.contains("<rights>Licence Ouverte / Etalab 2.0</rights>"))
            #expect(xml.contains("href=\"https://ressources.ipc.example/flux.atom?type=guide\""))

            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(harness.api.port)/api/publications")!)
            request.setValue("https://partenaire.example", forHTTPHeaderField: "Origin")
            let (_, response) = try await URLSession.shared.data(for: request)
            #expect((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Access-Control-Allow-Origin") == "*")
        }
    }
}

extension ResourcesAPITests {
    @Test("The pages: the search with its facets and excerpts, a publication with its licence; a draft is not shown")
    func pages() async throws {
        try await ResourcesHarness.run { harness in
            let staff = try await harness.staff()
            let guide = try await harness.publish(staff, title: "Le numérique à l'école", body: "Des écoles numériques <b>partout</b>.",
                                                  themes: ["education"])
            let draft = try await staff.post("/api/publications", ["kind": "news", "title": "Brouillon", "summary": "x", "body": "y"])
            let draftId = try #require(draft.object["id"] as? String)

            let search = try await harness.api.get("/?q=numeriques&type=&theme=&public=&annee=")
            let page = String(decoding: search.body, as: UTF8.self)
            #expect(search.status == 200 && page.contains("1 publication<") && page.contains("<mark>numériques</mark>"))
            #expect(page.contains("href=\"/flux.atom?q=numeriques\"") && page.contains("Éducation</a> (1)"))
            let shown = String(decoding: try await harness.api.get("/publications/\(guide)").body, as: UTF8.self)
            #expect(shown.contains("Licence Ouverte / Etalab 2.0") && shown.contains("&lt;b&gt;partout&lt;/b&gt;"))
            #expect(try await harness.api.get("/publications/\(draftId)").status == 404)
            #expect(try await harness.api.get("/?annee=deux").status == 422)
            let signIn = String(decoding: try await harness.api.get("/gestion").body, as: UTF8.self)
            #expect(signIn.contains("Connexion de l'équipe du centre de ressources"), "the back office asks to sign in")
        }
    }
}

extension ResourcesAPITests {
    @Test("The catalogue as CSV and DCAT-AP JSON-LD, and the latest publications to embed, hold the published ones only")
    func reuse() async throws {
        try await ResourcesHarness.run { harness in
            let staff = try await harness.staff()
            let guide = try await harness.publish(staff, title: "Guide ; « édition 2006 »", body: "Les TIC.", themes: ["tourisme"])
            _ = try await staff.post("/api/publications", ["kind": "news", "title": "Brouillon caché", "summary": "x", "body": "y"])

            let csv = try await harness.api.get("/catalogue.csv")
            let text = String(decoding: csv.body, as: UTF8.self)
            #expect(csv.contentType?.hasPrefix("text/csv") == true && text.hasPrefix("\u{FEFF}Titre;Type;"))
            #expect(text.contains("\"Guide ; « édition 2006 »\";guide;") && !text.contains("Brouillon caché"))

            let dcat = try await harness.api.get("/catalogue.jsonld")
            let catalogue = try #require(try JSONSerialization.jsonObject(with: dcat.body) as? [String: Any])
            let datasets = catalogue["dcat:dataset"] as? [[String: Any]] ?? []
            #expect(dcat.contentType?.hasPrefix("application/ld+json") == true && catalogue["@type"] as? String == "dcat:Catalog")
            #expect(datasets.count == 1 && datasets.first?["@id"] as? String == "https://ressources.ipc.example/publications/\(guide)")
            #expect(datasets.first?["dct:license"] as? String == "https://www.etalab.gouv.fr/licence-ouverte-open-licence/")

            let embedded = String(decoding: try await harness.api.get("/integrer?nombre=3").body, as: UTF8.self)
            #expect(embedded.contains("<html lang=\"fr\">") && embedded.contains("target=\"_top\"")
                && embedded.contains("Guide ; « édition 2006 »") && !embedded.contains("Brouillon"))
            let snippet = try await harness.api.get("/integrer.html")
            #expect(!String(decoding: snippet.body, as: UTF8.self).contains("<html"))
        }
    }
}
