import CopydeskCore
import CopydeskFormats
import Foundation
@testable import CopydeskRules

/// Scores the detector against the hand-labelled articles in `Fixtures/content-warnings/`.
/// Labels live in `labels.json`, which only this evaluator reads.
struct ContentWarningEvaluation {
    struct Label: Decodable {
        var categories: [String]
        /// "top", "before:<first words of the paragraph the note goes before>", or null for no warning.
        var placement: String?
        /// Graphic categories (a list), or whether the file is graphic (a bool).
        var graphic: [String]?
        var existing_problems: [String]?
        /// The development set's verdict on an existing note: correct, incomplete, vague or late.
        var existing: String?
        /// "holdout" for articles written after the lexicons were tuned on the rest.
        var set: String?

        enum CodingKeys: String, CodingKey { case categories, placement, graphic, existing_problems, existing, set }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            categories = try c.decode([String].self, forKey: .categories)
            placement = try c.decodeIfPresent(String.self, forKey: .placement)
            if let list = try? c.decodeIfPresent([String].self, forKey: .graphic) { graphic = list }
            else if let flag = try? c.decodeIfPresent(Bool.self, forKey: .graphic) { graphic = flag ? ["*"] : [] }
            existing_problems = try c.decodeIfPresent([String].self, forKey: .existing_problems)
            existing = try c.decodeIfPresent(String.self, forKey: .existing)
            set = try c.decodeIfPresent(String.self, forKey: .set)
        }
    }

    struct Counts {
        var tp = 0, fp = 0, fn = 0
        var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    var perCategory: [String: Counts] = [:]
    var micro = Counts()
    var articles = 0
    var negatives = 0
    var negativesWithCategory: [String] = []
    var placementTotal = 0
    var placementRight = 0
    var graphicTotal = 0
    var graphicRight = 0
    var existingTotal = 0
    var existingRight = 0
    /// Files with a graphic passage: found and labelled, found only, labelled only.
    var graphicFiles = Counts()
    var misses: [String] = []

    /// - Parameter only: score only the articles of this `set` (nil: all of them).
    static func run(only: String? = nil, folder: URL = CWTestSupport.fixtures) throws -> ContentWarningEvaluation {
        let data = try Data(contentsOf: folder.appendingPathComponent("labels.json"))
        let labels = try JSONDecoder().decode([String: Label].self, from: data)
        var evaluation = ContentWarningEvaluation()
        for (name, label) in labels.sorted(by: { $0.key < $1.key }) where only == nil || label.set == only {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
            let source = SourceText(utf8: Array(bytes))
            let document = try DocumentReader.parse(source, path: name, syntax: name.hasSuffix(".txt") ? .text : .markdown)
            let report = ContentWarnings.report(CWTestSupport.context(document))
            evaluation.add(name, label, report, source)
        }
        return evaluation
    }

    mutating func add(_ name: String, _ label: Label, _ report: ContentWarningReport, _ source: SourceText) {
        articles += 1
        let found = Set(report.categories.map(\.id))
        let expected = Set(label.categories)
        for id in found.union(expected) {
            var counts = perCategory[id] ?? Counts()
            if found.contains(id) && expected.contains(id) { counts.tp += 1; micro.tp += 1 }
            else if found.contains(id) { counts.fp += 1; micro.fp += 1; misses.append("\(name): extra \(id)") }
            else { counts.fn += 1; micro.fn += 1; misses.append("\(name): missed \(id)") }
            perCategory[id] = counts
        }
        if expected.isEmpty {
            negatives += 1
            if !found.isEmpty { negativesWithCategory.append(name) }
        }
        if let placement = label.placement, !expected.isEmpty {
            placementTotal += 1
            if placementMatches(placement, report, source) { placementRight += 1 }
            else { misses.append("\(name): placement \(report.suggestion.position?.rawValue ?? "none") line \(report.suggestion.insertBeforeLine ?? 0), expected \(placement)") }
        }
        let foundGraphic = report.categories.contains { $0.level == .graphic }
        let labelledGraphic = !(label.graphic ?? []).isEmpty
        if foundGraphic && labelledGraphic { graphicFiles.tp += 1 }
        else if foundGraphic { graphicFiles.fp += 1; misses.append("\(name): graphic extra") }
        else if labelledGraphic { graphicFiles.fn += 1; misses.append("\(name): graphic missed") }
        for id in label.graphic ?? [] where id != "*" {
            graphicTotal += 1
            if report.categories.first(where: { $0.id == id })?.level == .graphic { graphicRight += 1 }
            else { misses.append("\(name): \(id) not graphic") }
        }
        if let verdict = label.existing {
            existingTotal += 1
            let problems = Set(report.existing.problems)
            let right: Bool
            switch verdict {
            case "correct": right = report.existing.present && problems.isEmpty
            case "vague": right = problems.contains(.vague)
            case "late": right = problems.contains(.afterSensitivePassage)
            default: right = problems.contains(.missingCategories)
            }
            if right { existingRight += 1 } else { misses.append("\(name): existing \(problems.map(\.rawValue).sorted()), expected \(verdict)") }
        }
        if let problems = label.existing_problems {
            existingTotal += 1
            let got = Set(report.existing.problems.map(\.rawValue))
            if report.existing.present && got == Set(problems) { existingRight += 1 }
            else { misses.append("\(name): existing problems \(got.sorted()), expected \(problems.sorted())") }
        }
    }

    private func placementMatches(_ placement: String, _ report: ContentWarningReport, _ source: SourceText) -> Bool {
        if placement == "top" { return report.suggestion.position == .top }
        guard placement.hasPrefix("before:"), report.suggestion.position == .beforePassage else { return false }
        let opening = Self.plain(String(placement.dropFirst("before:".count)))
        let line = (1...source.lineCount).first { Self.plain(source.text(source.range(ofLine: $0))).hasPrefix(opening) }
        return line != nil && line == report.suggestion.insertBeforeLine
    }

    /// A line without its Markdown openers (`#`, `>`, `*`) and with straight apostrophes, as the labels quote it.
    static func plain(_ text: String) -> String {
        String(text.drop { "#>*_- \t".contains($0) }).replacingOccurrences(of: "\u{2019}", with: "'")
            .trimmingCharacters(in: .whitespaces)
    }

    /// The Markdown table for `docs/content-warnings.md`.
    var table: String {
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        var out = "| Category | TP | FP | FN | Precision | Recall | F1 |\n|---|---|---|---|---|---|---|\n"
        for (id, c) in perCategory.sorted(by: { $0.key < $1.key }) {
            out += "| `\(id)` | \(c.tp) | \(c.fp) | \(c.fn) | \(f(c.precision)) | \(f(c.recall)) | \(f(c.f1)) |\n"
        }
        out += "| **micro** | \(micro.tp) | \(micro.fp) | \(micro.fn) | \(f(micro.precision)) | \(f(micro.recall)) | \(f(micro.f1)) |\n\n"
        out += "- Articles: \(articles) (\(negatives) figurative or idiomatic negatives)\n"
        out += "- Negatives with any category: \(negativesWithCategory.count) of \(negatives)\(negativesWithCategory.isEmpty ? "" : " (\(negativesWithCategory.joined(separator: ", ")))")\n"
        out += "- Placement right: \(placementRight) of \(placementTotal)\n"
        out += "- Graphic passages recognised: \(graphicRight) of \(graphicTotal); graphic-file F1 \(f(graphicFiles.f1))\n"
        out += "- Existing warnings judged right (present, same problems): \(existingRight) of \(existingTotal)\n"
        return out
    }
}
