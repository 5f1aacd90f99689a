import CNative
import Dispatch
import Logging

/// Owns one `rd_kafka_t` handle and the context its C callbacks receive.
///
/// librdkafka handles are thread-safe, so the pointer may be shared; what is not is
/// the blocking calls, which run on this client's own serial dispatch queue rather than
/// on Swift's cooperative pool.
final class RdKafkaClient: @unchecked Sendable {
    enum Kind {
        case producer
        case consumer
    }

    let handle: OpaquePointer
    let logger: Logger
    private let context: Unmanaged<RdKafkaCallbackContext>
    private let blockingQueue: DispatchQueue

    init(kind: Kind, properties: [String: String], logger: Logger, deliveryReports: Bool = false) throws {
        let conf = rd_kafka_conf_new()!
        var errorBuffer = [CChar](repeating: 0, count: 512)
        for (name, value) in properties.sorted(by: { $0.key < $1.key }) {
            let result = rd_kafka_conf_set(conf, name, value, &errorBuffer, errorBuffer.count)
            guard result == RD_KAFKA_CONF_OK else {
                rd_kafka_conf_destroy(conf)
                throw KafkaError(code: "_INVALID_ARG", message: "invalid Kafka setting \(name): \(String(cBuffer: errorBuffer))")
            }
        }
        let context = Unmanaged.passRetained(RdKafkaCallbackContext(logger: logger))
        rd_kafka_conf_set_opaque(conf, context.toOpaque())
        rd_kafka_conf_set_log_cb(conf, rdKafkaLogCallback)
        rd_kafka_conf_set_error_cb(conf, rdKafkaErrorCallback)
        if deliveryReports {
            rd_kafka_conf_set_dr_msg_cb(conf, rdKafkaDeliveryCallback)
        }
        if kind == .consumer {
            rd_kafka_conf_set_offset_commit_cb(conf, rdKafkaOffsetCommitCallback)
        }
        let type = kind == .producer ? RD_KAFKA_PRODUCER : RD_KAFKA_CONSUMER
        // On success rd_kafka_new takes ownership of conf.
        guard let handle = rd_kafka_new(type, conf, &errorBuffer, errorBuffer.count) else {
            rd_kafka_conf_destroy(conf)
            context.release()
            throw KafkaError(code: "_FAIL", message: "cannot create the Kafka client: \(String(cBuffer: errorBuffer))")
        }
        self.handle = handle
        self.logger = logger
        self.context = context
        self.blockingQueue = DispatchQueue(label: "ipc.kafka.\(kind)")
    }

    deinit {
        rd_kafka_destroy(handle)
        context.release()
    }

    /// Runs a blocking librdkafka call off the cooperative thread pool.
    func blocking<Result: Sendable>(_ work: @escaping @Sendable (OpaquePointer) -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            blockingQueue.async {
                continuation.resume(returning: work(self.handle))
            }
        }
    }

    /// Asks a broker for cluster metadata: the readiness probe of the broker.
    func fetchMetadata(timeoutMilliseconds: Int32) async throws {
        let error = await blocking { handle -> rd_kafka_resp_err_t in
            var metadata: UnsafePointer<rd_kafka_metadata>?
            let error = rd_kafka_metadata(handle, 0, nil, &metadata, timeoutMilliseconds)
            if let metadata { rd_kafka_metadata_destroy(metadata) }
            return error
        }
        guard error == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(error, context: "broker metadata request failed")
        }
    }
}

/// The context passed to C callbacks through `rd_kafka_conf_set_opaque`.
final class RdKafkaCallbackContext: Sendable {
    let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }
}

private func callbackContext(_ handle: OpaquePointer?) -> RdKafkaCallbackContext? {
    guard let handle, let opaque = rd_kafka_opaque(handle) else { return nil }
    return Unmanaged<RdKafkaCallbackContext>.fromOpaque(opaque).takeUnretainedValue()
}

/// Runs on librdkafka's own threads: only touches the (thread-safe) logger.
private let rdKafkaLogCallback: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Void = {
    handle, level, facility, message in
    guard let context = callbackContext(handle) else { return }
    let text = message.map { String(cString: $0) } ?? ""
    let facilityText = facility.map { String(cString: $0) } ?? ""
    let swiftLevel: Logger.Level = switch level {
    case ...3: .error
    case 4: .warning
    case 5, 6: .info
    default: .debug
    }
    context.logger.log(level: swiftLevel, "librdkafka: \(text)", metadata: ["kafka.facility": .string(facilityText)])
}

private let rdKafkaErrorCallback: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafeMutableRawPointer?) -> Void = {
    handle, code, reason, _ in
    guard let context = callbackContext(handle) else { return }
    let name = String(cString: rd_kafka_err2name(rd_kafka_resp_err_t(code)))
    context.logger.warning("Kafka client error: \(reason.map { String(cString: $0) } ?? name)", metadata: ["kafka.error": .string(name)])
}

/// Reports background offset commits that failed (served by the consumer's polls).
private let rdKafkaOffsetCommitCallback: @convention(c) (OpaquePointer?, rd_kafka_resp_err_t, UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?, UnsafeMutableRawPointer?) -> Void = {
    handle, error, _, _ in
    guard error != RD_KAFKA_RESP_ERR_NO_ERROR, error != RD_KAFKA_RESP_ERR__NO_OFFSET, let context = callbackContext(handle) else { return }
    context.logger.warning("offset commit failed; the records may be delivered again: \(KafkaError(error, context: "commit"))")
}

/// Runs on the producer's poll thread; hands the outcome to the message's ticket.
private let rdKafkaDeliveryCallback: @convention(c) (OpaquePointer?, UnsafePointer<rd_kafka_message_t>?, UnsafeMutableRawPointer?) -> Void = {
    _, message, _ in
    guard let message, let opaque = message.pointee._private else { return }
    let ticket = Unmanaged<DeliveryTicket>.fromOpaque(opaque).takeRetainedValue()
    let error = message.pointee.err
    if error == RD_KAFKA_RESP_ERR_NO_ERROR {
        ticket.complete(.success(()))
    } else {
        ticket.complete(.failure(KafkaError(error, context: "delivery to \(ticket.topic) failed")))
    }
}
