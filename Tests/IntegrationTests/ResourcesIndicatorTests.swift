import Events
import Foundation
import Kafka
import Model
import PostgresNIO
@testable import Resources
import Testing

/// The programme's indicators, counted by the resource centre from events published on the
/// real broker: live, per département and year, and the same again after a rebuild.
@Suite("Resources indicators", .platform, .serialized)
struct ResourcesIndicatorTests {
    /// A small programme: two calls, four dossiers, three sessions, six registrations.
    struct Programme {
        let consulting = CallID()
        let innovation = CallID()
        let dossiers = (1...4).map { _ in ApplicationID() }
        let held = TrainingSessionID()
        let cancelled = TrainingSessionID()
        let heldLater = TrainingSessionID()
        let registrations = (1...6).map { _ in RegistrationID() }
        let year2007 = ParisTime.instant(LocalDate(year: 2007, month: 3, day: 12), hour: 9)

        func applicant(_ department: String) -> ApplicantSnapshot {
            ApplicantSnapshot(applicantId: ApplicantID(), name: "Commune \(department)", kind: .commune, inseeCode: nil, siren: nil,
                              department: department, population: 800, insideUrbanAgglomeration: false)
        }

        func call(_ id: CallID, _ action: FundingAction, cap: Int) -> EventEnvelope<CallPublished> {
            EventEnvelope(source: "applications", data: CallPublished(
                callId: id, action: action, title: "Appel 2007 \(action.rawValue)", opensAt: year2007, closesAt: year2007.addingTimeInterval(86_400 * 60),
                maxBeneficiaries: cap, eligibleKinds: [.commune], subsidyRate: nil, subsidyCap: nil, consultingDays: nil, criteria: [],
                budgetEnvelope: nil))
        }

        func submitted(_ index: Int, call: CallID, action: FundingAction, department: String, requested: Int64?) -> EventEnvelope<ApplicationSubmitted> {
            EventEnvelope(source: "applications", data: ApplicationSubmitted(
                applicationId: dossiers[index], reference: "PI-2007-000\(index)", callId: call, action: action, applicant: applicant(department),
                contacts: [], projectTitle: "Projet \(index)", theme: "Services aux citoyens", eligibleCost: nil,
                requestedSubsidy: requested.map { Money(cents: $0) }, submittedAt: year2007))
        }

        func session(_ id: TrainingSessionID, department: String) -> EventEnvelope<TrainingSessionScheduled> {
            EventEnvelope(source: "training", data: TrainingSessionScheduled(
                sessionId: id, format: .knowledgeBuffet, title: "Après-midi", theme: "services-aux-citoyens", startsAt: year2007,
                endsAt: year2007.addingTimeInterval(3 * 3_600), venue: "Mairie", department: department, capacity: 20))
        }

        func registration(_ index: Int, session: TrainingSessionID, email: String, elected: Bool,
                          outcome: RegistrationOutcome = .confirmed) -> EventEnvelope<RegistrationChanged> {
            EventEnvelope(source: "training", data: RegistrationChanged(
                registrationId: registrations[index], sessionId: session, outcome: outcome, trainee: ContactPerson(name: "Personne", email: email),
                sessionTitle: "Après-midi", startsAt: year2007, venue: "Mairie", waitlistPosition: nil, traineeElected: elected))
        }

