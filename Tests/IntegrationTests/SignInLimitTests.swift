import Foundation
import Model
@testable import Resources
import ServiceKit
import StaffAccess
import Testing

/// Failed sign-ins are limited per account and per client address, on the real service and
/// database: past the limit the right password is refused too, with a French message and
/// `Retry-After`, and other accounts and addresses go on.
@Suite("Sign-in limits", .platform, .serialized)
struct SignInLimitTests {
    static let password = "mot-de-passe-de-test"

    private func withResources(perAccount: Int = 5, perAddress: Int = 50,
                               _ body: (TestSchema, APIClient) async throws -> Void) async throws {
        var settings = ResourcesConfiguration()
        settings.publicURL = "https://ressources.ipc.example"
        try await withInProcessService(ResourcesService.definition(settings: settings, clock: { ResourcesHarness.now }),
                                       topicNamespace: TestEnvironment.uniqueName("resources"),
                                       adjust: { $0.signInLimits.perAccount = perAccount; $0.signInLimits.perAddress = perAddress }) { schema, port in
            try await body(schema, APIClient(port: port))
        }
    }

    private func account(on schema: TestSchema) async throws -> String {
        let email = "centre-\(UUID().uuidString.prefix(6).lowercased())@ipc.example"
        try await TestAccounts.create(email, role: StaffRole.staff, password: Self.password, on: schema.client)
        return email
    }

    private func signIn(_ api: APIClient, _ email: String, _ password: String) async throws -> APIClient.Reply {
        try await api.post("/api/auth/token", ["email": email, "password": password])
    }

    @Test("Five wrong passwords for an account: the sixth attempt is refused, right password or not; other accounts sign in")
    func perAccount() async throws {
        try await withResources { schema, api in
            let target = try await account(on: schema), other = try await account(on: schema)
            for _ in 1...5 {
                #expect(try await signIn(api, target.uppercased(), "mauvais").status == 401)
            }
            let refused = try await signIn(api, target, Self.password)
            #expect(refused.status == 429)
            #expect(refused.isProblem)
            #expect((refused.object["detail"] as? String)?.hasPrefix("Trop de tentatives de connexion échouées. Réessayez dans 15 minutes") == true)
            #expect(Int(refused.retryAfter ?? "") == 900)
            #expect(try await signIn(api, other, Self.password).status == 201)
            // Five failures, each counted once against the account and once against the address;
            // the refused attempt is not counted, and the table holds digests, 32 bytes each.
            #expect(try await schema.count("SELECT count(*)::int FROM sign_in_failures WHERE length(key) = 32",
                                           logger: TestEnvironment.logger) == 10)
        }
    }

    @Test("A success clears the account's failures")
    func successClears() async throws {
        try await withResources(perAccount: 3) { schema, api in
            let email = try await account(on: schema)
            for _ in 1...2 { #expect(try await signIn(api, email, "mauvais").status == 401) }
            #expect(try await signIn(api, email, Self.password).status == 201)
            for _ in 1...2 { #expect(try await signIn(api, email, "mauvais").status == 401) }
            #expect(try await signIn(api, email, Self.password).status == 201)
        }
    }

    @Test("Failures on many accounts from one address close that address only, as the reverse proxy reports it")
    func perAddress() async throws {
        try await withResources(perAddress: 3) { schema, api in
            var attacker = api, neighbour = api
            attacker.forwardedFor = "198.51.100.7, 203.0.113.9"  // the last hop is the proxy's: 203.0.113.9
            neighbour.forwardedFor = "203.0.113.10"
            for _ in 1...3 {
                #expect(try await signIn(attacker, "inconnu-\(UUID().uuidString.prefix(4))@ipc.example", "mauvais").status == 401)
            }
            let email = try await account(on: schema)
            #expect(try await signIn(attacker, email, Self.password).status == 429)
            var sameLastHop = api
            sameLastHop.forwardedFor = "203.0.113.9"
            #expect(try await signIn(sameLastHop, email, Self.password).status == 429)
            #expect(try await signIn(neighbour, email, Self.password).status == 201)
        }
    }
}
