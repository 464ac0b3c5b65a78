import CopydeskCore

/// Small edits to a `.copydesk.yml` the user asked for (`copydesk dict add --register`), made line by line so
/// comments, order and spacing stay as written. An edit is kept only when the edited text parses and says what
/// was meant; otherwise nil, and the caller shows the line to add by hand.
public enum ConfigurationEditor {
    /// The line a user adds by hand to list `entry` under `spelling.word_lists`.
    public static func wordListLine(_ entry: String) -> String {
        "spelling:\n  word_lists: [\(flowItem(entry))]"
    }

    /// `text` with `entry` added to `spelling.word_lists` (flow `[a]` or block `- a` form, the key or the whole
    /// `spelling:` section added when missing); nil when the file's form is one this does not edit.
    public static func addingWordList(_ entry: String, to text: String, path: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        guard let spelling = lines.firstIndex(where: { $0.hasPrefix("spelling:") }) else {
            // No section: append one.
            let base = text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
            return checked(base + wordListLine(entry) + "\n", entry, path)
        }
        let rest = lines[spelling].dropFirst("spelling:".count).trimmingCharacters(in: .whitespaces)
        guard rest.isEmpty || rest.hasPrefix("#") else { return nil }  // `spelling: {...}`: not edited
        // The section's lines: indented (or blank, or comments) after `spelling:`.
        var end = spelling + 1
        while end < lines.count, lines[end].isEmpty || lines[end].hasPrefix(" ") || lines[end].hasPrefix("#") { end += 1 }
        let children = (spelling + 1)..<end
        let firstChild = children.map { lines[$0] }.first { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
        let indent = firstChild.map { String($0.prefix { $0 == " " }) } ?? "  "
        guard let key = children.first(where: { lines[$0].hasPrefix(indent + "word_lists:") }) else {
            lines.insert("\(indent)word_lists: [\(flowItem(entry))]", at: spelling + 1)
            return checked(lines.joined(separator: "\n"), entry, path)
        }
        let value = lines[key].dropFirst((indent + "word_lists:").count)
        if let open = value.firstIndex(of: "["), let close = value.lastIndex(of: "]") {
            let inside = value[value.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            let item = flowItem(entry)
            let items: String = inside.isEmpty ? item : inside + ", " + item
            let before = String(value[..<open]), after = String(value[value.index(after: close)...])
            lines[key] = indent + "word_lists:" + before + "[" + items + "]" + after
            return checked(lines.joined(separator: "\n"), entry, path)
        }
        guard value.trimmingCharacters(in: .whitespaces).isEmpty || value.trimmingCharacters(in: .whitespaces).hasPrefix("#") else { return nil }
        // Block form: after the last `- item` line under the key.
        var last = key
        var itemIndent = indent + "  "
        var next = key + 1
        while next < end {
            let trimmed = lines[next].trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- ") || trimmed == "-" {
                itemIndent = String(lines[next].prefix { $0 == " " })
                last = next
            } else if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                break
            }
            next += 1
        }
        lines.insert("\(itemIndent)- \(flowItem(entry))", at: last + 1)
        return checked(lines.joined(separator: "\n"), entry, path)
    }

    /// The entry as a YAML scalar: plain when safe, else double-quoted.
    public static func flowItem(_ entry: String) -> String {
        let plain = entry.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "0123456789-_./+@".unicodeScalars.contains($0) }
        guard !plain || entry.isEmpty || entry.hasPrefix("-") else { return entry }
        return "\"" + entry.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The edited text when it parses and lists the entry; nil otherwise.
    private static func checked(_ text: String, _ entry: String, _ path: String) -> String? {
        guard let config = try? Configuration.parse(text, path: path), config.spelling.wordLists.contains(entry) else { return nil }
        return text
    }
}
