import Foundation

/// A rule example: an article (Markdown) with `↓` before each expected finding start, and how to run it. The
/// examples are the rule's tests (one harness runs every rule's) and its documentation (`copydesk explain`).
/// A plain string literal is an example with the defaults.
public struct Example: Sendable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public let text: String
    /// `.copydesk.yml` lines under `version: 1` (e.g. `readability:\n  long_sentence_words: 10`); nil: defaults.
    public let configuration: String?
    /// Also run after a paragraph of multibyte text, so offsets and columns must still line up.
    public let multibyte: Bool
    /// The article after the rule's fixes are applied (`copydesk lint --fix`), markers removed; nil: not checked.
    public let corrected: String?
    /// Where the example is written, for a failure to point at; `#filePath` of a literal's rule is unknown.
    public let file: StaticString
    public let line: UInt

    public init(_ text: String, configuration: String? = nil, multibyte: Bool = true, corrected: String? = nil,
                file: StaticString = #filePath, line: UInt = #line) {
        self.text = text
        self.configuration = configuration
        self.multibyte = multibyte
        self.corrected = corrected
        self.file = file
        self.line = line
    }

    public init(stringLiteral value: String) {
        self.init(value, file: "", line: 0)
    }

    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(String(stringInterpolation: stringInterpolation), file: "", line: 0)
    }

    /// The text without `↓` markers, as `copydesk explain` shows it.
    public var plainText: String { text.replacingOccurrences(of: "↓", with: "") }
}
