import Hummingbird
import Mustache
import ServiceKit

/// A service's compiled Mustache templates, rendered inside its layout with the error
/// summary every form page shows.
public struct PageLibrary: Sendable {
    private let library: MustacheLibrary

    /// - Parameter templates: names and texts; one of them is the layout the others extend.
    public init(templates: [(String, String)]) throws {
        var library = MustacheLibrary()
        for (name, text) in templates { try library.register(text, named: name) }
        self.library = library
    }

    /// Renders `name`; `errors` fill the summary at the top (`errors`, `errorTitle`) and each
    /// field's own message (`errors_<field>`).
    public func page(_ name: String, _ values: [String: Any], errors: [FieldError] = [], notice: String? = nil,
                     status: HTTPResponse.Status = .ok) -> Response {
        PageResponses.html(html(name, values, errors: errors, notice: notice), status: status)
    }

    /// The page's HTML, as `page` sends it.
    public func html(_ name: String, _ values: [String: Any], errors: [FieldError] = [], notice: String? = nil) -> String {
        var values = values
        values["notice"] = notice
        if !errors.isEmpty {
            values["hasErrors"] = true
            values["errorTitle"] = errors.count == 1 ? "Une erreur empêche d'enregistrer :" : "\(errors.count) erreurs empêchent d'enregistrer :"
            values["errors"] = errors.map { error -> [String: Any] in
                let anchor = error.field.contains(".") || error.field.contains("[") ? "" : error.field
                return ["message": error.message, "anchor": anchor]
            }
            for error in errors where values["errors_\(error.field)"] == nil {
                values["errors_\(error.field)"] = error.message
            }
        }
        return library.render(values, withTemplate: name) ?? "<!DOCTYPE html><html lang=\"fr\"><title>Erreur</title><p>Page introuvable.</p></html>"
    }
}
