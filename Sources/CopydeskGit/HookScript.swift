/// The bash script Copydesk installs as a git hook. It runs a chained original hook first (failure blocks),
/// then `copydesk`: the binary recorded at install time, else the one on PATH.
enum HookScript {
    /// Marks a hook as Copydesk's, so reinstalling updates it and uninstalling knows it may remove it.
    static let marker = "# copydesk-hook v1"

    static func text(for hook: HookInstaller.Hook, executable: String?) -> String {
        var lines = [
            "#!/usr/bin/env bash",
            "\(marker) (\(hook.rawValue)): installed by `copydesk hook install`; remove with `copydesk hook uninstall`.",
            "# Skip it once with `git \(hook == .preCommit ? "commit" : "push") --no-verify`.",
            "set -u",
            "",
        ]
        lines += hook == .preCommit ? preCommitBody : prePushBody
        lines += [
            "",
            "copydesk=\(quoted(executable ?? ""))",
            "if [ -z \"$copydesk\" ] || [ ! -x \"$copydesk\" ]; then",
            "    copydesk=$(command -v copydesk) || {",
            "        echo \"copydesk: the copydesk binary was not found; \\`git \(hook == .preCommit ? "commit" : "push") --no-verify\\` skips this check\" >&2",
            "        exit 1",
            "    }",
            "fi",
        ]
        lines += hook == .preCommit ? preCommitRun : prePushRun
        return lines.joined(separator: "\n") + "\n"
    }

    private static let preCommitBody = [
        "chained=\"${BASH_SOURCE[0]}\(HookInstaller.chainedSuffix)\"",
        "if [ -x \"$chained\" ]; then",
        "    \"$chained\" \"$@\" || exit $?",
        "fi",
    ]

    private static let preCommitRun = [
        "exec \"$copydesk\" lint --staged",
    ]

    /// git feeds pre-push the refs on standard input; keep them for the chained hook and for us.
    private static let prePushBody = [
        "refs=$(cat)",
        "chained=\"${BASH_SOURCE[0]}\(HookInstaller.chainedSuffix)\"",
        "if [ -x \"$chained\" ]; then",
        "    printf '%s\\n' \"$refs\" | \"$chained\" \"$@\" || exit $?",
        "fi",
    ]

    /// For each pushed ref, check the articles the pushed commits changed, as committed, on the lines changed since
    /// what the remote has; a new branch is compared with the remote's default branch when known, else skipped.
    private static let prePushRun = [
        "status=0",
        "while read -r local_ref local_sha remote_ref remote_sha; do",
        "    [ -z \"${local_sha:-}\" ] && continue",
        "    [ \"${local_sha//0/}\" = \"\" ] && continue",
        "    base=$remote_sha",
        "    if [ \"${remote_sha//0/}\" = \"\" ]; then",
        "        base=$(git rev-parse --verify --quiet \"refs/remotes/$1/HEAD\") || continue",
        "    fi",
        "    git cat-file -e \"$base^{commit}\" 2>/dev/null || continue",
        "    \"$copydesk\" lint --commits \"$base..$local_sha\" || status=$?",
        "done <<< \"$refs\"",
        "exit $status",
    ]

    /// A bash single-quoted word.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
