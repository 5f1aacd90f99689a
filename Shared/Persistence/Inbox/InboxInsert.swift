import Foundation
import PostgresNIO

/// Records a batch of event ids in the inbox and returns those not seen before, as one
/// array in one row (a row per event would each cost a trip through the row stream).
///
/// Prepared once per connection: the consumer runs it for every batch.
struct InboxInsert: PostgresPreparedStatement {
    static let sql = """
        WITH inserted AS (
            INSERT INTO inbox (event_id, event_type, topic)
            SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
            ON CONFLICT DO NOTHING RETURNING event_id)
        SELECT coalesce(array_agg(event_id), '{}') FROM inserted
        """
    typealias Row = [UUID]

    var ids: [UUID]
    var types: [String]
    var topics: [String]

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 3)
        bindings.append(ids)
        bindings.append(types)
        bindings.append(topics)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> [UUID] {
        try row.decode([UUID].self)
    }
}
