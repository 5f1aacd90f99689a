import Events
import Foundation
import Model
import ServiceKit

/// Reads collectivités from a CSV file with INSEE-style columns and checks each line.
///
/// Recognised columns (any case): `nom`/`libelle`, `type`, `code_insee`/`com`/`codgeo`,
/// `siren`, `departement`/`dep`, `population`/`pmun`/`ptot`, `agglomeration` (oui/non),
/// `site`, `contact_nom`, `contact_courriel`. Without a `type`, a line with an INSEE code is a commune.
struct ApplicantImport: Sendable {
    /// A line that will not be imported, and why.
    struct Rejection: Sendable, Equatable {
        var line: Int
        var reasons: [String]
    }

    var accepted: [(line: Int, applicant: Applicant)] = []
    var rejected: [Rejection] = []

    static let kinds: [String: ApplicantKind] = [
        "commune": .commune, "intercommunalite": .intercommunality, "intercommunalité": .intercommunality, "epci": .intercommunality,
        "pays": .pays, "association d'élus": .electedOfficialsAssociation, "association_elus": .electedOfficialsAssociation,
        "structure d'appui": .supportBody, "structure_appui": .supportBody,
    ]

    init(csv text: String) {
        let table = CSVTable(text: text)
        var seen: [String: Int] = [:]
        for row in table.rows {
            func value(_ names: String...) -> String? { table.value(names, in: row.fields) }
            let insee = value("code_insee", "com", "codgeo")
            let typed = value("type").map { $0.lowercased() }
            let kind = typed.map { Self.kinds[$0] ?? ApplicantKind(rawValue: $0) } ?? (insee != nil ? .commune : nil)
            var reasons: [String] = []
            if typed != nil && kind == nil { reasons.append("type inconnu « \(value("type") ?? "") »") }
            let population = value("population", "pmun", "ptot")
            let populationNumber = population.flatMap { Int($0.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")) }
            if population != nil && populationNumber == nil { reasons.append("population « \(population ?? "") » illisible") }
            let agglomeration = value("agglomeration").map { $0.lowercased() }
            var contacts: [ContactPerson] = []
            if let email = value("contact_courriel", "courriel") {
                contacts.append(ContactPerson(name: value("contact_nom") ?? "Contact", email: email))
            }
            let form = ApplicantForm(name: value("nom", "libelle", "ncc"), kind: kind?.rawValue, inseeCode: insee, siren: value("siren"),
                                     department: value("departement", "dep"), population: populationNumber,
                                     insideUrbanAgglomeration: agglomeration.map { $0 == "oui" || $0 == "true" || $0 == "1" },
                                     website: value("site"), contacts: contacts)
            switch form.validated() {
            case .failure(let failure):
                reasons += failure.errors.map(\.message)
                rejected.append(Rejection(line: row.line, reasons: reasons))
            case .success(let applicant):
                let key = applicant.inseeCode?.value ?? applicant.siren?.description ?? ""
                if let first = seen[key] {
                    reasons.append("même identifiant (\(key)) que la ligne \(first)")
                }
                if reasons.isEmpty {
                    seen[key] = row.line
                    accepted.append((row.line, applicant))
                } else {
                    rejected.append(Rejection(line: row.line, reasons: reasons))
                }
            }
        }
    }
}
