/// At most one request at a time to each host, with a pause between two: shared by every crawl of
/// a batch, so that two collectivités on one host are still read politely.
actor HostGate {
    private var busy: Set<String> = []
    private var lastRelease: [String: ContinuousClock.Instant] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Waits for the host to be free and its pause to have passed, then holds it.
    func acquire(_ host: String, pause: Duration) async {
        while busy.contains(host) {
            await withCheckedContinuation { waiting[host, default: []].append($0) }
        }
        busy.insert(host)
        if let last = lastRelease[host] {
            let ready = last.advanced(by: pause)
            if ready > .now { try? await Task.sleep(until: ready, clock: .continuous) }
        }
    }

    func release(_ host: String) {
        busy.remove(host)
        lastRelease[host] = .now
        if var queue = waiting[host], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[host] = queue.isEmpty ? nil : queue
            next.resume()
        }
    }
}
