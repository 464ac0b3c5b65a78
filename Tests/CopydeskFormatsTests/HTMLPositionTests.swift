import CopydeskCore
import XCTest

@testable import CopydeskFormats

final class HTMLPositionTests: XCTestCase {
    static let prefix = "<p>“Ça va” — naïve café 😀 déjà vu</p>\n"

    static let cases: [MarkdownPositionTests.Case] = [
        .init(input: "<h1>Main heading</h1>\n<p>First paragraph words.</p>\n",
              words: [("Main", nil, 0), ("heading", nil, 0), ("paragraph", nil, 0)]),
        .init(input: "<p>AT&amp;T &mdash; caf&eacute; &#233;t&#xE9; &nbsp;end</p>\n",
              words: [("AT&T", "AT&amp;T", 0), ("—", "&mdash;", 0), ("café", "caf&eacute;", 0), ("été", "&#233;t&#xE9;", 0), ("end", nil, 0)]),
        .init(input: "<p>Some <b>bold</b> and <em>em</em> text\n   wrapped line</p>\n",
              words: [("bold", nil, 0), ("em", nil, 1), ("text", nil, 0), ("wrapped", nil, 0)]),
        .init(input: "<p>Call <code>secret()</code> then <a href=\"/words\" title=\"tip words\">link words</a>.</p>\n",
              words: [("then", nil, 0), ("link", nil, 0), ("\u{FFFC}", "<code>secret()</code>", 0), ("tip", nil, 0)]),
        .init(input: "<ul><li>one item<li>two item</ul><ol><li><p>three item</p></li></ol>\n",
              words: [("one", nil, 0), ("two", nil, 0), ("three", nil, 0)]),
        .init(input: "<table><tr><th>Head</th><td>cell</td></tr></table>\n",
              words: [("Head", nil, 0), ("cell", nil, 0)]),
        .init(input: "<figure><img src=\"x.png\" alt=\"Alt &amp; words\"><figcaption>Caption words</figcaption></figure>\n",
              words: [("Alt & words", "Alt &amp; words", 0), ("Caption", nil, 0)]),
        .init(input: "<p>Before<!-- a comment with words -->after</p><script>var words = 1;</script><p>tail words</p>\n",
              words: [("Before", nil, 0), ("after", nil, 0), ("tail", nil, 0)]),
        .init(input: "<div>Loose <span>div</span> text<p>para<div>soup <b>bold <i>it</b> x</i></div>\n",
              words: [("Loose", nil, 0), ("div", nil, 1), ("para", nil, 0), ("soup", nil, 0), ("bold", nil, 0)]),
        .init(input: "<blockquote><p>Quoted words</p></blockquote>\n<pre>pre words</pre><p>after pre</p>\n",
              words: [("Quoted", nil, 0), ("after", nil, 0)]),
        .init(input: "<html lang=\"fr\"><head><title>Page title</title><meta name=\"description\" content=\"Meta words\"></head><body><p>Body</p></body></html>\n",
              words: [("Page", nil, 0), ("Meta", nil, 0), ("Body", nil, 0)]),
    ]

    func run(_ input: String, _ words: [(String, String?, Int)], file: StaticString = #filePath, line: UInt = #line) {
        guard let document = FormatCheck.parse(input, .html, file: file, line: line) else { return }
        FormatCheck.assertPieces(document, file: file, line: line)
        for (word, raw, occurrence) in words {
            FormatCheck.assertMaps(document, word, raw: raw, occurrence: occurrence, file: file, line: line)
        }
    }

    func testCasesAsWritten() {
        for item in Self.cases { run(item.input, item.words) }
    }

    func testCasesAfterMultibytePrefix() {
        for item in Self.cases { run(Self.prefix + item.input, item.words) }
    }

    func testCasesWithCRLF() {
        for item in Self.cases { run(FormatCheck.crlf(item.input), item.words) }
        for item in Self.cases { run(FormatCheck.crlf(Self.prefix + item.input), item.words) }
    }
}
