import Foundation
import Logging
import Model
import PostgresNIO

/// Counts the programme's indicators from the facts `IndicatorFactsHandler` keeps, live: each
/// read counts again, so that an event applied is in the next page.
struct IndicatorRepository: Sendable {
    let logger: Logger

    /// The figures for a year and a département (each optional: all of them).
    func figures(year: Int?, department: String?, on connection: PostgresConnection) async throws -> ProgrammeIndicators {
        var indicators = ProgrammeIndicators(
            year: year, department: department, dossiers: 0, priorityTargetDossiers: 0, requestedCents: 0, grantedCents: 0, byStatus: [],
            byCall: [], sessionsHeld: 0, registrations: 0, electedTrained: 0, electedObjective: ProgrammeIndicators.electedObjective,
            byDepartment: [], byYear: [])
        var departments: [String: ProgrammeIndicators.Line] = [:]
        var years: [Int: ProgrammeIndicators.Line] = [:]
        func line(_ department: String?, _ year: Int?) -> ProgrammeIndicators.Line {
            if let department { return departments[department] ?? Self.emptyLine(code: department, label: Department.name(of: department) ?? department) }
            let year = year ?? 0
            return years[year] ?? Self.emptyLine(code: String(year), label: String(year))
        }
        func store(_ line: ProgrammeIndicators.Line, _ department: String?, _ year: Int?) {
            if let department { departments[department] = line } else if let year { years[year] = line }
        }

        // Only dossiers whose submission is known count: a decision alone names no call.
        let dossiers = try await connection.query("""
            SELECT department, year, GROUPING(department, year)::int, count(*)::int, count(*) FILTER (WHERE status = 'selected')::int,
                   count(*) FILTER (WHERE priority_target)::int, coalesce(sum(requested_cents), 0)::bigint,
                   coalesce(sum(granted_cents) FILTER (WHERE status = 'selected'), 0)::bigint
            FROM indicator_dossiers
            WHERE call_id IS NOT NULL AND (\(year)::int IS NULL OR year = \(year)) AND (\(department)::text IS NULL OR department = \(department))
            GROUP BY GROUPING SETS ((department), (year), ())
            """, logger: logger)
        for try await (rowDepartment, rowYear, grouping, count, selected, priority, requested, granted)
            in dossiers.decode((String?, Int?, Int, Int, Int, Int, Int, Int).self) {
            if grouping == 3 {
                indicators.dossiers = count
                indicators.priorityTargetDossiers = priority
                indicators.requestedCents = requested
                indicators.grantedCents = granted
                continue
            }
            let groupedDepartment = grouping == 1 ? rowDepartment ?? "" : nil
            var current = line(groupedDepartment, rowYear)
            current.dossiers = count
            current.selected = selected
            current.requestedCents = requested
            current.grantedCents = granted
            store(current, groupedDepartment, rowYear)
        }

        let statuses = try await connection.query("""
            SELECT status, count(*)::int FROM indicator_dossiers
            WHERE call_id IS NOT NULL AND (\(year)::int IS NULL OR year = \(year)) AND (\(department)::text IS NULL OR department = \(department))
            GROUP BY status
            """, logger: logger)
        var byStatus: [String: Int] = [:]
        for try await (status, count) in statuses.decode((String, Int).self) { byStatus[status] = count }
        indicators.byStatus = DossierStatus.allCases.map { .init(code: $0.rawValue, label: $0.frenchLabel, count: byStatus[$0.rawValue] ?? 0) }

        let calls = try await connection.query("""
            SELECT c.call_id, c.title, c.action, c.year, c.max_beneficiaries, count(d.application_id)::int,
                   count(d.application_id) FILTER (WHERE d.status = 'selected')::int
            FROM indicator_calls c
            LEFT JOIN indicator_dossiers d ON d.call_id = c.call_id AND (\(department)::text IS NULL OR d.department = \(department))
            WHERE \(year)::int IS NULL OR c.year = \(year)
            GROUP BY c.call_id ORDER BY c.year, c.title
            """, logger: logger)
        for try await (id, title, action, callYear, cap, count, selected) in calls.decode((UUID, String, String, Int, Int, Int, Int).self) {
            indicators.byCall.append(.init(callId: id, title: title, action: action, year: callYear, maxBeneficiaries: cap, dossiers: count,
                                           selected: selected))
        }

        // A person trained twice counts once in each total, département and year.
        let training = try await connection.query("""
            SELECT s.department, s.year, GROUPING(s.department, s.year)::int,
                   count(DISTINCT s.session_id) FILTER (WHERE s.held AND NOT s.cancelled)::int,
                   count(r.registration_id) FILTER (WHERE r.live AND NOT s.cancelled)::int,
                   count(DISTINCT r.trainee_digest) FILTER (WHERE r.elected AND r.attended)::int
            FROM indicator_sessions s LEFT JOIN indicator_registrations r ON r.session_id = s.session_id
            WHERE (\(year)::int IS NULL OR s.year = \(year)) AND (\(department)::text IS NULL OR s.department = \(department))
            GROUP BY GROUPING SETS ((s.department), (s.year), ())
            """, logger: logger)
        for try await (rowDepartment, rowYear, grouping, held, registrations, trained)
            in training.decode((String?, Int?, Int, Int, Int, Int).self) {
            if grouping == 3 {
                indicators.sessionsHeld = held
                indicators.registrations = registrations
                indicators.electedTrained = trained
                continue
            }
            let groupedDepartment = grouping == 1 ? rowDepartment ?? "" : nil
            var current = line(groupedDepartment, rowYear)
            current.sessionsHeld = held
            current.registrations = registrations
            current.electedTrained = trained
            store(current, groupedDepartment, rowYear)
        }

        // Every département of the region, in its code's order, then any other a fact named.
        let regional = Department.names.filter { department == nil || $0.code == department }
        indicators.byDepartment = regional.map { line($0.code, nil) }
            + departments.keys.filter { code in !regional.contains { $0.code == code } }.sorted().map { line($0, nil) }
        indicators.byYear = years.keys.sorted().map { line(nil, $0) }
        indicators.websites = try await WebsiteFiguresRepository(logger: logger).figures(year: year, department: department, on: connection)
        return indicators
    }

    /// The years some fact names, newest first, for the page's filter.
    func years(on connection: PostgresConnection) async throws -> [Int] {
        let rows = try await connection.query("""
            SELECT year FROM indicator_dossiers WHERE year IS NOT NULL UNION SELECT year FROM indicator_sessions
            UNION SELECT year FROM indicator_calls ORDER BY 1 DESC
            """, logger: logger)
        var years: [Int] = []
        for try await year in rows.decode(Int.self) { years.append(year) }
        return years
    }

    private static func emptyLine(code: String, label: String) -> ProgrammeIndicators.Line {
        .init(code: code, label: label, dossiers: 0, selected: 0, requestedCents: 0, grantedCents: 0, sessionsHeld: 0, registrations: 0,
              electedTrained: 0)
    }
}
