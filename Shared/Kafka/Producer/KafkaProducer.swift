import CNative
import Foundation
import Logging
import ServiceLifecycle


/// An idempotent producer (`enable.idempotence`, `acks=all`) whose sends complete only when
/// the broker acknowledged the records.
///
/// Delivery reports are served by a dedicated poll thread, never by the cooperative pool.
/// As a `Service` it flushes what is in flight on graceful shutdown.
public final class KafkaProducer: Service, Sendable {
    private let client: RdKafkaClient
    private let polling = PollingFlag()
    private let logger: Logger
    private let configuration: KafkaConfiguration

    /// - Parameter lingerMilliseconds: how long librdkafka waits to fill a batch.
    public init(configuration: KafkaConfiguration, logger: Logger, lingerMilliseconds: Int = 5) throws {
        var properties = configuration.clientProperties
        properties["enable.idempotence"] = "true"
        properties["acks"] = "all"
        properties["linger.ms"] = String(lingerMilliseconds)
        properties["queue.buffering.max.messages"] = "1000000"
        properties["message.timeout.ms"] = "30000"
        properties.merge(configuration.extraProperties) { _, new in new }
        self.client = try RdKafkaClient(kind: .producer, properties: properties, logger: logger, deliveryReports: true)
        self.logger = logger
        self.configuration = configuration
        startPolling()
    }

    private func startPolling() {
        // The thread keeps the client (and so the handle) alive until it stops polling.
        let client = self.client
        let polling = self.polling
        let thread = Thread {
            while polling.isPolling {
                rd_kafka_poll(client.handle, 100)
            }
        }
        thread.name = "ipc-kafka-producer-poll"
        thread.start()
    }

    /// Publishes one record and waits for the broker's acknowledgement.
    public func send(_ message: KafkaOutgoingMessage) async throws {
        if case .failure(let error) = await send([message])[0] { throw error }
    }

    /// Publishes records (in order per partition) and waits until each is acknowledged or failed.
    /// - Returns: one result per message, in the same order.
    public func send(_ messages: [KafkaOutgoingMessage]) async -> [Result<Void, KafkaError>] {
        await enqueue(messages).results()
    }

    /// Hands records to librdkafka, in order, without waiting for the broker: callers that
    /// pipeline (the outbox relay) enqueue the next batch while this one is in flight.
    /// Records enqueued by one call precede those of any later call on the same partition.
    public func enqueue(_ messages: [KafkaOutgoingMessage]) async -> KafkaDeliveries {
        let batch = DeliveryBatch(count: messages.count)
        for (index, message) in messages.enumerated() {
            let ticket = Unmanaged.passRetained(DeliveryTicket(batch: batch, index: index, topic: message.topic))
            while true {
                let error = enqueue(message, opaque: ticket.toOpaque())
                if error == RD_KAFKA_RESP_ERR_NO_ERROR { break }
                if error == RD_KAFKA_RESP_ERR__QUEUE_FULL {
                    // The local queue is full: let the poll thread drain delivery reports.
                    try? await Task.sleep(for: .milliseconds(2))
                    continue
                }
                ticket.release()
                batch.complete(index: index, result: .failure(KafkaError(error, context: "cannot enqueue a record for \(message.topic)")))
                break
            }
        }
        return KafkaDeliveries(batch: batch)
    }

    private func enqueue(_ message: KafkaOutgoingMessage, opaque: UnsafeMutableRawPointer) -> rd_kafka_resp_err_t {
        // Most records carry no header: skip librdkafka's allocation for them.
        let headers = message.headers.isEmpty ? nil : rd_kafka_headers_new(message.headers.count)
        for header in message.headers {
            header.value.withUnsafeBytes { value in
                _ = rd_kafka_header_add(headers, header.name, -1, value.baseAddress, value.count)
            }
        }
        let error = message.key.withUnsafeBytes { key in
            message.value.withUnsafeBytes { value in
                ipc_rd_kafka_produce(client.handle, configuration.qualified(message.topic), key.baseAddress, key.count,
                                     value.baseAddress, value.count, headers, opaque)
            }
        }
        if error != RD_KAFKA_RESP_ERR_NO_ERROR, let headers { rd_kafka_headers_destroy(headers) }
        return error
    }

    /// Asks the broker for metadata; throws when no broker answers in time.
    public func checkBroker(timeout: Duration = .seconds(2)) async throws {
        try await client.fetchMetadata(timeoutMilliseconds: Int32(timeout.components.seconds * 1000))
    }

    /// Waits for in-flight records, then stops the poll thread.
    public func shutdown(flushTimeout: Duration = .seconds(10)) async {
        let timeout = Int32(flushTimeout.components.seconds * 1000)
        let remaining = await client.blocking { handle -> Int32 in
            rd_kafka_flush(handle, timeout)
            return rd_kafka_outq_len(handle)
        }
        if remaining > 0 { logger.warning("Kafka producer stopped with \(remaining) records not acknowledged") }
        polling.stop()
    }

    /// Runs until graceful shutdown, then flushes.
    public func run() async throws {
        try? await gracefulShutdown()
        await shutdown()
    }

    deinit {
        polling.stop()
    }
}
