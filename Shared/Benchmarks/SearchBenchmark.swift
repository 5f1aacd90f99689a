import ArgumentParser
import Foundation
import Logging
import Persistence
import PostgresNIO

/// `ipc-bench search`: French full-text searches through the resource centre's API (the real
/// service, started by scripts/bench) over 10,000 publications of generated French text, then
/// pgbench running the same SQL on the same database.
///
/// One search is `GET /api/publications?q=…`: the page of results (relevance, 20 excerpts by
/// `ts_headline`), the total and the facets, one statement over `matching_publications`.
struct SearchBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "French full-text search through the API against pgbench.")

    @OptionGroup var platform: PlatformOptions
    @Option(help: "The resources service.") var baseURL = "http://127.0.0.1:28081"
    @Option(help: "Publications generated (set-up, not measured).") var publications = 10_000
    @Option(help: "Seconds of searches through the API; pgbench then runs as many.") var seconds = 15
    @Option(help: "Concurrent clients on each side.") var concurrency = 2
    @Option(help: "The service's process, stopped before pgbench runs so that both sides have the machine alone.")
    var servicePid: Int32?

    func run() async throws {
        let logger = platform.logger
        let client = platform.postgres(schema: "resources").makeClient()
        print("search benchmark: \(publications) publications, \(seconds) s per side, \(concurrency) concurrent clients, \(baseURL)")
        try await withRunningServices([client], logger: logger) {
            try await Self.generate(publications, client: client, logger: logger)
            let matches = try await Self.matches(client: client, logger: logger)
            guard let url = URL(string: baseURL), let host = url.host, let port = url.port else {
                throw BenchmarkError("--base-url must name an IPv4 host and a port: \(baseURL)")
            }
            let paths = Self.terms.map { "/api/publications?q=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) }
            _ = try await Self.load(host: host, port: port, paths: paths, seconds: 3, concurrency: concurrency)  // warm-up
            let latencies = try await Self.load(host: host, port: port, paths: paths, seconds: seconds, concurrency: concurrency)
            let rate = Double(latencies.count) / Double(seconds)
            let sorted = latencies.sorted()
            let p50 = sorted[sorted.count / 2], p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]

            if let servicePid { await IntakeBenchmark.stop(servicePid) }
            try await client.query("CREATE TABLE bench_terms (n integer PRIMARY KEY, term text NOT NULL)", logger: logger)
            try await client.query("""
                INSERT INTO bench_terms SELECT n, term FROM unnest(\(Self.terms)::text[]) WITH ORDINALITY AS t(term, n)
                """, logger: logger)
            let bound = try Pgbench(options: platform, schema: "resources").run(
                script: Self.script, transactions: latencies.count, clients: concurrency,
                variables: ["terms": String(Self.terms.count), "options": Self.headlineOptions])

            let ratio = rate / bound.tps
            print("")
            print(RegistrationBenchmark.label("pgbench, the same SQL (bound)") + "\(IntakeBenchmark.number(bound.tps)) searches/s (mean latency \(String(format: "%.1f", bound.latency)) ms)")
            print(RegistrationBenchmark.label("API searches") + "\(IntakeBenchmark.number(rate)) searches/s = \(Int((ratio * 100).rounded())) % of pgbench (target ≥ 50 %: \(ratio >= 0.5 ? "met" : "MISSED"))")
            print(RegistrationBenchmark.label("API latency of one search") + "p50 \(String(format: "%.1f", p50)) ms, p99 \(String(format: "%.1f", p99)) ms (target p99 < 50 ms: \(p99 < 50 ? "met" : "MISSED"))")
            print("  (\(latencies.count) searches of \(Self.terms.count) terms of one to three words, matching \(matches.first ?? 0) to \(matches.last ?? 0) publications, median \(matches[matches.count / 2]))")
            let passed = ratio >= 0.5 && p99 < 50
            print(passed ? "\nall targets met" : "\nsome targets missed")
            if !passed { throw ExitCode(1) }
        }
    }

    /// Searches by `concurrency` clients for `seconds`, each request the next term; every answer must be 200.
    /// - Returns: each search's latency in milliseconds.
    static func load(host: String, port: Int, paths: [String], seconds: Int, concurrency: Int) async throws -> [Double] {
        let deadline = ContinuousClock.now + .seconds(seconds)
        let next = NextIndex(0)
        return try await RegistrationBenchmark.onThreads(concurrency) {
            let connection = try PlainHTTPConnection(host: host, port: port)
            var latencies: [Double] = []
            while ContinuousClock.now < deadline {
                let path = paths[next.take() % paths.count]
                let start = ContinuousClock.now
                let reply = try connection.get(path)
                guard reply.status == 200 else { throw BenchmarkError("GET \(path): \(reply.status)") }
                latencies.append(RegistrationBenchmark.seconds(ContinuousClock.now - start) * 1000)
            }
            return latencies
        }
    }

    /// Published publications of generated French text (set-up, not measured): titles of 6 words,
    /// summaries of 25, bodies of 150 to 400. Each is about one of 20 topics, as a catalogue's
    /// publications are: nine words in ten come from its topic's 14 words of `vocabulary`, the
    /// tenth from the whole of it; kinds, themes and dates spread over four years.
    static func generate(_ count: Int, client: PostgresClient, logger: Logger) async throws {
        do {
            try await insert(count, client: client, logger: logger)
        } catch let error as PSQLError {
            throw BenchmarkError("generating the publications: \(String(reflecting: error))")
        }
        try await client.query("ANALYZE publications", logger: logger)
    }

    /// How many publications each term matches: what a search costs depends on it.
    static func matches(client: PostgresClient, logger: Logger) async throws -> [Int] {
        let rows = try await client.query("""
            SELECT (SELECT count(*)::int FROM matching_publications(term, NULL, NULL, NULL, NULL::int)) FROM unnest(\(terms)::text[]) AS term
            """, logger: logger)
        var counts: [Int] = []
        for try await count in rows.decode(Int.self) { counts.append(count) }
        return counts.sorted()
    }

    private static func insert(_ count: Int, client: PostgresClient, logger: Logger) async throws {
        // `g` in each word's index ties the aggregate to its own subquery (else PostgreSQL takes it for the outer query's).
        try await client.query("""
            WITH words AS (SELECT \(vocabulary)::text[] AS w)
            INSERT INTO publications (id, kind, title, summary, body, body_html, themes, audiences, authors, licence, training_material,
                                      training_session_id, status, created_at, updated_at, published_at)
            SELECT gen_random_uuid(), (ARRAY['guide', 'study', 'practicalSheet', 'teachingKit', 'news'])[1 + i % 5],
                   initcap(title), summary, body, body, ARRAY[(ARRAY['tourisme', 'education', 'action-sociale', 'services-aux-citoyens'])[1 + i % 4]],
                   ARRAY['electedOfficials'], ARRAY['ARDESI'], 'Licence Ouverte / Etalab 2.0', false, NULL, 'published',
                   now(), now(), now() - (i % 1400) * interval '1 day'
            FROM words, generate_series(1, \(count)) AS i
            CROSS JOIN LATERAL (SELECT
                (SELECT string_agg(w[CASE WHEN random() < 0.9 THEN 21 + ((i % 20) * 14 + floor(random() * 14)::int) % (array_length(w, 1) - 20) ELSE 1 + floor(random() * array_length(w, 1))::int END + 0 * g], ' ') FROM generate_series(1, 6 + i % 2) AS g) AS title,
                (SELECT string_agg(w[CASE WHEN random() < 0.9 THEN 21 + ((i % 20) * 14 + floor(random() * 14)::int) % (array_length(w, 1) - 20) ELSE 1 + floor(random() * array_length(w, 1))::int END + 0 * g], ' ') FROM generate_series(1, 25 + i % 3) AS g) AS summary,
                (SELECT string_agg(w[CASE WHEN random() < 0.9 THEN 21 + ((i % 20) * 14 + floor(random() * 14)::int) % (array_length(w, 1) - 20) ELSE 1 + floor(random() * array_length(w, 1))::int END + 0 * g], ' ') FROM generate_series(1, 150 + (i * 7) % 250) AS g) AS body
            ) AS text
            """, logger: logger)
    }

    static var headlineOptions: String {
        "StartSel=\u{E000}, StopSel=\u{E001}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter= … "
    }

    /// The service's statement for one search without filters, after one that picks the term.
    static let script = """
        \\set n random(1, :terms)
        SELECT term FROM bench_terms WHERE n = :n \\gset
        WITH matched AS MATERIALIZED (SELECT id, kind, title, summary, themes, audiences, authors, licence, training_material, published_at, updated_at, rank, query FROM matching_publications(:term, NULL, NULL, NULL, NULL::int)), page AS (SELECT * FROM matched ORDER BY rank DESC, published_at DESC, id LIMIT 20 OFFSET 0), facets AS (SELECT 'type' AS facet, kind AS value, count(*)::int AS n FROM matched GROUP BY kind UNION ALL SELECT 'theme', theme, count(*)::int FROM matched, unnest(themes) AS theme GROUP BY theme UNION ALL SELECT 'public', audience, count(*)::int FROM matched, unnest(audiences) AS audience GROUP BY audience UNION ALL SELECT 'annee', extract(year FROM published_at AT TIME ZONE 'Europe/Paris')::int::text, count(*)::int FROM matched GROUP BY 2), header AS (SELECT (SELECT count(*)::int FROM matched) AS total, (SELECT coalesce(jsonb_agg(jsonb_build_array(facet, value, n) ORDER BY facet, n DESC, value), '[]') FROM facets)::text AS facets) SELECT p.id, p.kind, p.title, p.summary, p.themes, p.audiences, p.authors, p.licence, p.training_material, p.published_at, p.updated_at, CASE WHEN :term = '' THEN NULL ELSE ts_headline('french_folded', b.body, p.query, :options) END, h.total, h.facets FROM header h LEFT JOIN (page p JOIN publications b ON b.id = p.id) ON true ORDER BY p.rank DESC, p.published_at DESC, p.id;

        """

    /// What people search: rare and common words, accents left out, plurals, two and three words.
    static let terms = [
        "numerique", "communes rurales", "intercommunalité", "haut débit", "démocratie participative", "tourisme", "accessibilité",
        "espace public numérique", "formation des élus", "site internet", "citoyens", "géographique", "services en ligne", "ecoles",
        "développement économique", "mutualisation", "cyberbase", "usagers", "visioconférence", "diagnostic",
    ]

    /// French words of the programme's field, the most frequent first.
    static let vocabulary = """
        le la les des une un et de du en pour sur dans avec par au aux ce cette qui que est sont commune communes
        services service numérique numériques internet site sites public publics citoyens citoyen habitants élus élu projet projets
        collectivité collectivités intercommunalité intercommunalités région départements territoire territoires rural rurales
        formation formations usages usagers accès réseau réseaux haut débit équipement équipements information informations
        démarches ligne en administration mairie mairies agents secrétaire technicien outils collaboratifs partage mutualisation
        espace espaces point points animation animateur multimédia école écoles collège éducation jeunes familles social sociale
        action aide aides emploi entreprises économique économiques développement tourisme touristique patrimoine culture
        démocratie participative participation consultation forum débat vie locale associations associatif bénévoles réunion
        conseil municipal communautaire maire adjoint délibération budget financement subvention appel projets dossier jury
        accessibilité handicap personnes âgées santé transport mobilité environnement énergie eau déchets urbanisme cartographie
        géographique système systèmes données ouvertes open data logiciel libre messagerie courriel visioconférence télétravail
        sécurité confidentialité sauvegarde hébergement serveur portail intranet extranet diagnostic indicateurs enquête étude
        guide fiche pratique dossier pédagogique méthode étapes conseils exemples bonnes pratiques retours expérience réussite
        cyberbase médiathèque bibliothèque lecture publique archives numérisation photographies vidéo radio télévision presse
        """.split(whereSeparator: \.isWhitespace).map(String.init)
}
