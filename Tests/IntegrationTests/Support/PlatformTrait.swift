import Testing

extension Trait where Self == ConditionTrait {
    /// Runs a suite only where `scripts/test` started the platform; a plain `swift test` skips
    /// it, saying why, and still runs the unit tests.
    static var platform: Self {
        .enabled(if: TestEnvironment.isConfigured,
                 "the platform's variables (IPC_TEST_POSTGRES_HOST, IPC_TEST_KAFKA_BROKERS, …) are not set: run scripts/test, which starts PostgreSQL, the broker and the SMTP server")
    }
}
