import CopydeskCore

/// JUnit XML (the Ant/Jenkins shape read by most CI servers): one `testsuite`, one `testcase` per file.
/// A finding at or above `ReportContext.failLevel` is a `failure`; findings below it are listed in the
/// test case's `system-out`; a file that could not be checked is an `error`. No times or dates, so the
/// output is byte-stable.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"

    public init() {}

    public func report(_ results: [FileResult], summary: Summary, context: ReportContext) -> String {
        var failures = 0
        var errors = 0
        var cases = ""
        for result in results {
            let path = ReportPath.display(result.path, context: context)
            if result.error != nil { errors += 1 }
            if result.findings.contains(where: { $0.severity >= context.failLevel }) { failures += 1 }
            cases += testCase(result, path: path, context: context)
        }
        let counts = "tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"\(errors)\""
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"copydesk\" \(counts)>\n"
        out += "  <testsuite name=\"copydesk\" \(counts) skipped=\"0\">\n"
        out += "    <properties>\n"
        out += "      <property name=\"copydesk.version\" value=\"\(Self.escape(context.toolVersion))\"/>\n"
        out += "      <property name=\"copydesk.fail_level\" value=\"\(context.failLevel.rawValue)\"/>\n"
        out += "    </properties>\n"
        out += cases
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    private func testCase(_ result: FileResult, path: String, context: ReportContext) -> String {
        let open = "    <testcase name=\"\(Self.escape(path))\" classname=\"copydesk.\(result.syntax.rawValue)\""
        if let error = result.error {
            return open + ">\n      <error message=\"\(Self.escape(error))\" type=\"file_not_checked\"/>\n    </testcase>\n"
        }
        let blocking = result.findings.filter { $0.severity >= context.failLevel }
        let other = result.findings.filter { $0.severity < context.failLevel && $0.severity >= context.minimumSeverity }
        if blocking.isEmpty && other.isEmpty { return open + "/>\n" }
        var out = open + ">\n"
        for finding in blocking {
            out += "      <failure message=\"\(Self.escape(finding.message))\" type=\"\(Self.escape(finding.rule))\">"
            out += Self.escape(line(finding, path: path), attribute: false) + "</failure>\n"
        }
        if !other.isEmpty {
            let text = other.map { line($0, path: path) }.joined()
            out += "      <system-out>" + Self.escape(text, attribute: false) + "</system-out>\n"
        }
        return out + "    </testcase>\n"
    }

    private func line(_ finding: Finding, path: String) -> String {
        var text = "\(path):\(finding.line):\(finding.column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]\n"
        if !finding.suggestions.isEmpty {
            text += "    suggestions: " + finding.suggestions.joined(separator: ", ") + "\n"
        }
        return text
    }

    /// XML 1.0 escaping. In attributes, quotes and white-space controls become character references so they
    /// survive attribute normalisation; characters XML 1.0 cannot carry at all become U+FFFD.
    public static func escape(_ text: String, attribute: Bool = true) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&apos;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            default:
                out.unicodeScalars.append(isXMLChar(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and above.
    private static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