        /// In publishing order; a selection comes before its dossier (two topics), one event twice.
        func events() throws -> [(bytes: [UInt8], topic: Topic, key: String)] {
            let submissions = [
                submitted(0, call: consulting, action: .consultingAid, department: "09", requested: nil),
                submitted(1, call: consulting, action: .consultingAid, department: "31", requested: nil),
                submitted(2, call: innovation, action: .innovationGrant, department: "09", requested: 6_000_000),
                submitted(3, call: innovation, action: .innovationGrant, department: "31", requested: 4_000_000),
            ]
            let decisionTime = Date().addingTimeInterval(60)
            let earlySelection = EventEnvelope(occurredAt: decisionTime, source: "jury", data: ApplicationSelected(
                sittingId: JurySessionID(), applicationId: dossiers[2], reference: "PI-2007-0002", grantedAmount: Money(cents: 4_000_000),
                consultingDays: nil, motivation: nil, decidedAt: decisionTime))
            let selection = EventEnvelope(occurredAt: decisionTime, source: "jury", data: ApplicationSelected(
                sittingId: JurySessionID(), applicationId: dossiers[0], reference: "PI-2007-0000", grantedAmount: nil, consultingDays: 7,
                motivation: nil, decidedAt: decisionTime))
            var all: [(bytes: [UInt8], topic: Topic, key: String)] = []
            func add<Payload: EventPayload>(_ envelope: EventEnvelope<Payload>) throws {
                all.append((try envelope.encoded(), Payload.topic, envelope.data.aggregateKey))
            }
            try add(earlySelection)
            try add(call(consulting, .consultingAid, cap: 2))
            try add(call(innovation, .innovationGrant, cap: 1))
            for submission in submissions { try add(submission) }
            try add(selection)
            try add(selection)
            try add(EventEnvelope(occurredAt: decisionTime, source: "jury", data: ApplicationRejected(
                sittingId: JurySessionID(), applicationId: dossiers[3], reference: "PI-2007-0003", motivation: "Hors critères", decidedAt: decisionTime)))
            try add(EventEnvelope(source: "applications", data: ApplicationDeclaredComplete(applicationId: dossiers[1], reference: "PI-2007-0001",
                                                                                           completedAt: Date())))
            try add(session(held, department: "09"))
            try add(session(cancelled, department: "31"))
            try add(session(heldLater, department: "09"))
            try add(registration(0, session: held, email: "alice@mairie.example", elected: true))
            try add(registration(1, session: held, email: "bob@mairie.example", elected: false))
            try add(registration(2, session: cancelled, email: "Alice@Mairie.example", elected: true))
            try add(registration(3, session: held, email: "carol@mairie.example", elected: true))
            try add(registration(3, session: held, email: "carol@mairie.example", elected: true, outcome: .cancelled))
            try add(registration(4, session: heldLater, email: "ALICE@mairie.example", elected: true))
            try add(registration(5, session: heldLater, email: "dave@mairie.example", elected: true))
            try add(EventEnvelope(source: "training", data: TrainingSessionCancelled(sessionId: cancelled, reason: "Salle indisponible")))
            try add(EventEnvelope(source: "training", data: AttendanceRecorded(sessionId: held, present: [registrations[0], registrations[1]],
                                                                                electedPresent: 1, recordedAt: Date())))
            try add(EventEnvelope(source: "training", data: AttendanceRecorded(sessionId: heldLater, present: [registrations[4], registrations[5]],
                                                                                electedPresent: 2, recordedAt: Date())))
            return all
        }
    }

    func figures(_ harness: ResourcesHarness, _ query: String = "") async throws -> ProgrammeIndicators? {
        let reply = try await harness.api.get("/api/indicators" + query)
        guard reply.status == 200 else { return nil }
        return try JSONDecoder().decode(ProgrammeIndicators.self, from: reply.body)
    }

    /// Runs the resource centre, publishes the programme's events and waits until it applied them all.
    func withProgramme(_ body: (ResourcesHarness, Programme, KafkaProducer) async throws -> Void) async throws {
        try await ResourcesHarness.run { harness in
            let programme = Programme()
            let producer = try KafkaProducer(configuration: harness.kafka, logger: harness.logger)
            try await withRunningServices([producer]) {
                for event in try programme.events() { try await producer.publish(event.bytes, topic: event.topic, key: event.key) }
                let settled = try await eventually {
                    guard let figures = try await figures(harness) else { return false }
                    return figures.electedTrained == 2 && figures.dossiers == 4 && figures.byStatus.first { $0.code == "complete" }?.count == 1
                        && figures.sessionsHeld == 2
                }
                try #require(settled, "the consumer applied every event")
                try await body(harness, programme, producer)
            }
        }
    }

