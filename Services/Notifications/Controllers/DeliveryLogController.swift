import Foundation
import Hummingbird
import ServiceKit
import StaffAccess

/// The delivery log's API, for staff: search by reference, address or failure, one message, resend.
struct DeliveryLogController: Sendable {
    let gate: AccountGate<NotificationsPageRenderer>

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        let log = DeliveryLog(logger: gate.access.logger)
        router.get("/api/messages") { request, _ in
            _ = try await gate.access.bearer(of: request)
            let query = request.uri.queryParameters
            let search = try DeliverySearch(reference: query["reference"].map(String.init), address: query["address"].map(String.init),
                                            status: query["status"].map(String.init))
            return JSONBody(try await log.search(search, on: gate.access.database))
        }
        router.get("/api/messages/{message}") { request, context in
            _ = try await gate.access.bearer(of: request)
            let id = try context.parameters.uuid("message")
            return try await refusingAsProblems {
                guard let message = try await gate.access.database.withConnection({ try await log.message(id, on: $0) }) else {
                    throw NotificationsError.messageNotFound
                }
                return JSONBody(message)
            }
        }
        router.post("/api/messages/{message}/resend") { request, context in
            let account = try await gate.access.bearer(of: request)
            let id = try context.parameters.uuid("message")
            return try await refusingAsProblems {
                JSONBody(try await log.resend(id, by: account, on: gate.access.database), status: .created)
            }
        }
    }
}
