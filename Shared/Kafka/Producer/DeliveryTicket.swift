import Synchronization

/// Tracks one message until librdkafka reports its delivery, then reports to its batch.
final class DeliveryTicket: Sendable {
    let batch: DeliveryBatch
    let index: Int
    let topic: String

    init(batch: DeliveryBatch, index: Int, topic: String) {
        self.batch = batch
        self.index = index
        self.topic = topic
    }

    func complete(_ result: Result<Void, KafkaError>) {
        batch.complete(index: index, result: result)
    }
}

/// Collects the delivery reports of a group of messages and resumes its waiter when all arrived.
final class DeliveryBatch: Sendable {
    private struct State {
        var results: [Result<Void, KafkaError>?]
        var pending: Int
        var continuation: CheckedContinuation<[Result<Void, KafkaError>], Never>?
    }

    private let state: Mutex<State>

    init(count: Int) {
        state = Mutex(State(results: Array(repeating: nil, count: count), pending: count, continuation: nil))
    }

    func complete(index: Int, result: Result<Void, KafkaError>) {
        let finished = state.withLock { state -> (CheckedContinuation<[Result<Void, KafkaError>], Never>, [Result<Void, KafkaError>])? in
            guard state.results[index] == nil else { return nil }
            state.results[index] = result
            state.pending -= 1
            guard state.pending == 0, let continuation = state.continuation else { return nil }
            state.continuation = nil
            return (continuation, state.results.map { $0! })
        }
        if let (continuation, results) = finished { continuation.resume(returning: results) }
    }

    /// Waits until every message of the batch has a delivery report.
    func wait() async -> [Result<Void, KafkaError>] {
        await withCheckedContinuation { continuation in
            let ready = state.withLock { state -> [Result<Void, KafkaError>]? in
                if state.pending == 0 { return state.results.map { $0! } }
                state.continuation = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
