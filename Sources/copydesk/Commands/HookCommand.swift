import ArgumentParser
import CopydeskEngine
import CopydeskGit
import Foundation

extension HookInstaller.Hook: ExpressibleByArgument {}

struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook", abstract: "Install or remove the git hook that blocks articles that are not ready.",
        discussion: "The hook checks only staged articles. 'git commit --no-verify' skips it.",
        subcommands: [HookInstallCommand.self, HookUninstallCommand.self])
}

struct HookInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Write the hook at $(git rev-parse --git-path hooks)/NAME (core.hooksPath is honoured).",
        discussion: "An existing hook is kept and run first (chained). With --no-chain the command refuses unless --force, which moves the old hook aside.")

    @Option(help: "Which hook: pre-commit or pre-push.")
    var hook: HookInstaller.Hook = .preCommit

    @Flag(name: .customLong("no-chain"), help: "Do not run an existing hook first.")
    var noChain = false

    @Flag(help: "Replace an existing hook (it is kept as NAME.copydesk-backup).")
    var force = false

    func run() throws {
        do {
            let repository = try GitRepository.discover(from: processWorkingDirectory)
            let installer = HookInstaller(repository: repository)
            switch try installer.install(hook, executable: HookInstaller.currentExecutable(), chain: !noChain, force: force) {
            case .installed(let path): writeOut("installed \(path)\n")
            case .updated(let path): writeOut("updated \(path)\n")
            case .chained(let path, let original): writeOut("installed \(path); the existing hook runs first (kept as \(original))\n")
            case .replaced(let path, let backup): writeOut("installed \(path); the old hook was moved to \(backup)\n")
            }
        } catch {
            printError("copydesk hook install: \(error)")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
    }
}

struct HookUninstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "uninstall", abstract: "Remove Copydesk's hook and restore the one that was there before.")

    @Option(help: "Which hook: pre-commit or pre-push.")
    var hook: HookInstaller.Hook = .preCommit

    func run() throws {
        do {
            let repository = try GitRepository.discover(from: processWorkingDirectory)
            switch try HookInstaller(repository: repository).uninstall(hook) {
            case .removed(let path): writeOut("removed \(path)\n")
            case .restored(let path): writeOut("restored the earlier hook at \(path)\n")
            case .notInstalled(let path): writeOut("no Copydesk hook at \(path)\n")
            }
        } catch {
            printError("copydesk hook uninstall: \(error)")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
    }
}
