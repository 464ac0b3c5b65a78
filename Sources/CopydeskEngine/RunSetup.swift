import CopydeskCore
import Foundation

/// What every checking command starts from (`lint`, `report`, `dict learn`): the configuration resolver, the
/// configuration of the working folder, and from them the articles to check, the publish policy and the runner.
struct RunSetup {
    let resolver: ConfigurationResolver
    /// The working folder's configuration: its extensions and excludes pick the files, its fail level the policy.
    let base: Configuration
    let workingDirectory: String

    /// Fails with the configuration file's error (path and line) when it cannot be read.
    static func resolve(configPath: String?, workingDirectory: String) -> Result<RunSetup, ConfigError> {
        let resolver = ConfigurationResolver(explicitPath: configPath)
        return resolver.configuration(forDirectory: workingDirectory)
            .map { RunSetup(resolver: resolver, base: $0, workingDirectory: workingDirectory) }
    }

    func collect(_ paths: [String], excludes: [String], shard: Shard? = nil) -> (items: [InputItem], skipped: SkippedFiles) {
        var collector = FileCollector(extensions: base.extensions, excludes: base.exclude + excludes, shard: shard,
                                      workingDirectory: workingDirectory)
        collector.everyPlainTextFile = base.extensionsListed
        return collector.collectNotingSkips(paths)
    }

    func policy(failLevel: Severity?, strict: Bool) -> PublishPolicy {
        PublishPolicy(configuration: base, failLevel: failLevel, strict: strict)
    }

    func runner(_ options: LintOptions, stdin: [UInt8]? = nil) -> LintRunner {
        LintRunner(options: options, resolver: resolver, dataDirectory: DataDirectory.locate(), stdin: stdin,
                   workingDirectory: workingDirectory)
    }
}
