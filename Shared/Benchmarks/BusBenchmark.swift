import ArgumentParser
import Events
import Foundation
import Kafka
import Logging
import Model
import Persistence
import PostgresNIO
import ServiceLifecycle

/// `ipc-bench bus`: the outbox relay and an inbox consumer, each beside its bounds.
///
/// - relay: committed outbox rows → acknowledged publishes → rows marked sent, compared
///   with the lower of librdkafka's raw produce rate (same message size) and pgbench
///   running the relay's claim-and-mark SQL (same batch size);
/// - consumer: records → effect + event id in one transaction per batch, compared with
///   pgbench running the same SQL with the same batch size.
struct BusBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bus", abstract: "Outbox relay and inbox consumer throughput.")

    @OptionGroup var platform: PlatformOptions
    @Option(help: "Events per measurement.") var events = 100_000
    @Option(help: "Rows per relay round (the relay's default).") var relayBatch = OutboxRelayConfiguration().batchSize
    @Option(help: "Records per consumer transaction (the consumer's default).") var consumerBatch = EventConsumerConfiguration().batchSize
    @Option(help: "The producer's linger.ms.") var linger = 5

    func run() async throws {
        let logger = platform.logger
        let schema = "bench_bus_\(UUID().uuidString.prefix(8).lowercased())"
        let client = platform.postgres(schema: schema).makeClient()
        let producer = try KafkaProducer(configuration: platform.kafka, logger: logger, lingerMilliseconds: linger)
        let sample = try Self.envelope(index: 0).encoded()
        print("bus benchmark: \(events) events of \(sample.count) bytes, relay batches of \(relayBatch), consumer batches of \(consumerBatch), on \(platform.kafkaBrokers) and \(platform.postgresHost):\(platform.postgresPort)")

        try await withRunningServices([client, producer], logger: logger) {
            try await client.query("CREATE SCHEMA \(unescaped: schema)", logger: logger)
            try await MigrationRunner(migrations: PlatformMigrations.all + [Self.effects]).apply(on: client, logger: logger)
            let topics = ["bench.raw.\(schema)", "bench.relay.\(schema)", "bench.consume.\(schema)"]
            try await KafkaAdmin(configuration: platform.kafka, logger: logger).createTopics(topics + topics.map { $0 + ".dlq" })

            // 1. librdkafka's raw rate for records of the same size.
            let raw = try await measureRawProduce(producer: producer, topic: topics[0], value: sample)
            // 2. pgbench on the relay's own SQL, just before and just after 3. the relay itself,
            // each on the same rows freshly written; the bound is their mean, as for the consumer.
            let measureClaimAndMark = {
                try await fillOutbox(client: client, topic: topics[1], payload: sample, logger: logger)
                let rate = try Pgbench(options: platform, schema: schema).run(script: Self.claimAndMarkScript(batch: relayBatch),
                                                                              transactions: events / relayBatch) * Double(relayBatch)
                try await client.query("TRUNCATE outbox", logger: logger)
                return rate
            }
            let claimAndMarkBefore = try await measureClaimAndMark()
            try await fillOutbox(client: client, topic: topics[1], payload: sample, logger: logger)
            let relay = try await measureRelay(client: client, producer: producer, logger: logger)
            try await client.query("TRUNCATE outbox", logger: logger)
            let claimAndMarkAfter = try await measureClaimAndMark()
            let claimAndMark = (claimAndMarkBefore + claimAndMarkAfter) / 2

            // 4. pgbench on the consumer's SQL, just before and just after 5. the consumer on
            // real records: the bound is their mean, so that a shared machine's passing load
            // weighs on both sides alike.
            let measureInboxSQL = {
                try Pgbench(options: platform, schema: schema).run(script: Self.inboxScript(batch: consumerBatch, topic: topics[2]),
                                                                   transactions: events / consumerBatch) * Double(consumerBatch)
            }
            try await publishEvents(producer: producer, topic: topics[2])
            let inboxSQLBefore = try measureInboxSQL()
            try await client.query("TRUNCATE inbox, bench_effects", logger: logger)
            let consumer = try await measureConsumer(client: client, producer: producer, topic: topics[2],
                                                     handler: BenchEffectHandler(decodesData: false), logger: logger)
            try await client.query("TRUNCATE inbox, bench_effects", logger: logger)
            let inboxSQLAfter = try measureInboxSQL()
            let inboxSQL = (inboxSQLBefore + inboxSQLAfter) / 2
            try await client.query("TRUNCATE inbox, bench_effects", logger: logger)
            let decodingConsumer = try await measureConsumer(client: client, producer: producer, topic: topics[2],
                                                             handler: BenchEffectHandler(decodesData: true), logger: logger)

            let relayBound = min(raw, claimAndMark)
            print("")
            print(Self.row("librdkafka raw produce (bound)", raw, "msg/s"))
            print(Self.row("pgbench claim-and-mark SQL (bound)", claimAndMark, "rows/s")
                  + "   (mean of \(Int(claimAndMarkBefore.rounded())) before and \(Int(claimAndMarkAfter.rounded())) after the relay)")
            print(Self.row("outbox relay", relay, "events/s") + Self.verdict(relay / relayBound, "of the lower bound"))
            print(Self.row("pgbench inbox + effect SQL (bound)", inboxSQL, "events/s")
                  + "   (mean of \(Int(inboxSQLBefore.rounded())) before and \(Int(inboxSQLAfter.rounded())) after the consumer)")
            print(Self.row("consumer with inbox", consumer, "events/s") + Self.verdict(consumer / inboxSQL, "of pgbench")
                  + (consumer >= 5_000 ? "; ≥ 5,000/s: yes" : "; ≥ 5,000/s: NO"))
            print(Self.row("consumer, handler decoding each event", decodingConsumer, "events/s")
                  + "   (informative: JSONDecoder on every event's data)")
            try await client.query("DROP SCHEMA \(unescaped: schema) CASCADE", logger: logger)
            let passed = relay / relayBound >= 0.8 && consumer / inboxSQL >= 0.8 && consumer >= 5_000
            print(passed ? "\nall targets met" : "\nsome targets missed")
            if !passed { throw ExitCode(1) }
        }
    }

    // MARK: Measurements

    private func measureRawProduce(producer: KafkaProducer, topic: String, value: [UInt8]) async throws -> Double {
        let messages = (0..<events).map { KafkaOutgoingMessage(topic: topic, key: "key-\($0 % 1000)", value: value) }
        let start = ContinuousClock.now
        for chunk in stride(from: 0, to: messages.count, by: 10_000) {
            let results = await producer.send(Array(messages[chunk..<min(chunk + 10_000, messages.count)]))
            if case .failure(let error) = results.first(where: { if case .failure = $0 { true } else { false } }) { throw error }
        }
        return Double(events) / Self.seconds(since: start)
    }

    private func fillOutbox(client: PostgresClient, topic: String, payload: [UInt8], logger: Logger) async throws {
        let text = String(decoding: payload, as: UTF8.self)
        try await client.query("""
            INSERT INTO outbox (event_id, topic, message_key, payload)
            SELECT gen_random_uuid(), \(topic), 'key-' || (i % 1000), \(text) FROM generate_series(1, \(events)) AS i
            """, logger: logger)
        try await client.query("ANALYZE outbox", logger: logger)
    }

    private func measureRelay(client: PostgresClient, producer: KafkaProducer, logger: Logger) async throws -> Double {
        let relay = OutboxRelay(client: client, producer: producer, configuration: .init(batchSize: relayBatch), logger: logger)
        return try await withRunningServices([relay], logger: logger) {
            let start = ContinuousClock.now
            while true {
                let rows = try await client.query("SELECT EXISTS (SELECT 1 FROM outbox WHERE sent_at IS NULL)", logger: logger)
                var pending = true
                for try await value in rows.decode(Bool.self) { pending = value }
                if !pending { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            return Double(events) / Self.seconds(since: start)
        }
    }

    private func publishEvents(producer: KafkaProducer, topic: String) async throws {
        var messages: [KafkaOutgoingMessage] = []
        for index in 0..<events {
            let envelope = Self.envelope(index: index)
            messages.append(KafkaOutgoingMessage(topic: topic, key: envelope.data.aggregateKey, value: try envelope.encoded()))
        }
        _ = await producer.send(messages)
    }

    /// A new consumer group reads the topic from its start.
    private func measureConsumer(client: PostgresClient, producer: KafkaProducer, topic: String, handler: BenchEffectHandler,
                                 logger: Logger) async throws -> Double {
        let consumer = EventConsumer(client: client, kafka: platform.kafka, groupId: "bench-\(UUID().uuidString.prefix(8))",
                                     topics: [Topic(topic)], handler: handler, producer: producer,
                                     configuration: .init(batchSize: consumerBatch), logger: logger)
        return try await withRunningServices([consumer], logger: logger) {
            // The clock starts at the first applied batch: joining the group is not throughput.
            while consumer.statistics.applied == 0 { try await Task.sleep(for: .milliseconds(5)) }
            let start = ContinuousClock.now
            let first = consumer.statistics.applied
            while consumer.statistics.applied < events { try await Task.sleep(for: .milliseconds(5)) }
            let rate = Double(events - first) / Self.seconds(since: start)
            print("  (consumer: \(consumer.statistics.transactions) transactions, \(events / max(1, consumer.statistics.transactions)) events each on average)")
            return rate

        }
    }

    // MARK: SQL and data

    static let effects = Migration(version: 100, name: "bench_effects", statements: [
        "CREATE TABLE bench_effects (application_id uuid NOT NULL, reference text NOT NULL)",
    ])

    /// The relay's two statements; pgbench cannot carry the claimed positions from one
    /// statement to the next, so the UPDATE finds the same 500 rows through the same index.
    static func claimAndMarkScript(batch: Int) -> String {
        """
        SELECT position, topic, message_key, payload FROM outbox WHERE sent_at IS NULL ORDER BY position LIMIT \(batch);
        UPDATE outbox SET sent_at = now() WHERE position = ANY(ARRAY(SELECT position FROM outbox WHERE sent_at IS NULL ORDER BY position LIMIT \(batch)));

        """
    }

    /// The consumer's transaction, statement for statement: ``InboxInsert`` and
    /// ``BenchEffectHandler``'s insert. pgbench cannot bind arrays, so the arrays the
    /// consumer sends as parameters are built in the statements themselves.
    static func inboxScript(batch: Int, topic: String) -> String {
        """
        BEGIN;
        WITH inserted AS (INSERT INTO inbox (event_id, event_type, topic) SELECT * FROM unnest(ARRAY(SELECT gen_random_uuid() FROM generate_series(1, \(batch))), array_fill('ApplicationSubmitted'::text, ARRAY[\(batch)]), array_fill('\(topic)'::text, ARRAY[\(batch)])) ON CONFLICT DO NOTHING RETURNING event_id) SELECT coalesce(array_agg(event_id), '{}') FROM inserted;
        INSERT INTO bench_effects (application_id, reference) SELECT * FROM unnest(ARRAY(SELECT gen_random_uuid() FROM generate_series(1, \(batch))), ARRAY(SELECT 'AC-2026-' || i FROM generate_series(1, \(batch)) AS i));
        COMMIT;

        """
    }

    static func envelope(index: Int) -> EventEnvelope<ApplicationSubmitted> {
        let applicant = ApplicantSnapshot(applicantId: ApplicantID(), name: "Commune de Saint-Lary", kind: .commune,
                                          inseeCode: InseeCode("09264"), siren: nil, department: "09", population: 1_240,
                                          insideUrbanAgglomeration: false)
        return EventEnvelope(source: "applications", data: ApplicationSubmitted(
            applicationId: ApplicationID(), reference: String(format: "AC-2026-%05d", index), callId: CallID(),
            action: .consultingAid, applicant: applicant,
            contacts: [ContactPerson(name: "Élise Dupré", email: "mairie@saint-lary.example")],
            projectTitle: "Point public d'accès à Internet", theme: "Services aux citoyens", eligibleCost: nil,
            requestedSubsidy: nil, submittedAt: Date()))
    }

    // MARK: Output

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    static func row(_ label: String, _ value: Double, _ unit: String) -> String {
        let padded = label.padding(toLength: 38, withPad: " ", startingAt: 0)
        let number = String(Int(value.rounded()))
        return "  \(padded)\(String(repeating: " ", count: max(0, 9 - number.count)))\(number) \(unit)"
    }

    static func verdict(_ ratio: Double, _ bound: String) -> String {
        "   = \(Int((ratio * 100).rounded())) % \(bound) (target ≥ 80 %: \(ratio >= 0.8 ? "met" : "MISSED"))"
    }
}

/// The consumer's effect in the benchmark: one row per event, in one statement per batch.
///
/// With `decodesData`, it also decodes every event's data with JSONDecoder first, as a
/// handler that reads the data does; the figure then includes that cost.
struct BenchEffectHandler: EventHandler {
    let decodesData: Bool

    func handle(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws {
        var ids: [UUID] = []
        var references: [String] = []
        for event in events {
            if decodesData {
                let data = try event.decode(ApplicationSubmitted.self).data
                ids.append(data.applicationId.uuid)
                references.append(data.reference)
            } else {
                ids.append(event.header.id)
                references.append(String(decoding: event.message.key, as: UTF8.self))
            }
        }
        try await connection.query(
            "INSERT INTO bench_effects (application_id, reference) SELECT * FROM unnest(\(ids)::uuid[], \(references)::text[])",
            logger: logger)
    }
}
