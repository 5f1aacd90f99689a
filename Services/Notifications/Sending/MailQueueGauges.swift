import Logging
import Metrics
import Persistence
import PostgresNIO
import ServiceLifecycle

/// `mail_queue_messages{status}`: the emails waiting (`queued`) and given up (`failed`),
/// counted every 15 s for the monitoring's `MailQueueGrowing` alert and the dashboard. Sent
/// emails are not counted: they only grow.
struct MailQueueGauges: Service {
    let database: PostgresClient
    var interval: Duration = .seconds(15)
    let startGate: StartGate
    let logger: Logger

    func run() async throws {
        try await startGate.wait()
        let gauges = ["queued", "failed"].map { ($0, Gauge(label: "mail_queue_messages", dimensions: [("status", $0)])) }
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let counts = try await count()
                    for (status, gauge) in gauges { gauge.record(counts[status] ?? 0) }
                } catch {
                    // The database is away: the readiness gauge says so; the next round counts again.
                    logger.debug("mail queue not counted", metadata: ["error": "\(String(reflecting: error))"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    private func count() async throws -> [String: Int] {
        let rows = try await database.query("""
            SELECT status, count(*)::int FROM messages WHERE status IN ('queued', 'failed') GROUP BY status
            """, logger: logger)
        var counts: [String: Int] = [:]
        for try await (status, count) in rows.decode((String, Int).self) { counts[status] = count }
        return counts
    }
}
