// swift-tools-version: 6.1
import PackageDescription

/// The five services of "Internet Public et Citoyen" and the shared modules they stand on.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let services = ["Applications", "Jury", "Training", "Resources", "Notifications"]

/// What a service needs beyond the platform's modules.
let serviceDependencies: [String: [Target.Dependency]] = [
    "Applications": [
        "Access",
        "PageKit",
        "StaffAccess",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "Configuration", package: "swift-configuration"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "MultipartKit", package: "multipart-kit"),
    ],
    "Notifications": [
        "PageKit",
        "StaffAccess",
        .product(name: "Metrics", package: "swift-metrics"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Configuration", package: "swift-configuration"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
    ],
    "Training": [
        "Access",
        "PageKit",
        "StaffAccess",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Configuration", package: "swift-configuration"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "NIOCore", package: "swift-nio"),
    ],
    "Resources": [
        "Access",
        "CNative",
        "PageKit",
        "StaffAccess",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Configuration", package: "swift-configuration"),
        .product(name: "Ink", package: "Ink"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
    ],
    "Jury": [
        "Access",
        "PageKit",
        "StaffAccess",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "Configuration", package: "swift-configuration"),
    ],
]

let package = Package(
    name: "internet-public-citoyen",
    platforms: [.macOS(.v15)],
    products: services.map { .executable(name: $0.lowercased(), targets: [$0]) }
        + [.executable(name: "ipc-bench", targets: ["Benchmarks"]), .executable(name: "ipc-demo", targets: ["DemoHistory"])],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
        // Tests only: a client generated from a service's OpenAPI document, as partners would.
        .package(url: "https://github.com/apple/swift-openapi-generator.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client.git", from: "1.5.0"),
    ],
    targets: [
        // MARK: Shared
        .target(
            name: "Model",
            path: "Shared/Model",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Events",
            dependencies: ["Model"],
            path: "Shared/Events",
            swiftSettings: swiftSettings
        ),
        // The one C module: librdkafka for the broker, libxml2's HTML parser for the website diagnostic.
        .systemLibrary(
            name: "CNative",
            path: "Shared/CNative",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["librdkafka-dev", "libxml2-dev"])]
        ),
        .target(
            name: "Kafka",
            dependencies: [
                "CNative",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Shared/Kafka",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Persistence",
            dependencies: [
                "Events",
                "Kafka",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Shared/Persistence",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ServiceKit",
            dependencies: [
                "Events",
                "Kafka",
                "Model",
                "Persistence",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Shared/ServiceKit",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Access",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Shared/Access",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PageKit",
            dependencies: [
                "ServiceKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            path: "Shared/PageKit",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StaffAccess",
            dependencies: [
                "Access",
                "Events",
                "Model",
                .product(name: "Crypto", package: "swift-crypto"),
                "CommandKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                "PageKit",
                "Persistence",
                "ServiceKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Shared/StaffAccess",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CommandKit",
            dependencies: [
                "Kafka",
                "Persistence",
                "ServiceKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Shared/CommandKit",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "Benchmarks",
            dependencies: [
                "Events",
                "Kafka",
                "Model",
                "Persistence",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Shared/Benchmarks",
            swiftSettings: swiftSettings
        ),

        .executableTarget(
            name: "DemoHistory",
            dependencies: [
                "CommandKit",
                "Events",
                "Model",
                "Persistence",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Shared/DemoHistory",
            swiftSettings: swiftSettings
        ),

        // MARK: Tests
        .testTarget(
            name: "ModelTests",
            dependencies: ["Model", .product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/ModelTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EventsTests",
            dependencies: ["Events", "Model"],
            path: "Tests/EventsTests",
            exclude: ["Golden"],  // read from the source tree, so a recorded change shows in git
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ServiceKitTests",
            dependencies: [
                "Kafka",
                "PageKit",
                "Persistence",
                "ServiceKit",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/ServiceKitTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ApplicationsTests",
            dependencies: ["Applications", "Model", "ServiceKit", .product(name: "Configuration", package: "swift-configuration")],
            path: "Tests/ApplicationsTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JuryTests",
            dependencies: ["Jury", "Model", "ServiceKit", .product(name: "Configuration", package: "swift-configuration")],
            path: "Tests/JuryTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TrainingTests",
            dependencies: ["Training", "Model"],
            path: "Tests/TrainingTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ResourcesTests",
            dependencies: ["Resources", "Model", "Events"],
            path: "Tests/ResourcesTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NotificationsTests",
            dependencies: [
                "Notifications",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            path: "Tests/NotificationsTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlatformTests",
            dependencies: ["Applications", "Jury", "Training", "Resources", "Notifications", "Events", "Kafka", "Persistence", "ServiceKit",
                           .product(name: "Logging", package: "swift-log"), .product(name: "PostgresNIO", package: "postgres-nio")],
            path: "Tests/PlatformTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "Access",
                "Applications",
                "Jury",
                "Notifications",
                "Resources",
                "Training",
                "Events",
                "Kafka",
                "Model",
                "Persistence",
                "ServiceKit",
                "StaffAccess",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
            ],
            path: "Tests/IntegrationTests",
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
    ] + services.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "CommandKit",
                "Events",
                "Model",
                "Persistence",
                "ServiceKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ] + serviceDependencies[name, default: []],
            path: "Services/\(name)",
            swiftSettings: swiftSettings
        )
    }
)
