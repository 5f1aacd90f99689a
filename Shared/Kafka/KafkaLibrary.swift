import CNative

/// Facts about the librdkafka loaded at run time (which may differ from the headers built against).
public enum KafkaLibrary {
    /// `rd_kafka_version_str()`, logged by every service at start-up.
    public static var version: String { String(cString: rd_kafka_version_str()) }
}
