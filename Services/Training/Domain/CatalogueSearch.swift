import Foundation
import Hummingbird
import Model
import ServiceKit

/// The catalogue's search, from a query string: département, theme, kind and first day.
struct CatalogueSearch: Sendable {
    var department: String?
    var theme: String?
    var kind: TrainingFormat?
    var from: LocalDate?
    let now: Date

    /// - Parameters:
    ///   - parameter: the query's value for a name.
    ///   - emptyMeansAll: a field left empty does not filter (the front's search form sends them
    ///     all); the API refuses an empty value like any other it does not know.
    init(_ parameter: (String) -> String?, now: Date, emptyMeansAll: Bool) throws {
        self.now = now
        func value(_ name: String) -> String? { parameter(name).flatMap { $0.isEmpty && emptyMeansAll ? nil : $0 } }
        department = value("departement")
        if let department, Department.name(of: department) == nil {
            throw Problem.invalid([FieldError(field: "departement", message: "Ce département n'est pas en Midi-Pyrénées.")])
        }
        theme = value("theme")
        if let kind = value("type") {
            guard let known = TrainingFormat(rawValue: kind) else {
                throw Problem.invalid([FieldError(field: "type", message: "Ce type de session n'existe pas.")])
            }
            self.kind = known
        }
        if let day = value("du") {
            guard let date = LocalDate(iso8601: day) else {
                throw Problem.invalid([FieldError(field: "du", message: "La date doit s'écrire AAAA-MM-JJ.")])
            }
            from = date
        }
    }

    /// The search of a request's query string.
    init(_ request: Request, now: Date, emptyMeansAll: Bool) throws {
        try self.init({ request.uri.queryParameters[Substring($0)].map(String.init) }, now: now, emptyMeansAll: emptyMeansAll)
    }

    /// What identifies the search's page in the catalogue's cache.
    var key: String {
        [department ?? "", theme ?? "", kind?.rawValue ?? "", from?.description ?? ""].joined(separator: "|")
    }

    /// Open sessions from the day asked (today at the earliest) on.
    var filter: SessionRepository.Filter {
        let today = ParisTime.startOfDay(ParisTime.localDate(of: now))
        let start = from.map { max(ParisTime.startOfDay($0), today) } ?? today
        return SessionRepository.Filter(department: department, theme: theme, kind: kind, from: start, statuses: [.open])
    }
}

