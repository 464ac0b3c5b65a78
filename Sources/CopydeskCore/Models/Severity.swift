/// How much a finding matters. Ordered: `suggestion < warning < error`.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case suggestion
    case warning
    case error

    private var rank: Int {
        switch self {
        case .suggestion: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
