import Model
import Persistence

extension ApplicationsMigrations {
    /// Announces the two seeded calls of the 2006–2008 programme: one `CallPublished` each,
    /// encoded as every other event, so that the jury and the notifications learn their rules.
    ///
    /// Released as SQL that built the envelopes by hand (to repair version 102, which gave
    /// both events one id); rewritten to go through the code, with the same outcome.
    static let programmeCallsAnnouncedAgain = Migration(version: 108, name: "programme_2006_calls_announced_again", steps: [
        .code(summary: "CallRepository.announce of the calls 0a2c0000-2006-4000-8000-000000000002 and -000000000003") { connection, logger in
            let calls = CallRepository(logger: logger)
            for id in programmeCallIds {
                guard let call = try await calls.find(id, on: connection) else { continue }
                try await calls.announce(call, on: connection)
            }
        },
    ], formerChecksums: ["b608793c10308ae6"])

    /// The calls version 102 inserts.
    static let programmeCallIds = [
        CallID(uuidString: "0a2c0000-2006-4000-8000-000000000002")!, CallID(uuidString: "0a2c0000-2006-4000-8000-000000000003")!,
    ]
}
