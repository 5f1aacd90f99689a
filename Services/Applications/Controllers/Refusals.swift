import Foundation
import Hummingbird
import Model
import ServiceKit

/// Turns the domain's refusals into problem documents, so that no refusal becomes a 500.
func refusingAsProblems<Result>(_ body: () async throws -> Result) async throws -> Result {
    do {
        return try await body()
    } catch let error as WorkflowError {
        throw error.problem
    } catch let failure as ValidationFailure {
        throw Problem.invalid(failure.errors)
    }
}

extension Parameters {
    /// A typed id from the path; an id that is not a UUID names nothing: 404.
    func identifier<Entity>(_ name: String, as _: Identifier<Entity>.Type) throws -> Identifier<Entity> {
        guard let text = self.get(name), let id = Identifier<Entity>(uuidString: text) else {
            throw Problem.notFound("« \(self.get(name) ?? "") » n'est pas un identifiant valide.")
        }
        return id
    }

    /// A plain UUID from the path (e.g. an attachment's); anything else names nothing: 404.
    func uuid(_ name: String) throws -> UUID {
        guard let text = self.get(name), let id = UUID(uuidString: text) else {
            throw Problem.notFound("« \(self.get(name) ?? "") » n'est pas un identifiant valide.")
        }
        return id
    }
}
