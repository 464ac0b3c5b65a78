import Foundation
import CopydeskCore
import CopydeskRules

/// LanguageTool's `/v2/check` answer, built from a Copydesk result: every finding is a match, spelling under
/// LanguageTool's own `TYPOS` category (clients treat it as spelling), the other families under categories named
/// `COPYDESK_READABILITY`, `COPYDESK_CONTENT_WARNING` and `COPYDESK_ACCESSIBILITY`, so a client can show or hide each.
struct LanguageToolResponse: Encodable {
    struct Software: Encodable {
        var name = "Copydesk"
        var version: String
        var buildDate = ""
        var apiVersion = 1
        var premium = false
        var status = ""
    }

    struct DetectedLanguage: Encodable {
        var name: String
        var code: String
        var confidence = 1.0
    }

    struct Language: Encodable {
        var name: String
        var code: String
        var detectedLanguage: DetectedLanguage
    }

    struct Replacement: Encodable { var value: String }

    struct Context: Encodable {
        var text: String
        var offset: Int
        var length: Int
    }

    struct Category: Encodable {
        var id: String
        var name: String
    }

    struct Rule: Encodable {
        var id: String
        var description: String
        var issueType: String
        var category: Category
    }

    struct MatchType: Encodable { var typeName: String }

    struct Match: Encodable {
        var message: String
        var shortMessage: String
        var replacements: [Replacement]
        var offset: Int
        var length: Int
        var context: Context
        var sentence: String
        var type: MatchType
        var rule: Rule
        var ignoreForIncompleteSentence = false
        var contextForSureMatch = 0
    }

    var software: Software
    var language: Language
    var matches: [Match]

    /// How far either side of a match its context reaches, in UTF-16 units (LanguageTool uses about 40).
    static let contextReach = 40

    /// - Parameters:
    ///   - spans: each finding's UTF-16 span in the checked text (`request.plain`).
    ///   - language: the dictionary used, e.g. `en_GB`.
    static func make(_ result: FileResult, spans: [(offset: Int, length: Int)], request: LanguageToolRequest,
                     language: String, version: String) -> LanguageToolResponse {
        let units = Array(request.original.utf16)
        let name = LanguageToolLanguages.name(language)
        let code = LanguageCode.tag(language)
        var matches: [Match] = []
        for (finding, span) in zip(result.findings, spans) {
            if !request.picky && finding.severity == .suggestion { continue }
            let category = category(of: finding.rule)
            guard request.reports(rule: finding.rule, category: category.id) else { continue }
            let start = request.map.original(span.offset)
            let end = max(start, request.map.original(span.offset + span.length, isEnd: true))
            let description = RuleRegistry.rule(id: finding.rule)?.description
            matches.append(Match(
                message: finding.message, shortMessage: description?.name ?? finding.rule,
                replacements: finding.suggestions.map(Replacement.init), offset: start, length: end - start,
                context: context(units, start: start, end: end), sentence: sentence(units, start: start, end: end),
                type: MatchType(typeName: finding.rule == "spelling.misspelling" ? "UnknownWord" : "Other"),
                rule: Rule(id: finding.rule, description: description?.description ?? finding.rule,
                           issueType: issueType(of: finding.rule), category: category)))
        }
        return LanguageToolResponse(
            software: Software(version: version),
            language: Language(name: name, code: code, detectedLanguage: DetectedLanguage(name: name, code: code)),
            matches: matches)
    }

    /// The category a client shows or hides a rule's matches by.
    static func category(of rule: String) -> Category {
        switch String(rule.prefix { $0 != "." }) {
        case "spelling": return Category(id: "TYPOS", name: "Possible Typo")
        case "readability": return Category(id: "COPYDESK_READABILITY", name: "Readability")
        case "content_warning": return Category(id: "COPYDESK_CONTENT_WARNING", name: "Content warnings")
        case "accessibility": return Category(id: "COPYDESK_ACCESSIBILITY", name: "Accessibility")
        case let family: return Category(id: "COPYDESK_" + family.uppercased(), name: family)
        }
    }

    /// LanguageTool's issue types (which clients colour by).
    static func issueType(of rule: String) -> String {
        switch rule {
        case "spelling.misspelling", "spelling.unknown_name", "spelling.name_variant": return "misspelling"
        case "spelling.repeated_word": return "duplication"
        default: return rule.hasPrefix("readability.") ? "style" : "uncategorized"
        }
    }

    /// Up to `contextReach` units either side, never cutting a surrogate pair; line breaks shown as spaces.
    static func context(_ units: [UInt16], start: Int, end: Int) -> Context {
        var from = max(0, start - contextReach), to = min(units.count, end + contextReach)
        if from > 0, UTF16.isTrailSurrogate(units[from]) { from -= 1 }
        if to < units.count, to > 0, UTF16.isLeadSurrogate(units[to - 1]) { to += 1 }
        let text = String(decoding: units[from..<to], as: UTF16.self)
            .replacingOccurrences(of: "\r\n", with: "  ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        return Context(text: text, offset: start - from, length: end - start)
    }

    /// The sentence around the match: from after the last `.`, `!`, `?` followed by a space (or a blank line)
    /// before it to the next such stop after it.
    static func sentence(_ units: [UInt16], start: Int, end: Int) -> String {
        func isStop(_ i: Int) -> Bool {
            guard i + 1 < units.count else { return false }
            let c = units[i], next = units[i + 1]
            let space = next == 0x20 || next == 0x0A || next == 0x0D || next == 0x09
            return (c == 0x2E || c == 0x21 || c == 0x3F) && space || c == 0x0A && next == 0x0A
        }
        var from = min(start, units.count)
        while from > 0 && !isStop(from - 1) { from -= 1 }
        var to = max(from, min(end, units.count))
        while to < units.count && !isStop(to) { to += 1 }
        if to < units.count { to += 1 }
        return String(decoding: units[from..<to], as: UTF16.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The languages `/v2/languages` lists: the dictionaries the service opened at start.
enum LanguageToolLanguages {
    struct Entry: Encodable {
        var name: String
        var code: String
        var longCode: String
    }

    static func entries(_ dictionaries: [String]) -> [Entry] {
        dictionaries.map { Entry(name: name($0), code: String($0.prefix { $0 != "_" }), longCode: LanguageCode.tag($0)) }
    }

    static func name(_ dictionary: String) -> String {
        let known = ["en_US": "English (US)", "en_GB": "English (GB)", "en_AU": "English (Australian)", "en_CA": "English (Canadian)",
                     "en_NZ": "English (New Zealand)", "en_ZA": "English (South African)", "de_DE": "German (Germany)",
                     "fr_FR": "French", "es_ES": "Spanish"]
        return known[dictionary] ?? dictionary
    }
}
