import Logging
import PostgresNIO

/// How a service reaches its database, with the role that owns its schema.
public struct PostgresConfiguration: Sendable, Equatable {
    public enum TLSMode: String, Sendable {
        case disable
        case prefer
        case require
    }

    public var host: String
    public var port: Int
    public var username: String
    public var password: String
    public var database: String
    /// The schema to work in; `nil` keeps the role's own `search_path`.
    public var schema: String?
    public var tls: TLSMode
    public var maximumConnections: Int
    public var connectTimeout: Duration

    public init(host: String = "127.0.0.1", port: Int = 5432, username: String, password: String, database: String = "ipc",
                schema: String? = nil, tls: TLSMode = .disable, maximumConnections: Int = 20, connectTimeout: Duration = .seconds(3)) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.schema = schema
        self.tls = tls
        self.maximumConnections = maximumConnections
        self.connectTimeout = connectTimeout
    }

    /// `host:port`, to say which database is unreachable without printing credentials.
    public var address: String { "\(host):\(port)" }

    /// A connection pool; run it (`client.run()`) in the service group.
    public func makeClient() -> PostgresClient {
        let tlsSetting: PostgresClient.Configuration.TLS = switch tls {
        case .disable: .disable
        case .prefer: .prefer(.clientDefault)
        case .require: .require(.clientDefault)
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tlsSetting)
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = connectTimeout
        if let schema {
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        return PostgresClient(configuration: configuration)
    }
}
