import CopydeskCore

/// Where an image's alt text is: the `.altText` block inside the image's source, if any.
enum ImageAltText {
    /// Each image with its alt-text block (nil when it has none), found once per document.
    static func pairs(_ context: RuleContext) -> [(image: Image, block: Block?)] {
        context.analysis(Pairs.self) {
            Pairs(list: find(context))
        }.list
    }

    /// The pairs as an analysis (keyed by this type).
    struct Pairs {
        var list: [(image: Image, block: Block?)]
    }

    private static func find(_ context: RuleContext) -> [(image: Image, block: Block?)] {
        do {
            let document = context.document
            let alts = document.blocks.filter { $0.kind == .altText }.sorted { $0.sourceRange.lowerBound < $1.sourceRange.lowerBound }
            return document.images.map { image in
                guard let alt = image.alt, !alt.isEmpty else { return (image, nil) }
                // The first alt-text block that starts inside the image's source.
                var low = 0
                var high = alts.count
                while low < high {
                    let mid = (low + high) / 2
                    if alts[mid].sourceRange.lowerBound < image.sourceRange.lowerBound { low = mid + 1 } else { high = mid }
                }
                let block = alts[low...].prefix { image.sourceRange.contains($0.sourceRange.lowerBound) }.first { block in
                    block.text == alt || alt.contains(block.text) || block.text.contains(alt)
                }
                return (image, block)
            }
        }
    }

    /// An `<img>` tag (in HTML or inside Markdown), where `alt=""` marks a decorative image.
    static func isTag(_ image: Image, in document: Document) -> Bool {
        document.syntax == .html || document.source.text(image.sourceRange).hasPrefix("<")
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// `accessibility.image_alt_missing`: an image without alt text.
struct ImageAltMissingRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.image_alt_missing", name: "Image without alt text",
        description: "An image has no alt text (WCAG 2.2 SC 1.1.1 Non-text Content)",
        rationale: "A screen reader announces an image without alt text by its file name, or not at all. "
            + "Describe what the picture shows and why it is there. An HTML image that is pure decoration may say "
            + "so with an empty alt=\"\"; Markdown's ![](...) cannot, so it always needs words.",
        severity: .error, reference: "WCAG 2.2 SC 1.1.1 Non-text Content",
        triggeringExamples: [
            "Crowds gathered at the bridge.\n\n↓![](crowd.jpg)\n",
            "The bridge before repairs: ↓<img src=\"bridge.jpg\"> and after.\n",
        ],
        nonTriggeringExamples: [
            "![Crowds on the closed bridge at dusk](crowd.jpg)\n",
            "A rule: <img src=\"divider.png\" alt=\"\"> between sections.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let document = context.document
        return document.images.compactMap { image in
            let alt = image.alt.map(ImageAltText.trimmed)
            if let alt, !alt.isEmpty { return nil }
            // An explicit alt="" on a tag marks a decorative image.
            if image.alt != nil, ImageAltText.isTag(image, in: document) { return nil }
            let message = image.source.isEmpty ? "Add alt text to the image" : "Add alt text describing '\(image.source)'"
            return context.finding(Self.description, sourceRange: image.sourceRange, message: message)
        }
    }
}

/// `accessibility.image_alt_filename`: alt text that is a file name.
struct ImageAltFilenameRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.image_alt_filename", name: "Alt text is a file name",
        description: "An image's alt text is a file name (WCAG 2.2 SC 1.1.1 Non-text Content)",
        rationale: "Alt text copied from the file name (IMG_2041.jpg, hero-banner) tells a listener nothing "
            + "about the picture. Describe what it shows. File extensions are data "
            + "(Dictionaries/accessibility/file-extensions.txt).",
        severity: .warning, reference: "WCAG 2.2 SC 1.1.1 Non-text Content",
        triggeringExamples: [
            "![↓IMG_2041.jpg](photos/IMG_2041.jpg)\n",
            "![↓flood-damage-03](images/flood-damage-03.png)\n",
        ],
        nonTriggeringExamples: [
            "![Water up to the doors of the corner shop](images/flood-damage-03.png)\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let lexicon = AccessibilityLexicon.shared(context)
        return ImageAltText.pairs(context).compactMap { image, block in
            guard let raw = image.alt, let block else { return nil }
            let alt = ImageAltText.trimmed(raw)
            guard Self.isFileName(alt, source: image.source, extensions: lexicon.fileExtensions) else { return nil }
            return context.finding(Self.description, block: block, textRange: 0..<block.text.utf8.count,
                                   message: "Describe the picture instead of naming its file '\(alt)'")
        }
    }