    @Test("Indicators equal what the events imply, per département and year; a rebuild from the topics gives the same figures")
    func liveAndRebuilt() async throws {
        try await withProgramme { harness, programme, _ in
            let live = try #require(try await figures(harness))
            #expect(live.dossiers == 4 && live.requestedCents == 10_000_000 && live.grantedCents == 4_000_000)
            let statuses = Dictionary(uniqueKeysWithValues: live.byStatus.map { ($0.code, $0.count) })
            #expect(statuses["selected"] == 2 && statuses["rejected"] == 1 && statuses["complete"] == 1 && statuses["submitted"] == 0,
                    "a selection read before its dossier still counts, and a repeated event once: \(statuses)")
            let calls = Dictionary(uniqueKeysWithValues: live.byCall.map { ($0.callId, $0) })
            #expect(calls[programme.consulting.uuid]?.dossiers == 2 && calls[programme.consulting.uuid]?.selected == 1
                    && calls[programme.consulting.uuid]?.maxBeneficiaries == 2)
            #expect(calls[programme.innovation.uuid]?.selected == 1 && calls[programme.innovation.uuid]?.maxBeneficiaries == 1)
            #expect(live.sessionsHeld == 2 && live.registrations == 4, "the cancelled session and registration do not count")
            #expect(live.electedTrained == 2, "Alice trained twice and under three spellings of her address counts once")
            let ariege = try #require(live.byDepartment.first { $0.code == "09" })
            #expect(ariege.dossiers == 2 && ariege.selected == 2 && ariege.grantedCents == 4_000_000 && ariege.sessionsHeld == 2
                    && ariege.electedTrained == 2)
            let hauteGaronne = try #require(live.byDepartment.first { $0.code == "31" })
            #expect(hauteGaronne.dossiers == 2 && hauteGaronne.selected == 0 && hauteGaronne.sessionsHeld == 0 && hauteGaronne.registrations == 0)
            #expect(live.byYear.map(\.code) == ["2007"] && live.byYear.first?.dossiers == 4)

            let filtered = try #require(try await figures(harness, "?annee=2007&departement=31"))
            #expect(filtered.dossiers == 2 && filtered.electedTrained == 0 && filtered.byDepartment.map(\.code) == ["31"])
            #expect(try await figures(harness, "?annee=2006")?.dossiers == 0)
            let refused = try await harness.api.get("/api/indicators?departement=75")
            #expect(refused.status == 422 && refused.isProblem)

            let csv = try await harness.api.get("/indicateurs.csv")
            let text = String(decoding: csv.body, as: UTF8.self)
            #expect(csv.status == 200 && text.contains("total;;tout le programme;élus formés;2\r\n") && text.contains("département;09;Ariège;dossiers;2\r\n"))

            let page = try await harness.api.get("/indicateurs?annee=2007")
            let html = String(decoding: page.body, as: UTF8.self)
            #expect(page.status == 200 && html.contains("<svg role=\"img\" aria-labelledby=\"elus-titre\"")
                    && html.contains("<tr><th scope=\"row\">Ariège</th><td>2</td></tr>") && html.contains("href=\"/indicateurs.csv?annee=2007\""))
            #expect(try await harness.api.get("/indicateurs?annee=deux").status == 422)

            // The facts damaged by hand, then counted again from the topics' beginning.
            try await harness.schema.client.query("DELETE FROM indicator_registrations", logger: harness.logger)
            try await harness.schema.client.query("UPDATE indicator_dossiers SET status = 'closed'", logger: harness.logger)
            #expect(try await figures(harness) != live)
            let summary = try await IndicatorRebuild(database: harness.schema.client, kafka: harness.kafka, logger: harness.logger).run()
            #expect(summary.applied == 24 && summary.skipped == 0, "\(summary)")
            #expect(try await figures(harness) == live)
        }
    }

    @Test("A frozen annual diagnostic is published once and does not move when new events arrive; two years compare side by side")
    func frozenDiagnostic() async throws {
        try await withProgramme { harness, programme, producer in
            let staff = try await harness.staff()
            #expect(try await harness.api.post("/api/diagnostics", ["year": 2007]).status == 401)
            #expect(try await staff.post("/api/diagnostics", ["year": 1999]).problemFields == ["year"])
            let frozen = try await staff.post("/api/diagnostics", ["year": 2007])
            #expect(frozen.status == 201)
            let publication = try #require(frozen.object["publicationId"] as? String)
            #expect(try await staff.post("/api/diagnostics", ["year": 2007]).status == 409, "a year is frozen once")
            #expect(try await harness.api.get("/api/publications/\(publication)").object["kind"] as? String == "annualDiagnostic")
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM outbox WHERE message_key = \(publication) AND payload::jsonb->>'type' = 'PublicationPublished'
                """, logger: harness.logger) == 1)
            let before = try await harness.api.get("/api/diagnostics/2007")

            // A late dossier of 2007 arrives after the freeze.
            var late = programme.submitted(1, call: programme.consulting, action: .consultingAid, department: "32", requested: 100)
            late.data.applicationId = ApplicationID()
            try await producer.publish(late)
            let moved = try await eventually { try await figures(harness, "?annee=2007")?.dossiers == 5 }
            #expect(moved, "the live indicators count the late dossier")
            let after = try await harness.api.get("/api/diagnostics/2007")
            #expect(after.status == 200 && after.body == before.body, "the frozen diagnostic does not move")
            #expect((after.object["figures"] as? [String: Any])?["dossiers"] as? Int == 4)

            #expect(try await staff.post("/api/diagnostics", ["year": 2006]).status == 201)
            let comparison = try await harness.api.get("/diagnostics?a=2006&b=2007")
            let html = String(decoding: comparison.body, as: UTF8.self)
            #expect(comparison.status == 200 && html.contains("<tr><th scope=\"row\">Dossiers déposés</th><td>0</td><td>4</td><td>+4</td></tr>"))
            #expect(try await harness.api.get("/diagnostics?a=2006&b=2031").status == 422)
            let page = try await harness.api.get("/diagnostics/2007")
            #expect(page.status == 200 && String(decoding: page.body, as: UTF8.self).contains("figés le"))
            #expect(try await harness.api.get("/diagnostics/2008").status == 404)
        }
    }
}
