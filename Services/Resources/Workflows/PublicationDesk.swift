import Events
import Foundation
import Model
import Persistence
import PostgresNIO
import ServiceKit
import StaffAccess

/// Staff's work on the publications: drafted, edited, published (announced with
/// `PublicationPublished` in the same transaction), archived.
struct PublicationDesk: Sendable {
    let context: ResourcesContext
    private var publications: PublicationRepository { PublicationRepository(logger: context.logger) }

    /// Creates a draft, or edits a publication (a published one stays published).
    func save(_ form: PublicationForm, id: PublicationID, creating: Bool, by actor: Account<StaffRole>) async throws -> Publication {
        let now = context.clock()
        return try await context.transaction { connection in
            let existing = try await publications.find(id, forUpdate: true, on: connection)
            if creating, existing != nil { throw Problem.conflict("Une publication porte déjà cet identifiant.") }
            if !creating, existing == nil { throw Self.notFound }
            var publication = try form.validated(id: id, existing: existing, now: now).mapError { Problem.invalid($0.errors) }.get()
            // Once published, readers may have quoted the text: an edit keeps it as a version.
            if let existing, existing.publishedAt != nil, existing.hasOtherText(than: publication) {
                try await publications.keep(existing, replacedAt: now, on: connection)
                publication.version = existing.version + 1
            }
            try await publications.save(publication, on: connection)
            try await context.audit.append(creating ? "publication.created" : "publication.edited", subject: id.description,
                                           details: ["title": publication.title, "version": String(publication.version)], by: actor,
                                           at: now, on: connection)
            return publication
        }
    }

    /// Publishes a draft (or an archived publication again): it enters the lists, the search and
    /// the feeds, and `PublicationPublished` tells the other services.
    func publish(_ id: PublicationID, by actor: Account<StaffRole>) async throws -> Publication {
        let now = context.clock()
        return try await change(id, allowedFrom: [.draft, .archived], to: .published, by: actor) { publication, connection in
            if publication.publishedAt == nil { publication.publishedAt = now }
            try await announce(publication, on: connection)
        }
    }

    /// `PublicationPublished` for a publication just published, in the caller's transaction.
    func announce(_ publication: Publication, on connection: PostgresConnection) async throws {
        let event = PublicationPublished(
            publicationId: publication.id, kind: publication.kind, title: publication.title, summary: publication.summary,
            url: context.url(of: publication.listing), trainingSessionId: publication.trainingSessionId,
            publishedAt: publication.publishedAt ?? context.clock())
        try await Outbox.append(EventEnvelope(source: "resources", data: event), on: connection, logger: context.logger)
    }

    /// Takes a publication out of the lists, the search and the feeds; its page stays reachable.
    func archive(_ id: PublicationID, by actor: Account<StaffRole>) async throws -> Publication {
        try await change(id, allowedFrom: [.published], to: .archived, by: actor) { _, _ in }
    }

    /// A publication's earlier texts, the latest first.
    func versions(of id: PublicationID) async throws -> [PublicationVersion] {
        try await context.database.withConnection { try await publications.versions(of: id, on: $0) }
    }

    func find(_ id: PublicationID) async throws -> Publication {
        guard let found = try await context.database.withConnection({ try await publications.find(id, on: $0) }) else { throw Self.notFound }
        return found
    }

    private func change(_ id: PublicationID, allowedFrom: Set<PublicationStatus>, to status: PublicationStatus, by actor: Account<StaffRole>,
                        _ effect: @escaping (inout Publication, PostgresConnection) async throws -> Void) async throws -> Publication {
        let now = context.clock()
        return try await context.transaction { connection in
            guard var publication = try await publications.find(id, forUpdate: true, on: connection) else { throw Self.notFound }
            guard allowedFrom.contains(publication.status) else {
                throw Problem.conflict("Cette publication est \(publication.status.frenchLabel) : elle ne peut pas devenir \(status.frenchLabel).")
            }
            publication.status = status
            publication.updatedAt = now
            try await effect(&publication, connection)
            try await publications.save(publication, on: connection)
            try await context.audit.append("publication.\(status.rawValue)", subject: id.description, details: ["title": publication.title],
                                           by: actor, at: now, on: connection)
            return publication
        }
    }

    static let notFound = Problem.notFound("Aucune publication ne porte cet identifiant.")
}
