import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit

/// The programme's indicators, live: the public page with its charts and tables, the CSV and
/// JSON downloads, and `GET /api/indicators` for partners (CORS, any origin).
struct IndicatorController: Sendable {
    let context: ResourcesContext
    let renderer: ResourcesPageRenderer

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/indicateurs", use: page)
        router.get("/indicateurs.csv", use: csv)
        router.group("/indicateurs.json").add(middleware: CORSMiddleware<PlatformRequestContext>(allowOrigin: .all, allowMethods: [.get, .head]))
            .get(use: json)
        router.group("/api/indicators").add(middleware: CORSMiddleware<PlatformRequestContext>(allowOrigin: .all, allowMethods: [.get, .head]))
            .get(use: json)
    }

    /// `GET /indicateurs`: the figures for the chosen year and département, each chart with its table.
    @Sendable func page(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let filter = try IndicatorFilter(request, emptyMeansAll: true)
            let (figures, years) = try await context.database.withConnection { connection in
                let repository = IndicatorRepository(logger: context.logger)
                return (try await repository.figures(year: filter.year, department: filter.department, on: connection),
                        try await repository.years(on: connection))
            }
            let query = filter.queryString.isEmpty ? "" : "?" + filter.queryString
            return renderer.front("indicators", Self.values(figures, filter: filter) .merging([
                "years": years.map { ["code": String($0), "label": String($0), "selected": $0 == filter.year] },
                "departments": Department.names.map { ["code": $0.code, "label": "\($0.name) (\($0.code))", "selected": $0.code == filter.department] },
                "csv": "/indicateurs.csv" + query, "json": "/indicateurs.json" + query,
            ]) { _, new in new })
        }
    }

    /// `GET /indicateurs.csv`: every figure on a row (section, code, label, indicator, value).
    @Sendable func csv(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        let filter = try IndicatorFilter(request, emptyMeansAll: false)
        let figures = try await figures(filter)
        return SpreadsheetCSV.response(IndicatorExport.rows(figures), fileName: "indicateurs-internet-public-citoyen.csv")
    }

    /// `GET /indicateurs.json`, `GET /api/indicators`: the figures as JSON.
    @Sendable func json(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<ProgrammeIndicators> {
        JSONBody(try await figures(try IndicatorFilter(request, emptyMeansAll: false)))
    }

    private func figures(_ filter: IndicatorFilter) async throws -> ProgrammeIndicators {
        try await context.database.withConnection {
            try await IndicatorRepository(logger: context.logger).figures(year: filter.year, department: filter.department, on: $0)
        }
    }

    /// The figures as the indicators' template reads them (also for a frozen diagnostic's page).
    static func values(_ figures: ProgrammeIndicators, filter: IndicatorFilter) -> [String: Any] {
        let selected = figures.byStatus.first { $0.code == DossierStatus.selected.rawValue }?.count ?? 0
        let charts = [
            BarChart(id: "etats", title: "Dossiers par état", valueHeading: "Dossiers",
                     bars: figures.byStatus.map { .init(label: $0.label, value: $0.count, shown: String($0.count)) }),
            BarChart(id: "appels", title: "Dossiers retenus par appel, sur le nombre de bénéficiaires prévu", valueHeading: "Retenus / prévus",
                     bars: figures.byCall.map { .init(label: "\($0.title) (\($0.year))", value: $0.selected, shown: "\($0.selected) / \($0.maxBeneficiaries)") }),
            BarChart(id: "departements-dossiers", title: "Dossiers déposés par département", valueHeading: "Dossiers",
                     bars: figures.byDepartment.map { .init(label: $0.label, value: $0.dossiers, shown: String($0.dossiers)) }),
            BarChart(id: "departements-montants", title: "Montants accordés par département", valueHeading: "Montant accordé",
                     bars: figures.byDepartment.map { .init(label: $0.label, value: $0.grantedCents / 100, shown: Money(cents: Int64($0.grantedCents)).formattedFrench) }),
            BarChart(id: "elus", title: "Élus formés, sur l'objectif de \(figures.electedObjective.formatted(.number.locale(Locale(identifier: "fr_FR"))))",
                     valueHeading: "Élus formés",
                     bars: [.init(label: "Élus formés", value: figures.electedTrained, shown: "\(figures.electedTrained) / \(figures.electedObjective)")],
                     target: figures.electedObjective),
            BarChart(id: "departements-elus", title: "Élus formés par département", valueHeading: "Élus formés",
                     bars: figures.byDepartment.map { .init(label: $0.label, value: $0.electedTrained, shown: String($0.electedTrained)) }),
        ]
        return [
            "scope": filter.frenchDescription, "dossiers": figures.dossiers, "selected": selected, "priority": figures.priorityTargetDossiers,
            "requested": Money(cents: Int64(figures.requestedCents)).formattedFrench, "granted": Money(cents: Int64(figures.grantedCents)).formattedFrench,
            "sessionsHeld": figures.sessionsHeld, "registrations": figures.registrations, "electedTrained": figures.electedTrained,
            "websites": figures.websites.map { websites -> [String: Any] in
                func values(_ line: WebsiteFigures.Line) -> [String: Any] {
                    ["label": line.label, "sites": line.sites, "https": line.httpsShare, "statement": line.accessibilityStatementShare,
                     "services": line.onlineServicesShare, "median": line.medianScore]
                }
                return values(websites.overall).merging(["lines": (websites.byDepartment + websites.byPopulation).map(values)]) { _, new in new }
            } as Any,
            "objective": figures.electedObjective, "charts": charts.map(\.html),
            "byYear": figures.byYear.map { line -> [String: Any] in
                ["label": line.label, "dossiers": line.dossiers, "selected": line.selected,
                 "granted": Money(cents: Int64(line.grantedCents)).formattedFrench, "sessionsHeld": line.sessionsHeld,
                 "registrations": line.registrations, "electedTrained": line.electedTrained]
            },
        ]
    }
}
