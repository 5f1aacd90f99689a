import Events
import Foundation
import Kafka

/// Reads a topic as a new consumer group would, from its start, to see what a service published.
enum TopicWatcher {
    /// The types of the records on `topic` keyed `aggregate`, read by a new group from the start,
    /// once `count` of them have arrived (or after 30 seconds).
    static func events(on topic: String, aggregate: String, count: Int) async throws -> [String] {
        let consumer = try KafkaConsumer(configuration: TestEnvironment.kafka(), groupId: TestEnvironment.uniqueName("it-watch"),
                                         topics: [topic], logger: TestEnvironment.logger)
        let deadline = ContinuousClock.now + .seconds(30)
        var types: [String] = []
        while types.count < count && ContinuousClock.now < deadline {
            for message in await consumer.poll(maxMessages: 500, timeout: .milliseconds(200))
            where String(decoding: message.key, as: UTF8.self) == aggregate {
                types.append(try EventHeader.decode(from: message.value).type)
            }
        }
        await consumer.close()
        return types
    }

    /// The first record on `topic` whose key is `aggregate`, read by a new group from the start.
    static func firstEvent(on topic: String, aggregate: String) async throws -> (type: String, bytes: [UInt8])? {
        let consumer = try KafkaConsumer(configuration: TestEnvironment.kafka(), groupId: TestEnvironment.uniqueName("it-watch"),
                                         topics: [topic], logger: TestEnvironment.logger)
        let deadline = ContinuousClock.now + .seconds(30)
        var found: (type: String, bytes: [UInt8])?
        while found == nil && ContinuousClock.now < deadline {
            for message in await consumer.poll(maxMessages: 500, timeout: .milliseconds(200))
            where found == nil && String(decoding: message.key, as: UTF8.self) == aggregate {
                found = (try EventHeader.decode(from: message.value).type, Array(message.value))
            }
        }
        await consumer.close()
        return found
    }
}
