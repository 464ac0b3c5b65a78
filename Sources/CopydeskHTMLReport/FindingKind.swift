import CopydeskCore

/// A kind of mark in the article: a rule's `ReportGroup`, from its description (passed in as
/// `HTMLReportOptions.groups`). Each has a name, a short text label (so colour is never the only cue) and a CSS
/// class; the reader can show or hide each kind. The report names no rule.
typealias FindingKind = ReportGroup
