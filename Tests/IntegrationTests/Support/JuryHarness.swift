import Events
import Foundation
@testable import Jury
import Kafka
import Logging
import Model
import Persistence
import PostgresNIO
import Testing

/// The jury service run whole in this process on a schema of its own; its view of dossiers
/// comes only from the `applications.v1` events a test publishes through it.
struct JuryHarness {
    static let password = "mot-de-passe-de-test"
    static let now = ParisTime.instant(LocalDate(year: 2007, month: 6, day: 1), hour: 9)

    let schema: TestSchema
    let api: APIClient
    let producer: KafkaProducer
    let logger: Logger

    func member(_ email: String, role: MemberRole) async throws -> (client: APIClient, id: String) {
        let member = try await TestAccounts.create(email, role: role, password: JuryHarness.password, on: schema.client)
        return (try await api.signedIn(email: email, password: JuryHarness.password), member.id.uuidString.lowercased())
    }

    /// A call as the applications service announces it.
    func call(_ action: FundingAction, places: Int, budget: Money? = nil) async throws -> CallID {
        let id = CallID()
        try await publish(CallPublished(
            callId: id, action: action, title: "Appel \(id.description.prefix(8))", opensAt: JuryHarness.now.addingTimeInterval(-86_400 * 200),
            closesAt: JuryHarness.now.addingTimeInterval(86_400 * 200), maxBeneficiaries: places, eligibleKinds: [.commune],
            subsidyRate: action == .innovationGrant ? Rate(percent: 80)! : nil,
            subsidyCap: action == .innovationGrant ? Money(euros: 50_000) : nil, consultingDays: action == .consultingAid ? 7 : nil,
            criteria: ["Taille de la commune", "Intérêt pour le territoire", "Partenariat"], budgetEnvelope: budget))
        return id
    }

    /// A dossier submitted then declared complete `daysAgo` days before the test's now.
    /// - Parameter completeInCall: the count the completion announces; `nil` leaves the completion unpublished.
    func completeDossier(_ call: CallID, action: FundingAction, reference: String, population: Int, cost: Money? = nil,
                         submittedDaysAgo: Double = 30, completeInCall: Int?? = .some(nil)) async throws -> ApplicationID {
        let id = ApplicationID()
        let submitted = JuryHarness.now.addingTimeInterval(-86_400 * submittedDaysAgo)
        let applicant = ApplicantSnapshot(applicantId: ApplicantID(), name: "Commune \(reference)", kind: .commune,
                                          inseeCode: InseeCode("09182"), siren: nil, department: "09", population: population,
                                          insideUrbanAgglomeration: false)
        try await publish(ApplicationSubmitted(
            applicationId: id, reference: reference, callId: call, action: action, applicant: applicant,
            contacts: [ContactPerson(name: "Mairie", email: "mairie@example.org")], projectTitle: "Point public", theme: "Services",
            eligibleCost: cost, requestedSubsidy: cost.map { SubsidyRule.programme2006.maximumSubsidy(forEligibleCost: $0) },
            submittedAt: submitted))
        if case .some(let count) = completeInCall {
            try await publish(ApplicationDeclaredComplete(applicationId: id, reference: reference, completedAt: submitted.addingTimeInterval(3600),
                                                          completeInCall: count))
        }
        return id
    }

    /// Publishes `payload` as the applications service would.
    func publish<Payload: EventPayload>(_ payload: Payload) async throws {
        try await producer.publish(EventEnvelope(source: "applications", data: payload))
    }

    /// Waits until the jury's view holds `count` complete dossiers of `call`.
    /// Waits for the call and its dossiers: keyed differently, they may arrive in either order.
    func awaitComplete(_ count: Int, of call: CallID) async throws {
        let arrived = try await eventually {
            try await schema.count("""
                SELECT count(*)::int + (SELECT count(*)::int FROM calls WHERE call_id = \(call.uuid)) FROM dossiers
                WHERE call_id = \(call.uuid) AND status = 'complete'
                """, logger: logger) == count + 1
        }
        try #require(arrived, "the call and its dossiers reached the jury's view")
    }

    func schedule(_ staff: APIClient, calls: [CallID], members: [(String, String)], quorum: Int, cutOff: Date = JuryHarness.now) async throws -> APIClient.Reply {
        try await staff.post("/api/sittings", [
            "sittingDate": "2007-06-15", "cutOff": ISO8601DateFormatter().string(from: cutOff), "quorum": quorum,
            "callIds": calls.map(\.description), "members": members.map { ["memberId": $0.0, "role": $0.1] },
        ])
    }

    static func run(_ body: (JuryHarness) async throws -> Void) async throws {
        let producer = try KafkaProducer(configuration: TestEnvironment.kafka(), logger: TestEnvironment.logger)
        try await withRunningServices([producer]) {
            try await withInProcessService(JuryService.definition(clock: { JuryHarness.now })) { schema, port in
                try await body(JuryHarness(schema: schema, api: APIClient(port: port), producer: producer, logger: TestEnvironment.logger))
            }
        }
    }
}
