import CNative

/// An error reported by librdkafka or by this layer.
public struct KafkaError: Error, Sendable, CustomStringConvertible, Equatable {
    /// librdkafka's error name, e.g. `_MSG_TIMED_OUT` or `TOPIC_ALREADY_EXISTS`.
    public let code: String
    public let message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    init(_ error: rd_kafka_resp_err_t, context: String) {
        self.code = String(cString: rd_kafka_err2name(error))
        self.message = "\(context): \(String(cString: rd_kafka_err2str(error)))"
    }

    public var description: String { "\(message) [\(code)]" }
}
