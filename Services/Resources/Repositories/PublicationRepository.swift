import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO
import ServiceKit

/// Publications in the resources schema, and their French full-text search.
struct PublicationRepository: Sendable {
    let logger: Logger

    /// Marks the excerpt's words in `ts_headline`; never in a publication's text, and
    /// replaced by `<mark>` once the excerpt is escaped.
    static let markStart = "\u{E000}", markEnd = "\u{E001}"

    func save(_ publication: Publication, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO publications (id, kind, title, summary, body, body_html, themes, audiences, authors, licence, training_material,
                                      training_session_id, status, created_at, updated_at, published_at, version)
            VALUES (\(publication.id.uuid), \(publication.kind.rawValue), \(publication.title), \(publication.summary), \(publication.body),
                    \(publication.bodyHTML), \(publication.themes), \(publication.audiences), \(publication.authors), \(publication.licence),
                    \(publication.trainingMaterial), \(publication.trainingSessionId?.uuid), \(publication.status.rawValue),
                    \(publication.createdAt), \(publication.updatedAt), \(publication.publishedAt), \(publication.version))
            ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body,
                body_html = EXCLUDED.body_html, themes = EXCLUDED.themes, audiences = EXCLUDED.audiences, authors = EXCLUDED.authors,
                licence = EXCLUDED.licence, training_material = EXCLUDED.training_material,
                training_session_id = EXCLUDED.training_session_id, status = EXCLUDED.status, updated_at = EXCLUDED.updated_at,
                published_at = EXCLUDED.published_at, version = EXCLUDED.version
            """, logger: logger)
    }

    func find(_ id: PublicationID, forUpdate: Bool = false, on connection: PostgresConnection) async throws -> Publication? {
        if forUpdate {
            try await connection.query("SELECT 1 FROM publications WHERE id = \(id.uuid) FOR UPDATE", logger: logger)
        }
        let rows = try await connection.query("""
            SELECT id, kind, title, summary, body, body_html, themes, audiences, authors, licence, training_material, training_session_id,
                   status, created_at, updated_at, published_at, version
            FROM publications WHERE id = \(id.uuid)
            """, logger: logger)
        for try await row in rows {
            let row = row.makeRandomAccess()
            return Publication(
                id: PublicationID(try row[0].decode(UUID.self)),
                kind: try storedValue(PublicationKind.self, try row[1].decode(String.self), column: "publications.kind"),
                title: try row[2].decode(String.self), summary: try row[3].decode(String.self), body: try row[4].decode(String.self),
                bodyHTML: try row[5].decode(String.self), themes: try row[6].decode([String].self), audiences: try row[7].decode([String].self),
                authors: try row[8].decode([String].self), licence: try row[9].decode(String.self), trainingMaterial: try row[10].decode(Bool.self),
                trainingSessionId: try row[11].decode(UUID?.self).map(TrainingSessionID.init),
                status: try storedValue(PublicationStatus.self, try row[12].decode(String.self), column: "publications.status"),
                createdAt: try row[13].decode(Date.self), updatedAt: try row[14].decode(Date.self), publishedAt: try row[15].decode(Date?.self),
                version: try row[16].decode(Int.self))
        }
        return nil
    }

    /// Keeps the text an edit replaces, as its version.
    func keep(_ replaced: Publication, replacedAt: Date, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO publication_versions (publication_id, version, title, summary, body_html, licence, replaced_at)
            VALUES (\(replaced.id.uuid), \(replaced.version), \(replaced.title), \(replaced.summary), \(replaced.bodyHTML), \(replaced.licence),
                    \(replacedAt))
            """, logger: logger)
    }

    /// A publication's earlier texts, the latest first.
    func versions(of id: PublicationID, on connection: PostgresConnection) async throws -> [PublicationVersion] {
        let rows = try await connection.query("""
            SELECT version, title, summary, body_html, licence, replaced_at FROM publication_versions WHERE publication_id = \(id.uuid)
            ORDER BY version DESC
            """, logger: logger)
        var versions: [PublicationVersion] = []
        for try await (version, title, summary, bodyHTML, licence, replacedAt) in rows.decode((Int, String, String, String, String, Date).self) {
            versions.append(PublicationVersion(publicationId: id, version: version, title: title, summary: summary, bodyHTML: bodyHTML,
                                               licence: licence, replacedAt: replacedAt))
        }
        return versions
    }

    /// Every publication for staff, the latest change first.
    func all(on connection: PostgresConnection) async throws -> [(PublicationSummary, PublicationStatus)] {
        let rows = try await connection.query("""
            SELECT id, kind, title, summary, themes, audiences, authors, licence, training_material, published_at, updated_at, status
            FROM publications ORDER BY updated_at DESC
            """, logger: logger)
        var all: [(PublicationSummary, PublicationStatus)] = []
        for try await row in rows {
            let row = row.makeRandomAccess()
            all.append((try Self.summary(row), try storedValue(PublicationStatus.self, try row[11].decode(String.self), column: "publications.status")))
        }
        return all
    }

    /// Every published publication, the latest first (the catalogue's exports).
    func published(on connection: PostgresConnection) async throws -> [PublicationSummary] {
        let rows = try await connection.query("""
            SELECT id, kind, title, summary, themes, audiences, authors, licence, training_material, published_at, updated_at
            FROM publications WHERE status = 'published' ORDER BY published_at DESC, id
            """, logger: logger)
        var all: [PublicationSummary] = []
        for try await row in rows { all.append(try Self.summary(row.makeRandomAccess())) }
        return all
    }

    /// A page of the published publications matching `search`: by relevance when words are
    /// searched (title first, then summary, then body), else the latest first.
    func search(_ search: PublicationSearch, on connection: PostgresConnection) async throws -> SearchResults {
        let offset = (search.page - 1) * PublicationSearch.pageSize
        // One statement: the matches are found once, then counted, sorted into the page and
        // counted per facet; the bodies are read for the page's twenty excerpts only. The
        // header row (total, facets as JSON) stands even when the page is beyond the last.
        let rows = try await connection.query("""
            WITH matched AS MATERIALIZED (
                SELECT id, kind, title, summary, themes, audiences, authors, licence, training_material, published_at, updated_at, rank, query
                FROM matching_publications(\(search.words), \(search.kind?.rawValue), \(search.theme), \(search.audience?.rawValue), \(search.year)::int)),
            page AS (
                SELECT * FROM matched ORDER BY rank DESC, published_at DESC, id LIMIT \(PublicationSearch.pageSize) OFFSET \(offset)),
            facets AS (
                SELECT 'type' AS facet, kind AS value, count(*)::int AS n FROM matched GROUP BY kind
                UNION ALL SELECT 'theme', theme, count(*)::int FROM matched, unnest(themes) AS theme GROUP BY theme
                UNION ALL SELECT 'public', audience, count(*)::int FROM matched, unnest(audiences) AS audience GROUP BY audience
                UNION ALL SELECT 'annee', extract(year FROM published_at AT TIME ZONE 'Europe/Paris')::int::text, count(*)::int FROM matched GROUP BY 2),
            header AS (
                SELECT (SELECT count(*)::int FROM matched) AS total,
                       (SELECT coalesce(jsonb_agg(jsonb_build_array(facet, value, n) ORDER BY facet, n DESC, value), '[]') FROM facets)::text AS facets)
            SELECT p.id, p.kind, p.title, p.summary, p.themes, p.audiences, p.authors, p.licence, p.training_material, p.published_at,
                   p.updated_at, CASE WHEN \(search.words) = '' THEN NULL ELSE ts_headline('french_folded', b.body, p.query, \(Self.headlineOptions)) END,
                   h.total, h.facets
            FROM header h LEFT JOIN (page p JOIN publications b ON b.id = p.id) ON true
            ORDER BY p.rank DESC, p.published_at DESC, p.id
            """, logger: logger)
        var hits: [SearchResults.Hit] = []
        var total = 0
        var facetList = "[]"
        for try await row in rows {
            let row = row.makeRandomAccess()
            total = try row[12].decode(Int.self)
            facetList = try row[13].decode(String.self)
            guard try row[0].decode(UUID?.self) != nil else { continue }
            hits.append(SearchResults.Hit(publication: try Self.summary(row), excerpt: try row[11].decode(String?.self).map(Self.excerpt)))
        }
        var facets: [String: [SearchResults.FacetValue]] = [:]
        for entry in try JSONDecoder().decode([FacetEntry].self, from: Data(facetList.utf8)) {
            facets[entry.facet, default: []].append(SearchResults.FacetValue(value: entry.value, label: Self.label(facet: entry.facet, value: entry.value),
                                                                             count: entry.count))
        }
        return SearchResults(total: total, page: search.page, pageSize: PublicationSearch.pageSize, hits: hits, facets: facets)
    }

    /// One facet's value and count, as the search's statement lists them: `["type", "guide", 12]`.
    private struct FacetEntry: Decodable {
        var facet: String
        var value: String
        var count: Int

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            facet = try container.decode(String.self)
            value = try container.decode(String.self)
            count = try container.decode(Int.self)
        }
    }

    private static var headlineOptions: String {
        "StartSel=\(markStart), StopSel=\(markEnd), MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter= … "
    }

    /// The headline escaped for HTML, its marks made `<mark>`.
    static func excerpt(_ headline: String) -> String {
        headline.markupEscaped.replacingOccurrences(of: markStart, with: "<mark>").replacingOccurrences(of: markEnd, with: "</mark>")
    }

    static func label(facet: String, value: String) -> String {
        switch facet {
        case "type": PublicationKind(rawValue: value)?.frenchLabel ?? value
        case "theme": ProgrammeTheme.label(of: value)
        case "public": PublicationAudience(rawValue: value)?.frenchLabel ?? value
        default: value
        }
    }

    /// The summary in the first eleven columns the queries above select.
    private static func summary(_ row: PostgresRandomAccessRow) throws -> PublicationSummary {
        PublicationSummary(
            id: PublicationID(try row[0].decode(UUID.self)),
            kind: try storedValue(PublicationKind.self, try row[1].decode(String.self), column: "publications.kind"),
            title: try row[2].decode(String.self), summary: try row[3].decode(String.self), themes: try row[4].decode([String].self),
            audiences: try row[5].decode([String].self), authors: try row[6].decode([String].self), licence: try row[7].decode(String.self),
            trainingMaterial: try row[8].decode(Bool.self), publishedAt: try row[9].decode(Date?.self), updatedAt: try row[10].decode(Date.self))
    }
}
