import Foundation
import Logging
import PostgresNIO

/// Runs a batch: its sites not yet done, a few at a time, until all are done or its time limit
/// passes. One runner per batch, by an advisory lock held for the run: a batch interrupted by a
/// crash is taken up again by the next runner, which skips the sites already reported.
struct DiagnosticBatchRunner: Sendable {
    let context: ResourcesContext
    let settings: DiagnosticSettings

    /// Starts a batch over every site with a website (or over the given ones) and returns its id.
    func start(websiteIds: [UUID]? = nil, concurrency: Int? = nil, timeLimit: Duration? = nil) async throws -> UUID {
        let id = UUID()
        let now = context.clock()
        let limit = timeLimit ?? settings.timeLimit
        try await context.transaction { connection in
            try await DiagnosticBatchRepository(logger: context.logger).create(
                id, at: now, deadline: now.addingTimeInterval(Double(limit.components.seconds)), concurrency: concurrency ?? settings.concurrency,
                websiteIds: websiteIds, on: connection)
        }
        return id
    }

    /// Runs the batch to its end; `false` when another runner holds it.
    /// - Parameter progress: called after each site, with the batch's figures.
    @discardableResult
    func run(_ id: UUID, progress: @escaping @Sendable (DiagnosticBatch) -> Void = { _ in }) async throws -> Bool {
        let key = id.uuidString
        return try await context.database.withConnection { lockConnection in
            var locked = false
            for try await granted in try await lockConnection.query("SELECT pg_try_advisory_lock(hashtextextended(\(key), 0))",
                                                                   logger: context.logger).decode(Bool.self) {
                locked = granted
            }
            guard locked else { return false }
            var failure: (any Error)?
            do { try await process(id, progress: progress) } catch { failure = error }
            _ = try? await lockConnection.query("SELECT pg_advisory_unlock(hashtextextended(\(key), 0))", logger: context.logger)
            if let failure { throw failure }
            return true
        }
    }

    private func process(_ id: UUID, progress: @escaping @Sendable (DiagnosticBatch) -> Void) async throws {
        let repository = DiagnosticBatchRepository(logger: context.logger)
        guard let batch = try await context.database.withConnection({ try await repository.find(id, on: $0) }), batch.finishedAt == nil else { return }
        let pending = try await context.database.withConnection { try await repository.pending(id, on: $0) }
        let diagnostician = WebsiteDiagnostician(context: context, settings: settings, gate: HostGate())
        var outcome = DiagnosticBatch.Outcome.complete
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = pending.makeIterator()
            var running = 0
            func startNext() -> Bool {
                guard context.clock() < batch.deadline, let website = next.next() else { return false }
                group.addTask {
                    try await diagnostician.diagnose(website, batch: id)
                    if let figures = try await context.database.withConnection({ try await repository.find(id, on: $0) }) { progress(figures) }
                }
                return true
            }
            while running < batch.concurrency, startNext() { running += 1 }
            while try await group.next() != nil {
                running -= 1
                if Task.isCancelled { continue }
                if startNext() { running += 1 }
            }
            if context.clock() >= batch.deadline { outcome = .timeLimit }
        }
        // A stop (SIGTERM) leaves the batch unfinished, to be resumed.
        guard !Task.isCancelled else { return }
        let remaining = try await context.database.withConnection { try await repository.pending(id, on: $0) }
        if outcome == .complete && !remaining.isEmpty { outcome = .timeLimit }
        try await context.transaction { try await repository.finish(id, outcome: outcome, at: context.clock(), on: $0) }
        if let figures = try await context.database.withConnection({ try await repository.find(id, on: $0) }) { progress(figures) }
    }
}
