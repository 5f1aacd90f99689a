import Logging
import Model
import PostgresNIO

/// Aggregates the latest scored report of each site.
struct WebsiteFiguresRepository: Sendable {
    let logger: Logger

    /// The figures for the reports of a year and the sites of a département (each optional); `nil` when no site is scored.
    func figures(year: Int?, department: String?, on connection: PostgresConnection) async throws -> WebsiteFigures? {
        let bounds = WebsiteFigures.bands.map(\.from)
        let rows = try await connection.query("""
            WITH latest AS (
                SELECT DISTINCT ON (r.website_id) r.overall_score, r.https, r.accessibility_statement, r.online_services, w.department,
                       CASE WHEN w.population IS NULL THEN NULL
                            ELSE (SELECT max(b) FROM unnest(\(bounds)::int[]) AS b WHERE b <= w.population)::text END AS band
                FROM website_reports r JOIN websites w ON w.id = r.website_id
                WHERE r.overall_score IS NOT NULL
                  AND (\(year)::int IS NULL OR extract(year FROM r.diagnosed_at AT TIME ZONE 'Europe/Paris') = \(year))
                  AND (\(department)::text IS NULL OR w.department = \(department))
                ORDER BY r.website_id, r.diagnosed_at DESC
            )
            SELECT GROUPING(department, band)::int, department, band, count(*)::int,
                   round(100 * avg(https::int))::int, round(100 * avg(accessibility_statement::int))::int,
                   round(100 * avg(online_services::int))::int,
                   round(percentile_cont(0.5) WITHIN GROUP (ORDER BY overall_score))::int
            FROM latest
            GROUP BY GROUPING SETS ((), (department), (band))
            HAVING count(*) > 0
            """, logger: logger)
        var overall: WebsiteFigures.Line?
        var byDepartment: [WebsiteFigures.Line] = []
        var byBand: [String: WebsiteFigures.Line] = [:]
        for try await (grouping, rowDepartment, band, sites, https, statement, services, median)
            in rows.decode((Int, String?, String?, Int, Int, Int, Int, Int).self) {
            var line = WebsiteFigures.Line(code: "ensemble", label: "Ensemble des sites", sites: sites, httpsShare: https,
                                           accessibilityStatementShare: statement, onlineServicesShare: services, medianScore: median)
            switch grouping {
            case 3: overall = line
            case 1:  // by département
                guard let rowDepartment else { continue }
                line.code = rowDepartment
                line.label = Department.name(of: rowDepartment) ?? rowDepartment
                byDepartment.append(line)
            default:  // by band
                guard let band, let known = WebsiteFigures.bands.first(where: { String($0.from) == band }) else { continue }
                line.code = known.code
                line.label = known.label
                byBand[band] = line
            }
        }
        guard let overall else { return nil }
        return WebsiteFigures(overall: overall, byDepartment: byDepartment.sorted { $0.code < $1.code },
                              byPopulation: WebsiteFigures.bands.compactMap { byBand[String($0.from)] })
    }
}
