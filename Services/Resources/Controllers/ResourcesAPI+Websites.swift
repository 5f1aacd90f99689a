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
    ]
}
