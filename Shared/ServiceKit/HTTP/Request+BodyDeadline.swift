import Hummingbird

extension Request {
    /// How long a client has to send a form or a JSON body.
    public static let bodyDeadline: Duration = .seconds(30)
    /// How long a client has to send an upload (a file of several megabytes on a slow line).
    public static let uploadDeadline: Duration = .seconds(300)

    /// The body, up to `limit` bytes (beyond: 413), within `deadline` (slower: 408). Handlers
    /// read their body before they open a transaction, so a client that sends slowly holds an
    /// HTTP connection only, never one of the database pool's.
    public mutating func collectBody(upTo limit: Int, within deadline: Duration) async throws -> ByteBuffer {
        let request = self
        let buffer = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask {
                var reading = request
                return try await reading.collectBody(upTo: limit)
            }
            group.addTask {
                try await Task.sleep(for: deadline)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else {
                throw Problem(status: .requestTimeout, title: "Requête trop lente.",
                              detail: "Le corps de la requête n'est pas arrivé en entier dans les \(deadline.components.seconds) secondes accordées.")
            }
            return buffer
        }
        body = RequestBody(buffer: buffer)
        return buffer
    }
}
