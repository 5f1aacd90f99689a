import Foundation
import Model

/// The catalogue of the published productions, for partners and open-data portals: a CSV for
/// French spreadsheets and a DCAT-AP catalogue in JSON-LD, the form data.gouv.fr harvests.
enum CatalogueExport {
    static func rows(_ publications: [PublicationSummary], url: (PublicationSummary) -> String) -> [[String]] {
        [["Titre", "Type", "Résumé", "Thèmes", "Publics", "Auteurs", "Publiée le", "Licence", "Adresse"]]
            + publications.map { publication in
                [publication.title, publication.kind.frenchLabel, publication.summary,
                 publication.themes.map(ProgrammeTheme.label(of:)).joined(separator: ", "),
                 publication.audiences.map { PublicationAudience(rawValue: $0)?.frenchLabel ?? $0 }.joined(separator: ", "),
                 publication.authors.joined(separator: ", "), publication.publishedAt.map { ParisTime.localDate(of: $0).description } ?? "",
                 publication.licence, url(publication)]
            }
    }

    /// DCAT-AP: one `dcat:Dataset` per publication, its page as the landing page and the
    /// distribution, its licence, themes as keywords. The context is inline: no document to fetch.
    static func dcat(_ publications: [PublicationSummary], catalogueURL: String, url: (PublicationSummary) -> String) throws -> Data {
        let formatter = ISO8601DateFormatter()
        let datasets: [[String: Any]] = publications.map { publication in
            var dataset: [String: Any] = [
                "@id": url(publication), "@type": "dcat:Dataset", "dct:identifier": publication.id.description,
                "dct:title": ["@value": publication.title, "@language": "fr"],
                "dct:description": ["@value": publication.summary, "@language": "fr"],
                "dct:modified": ["@value": formatter.string(from: publication.updatedAt), "@type": "xsd:dateTime"],
                "dct:license": Self.licenceURL(publication.licence) ?? publication.licence,
                "dcat:keyword": ([publication.kind.frenchLabel] + publication.themes.map(ProgrammeTheme.label(of:))).map { ["@value": $0, "@language": "fr"] },
                "dcat:landingPage": ["@id": url(publication)],
                "dcat:distribution": [[
                    "@id": url(publication) + "#html", "@type": "dcat:Distribution", "dcat:accessURL": ["@id": url(publication)],
                    "dct:format": "HTML", "dcat:mediaType": "text/html",
                ]],
            ]
            if let published = publication.publishedAt {
                dataset["dct:issued"] = ["@value": formatter.string(from: published), "@type": "xsd:dateTime"]
            }
            dataset["dct:creator"] = publication.authors.map { ["@type": "foaf:Agent", "foaf:name": $0] }
            return dataset
        }
        let catalogue: [String: Any] = [
            "@context": [
                "dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/",
                "xsd": "http://www.w3.org/2001/XMLSchema#",
            ],
            "@id": catalogueURL, "@type": "dcat:Catalog",
            "dct:title": ["@value": "Centre de ressources Internet Public et Citoyen", "@language": "fr"],
            "dct:description": ["@value": "Les productions du programme régional Internet Public et Citoyen, libres de réutilisation.", "@language": "fr"],
            "dct:publisher": ["@type": "foaf:Organization", "foaf:name": "Centre de ressources Internet Public et Citoyen"],
            "dcat:dataset": datasets,
        ]
        return try JSONSerialization.data(withJSONObject: catalogue, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    /// The Licence Ouverte's address, the form DCAT readers expect; another licence stays as written.
    static func licenceURL(_ licence: String) -> String? {
        licence == Publication.defaultLicence ? "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" : nil
    }
}
