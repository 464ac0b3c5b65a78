import CopydeskCore

/// The content-warning analysis for callers outside the rules (the linter attaches it to each file's result).
public enum ContentWarnings {
    /// The family's id, the prefix of its rules' ids.
    public static let familyID = "content_warning"

    /// Categories, passages, the suggested warning and the state of any existing one, computed once per document.
    public static func report(_ context: RuleContext) -> ContentWarningReport {
        CWAnalysis.shared(context).report
    }
}