    /// Ends in an image extension with no space in it, or is the source's file name without its extension.
    static func isFileName(_ alt: String, source: String, extensions: Set<String>) -> Bool {
        guard !alt.isEmpty, !alt.contains(" ") else { return false }
        if let dot = alt.lastIndex(of: "."), extensions.contains(alt[alt.index(after: dot)...].lowercased()) { return true }
        let file = source.split(separator: "/").last.map(String.init) ?? source
        let stem = file.split(separator: ".").first.map(String.init) ?? file
        let looksGenerated = alt.contains("_") || alt.contains("-") || alt.contains { $0.isNumber }
        return looksGenerated && stem.lowercased() == alt.lowercased()
    }
}

/// `accessibility.image_alt_redundant_prefix`: alt text that starts "image of", "picture of".
struct ImageAltRedundantPrefixRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.image_alt_redundant_prefix", name: "Alt text announces the image",
        description: "Alt text starts with \"image of\", \"picture of\" or the like (WCAG 2.2 SC 1.1.1 Non-text Content)",
        rationale: "Screen readers already say that an image follows. Start with what it shows. The openings are data "
            + "(Dictionaries/accessibility/alt-text-prefixes.txt).",
        severity: .suggestion, reference: "WCAG 2.2 SC 1.1.1 Non-text Content",
        triggeringExamples: [
            "![↓Image of the mayor at the podium](mayor.jpg)\n",
            "![↓picture of flooded fields](fields.jpg)\n",
        ],
        nonTriggeringExamples: [
            "![The mayor at the podium](mayor.jpg)\n",
            "![Imagery from the satellite shows the flood](sat.jpg)\n",
        ],
        fix: .optIn, group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let lexicon = AccessibilityLexicon.shared(context)
        return ImageAltText.pairs(context).compactMap { _, block in
            guard let block else { return nil }
            let lower = block.text.lowercased()
            guard let prefix = lexicon.altTextPrefixes.first(where: { lower.hasPrefix($0 + " ") || lower == $0 }) else {
                return nil
            }
            let length = prefix.utf8.count
            guard length <= block.text.utf8.count else { return nil }
            let quoted = block.text(in: 0..<length)
            var rest = String(block.text.dropFirst(quoted.count)).trimmingCharacters(in: .whitespaces)
            rest = rest.prefix(1).uppercased() + rest.dropFirst()
            let source = block.sourceRange(ofText: 0..<block.text.utf8.count)
            let fix = rest.isEmpty || !block.pieces.allSatisfy(\.verbatim) ? nil : Fix(start: source.lowerBound, end: source.upperBound, replacement: rest)
            return context.finding(Self.description, block: block, textRange: 0..<length,
                                   message: "Remove '\(quoted)': say what the picture shows",
                                   suggestions: rest.isEmpty ? [] : [rest], fix: fix)
        }
    }
}

/// `accessibility.image_alt_long`: alt text longer than `accessibility.alt_text_max_length` (250) characters.
struct ImageAltLongRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.image_alt_long", name: "Long alt text",
        description: "Alt text is longer than accessibility.alt_text_max_length (\(AccessibilityConfiguration.defaultText("alt_text_max_length")) characters) "
            + "(WCAG 2.2 SC 1.1.1 Non-text Content)",
        rationale: "Alt text is read in one breath and cannot be paused or skimmed. Keep it short and move the "
            + "detail into a caption or the article, where every reader gets it.",
        severity: .suggestion, reference: "WCAG 2.2 SC 1.1.1 Non-text Content",
        triggeringExamples: [
            Example("![↓" + String(repeating: "Volunteers fill sandbags beside the swollen river. ", count: 6) + "](sandbags.jpg)\n"),
        ],
        nonTriggeringExamples: [
            "![Volunteers fill sandbags beside the swollen river](sandbags.jpg)\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let limit = context.configuration.accessibility.altTextMaxLength
        return ImageAltText.pairs(context).compactMap { _, block in
            guard let block else { return nil }
            let count = ImageAltText.trimmed(block.text).count
            guard count > limit else { return nil }
            return context.finding(Self.description, block: block, textRange: 0..<block.text.utf8.count,
                                   message: "Shorten the alt text to \(limit) characters or fewer (it has \(count)) "
                                       + "and move the detail into a caption")
        }
    }
}
