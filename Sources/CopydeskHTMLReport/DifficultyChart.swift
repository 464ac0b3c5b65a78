import CopydeskCore

/// The per-paragraph difficulty chart: one row per paragraph with its label and grade as page text (so it stays
/// readable at any width) and a bar drawn in percentages of the row, the target as a dashed line.
struct DifficultyChart {
    struct Bar {
        var label: String
        var anchor: String
        var place: String
        var value: String
        var words: Int
        var over: Bool
        /// `3.5 grades over target`, `within target`.
        var verdict: String
        /// Bar width in percent of the track.
        var width: String
    }

    var target: String
    /// The target line's position in percent of the track.
    var targetAt: String
    var top: String
    var bars: [Bar]
    var overCount: Int

    /// Nil when no paragraph was scored.
    static func make(_ paragraphs: [ReadabilityPart], target: Double, place: (Int) -> Place = Place.line) -> DifficultyChart? {
        guard !paragraphs.isEmpty else { return nil }
        let top = max(20, (paragraphs.map(\.scores.consensusGrade).max() ?? 0).rounded(.up), target)
        let bars = paragraphs.enumerated().map { i, part in
            let grade = max(0, part.scores.consensusGrade)
            let over = grade - target >= 0.05
            let at = place(part.line)
            return Bar(label: "¶ \(i + 1)", anchor: at.anchor, place: at.label, value: Format.one(grade), words: part.counts.words,
                       over: over, verdict: over ? "\(Format.grades(grade - target)) over target" : "within target",
                       width: Format.one(grade / top * 100))
        }
        return DifficultyChart(target: Format.one(target), targetAt: Format.one(target / top * 100), top: Format.one(top),
                               bars: bars, overCount: bars.filter(\.over).count)
    }
}
