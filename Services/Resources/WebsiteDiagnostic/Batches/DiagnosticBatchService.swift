import Foundation
import Logging
import Persistence
import ServiceLifecycle

/// Runs the batches staff start from the back office, and takes up any batch a crash or a
/// restart interrupted. On SIGTERM the sites in progress are abandoned unrecorded; the batch
/// stays unfinished and the next start resumes it.
struct DiagnosticBatchService: Service {
    let runner: DiagnosticBatchRunner
    let startGate: StartGate
    var interval: Duration = .seconds(2)

    func run() async throws {
        try await startGate.wait()
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let unfinished = try await runner.context.database.withConnection {
                        try await DiagnosticBatchRepository(logger: runner.context.logger).unfinished(on: $0)
                    }
                    for batch in unfinished where !Task.isCancelled { try await runner.run(batch) }
                } catch {
                    runner.context.logger.warning("diagnostic batch interrupted", metadata: ["error": "\(String(reflecting: error).prefix(200))"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
