import Events
import Foundation
import Model
import ServiceKit

/// An applicant as typed by staff or read from an import line, before it is checked.
struct ApplicantForm: Codable, Sendable {
    var name: String?
    var kind: String?
    var inseeCode: String?
    var siren: String?
    var department: String?
    var population: Int?
    var insideUrbanAgglomeration: Bool?
    var website: String?
    var contacts: [ContactPerson]?

    /// The applicant, or every reason it is not one.
    /// Up to ten million inhabitants (France's most populous intercommunalité has about seven).
    static let populationBounds = 0...10_000_000

    func validated(id: ApplicantID = ApplicantID()) -> Result<Applicant, ValidationFailure> {
        var errors: [FieldError] = []
        let name = (self.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors.append(FieldError(field: "name", message: "Le nom de la collectivité est obligatoire.")) }

        let kind = self.kind.flatMap(ApplicantKind.init(rawValue:))
        if kind == nil {
            let allowed = ApplicantKind.allCases.map(\.rawValue).joined(separator: ", ")
            errors.append(FieldError(field: "kind", message: "Le type de collectivité est obligatoire (valeurs possibles : \(allowed))."))
        }
        var insee: InseeCode?
        var siren: SirenNumber?
        if kind == .commune {
            insee = self.inseeCode.flatMap { InseeCode($0.trimmingCharacters(in: .whitespaces)) }
            if insee == nil {
                errors.append(FieldError(field: "inseeCode", message: "Une commune est identifiée par son code INSEE à cinq caractères (ex. 31555)."))
            }
        } else if kind != nil {
            siren = self.siren.flatMap { SirenNumber($0.replacingOccurrences(of: " ", with: "")) }
            if siren == nil {
                errors.append(FieldError(field: "siren", message: "Un groupement est identifié par son numéro SIREN (9 chiffres valides)."))
            }
        }
        let department = (self.department ?? insee?.department ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        if !Self.isDepartment(department) {
            errors.append(FieldError(field: "department", message: "Le département est obligatoire (ex. 09, 31, 2A, 971)."))
        } else if let insee, insee.department != department {
            errors.append(FieldError(field: "department", message: "Le département ne correspond pas au code INSEE \(insee)."))
        }
        if population == nil {
            errors.append(FieldError(field: "population", message: "La population est obligatoire."))
        } else if let population, let refusal = FieldError.enteredCount(population, in: Self.populationBounds, field: "population",
                                                                        label: "La population") {
            errors.append(refusal)
        }
        let website = self.website?.trimmingCharacters(in: .whitespaces)
        if let website, !website.isEmpty, !(website.hasPrefix("http://") || website.hasPrefix("https://")) {
            errors.append(FieldError(field: "website", message: "L'adresse du site doit commencer par http:// ou https://."))
        }
        let contacts = self.contacts ?? []
        for (index, contact) in contacts.enumerated() {
            if contact.name.trimmingCharacters(in: .whitespaces).isEmpty {
                errors.append(FieldError(field: "contacts.\(index).name", message: "Le nom du contact est obligatoire."))
            }
            if !EmailAddress.isPlausible(contact.email) {
                errors.append(FieldError(field: "contacts.\(index).email", message: "L'adresse électronique « \(contact.email) » est invalide."))
            }
        }
        guard errors.isEmpty, let kind, let population else { return .failure(ValidationFailure(errors: errors)) }
        return .success(Applicant(id: id, name: name, kind: kind, inseeCode: insee, siren: siren, department: department,
                                  population: population, insideUrbanAgglomeration: insideUrbanAgglomeration ?? false,
                                  website: (website?.isEmpty ?? true) ? nil : website, contacts: contacts))
    }

    static func isDepartment(_ value: String) -> Bool {
        value == "2A" || value == "2B" || ((2...3).contains(value.count) && value.allSatisfy(\.isNumber))
    }
}

