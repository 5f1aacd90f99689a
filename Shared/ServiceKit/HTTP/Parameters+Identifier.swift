import Foundation
import Hummingbird
import Model

extension Parameters {
    /// A typed id from the path; an id that is not a UUID names nothing: 404.
    public func identifier<Entity>(_ name: String, as _: Identifier<Entity>.Type) throws -> Identifier<Entity> {
        Identifier<Entity>(try uuid(name))
    }

    /// A plain UUID from the path (e.g. an attachment's); anything else names nothing: 404.
    public func uuid(_ name: String) throws -> UUID {
        guard let text = self.get(name), let id = UUID(uuidString: text) else {
            throw Problem.notFound("« \(self.get(name) ?? "") » n'est pas un identifiant valide.")
        }
        return id
    }
}
