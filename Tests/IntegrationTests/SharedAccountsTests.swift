@testable import Applications
import Access
import Foundation
@testable import Jury
import Logging
@testable import Notifications
import Persistence
import PostgresNIO
import StaffAccess
import Testing

/// The one accounts path: each service's older tables reach the shared shape with their rows,
/// and what has expired is removed.
@Suite("Shared accounts", .platform, .serialized)
struct SharedAccountsTests {
    let logger = TestEnvironment.logger
    static let password = "un-mot-de-passe-solide"

    /// Applies `migrations` below `version`, runs `before`, then applies the rest.
    private func migrating(_ migrations: [Migration], upTo version: Int, before: (PostgresClient) async throws -> Void,
                           after: (PostgresClient) async throws -> Void) async throws {
        let schema = TestSchema.make("it_accounts")
        try await withRunningServices([schema.client]) {
            try await schema.create(migrations: migrations.filter { $0.version < version }, logger: logger)
            try await before(schema.client)
            try await MigrationRunner(migrations: PlatformMigrations.all + migrations).apply(on: schema.client, logger: logger)
            try await after(schema.client)
            await schema.drop(logger: logger)
        }
    }

    private func hash() async throws -> String { try await PasswordHasher(cost: 4).hash(Self.password) }

    @Test("The jury's members become accounts: the same rows, passwords, tokens and seats")
    func juryMembersMove() async throws {
        let id = UUID(), now = Date()
        try await migrating(JuryMigrations.all, upTo: 107) { client in
            try await client.query("""
                INSERT INTO members (id, email, display_name, password_hash, role) VALUES (\(id), 'jure@ipc.example', 'Juré', \(try await hash()), 'juror')
                """, logger: logger)
            try await client.query("""
                INSERT INTO api_tokens (token_hash, member_id, expires_at) VALUES (\(SecretToken.digest("jeton")), \(id), \(now.addingTimeInterval(3600)))
                """, logger: logger)
        } after: { client in
            let repository = AccountRepository<MemberRole>(logger: logger)
            let signedIn = try await repository.verify(email: "jure@ipc.example", password: Self.password, on: client)
            #expect(signedIn == Account(id: id, email: "jure@ipc.example", displayName: "Juré", role: .juror))
            #expect(try await repository.account(forToken: "jeton", now: now, on: client)?.id == id)
            await #expect(throws: (any Error).self) {
                try await client.query("INSERT INTO accounts (id, email, display_name, password_hash, role) VALUES (\(UUID()), 'x@ipc.example', 'X', 'h', 'admin')",
                                       logger: logger)
            }
        }
    }

    @Test("The delivery log's staff accounts become accounts with the staff role, sessions kept")
    func notificationsStaffMove() async throws {
        let id = UUID(), now = Date()
        try await migrating(NotificationsMigrations.all, upTo: 110) { client in
            try await client.query("""
                INSERT INTO staff_accounts (id, email, display_name, password_hash) VALUES (\(id), 'equipe@ipc.example', 'Équipe', \(try await hash()))
                """, logger: logger)
            try await client.query("""
                INSERT INTO staff_web_sessions (token_hash, account_id, csrf_token, expires_at)
                VALUES (\(SecretToken.digest("session")), \(id), 'csrf', \(now.addingTimeInterval(3600)))
                """, logger: logger)
        } after: { client in
            let repository = AccountRepository<StaffRole>(logger: logger)
            let session = try await repository.session("session", now: now, on: client)
            #expect(session?.account == Account(id: id, email: "equipe@ipc.example", displayName: "Équipe", role: .staff))
            #expect(session?.csrfToken == "csrf")
            #expect(try await repository.verify(email: "equipe@ipc.example", password: Self.password, on: client)?.id == id)
        }
    }

    @Test("An applicant's account keeps its collectivité, now its organisation, and the rule that ties them")
    func applicantsKeepTheirCollectivite() async throws {
        let staff = UUID()
        try await migrating(ApplicationsMigrations.all, upTo: 109) { client in
            try await client.query("""
                INSERT INTO accounts (id, email, display_name, password_hash, role) VALUES (\(staff), 'instruction@ipc.example', 'Instruction', \(try await hash()), 'instructor')
                """, logger: logger)
        } after: { client in
            let repository = AccountRepository<Applications.Role>(logger: logger)
            let instructor = try await repository.verify(email: "instruction@ipc.example", password: Self.password, on: client)
            #expect(instructor?.role == Applications.Role.instructor)
            let form = AccountForm<Applications.Role>(email: "mairie@ipc.example", displayName: "Mairie", password: Self.password,
                                                      role: .applicant, organisationId: UUID())
            await #expect(throws: AccountRepository<Applications.Role>.UnknownOrganisation.self) {
                try await repository.create(try form.validated().get(), on: client)
            }
        }
    }

    @Test("Expired tokens and sessions are removed; live ones still open their account")
    func expiredAccessIsRemoved() async throws {
        let schema = TestSchema.make("it_accounts")
        try await withRunningServices([schema.client]) {
            try await schema.create(migrations: JuryMigrations.all, logger: logger)
            let account = try await TestAccounts.create("jure@ipc.example", role: MemberRole.juror, password: Self.password, on: schema.client)
            let repository = AccountRepository<MemberRole>(logger: logger)
            let now = Date()
            let expiredToken = try await repository.issueToken(for: account, lifetime: 60, now: now.addingTimeInterval(-120), on: schema.client)
            let liveToken = try await repository.issueToken(for: account, now: now, on: schema.client)
            _ = try await repository.openSession(for: account, now: now.addingTimeInterval(-120), lifetime: 60, on: schema.client)
            let liveSession = try await repository.openSession(for: account, now: now, on: schema.client)

            let removed = try await ExpiredAccessSweeper.removeExpired(now: now, on: schema.client, logger: logger)
            #expect(removed.tokens == 1 && removed.sessions == 1)
            #expect(try await schema.count("SELECT count(*)::int FROM api_tokens", logger: logger) == 1)
            #expect(try await schema.count("SELECT count(*)::int FROM web_sessions", logger: logger) == 1)
            #expect(try await repository.account(forToken: liveToken.token, now: now, on: schema.client) == account)
            #expect(try await repository.account(forToken: expiredToken.token, now: now.addingTimeInterval(-90), on: schema.client) == nil)
            #expect(try await repository.session(liveSession, now: now, on: schema.client)?.account == account)
            await schema.drop(logger: logger)
        }
    }
}
