import Access
import Foundation
import PostgresNIO
import StaffAccess

/// Accounts for a test, opened through the services' own repository with a cheap bcrypt cost.
enum TestAccounts {
    @discardableResult
    static func create<Role: AccountRole>(_ email: String, role: Role, displayName: String? = nil, password: String,
                                          organisationId: UUID? = nil, on client: PostgresClient) async throws -> Account<Role> {
        let form = AccountForm(email: email, displayName: displayName ?? email, password: password, role: role, organisationId: organisationId)
        return try await AccountRepository<Role>(logger: TestEnvironment.logger, hasher: PasswordHasher(cost: 4))
            .create(try form.validated().get(), on: client)
    }
}
