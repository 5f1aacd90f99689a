import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit

/// A collectivité's website report, public like the site it describes: `/sites/{id}` and
/// `GET /api/websites/{id}/reports`, its history newest first.
struct WebsiteReportController: Sendable {
    let context: ResourcesContext
    let renderer: ResourcesPageRenderer

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/sites/{website}", use: page)
        router.get("/api/websites/{website}/reports", use: reports)
    }

    /// `GET /api/websites/{id}/reports`.
    @Sendable func reports(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[WebsiteReport]> {
        JSONBody(try await history(requestContext).reports)
    }

    /// `GET /sites/{id}`: the latest report in full, the trend, and the history.
    @Sendable func page(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let (website, reports) = try await history(requestContext)
            guard let latest = reports.first else { throw Problem.notFound("Ce site n'a pas encore été diagnostiqué.") }
            return renderer.front("websiteReport", Self.values(website, latest, history: reports))
        }
    }

    private func history(_ requestContext: PlatformRequestContext) async throws -> (website: Website, reports: [WebsiteReport]) {
        guard let id = requestContext.parameters.get("website").flatMap(UUID.init(uuidString:)) else {
            throw Problem.notFound("Aucun site ne porte cet identifiant.")
        }
        return try await context.database.withConnection { connection in
            guard let website = try await WebsiteRepository(logger: context.logger).find(id, on: connection) else {
                throw Problem.notFound("Aucun site ne porte cet identifiant.")
            }
            return (website, try await WebsiteReportRepository(logger: context.logger).history(of: id, on: connection))
        }
    }

    static func values(_ website: Website, _ latest: WebsiteReport, history: [WebsiteReport]) -> [String: Any] {
        let previous = history.dropFirst().first { $0.overallScore != nil }
        var trend: String?
        if let now = latest.overallScore, let before = previous?.overallScore, let date = previous.map({ ParisTime.frenchDate($0.diagnosedAt) }) {
            let change = now - before
            trend = change == 0 ? "stable depuis le diagnostic du \(date)"
                : "en \(change > 0 ? "hausse" : "baisse") de \(abs(change)) point\(abs(change) > 1 ? "s" : "") depuis le diagnostic du \(date)"
        }
        return [
            "collectivite": website.collectivite, "url": latest.url, "diagnosedOn": ParisTime.frenchDate(latest.diagnosedAt),
            "hasScore": latest.overallScore != nil, "overall": latest.overallScore ?? 0, "trend": trend as Any,
            "statusText": latest.status == .forbiddenByRobots
                ? "Le fichier robots.txt du site demande aux robots de ne pas le consulter\u{a0}: il n'a pas été diagnostiqué."
                : "Le site n'a pas pu être lu\u{a0}: voir ci-dessous.",
            "scores": latest.scores.map { ["label": $0.dimension.label, "score": $0.score.map(String.init) ?? "sans objet"] },
            "dimensions": CheckDimension.allCases.map { dimension in
                ["label": dimension.label, "checks": latest.checks.filter { $0.dimension == dimension }.map { check -> [String: Any] in
                    ["title": check.title, "verdict": check.verdict.rawValue, "verdictLabel": check.verdict.label.lowercased(),
                     "explanation": check.explanation, "excerpt": check.excerpt as Any, "evidenceURL": check.evidenceURL as Any,
                     "advice": check.advice as Any]
                }]
            },
            "history": history.map { ["date": ParisTime.frenchDate($0.diagnosedAt), "score": $0.overallScore.map { "\($0)/100" } ?? "non noté",
                                      "pages": $0.pages] },
        ]
    }
}
