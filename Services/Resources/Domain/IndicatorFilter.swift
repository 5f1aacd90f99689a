import Hummingbird
import Model
import ServiceKit

/// The year and the département the indicators are read for (`?annee=&departement=`), both optional.
struct IndicatorFilter: Sendable, Equatable {
    var year: Int?
    var department: String?

    init(year: Int? = nil, department: String? = nil) {
        self.year = year
        self.department = department
    }

    /// Reads the filter; an unknown département or a malformed year is refused in French.
    /// - Parameter emptyMeansAll: a page's form sends its empty choices, which filter nothing;
    ///   the API refuses an empty value.
    init(_ request: Request, emptyMeansAll: Bool) throws {
        let query = request.formQuery.filter { !emptyMeansAll || !$0.value.isEmpty }
        if let text = query["annee"] {
            guard text.count == 4, let year = Int(text), (2000...2100).contains(year) else {
                throw Problem.invalid([FieldError(field: "annee", message: "L'année doit s'écrire sur quatre chiffres, entre 2000 et 2100.")])
            }
            self.year = year
        }
        if let code = query["departement"] {
            guard Department.name(of: code) != nil else {
                throw Problem.invalid([FieldError(field: "departement", message: "Ce département n'est pas un département de Midi-Pyrénées.")])
            }
            department = code
        }
    }

    /// The filter as a query string (empty when it filters nothing).
    var queryString: String {
        [year.map { "annee=\($0)" }, department.map { "departement=\($0)" }].compactMap { $0 }.joined(separator: "&")
    }

    /// In French, for titles: "en 2007, Ariège".
    var frenchDescription: String {
        let parts = [year.map { "en \($0)" }, department.flatMap(Department.name(of:))].compactMap { $0 }
        return parts.isEmpty ? "tout le programme" : parts.joined(separator: ", ")
    }
}
