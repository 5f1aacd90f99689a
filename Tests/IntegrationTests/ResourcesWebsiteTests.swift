import Events
import Foundation
import Kafka
import Model
import Testing

/// The collectivités' websites the diagnostic runs over, kept by the resource centre from
/// `ApplicantRegistered` on the real broker, or added by staff.
@Suite("Resources websites", .platform, .serialized)
struct ResourcesWebsiteTests {
    @Test("A registered collectivité's website is kept once, one without a website is not; staff add one by hand, a bad address refused")
    func websites() async throws {
        try await ResourcesHarness.run { harness in
            func registered(_ name: String, website: String?) -> EventEnvelope<ApplicantRegistered> {
                EventEnvelope(source: "applications", data: ApplicantRegistered(
                    applicant: ApplicantSnapshot(applicantId: ApplicantID(), name: name, kind: .commune, inseeCode: nil, siren: nil,
                                                 department: "09", population: 1_240, insideUrbanAgglomeration: false),
                    website: website, contacts: [ContactPerson(name: "Secrétariat", email: "mairie@saint-lary.example")], registeredAt: Date()))
            }
            let withSite = registered("Commune de Saint-Lary", website: "www.saint-lary.example")
            let producer = try KafkaProducer(configuration: harness.kafka, logger: harness.logger)
            try await withRunningServices([producer]) {
                try await producer.publish(withSite)
                try await producer.publish(withSite)
                try await producer.publish(registered("Commune de Sentein", website: nil))
                try await producer.publish(registered("Commune de Bordes", website: "javascript:alert(1)"))
            }
            let staff = try await harness.staff()
            let arrived = try await eventually {
                let applied = try await harness.schema.count("SELECT count(*)::int FROM inbox", logger: harness.logger)
                let kept = try await harness.schema.count("SELECT count(*)::int FROM websites", logger: harness.logger)
                return applied >= 3 && kept == 1
            }
            #expect(arrived)
            #expect(try await harness.api.get("/api/websites").status == 401)
            let refused = try await staff.post("/api/websites", ["collectivite": "Commune de Foix", "url": "ftp://mairie-foix.example",
                                                                "contactEmail": "pas-une-adresse"])
            #expect(refused.status == 422 && Set(refused.problemFields) == ["url", "contactEmail"])
            let added = try await staff.post("/api/websites", ["collectivite": "Commune de Foix", "url": "https://www.mairie-foix.example"])
            #expect(added.status == 201 && added.object["source"] as? String == "staff")
            let listed = try await staff.get("/api/websites")
            let websites = try #require(try JSONSerialization.jsonObject(with: listed.body) as? [[String: Any]])
            #expect(websites.map { $0["url"] as? String } == ["https://www.mairie-foix.example", "https://www.saint-lary.example"])
            #expect(websites.last?["contactEmail"] as? String == "mairie@saint-lary.example" && websites.last?["source"] as? String == "applications")
        }
    }
}
