/// How many records of a partition a consumer has not fetched yet.
public struct PartitionLag: Sendable, Equatable {
    public let topic: String
    public let partition: Int32
    public let records: Int64
}
