// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Copydesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "copydesk", targets: ["copydesk"]),
        .library(name: "CopydeskEngine", targets: ["CopydeskEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // `copydesk serve`: the HTTP server, graceful start and stop, request logs.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Hummingbird's own NIO packages, named for one channel handler (HTTP/1.0 connections close after the answer).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.34.1"),
        // Tests only: generated-input properties (CopydeskPropertyTests).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // System libraries: a module map and a shim header each, nothing else.
        .systemLibrary(
            name: "CHunspell", pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]),
        .systemLibrary(
            name: "CCmark", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),

        // The only importer of CHunspell.
        .target(name: "Hunspell", dependencies: ["CHunspell"]),
        // Models, document, text, configuration: no C module.
        .target(name: "CopydeskCore", dependencies: ["Yams"]),
        // Markdown (cmark-gfm), HTML (libxml2) and text front ends.
        .target(name: "CopydeskFormats", dependencies: ["CopydeskCore", "CCmark", "CLibXML2", "Yams"]),
        .target(name: "CopydeskRules", dependencies: ["CopydeskCore"]),
        // hunspell behind `SpellChecking`: dictionary names, word lists, fast suggestions. Over Hunspell only.
        .target(name: "CopydeskSpelling", dependencies: ["CopydeskCore", "Hunspell"]),
        // git: repository discovery, the index, changed lines, hooks. Over Core only.
        .target(name: "CopydeskGit", dependencies: ["CopydeskCore"]),
        .target(name: "CopydeskReporters", dependencies: ["CopydeskCore"]),
        // The HTML report: pure functions from results and sources to pages, through Mustache templates.
        .target(
            name: "CopydeskHTMLReport",
            dependencies: ["CopydeskCore", .product(name: "Mustache", package: "swift-mustache")]),
        // Runs: requests, configuration discovery, file collection, workers, sessions for lint, report and learn.
        .target(
            name: "CopydeskEngine",
            dependencies: [
                "CopydeskCore", "CopydeskFormats", "CopydeskRules", "CopydeskSpelling", "CopydeskGit", "CopydeskReporters",
                "CopydeskHTMLReport",
            ]),
        // `copydesk audit`: streams JSON Lines results (gzip or plain) into CSV tables and one accessible page.
        // The only importer of CZlib.
        .target(name: "CopydeskAudit", dependencies: ["CopydeskCore", "CopydeskHTMLReport", "CZlib"]),
        // `copydesk serve`: routes, the LanguageTool mapping, errors and request logs over the engine.
        .target(
            name: "CopydeskServer",
            dependencies: [
                "CopydeskCore", "CopydeskEngine", "CopydeskReporters", "CopydeskHTMLReport", "CopydeskRules", "CopydeskSpelling",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
            ]),
        .executableTarget(
            name: "copydesk",
            dependencies: [
                "CopydeskCore", "CopydeskRules", "CopydeskReporters", "CopydeskHTMLReport", "CopydeskGit", "CopydeskEngine",
                "CopydeskAudit", "CopydeskServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "HunspellTests", dependencies: ["Hunspell"]),
        .testTarget(name: "CopydeskSpellingTests", dependencies: ["CopydeskCore", "CopydeskSpelling"]),
        .testTarget(name: "CopydeskCoreTests", dependencies: ["CopydeskCore"], exclude: ["Fixtures"]),
        .testTarget(name: "CopydeskFormatsTests", dependencies: ["CopydeskFormats"]),
        .testTarget(
            name: "CopydeskRulesTests", dependencies: ["CopydeskCore", "CopydeskFormats", "CopydeskRules", "CopydeskSpelling"],
            exclude: ["Fixtures"]),
        .testTarget(name: "CopydeskReportersTests", dependencies: ["CopydeskReporters"], exclude: ["__Snapshots__", "Schemas"]),
        .testTarget(name: "CopydeskAuditTests", dependencies: ["CopydeskAudit", "CopydeskCore"]),
        .testTarget(
            name: "CopydeskHTMLReportTests", dependencies: ["CopydeskHTMLReport", "CopydeskEngine", "CopydeskRules"],
            exclude: ["Snapshots", "Fixtures"]),
        .testTarget(
            name: "CopydeskCLITests",
            dependencies: [
                "CopydeskCore", "CopydeskFormats", "CopydeskRules", "CopydeskSpelling", "CopydeskGit", "CopydeskReporters",
                "CopydeskEngine",
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "CopydeskServerTests",
            dependencies: ["CopydeskServer", "CopydeskEngine", .product(name: "HummingbirdTesting", package: "hummingbird")]),
        .testTarget(
            name: "CopydeskPropertyTests",
            dependencies: [
                "CopydeskCore", "CopydeskFormats", "CopydeskRules", "CopydeskSpelling", "CopydeskEngine",
                .product(name: "PropertyBased", package: "swift-property-based")]),
    ]
)
