import Foundation

/// A typed identifier: an `Identifier<Application>` cannot be passed where an
/// `Identifier<Applicant>` is expected, yet both encode as a plain UUID string.
public struct Identifier<Entity>: Hashable, Sendable, Codable, CustomStringConvertible {
    public let uuid: UUID

    public init(_ uuid: UUID = UUID()) {
        self.uuid = uuid
    }

    public init?(uuidString: String) {
        guard let uuid = UUID(uuidString: uuidString) else { return nil }
        self.uuid = uuid
    }

    /// Lower-case canonical form, as PostgreSQL prints it and as used for Kafka keys.
    public var description: String { uuid.uuidString.lowercased() }

    public init(from decoder: any Decoder) throws {
        self.uuid = try decoder.singleValueContainer().decode(UUID.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Phantom entity tags for ``Identifier``.
public enum Entity {
    public enum Call {}
    public enum Applicant {}
    public enum Application {}
    public enum JurySession {}
    public enum Juror {}
    public enum TrainingSession {}
    public enum Registration {}
    public enum HostingOffer {}
    public enum Publication {}
    public enum AdviceQuestion {}
    public enum Message {}
}

public typealias CallID = Identifier<Entity.Call>
public typealias ApplicantID = Identifier<Entity.Applicant>
public typealias ApplicationID = Identifier<Entity.Application>
public typealias JurySessionID = Identifier<Entity.JurySession>
public typealias JurorID = Identifier<Entity.Juror>
public typealias TrainingSessionID = Identifier<Entity.TrainingSession>
public typealias RegistrationID = Identifier<Entity.Registration>
public typealias HostingOfferID = Identifier<Entity.HostingOffer>
public typealias PublicationID = Identifier<Entity.Publication>
public typealias AdviceQuestionID = Identifier<Entity.AdviceQuestion>
public typealias MessageID = Identifier<Entity.Message>
