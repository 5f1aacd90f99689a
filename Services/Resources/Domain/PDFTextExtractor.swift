import Dispatch
import Foundation
import ServiceKit

/// A PDF's text, read by poppler's `pdftotext` (Debian's `poppler-utils`) in a child process
/// with a time limit, for the search. The process is waited for on a dispatch thread, never
/// on the cooperative pool.
struct PDFTextExtractor: Sendable {
    var executable = "/usr/bin/pdftotext"
    var timeout: Duration = .seconds(20)
    /// The text kept for the search; PostgreSQL's tsvector holds at most 1 MB.
    var maxCharacters = 300_000

    static let unreadable = Problem(status: .unprocessableContent, title: "PDF illisible.",
                                    detail: "Le texte de ce PDF n'a pas pu être lu : vérifiez qu'il s'ouvre, puis envoyez-le à nouveau.",
                                    errors: [FieldError(field: "file", message: "Le texte de ce PDF n'a pas pu être lu.")])

    func text(of pdf: [UInt8]) async throws -> String {
        // A file rather than standard input: a process that stops early cannot leave a write
        // hanging on a closed pipe.
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("ipc-\(UUID().uuidString).pdf")
        try Data(pdf).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let (executable, timeout, maxCharacters) = (self.executable, self.timeout, self.maxCharacters)
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: executable)
                process.arguments = ["-q", "-enc", "UTF-8", "-l", "500", input.path, "-"]
                let output = Pipe()
                process.standardOutput = output
                process.standardError = FileHandle.nullDevice
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: Self.unreadable)
                    return
                }
                let stop = DispatchWorkItem { if process.isRunning { process.terminate() } }
                DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(timeout.components.seconds * 1000)), execute: stop)
                let data = output.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                stop.cancel()
                guard process.terminationReason == .exit, process.terminationStatus == 0 else {
                    continuation.resume(throwing: Self.unreadable)
                    return
                }
                continuation.resume(returning: String(String(decoding: data, as: UTF8.self).prefix(maxCharacters)))
            }
        }
    }
}
