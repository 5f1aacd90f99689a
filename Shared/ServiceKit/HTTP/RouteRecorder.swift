import Hummingbird
import Synchronization

/// A router that remembers each route it is given before handing it to the real one, so that
/// the routes of `/api` can be checked against the OpenAPI document.
public final class RouteRecorder: RouterMethods {
    public typealias Context = PlatformRequestContext

    /// A method and a path template, as the document writes them (`get`, `/api/dossiers/{id}`).
    public struct Route: Hashable, Sendable, CustomStringConvertible {
        public var method: String
        public var path: String
        public var description: String { "\(method.uppercased()) \(path)" }
    }

    let router: Router<PlatformRequestContext>
    private let recorded = Mutex<[Route]>([])

    public init(_ router: Router<PlatformRequestContext>) {
        self.router = router
    }

    /// Every route given so far, in order.
    public var routes: [Route] { recorded.withLock { $0 } }

    @discardableResult public func on<Responder: HTTPResponder>(_ path: RouterPath, method: HTTPRequest.Method, responder: Responder)
        -> Self where Responder.Context == Context {
        recorded.withLock { $0.append(Route(method: method.rawValue.lowercased(), path: path.description)) }
        router.on(path, method: method, responder: responder)
        return self
    }

    @discardableResult public func add(middleware: any MiddlewareProtocol<Request, Response, Context>) -> Self {
        router.add(middleware: middleware)
        return self
    }
}
