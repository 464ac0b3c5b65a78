import Foundation

/// Installs and removes Copydesk's git hook in `$(git rev-parse --git-path hooks)`, so `core.hooksPath`
/// and linked work trees are honoured (Copydesk never sets `core.hooksPath` itself).
///
/// With a hook already in place that is not Copydesk's:
/// - by default it is chained: moved to `NAME.copydesk-chained` and run first by Copydesk's hook; if it
///   fails, the commit or push is blocked before Copydesk runs;
/// - with chaining off it is refused, unless `force`, which moves it to `NAME.copydesk-backup` instead;
/// - a `NAME.copydesk-chained` left over from an earlier install is never overwritten without `force`.
/// `uninstall` puts back whatever was moved aside, byte for byte, and removes only Copydesk's own hook.
/// Files are written atomically (temporary file + rename) with mode 0755.
public struct HookInstaller: Sendable {
    /// The hooks Copydesk can install.
    public enum Hook: String, CaseIterable, Sendable {
        case preCommit = "pre-commit"
        case prePush = "pre-push"
    }

    /// What `install` did.
    public enum Installation: Equatable, Sendable {
        /// There was no hook.
        case installed(path: String)
        /// Copydesk's hook was there and was rewritten (a chained hook stays chained).
        case updated(path: String)
        /// The existing hook was moved to `original` and runs before Copydesk.
        case chained(path: String, original: String)
        /// `force` without chaining: the existing hook was moved to `backup` and no longer runs.
        case replaced(path: String, backup: String)
    }

    /// What `uninstall` did.
    public enum Removal: Equatable, Sendable {
        case removed(path: String)
        /// The hook that was there before Copydesk's is back in place.
        case restored(path: String)
        case notInstalled(path: String)
    }

    public static let chainedSuffix = ".copydesk-chained"
    public static let backupSuffix = ".copydesk-backup"

    public let repository: GitRepository

    public init(repository: GitRepository) {
        self.repository = repository
    }

    /// Where the hook lives.
    public func hookPath(_ hook: Hook) throws -> String {
        try repository.hooksDirectory() + "/" + hook.rawValue
    }

    /// Whether the hook in place is Copydesk's.
    public func isInstalled(_ hook: Hook) throws -> Bool {
        HookFiles.isCopydeskHook(try hookPath(hook))
    }

    /// Installs the hook. `executable` is the absolute path of the `copydesk` binary to run (the hook falls
    /// back to `copydesk` on PATH when it is nil or gone).
    public func install(_ hook: Hook, executable: String?, chain: Bool = true, force: Bool = false) throws -> Installation {
        let directory = try repository.hooksDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + hook.rawValue
        let script = HookScript.text(for: hook, executable: executable)
        guard HookFiles.exists(path) else {
            try HookFiles.writeAtomically(script, to: path)
            return .installed(path: path)
        }
        if HookFiles.isCopydeskHook(path) {
            try HookFiles.writeAtomically(script, to: path)
            return .updated(path: path)
        }
        if chain {
            let original = path + Self.chainedSuffix
            if HookFiles.exists(original) {
                guard force else { throw HookError.leftoverChainedHook(path: original) }
                try FileManager.default.removeItem(atPath: original)
            }
            try HookFiles.move(path, to: original)
            try HookFiles.writeAtomically(script, to: path)
            return .chained(path: path, original: original)
        }
        guard force else { throw HookError.foreignHook(path: path) }
        let backup = path + Self.backupSuffix
        try HookFiles.move(path, to: backup)
        try HookFiles.writeAtomically(script, to: path)
        return .replaced(path: path, backup: backup)
    }

    /// Removes Copydesk's hook and restores the one it chained or replaced. Refuses to touch a hook that
    /// is not Copydesk's.
    public func uninstall(_ hook: Hook) throws -> Removal {
        let path = try hookPath(hook)
        guard HookFiles.exists(path) else { return .notInstalled(path: path) }
        guard HookFiles.isCopydeskHook(path) else { throw HookError.notCopydeskHook(path: path) }
        for suffix in [Self.chainedSuffix, Self.backupSuffix] where HookFiles.exists(path + suffix) {
            try HookFiles.move(path + suffix, to: path)
            return .restored(path: path)
        }
        try FileManager.default.removeItem(atPath: path)
        return .removed(path: path)
    }

    /// The running binary's absolute path, symbolic links resolved: what `install` should record.
    public static func currentExecutable() -> String? {
        guard let url = Bundle.main.executableURL else { return nil }
        return url.resolvingSymlinksInPath().path
    }
}

/// Why a hook was not installed or removed.
public enum HookError: Error, Equatable, CustomStringConvertible {
    case foreignHook(path: String)
    case leftoverChainedHook(path: String)
    case notCopydeskHook(path: String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .foreignHook(let path):
            return "\(path) already exists and is not Copydesk's. Install without --no-chain to run it before "
                + "Copydesk, or add --force to set it aside as \(path)\(HookInstaller.backupSuffix) "
                + "(`copydesk hook uninstall` puts it back)"
        case .leftoverChainedHook(let path):
            return "\(path) is left over from an earlier install; move it away, or add --force to overwrite it"
        case .notCopydeskHook(let path):
            return "\(path) was not installed by Copydesk; leaving it alone"
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
