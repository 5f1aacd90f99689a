/// Routes of `/api` and operations of the OpenAPI document that do not match: a service
/// with one does not start, so the document partners generate clients from is the API.
public struct OpenAPIMismatch: Error, CustomStringConvertible {
    public var undocumented: [RouteRecorder.Route]
    public var withoutRoute: [RouteRecorder.Route]

    public var description: String {
        var parts: [String] = []
        if !undocumented.isEmpty { parts.append("routes missing from the OpenAPI document: \(undocumented.map(\.description).joined(separator: ", "))") }
        if !withoutRoute.isEmpty { parts.append("documented operations without a route: \(withoutRoute.map(\.description).joined(separator: ", "))") }
        return parts.joined(separator: "; ")
    }

    /// Throws when a route of `/api` is not in `document`, or an operation of `/api` in it has no route.
    public static func check(_ routes: [RouteRecorder.Route], against document: OpenAPIDocument) throws {
        let api = Set(routes.filter { $0.path.hasPrefix("/api/") })
        let documented = Set(document.paths.filter { $0.key.hasPrefix("/api/") }.flatMap { path, operations in
            operations.keys.map { RouteRecorder.Route(method: $0, path: path) }
        })
        let mismatch = OpenAPIMismatch(undocumented: api.subtracting(documented).sorted { $0.description < $1.description },
                                       withoutRoute: documented.subtracting(api).sorted { $0.description < $1.description })
        if !mismatch.undocumented.isEmpty || !mismatch.withoutRoute.isEmpty { throw mismatch }
    }
}
