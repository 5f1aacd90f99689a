import ServiceKit

/// What staff look for in the delivery log: a dossier's reference or an address (or the
/// latest messages when neither is given).
enum DeliverySearch: Equatable, Sendable {
    case latest
    case reference(String)
    case address(String)
    /// The messages given up (a 5xx, or `MAIL_MAX_ATTEMPTS` temporary failures): the mail's
    /// dead letters, which nothing sends again unless staff resend them.
    case failed

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

    /// The API's three parameters; one at a time.
    init(reference: String?, address: String?, status: String? = nil) throws(Problem) {
        let reference = reference?.trimmingCharacters(in: .whitespaces) ?? "", address = address?.trimmingCharacters(in: .whitespaces) ?? ""
        let status = status?.trimmingCharacters(in: .whitespaces) ?? ""
        if !status.isEmpty {
            guard status == DeliveryStatus.failed.rawValue else {
                throw Problem.invalid([FieldError(field: "status", message: "Seul l'état « failed » (messages en échec) se cherche.")])
            }
            guard reference.isEmpty, address.isEmpty else {
                throw Problem.invalid([FieldError(field: "status", message: "Cherchez par référence, par adresse ou par état, un seul à la fois.")])
            }
            self = .failed
            return
        }
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
