import Foundation
import Model
import ServiceKit

extension ResourcesAPI {
    static func website(full: Bool) -> Website {
        Website(id: UUID(uuidString: "0e000000-0000-4000-8000-000000000006")!,
                applicantId: full ? ApplicantID(UUID(uuidString: "0e000000-0000-4000-8000-000000000007")!) : nil,
                collectivite: "Commune de Foix", department: full ? "09" : nil, population: full ? 9_600 : nil, url: "https://www.mairie-foix.example",
                contactName: full ? "Secrétariat de mairie" : nil, contactEmail: full ? "mairie@foix.example" : nil,
                source: full ? .applications : .staff, addedAt: instant)
    }

    static let websiteSchema = Schema.inferred(from: [website(full: true), website(full: false)], enums: ["source": ["applications", "staff"]])

    static let batch = DiagnosticBatch(id: UUID(uuidString: "0e000000-0000-4000-8000-000000000008")!, startedAt: instant,
                                       deadline: instant.addingTimeInterval(4 * 3600), concurrency: 4, finishedAt: instant.addingTimeInterval(600),
                                       outcome: .complete, total: 40, done: 40)
    static let batchSchema = Schema.inferred(from: [batch, DiagnosticBatch(id: batch.id, startedAt: instant, deadline: instant, concurrency: 4,
                                                                           finishedAt: nil, outcome: nil, total: 40, done: 12)],
                                             enums: ["outcome": ["complete", "time_limit"]])

    static let report: WebsiteReport = {
        let check = SiteCheck(id: "image_alt", dimension: .accessibility, title: "Alternatives textuelles des images", verdict: .failed,
                              evidenceURL: "https://www.mairie-foix.example/", excerpt: "1 sur 4 : <img src=\"/photo.jpg\">",
                              explanation: "1 image n'a pas d'alternative textuelle (RGAA, critère 1.1).", advice: "Ajoutez un attribut alt à chaque image.")
        var report = WebsiteReport(id: UUID(uuidString: "0e000000-0000-4000-8000-000000000009")!, websiteId: website(full: true).id,
                                   batchId: batch.id, diagnosedAt: instant, crawl: CrawlResult(startURL: URL(string: "https://www.mairie-foix.example/")!),
                                   checks: [check])
        report.status = .analysed
        report.overallScore = 64
        report.scores = [.init(dimension: .accessibility, score: 0), .init(dimension: .mobile, score: nil)]
        report.pages = 9
        report.requests = 12
        report.bytes = 412_000
        report.durationMilliseconds = 14_200
        return report
    }()

    /// A site robots.txt closes: no score, checks without evidence or advice.
    static let unscoredReport: WebsiteReport = {
        let check = SiteCheck(id: "lang", dimension: .quality, title: "Langue déclarée", verdict: .notApplicable, evidenceURL: nil, excerpt: nil,
                              explanation: "Le site n'a pas pu être consulté.", advice: nil)
        var unscored = WebsiteReport(id: UUID(uuidString: "0e000000-0000-4000-8000-00000000000a")!, websiteId: website(full: false).id,
                                     batchId: nil, diagnosedAt: instant, crawl: CrawlResult(startURL: URL(string: "https://www.mairie-foix.example/")!),
                                     checks: [check])
        unscored.status = .forbiddenByRobots
        return unscored
    }()

    static let websitePaths: [String: [String: OpenAPIDocument.Operation]] = [
        "/api/websites": [
            "get": OpenAPIDocument.operation(
                "listWebsites", "Les sites des collectivités à diagnostiquer (équipe).", tag: "sites",
                Response(description: "Sites", schema: .array(of: websiteSchema), example: .encoding([website(full: true)]))),
            "post": OpenAPIDocument.operation(
                "addWebsite", "Ajoute à la main le site d'une collectivité (équipe).", tag: "sites",
                body: .inferred(from: [WebsiteForm(collectivite: "Commune de Foix", url: "https://www.mairie-foix.example", department: "09",
                                                   contactName: "Secrétariat", contactEmail: "mairie@foix.example"), WebsiteForm()]),
                success: "201", Response(description: "Site ajouté", schema: websiteSchema, example: .encoding(website(full: false)))),
        ],
        "/api/websites/{website}/reports": ["get": OpenAPIDocument.operation(
            "listWebsiteReports", "Les diagnostics d'un site, le plus récent d'abord\u{a0}: notes par thème et vérifications avec constat et conseil.",
            tag: "sites", Response(description: "Diagnostics", schema: .array(of: .inferred(from: [report, unscoredReport])),
                                   example: .encoding([report])),
            security: [])],
        "/api/website-diagnostics": ["post": OpenAPIDocument.operation(
            "startWebsiteDiagnostic", "Lance une campagne de diagnostic sur tous les sites, ou sur ceux nommés\u{a0}; le service la mène (équipe).",
            tag: "sites", body: .inferred(from: [BatchRequest(websiteIds: [website(full: true).id]), BatchRequest(websiteIds: nil)]),
            success: "202", Response(description: "Campagne lancée", schema: batchSchema, example: .encoding(batch)))],
        "/api/website-diagnostics/{batch}": ["get": OpenAPIDocument.operation(
            "getWebsiteDiagnostic", "La progression d'une campagne de diagnostic (équipe).", tag: "sites",
            Response(description: "Campagne", schema: batchSchema, example: .encoding(batch)))],
    ]
}
