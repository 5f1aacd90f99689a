import CommandKit
import Events
import Foundation
import ServiceKit

/// The single window: calls, applicants, dossiers (Actions 2 and 3 of the brochure).
enum ApplicationsService {
    /// The database of the command-line tools (`applications account …`, `applications applicants …`).
    static let commandDatabase = CommandDatabase(service: "applications", defaultHTTPPort: 8081, migrations: ApplicationsMigrations.all)

    /// - Parameter clock: the current instant (tests move it to place a submission inside or outside a call's window).
    /// - Parameter settings: the service's own settings (attachment limit, secure cookies).
    static func definition(settings: ApplicationsConfiguration = .init(), clock: @escaping @Sendable () -> Date = { Date() }) -> ServiceDefinition {
        ServiceDefinition(
            name: "applications",
            summary: "Appels à candidatures, collectivités et dossiers de candidature.",
            defaultHTTPPort: 8081,
            migrations: ApplicationsMigrations.all,
            publishes: [.applications],
            consumes: [.jury],
            handler: JuryDecisionHandler(),
            openAPIPaths: ApplicationsAPI.paths,
            routes: { router, resources in
                let context = ApplicationsContext(database: resources.database, clock: clock, logger: resources.logger,
                                                  attachmentMaxBytes: settings.attachmentMaxBytes)
                // The templates are compiled in: a failure here is a programming error caught by every test.
                let renderer = try! PageRenderer()
                let accounts = AccountRepository(logger: context.logger)
                TokenEndpoint(verify: { try await accounts.verify(email: $0, password: $1, on: context.database) },
                              issue: { try await accounts.issueToken(for: $0, now: context.clock(), on: context.database) },
                              role: \.role,
                              bearer: { request in
                                  let principal = try await Authenticator(context: context).principal(of: request)
                                  return TokenBearer(id: principal.accountId, email: principal.email, displayName: principal.displayName,
                                                     role: principal.role.rawValue, applicantId: principal.applicantId?.uuid)
                              }).addRoutes(to: router)
                AccountController(context: context).addRoutes(to: router)
                CallController(context: context, renderer: renderer).addRoutes(to: router)
                ApplicantController(context: context).addRoutes(to: router)
                DossierController(context: context).addRoutes(to: router)
                AttachmentController(context: context).addRoutes(to: router)
                let gate = WebGate(context: context, renderer: renderer, secureCookies: settings.secureCookies)
                SignInController(gate: gate).addRoutes(to: router)
                PortalController(gate: gate).addRoutes(to: router)
                BackOfficeController(gate: gate).addRoutes(to: router)
                CallPagesController(gate: gate).addRoutes(to: router)
                ApplicantPagesController(gate: gate).addRoutes(to: router)
            }
        )
    }
}
