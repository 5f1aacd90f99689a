import ArgumentParser
import Kafka
import Logging
import Persistence

/// Where the benchmark's PostgreSQL and broker are (scripts/bench passes them).
struct PlatformOptions: ParsableArguments {
    @Option(help: "PostgreSQL host.") var postgresHost = "127.0.0.1"
    @Option(help: "PostgreSQL port.") var postgresPort = 57432
    @Option(help: "A role that may create schemas.") var postgresUser = "ipc_admin"
    @Option(help: "Its password.") var postgresPassword = "ipc_admin_dev"
    @Option(help: "Database.") var postgresDatabase = "ipc"
    @Option(help: "Kafka bootstrap servers.") var kafkaBrokers = "127.0.0.1:59292"

    func postgres(schema: String) -> PostgresConfiguration {
        PostgresConfiguration(host: postgresHost, port: postgresPort, username: postgresUser, password: postgresPassword,
                              database: postgresDatabase, schema: schema, maximumConnections: 8)
    }

    var kafka: KafkaConfiguration {
        KafkaConfiguration(bootstrapServers: kafkaBrokers, clientId: "ipc-bench", topicPartitions: 3)
    }

    var logger: Logger {
        var logger = Logger(label: "ipc-bench")
        logger.logLevel = .warning
        return logger
    }
}
