import ServiceKit

/// What staff look for in the delivery log: a dossier's reference or an address (or the
/// latest messages when neither is given).
enum DeliverySearch: Equatable, Sendable {
    case latest
    case reference(String)
    case address(String)

    /// One search box: an address contains `@`, anything else is a reference.
    init(query: String?) {
        let query = (query ?? "").trimmingCharacters(in: .whitespaces)
        if query.isEmpty {
            self = .latest
        } else if query.contains("@") {
            self = .address(query)
        } else {
            self = .reference(query.uppercased())
        }
    }

    /// The API's two parameters; both at once is refused.
    init(reference: String?, address: String?) throws(Problem) {
        let reference = reference?.trimmingCharacters(in: .whitespaces) ?? "", address = address?.trimmingCharacters(in: .whitespaces) ?? ""
        switch (reference.isEmpty, address.isEmpty) {
        case (true, true): self = .latest
        case (false, true): self = .reference(reference.uppercased())
        case (true, false) where address.contains("@"): self = .address(address)
        case (true, false):
            throw Problem.invalid([FieldError(field: "address", message: "L'adresse électronique doit contenir « @ ».")])
        case (false, false):
            throw Problem.invalid([FieldError(field: "reference", message: "Cherchez par référence ou par adresse, pas les deux à la fois.")])
        }
    }
}
