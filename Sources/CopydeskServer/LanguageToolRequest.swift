import Foundation

/// A LanguageTool `/v2/check` request: form fields `text` or `data`, `language`, rule and category switches and
/// `level`, as LanguageTool's own server reads them.
struct LanguageToolRequest: Sendable, Equatable {
    /// What is checked: the text parts of `data` joined, `markup` parts replaced by their `interpretAs`.
    var plain: String
    /// The text as the client sent it (`text`, or every part of `data` in order); offsets refer to it.
    var original: String
    /// From `plain` back to `original`, in UTF-16 units.
    var map: AnnotationMap
    /// `en-US`, `en-GB`, or `auto` (the configuration's language).
    var language: String
    var disabledRules: Set<String> = []
    var enabledRules: Set<String> = []
    var enabledOnly = false
    var disabledCategories: Set<String> = []
    var enabledCategories: Set<String> = []
    /// `picky` also reports suggestions; the default level reports warnings and errors.
    var picky = false

    static func parse(_ fields: [String: String]) -> Result<LanguageToolRequest, ServiceError> {
        let language = fields["language"] ?? "auto"
        guard language == "auto" || LanguageCode.isWellFormed(language) else {
            return .failure(.badRequest("bad_language", "'\(language)' is not a language code such as en-US or auto"))
        }
        var request: LanguageToolRequest
        if let text = fields["text"] {
            request = LanguageToolRequest(plain: text, original: text, map: .identity, language: language)
        } else if let data = fields["data"] {
            switch AnnotationMap.parse(data) {
            case .success(let (plain, original, map)):
                request = LanguageToolRequest(plain: plain, original: original, map: map, language: language)
            case .failure(let error): return .failure(error)
            }
        } else {
            return .failure(.badRequest("missing_field", "give the text as 'text' or as annotated 'data'"))
        }
        if request.plain.utf8.contains(0) {
            return .failure(ServiceError(.unprocessableContent, "not_text", "the text contains a NUL character"))
        }
        let list = { (name: String) in Set((fields[name] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }) }
        request.disabledRules = list("disabledRules")
        request.enabledRules = list("enabledRules")
        request.enabledOnly = fields["enabledOnly"] == "true"
        request.disabledCategories = list("disabledCategories")
        request.enabledCategories = list("enabledCategories")
        switch fields["level"] ?? "default" {
        case "default": request.picky = false
        case "picky": request.picky = true
        case let other: return .failure(.badRequest("bad_level", "level must be 'default' or 'picky', not '\(other)'"))
        }
        if request.enabledOnly && request.enabledRules.isEmpty && request.enabledCategories.isEmpty {
            return .failure(.badRequest("missing_field", "enabledOnly=true needs enabledRules or enabledCategories"))
        }
        return .success(request)
    }

    /// Whether a match of this rule and category is reported.
    func reports(rule: String, category: String) -> Bool {
        if enabledOnly { return enabledRules.contains(rule) || enabledCategories.contains(category) }
        if disabledRules.contains(rule) || disabledCategories.contains(category) { return false }
        return true
    }
}

/// LanguageTool's annotated text, `{"annotation": [{"text": "..."}, {"markup": "<b>", "interpretAs": "\n"}]}`:
/// text parts are checked, markup parts are skipped (read as their `interpretAs`, else as nothing), and offsets
/// come back in the whole annotated text.
struct AnnotationMap: Sendable, Equatable {
    /// One run of the checked text: where it starts there and in the original, its length there and in the
    /// original (equal for text; a markup part's `interpretAs` length against the markup's length).
    struct Segment: Sendable, Equatable {
        var plain: Int
        var original: Int
        var plainLength: Int
        var originalLength: Int
        var isMarkup: Bool
    }

    var segments: [Segment]

    static let identity = AnnotationMap(segments: [])

    /// An offset in the checked text as an offset in the original: a start inside markup moves to the markup's
    /// start, an end inside markup to its end.
    func original(_ offset: Int, isEnd: Bool = false) -> Int {
        guard !segments.isEmpty else { return offset }
        // The segment holding it: for a start the last one beginning at or before it, for an end the last before it.
        var index = 0, low = 0, high = segments.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if isEnd ? segments[mid].plain < offset : segments[mid].plain <= offset {
                index = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        let segment = segments[index]
        if segment.isMarkup { return isEnd ? segment.original + segment.originalLength : segment.original }
        return segment.original + min(max(0, offset - segment.plain), segment.originalLength)
    }

    static func parse(_ data: String) -> Result<(String, String, AnnotationMap), ServiceError> {
        let invalid = ServiceError.badRequest("bad_data", "'data' must be JSON {\"annotation\": [{\"text\": ...} or {\"markup\": ..., \"interpretAs\": ...}]}")
        guard let object = try? JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any],
              let parts = object["annotation"] as? [[String: Any]] else { return .failure(invalid) }
        var plain = "", original = ""
        var plainUnits = 0, originalUnits = 0
        var segments: [Segment] = []
        for part in parts {
            if let text = part["text"] as? String, part["markup"] == nil {
                let units = text.utf16.count
                segments.append(Segment(plain: plainUnits, original: originalUnits, plainLength: units, originalLength: units, isMarkup: false))
                plain += text
                original += text
                plainUnits += units
                originalUnits += units
            } else if let markup = part["markup"] as? String, part["text"] == nil {
                let interpretAs: String
                switch part["interpretAs"] {
                case nil: interpretAs = ""
                case let value as String: interpretAs = value
                default: return .failure(invalid)
                }
                let units = interpretAs.utf16.count, markupUnits = markup.utf16.count
                segments.append(Segment(plain: plainUnits, original: originalUnits, plainLength: units, originalLength: markupUnits, isMarkup: true))
                plain += interpretAs
                original += markup
                plainUnits += units
                originalUnits += markupUnits
            } else {
                return .failure(invalid)
            }
        }
        return .success((plain, original, AnnotationMap(segments: segments)))
    }
}
