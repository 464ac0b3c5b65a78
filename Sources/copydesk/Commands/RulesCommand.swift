import ArgumentParser
import CopydeskCore
import CopydeskRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule: id, default severity, description.")

    func run() throws {
        let rules = RuleRegistry.all.map { $0.description }
        let width = rules.map(\.id.count).max() ?? 0
        for rule in rules {
            let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = rule.severity.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            writeOut("\(id)  \(severity)  \(rule.description)\n")
        }
        writeOut("\nReadability scores (copydesk explain ID): \(ReadabilityFormula.all.map(\.id).joined(separator: ", "))\n")
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Show a rule's description, rationale and examples.")

    @Argument(help: "A rule id or family, as listed by 'copydesk rules', or a readability score.")
    var rule: String

    func validate() throws {
        if RuleRegistry.rule(id: RuleRenames.current(rule)) == nil && Explanations.extra(rule) == nil {
            let known = RuleRegistry.ids + RuleRegistry.familyIDs + ReadabilityFormula.all.map(\.id)
            throw ValidationError("unknown rule '\(rule)'\(EditDistance.hint(rule, among: known)); run 'copydesk rules' to list them")
        }
    }

    func run() throws {
        if let text = Explanations.extra(rule) {
            writeOut(text)
            return
        }
        if let note = RuleRenames.note(for: rule) { printError("copydesk: \(note)") }
        let d = RuleRegistry.rule(id: RuleRenames.current(rule))!.description
        var out = "\(d.id): \(d.name)\n\(d.description)\n\nDefault severity: \(d.severity.rawValue)\n"
        if let reference = d.reference { out += "Reference: \(reference)\n" }
        if !d.options.isEmpty { out += RuleOption.explanation(d.options, rule: d.id) }
        switch d.fix {
        case .safe?: out += "Fix: safe, applied by 'copydesk lint --fix' (an insertion that cannot change what the article says)\n"
        case .optIn?: out += "Fix: changes wording, so applied only by 'copydesk lint --fix=\(d.id)', never inside quotes\n"
        case nil: break
        }
        out += "\n\(d.rationale)\n"
        out += "\nReported:\n" + d.triggeringExamples.map { "  " + $0.plainText.replacingOccurrences(of: "\n", with: "\n  ") }.joined(separator: "\n")
        out += "\nNot reported:\n" + d.nonTriggeringExamples.map { "  " + $0.text.replacingOccurrences(of: "\n", with: "\n  ") }.joined(separator: "\n")
        writeOut(out.trimmingCharacters(in: .whitespacesAndNewlines) + "\n")
    }
}

/// Explanations for things that are not rules: a family (`copydesk explain spelling`) and the readability
/// formulas (`copydesk explain smog`).
enum Explanations {
    static func extra(_ id: String) -> String? {
        guard RuleRegistry.rule(id: id) == nil else { return nil }
        if let family = RuleRegistry.family(id: id) { return explain(family) }
        guard let formula = ReadabilityFormula.formula(id: id) else { return nil }
        let text = formula.explanation
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// The family's rules, one line each, and how to switch it.
    static func explain(_ family: RuleFamily) -> String {
        let rules = family.rules.map { $0.description }
        let width = rules.map(\.id.count).max() ?? 0
        var out = "\(family.id): a family of \(rules.count) rules (copydesk explain RULE for one)\n\n"
        for rule in rules {
            out += "  \(rule.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(rule.severity.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))  \(rule.description)\n"
        }
        out += "\nSwitch the whole family off with 'rules: {\(family.id): false}' in .copydesk.yml, or in an article with "
            + "<!-- copydesk-disable \(family.id) -->.\n"
        if let settings = family.settings { out += "\n" + settings.explanation }
        for rule in rules where !rule.options.isEmpty { out += "\n" + RuleOption.explanation(rule.options, rule: rule.id) }
        return out
    }
}
