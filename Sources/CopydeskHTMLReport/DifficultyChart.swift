import CopydeskCore

/// The per-paragraph difficulty chart: horizontal bars, one per paragraph, with the target as a dashed line.
/// Geometry is computed here; the template only places it.
struct DifficultyChart {
    struct Bar {
        var label: String
        var line: Int
        var value: String
        var words: Int
        var over: Bool
        var x: String
        var y: String
        var w: String
        var h: String
        var textY: String
        var valueX: String
    }

    var width: Int
    var height: Int
    var target: String
    var x0: Int
    var targetX: String
    var axisY: Int
    var labelX: String
    var bars: [Bar]

    static let labelWidth = 60
    static let barSpace = 460
    static let row = 26
    /// Room above the bars for the target's label.
    static let top0 = 20

    /// Nil when no paragraph was scored.
    static func make(_ paragraphs: [ReadabilityPart], target: Double) -> DifficultyChart? {
        guard !paragraphs.isEmpty else { return nil }
        let top = max(20, (paragraphs.map(\.scores.consensusGrade).max() ?? 0).rounded(.up), target)
        let scale = Double(barSpace) / top
        let bars = paragraphs.enumerated().map { i, part in
            let grade = max(0, part.scores.consensusGrade)
            let y = i * row + top0 + 4
            let w = grade * scale
            return Bar(label: "¶ \(i + 1)", line: part.line, value: Format.one(grade), words: part.counts.words,
                       over: grade > target, x: "\(labelWidth)", y: "\(y)", w: Format.one(w), h: "\(row - 8)",
                       textY: "\(y + row / 2 + 2)", valueX: Format.one(Double(labelWidth) + w + 6))
        }
        let height = paragraphs.count * row + top0 + 8
        return DifficultyChart(width: labelWidth + barSpace + 140, height: height, target: Format.one(target),
                               x0: labelWidth, targetX: Format.one(Double(labelWidth) + target * scale),
                               axisY: height, labelX: Format.one(Double(labelWidth) + target * scale + 4), bars: bars)
    }
}
