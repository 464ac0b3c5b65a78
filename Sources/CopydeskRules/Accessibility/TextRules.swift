import CopydeskCore

/// `accessibility.all_caps`: a run of words in capitals.
struct AllCapsRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.all_caps", name: "Run of capitals",
        description: "accessibility.all_caps_min_words (\(AccessibilityConfiguration.defaultText("all_caps_min_words"))) or more words in a row are in capitals "
            + "(WCAG 2.2 SC 1.4.8 Visual Presentation)",
        rationale: "Text in capitals is slower to read, harder still for readers with dyslexia or low vision, and some "
            + "screen readers spell it out letter by letter. Write it in sentence case and use styling for emphasis.",
        severity: .suggestion, reference: "WCAG 2.2 SC 1.4.8 Visual Presentation",
        triggeringExamples: [
            "Police said: ↓DO NOT APPROACH THE MAN. Call the emergency number instead.\n",
        ],
        nonTriggeringExamples: [
            "Police said people should not approach the man. The FBI and NATO were told.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let minimum = context.configuration.accessibility.allCapsMinWords
        let known = AccessibilityLexicon.shared(context).abbreviations
        var findings: [Finding] = []
        for (b, block) in context.document.blocks.enumerated() {
            let words = context.tokens[b].selecting { $0.kind == .word || $0.kind == .alphanumeric }
            var i = 0
            while i < words.count {
                var j = i
                while j < words.count, Self.isCapitals(words[j]) { j += 1 }
                let run = words[i..<j]
                if run.count >= minimum, run.count(where: { $0.isAllCaps }) >= 2,
                   !run.allSatisfy({ known[$0.text] != nil }) {
                    let range = run.first!.range.lowerBound..<run.last!.range.upperBound
                    let text = block.text(in: range)
                    findings.append(context.finding(Self.description, block: block, textRange: range,
                                                    message: "Write '\(text)' in sentence case"))
                }
                i = max(j, i + 1)
            }
        }
        return findings
    }

    /// Every letter upper case ("A" counts inside a run).
    private static func isCapitals(_ token: Token) -> Bool {
        var letters = false
        for scalar in token.text.unicodeScalars where scalar.isLetterLike {
            guard scalar.isUppercaseLetter else { return false }
            letters = true
        }
        return letters
    }
}

/// `accessibility.emoji_as_word`: an emoji standing for a word in the middle of a sentence.
struct EmojiAsWordRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.emoji_as_word", name: "Emoji in place of a word",
        description: "An emoji stands for a word inside a sentence (WCAG 2.2 SC 1.1.1 Non-text Content)",
        rationale: "A screen reader reads an emoji by its official name (\"smiling face with heart-eyes\"), which may "
            + "not be the word meant, and some readers see a box. Write the word; keep emoji as decoration at most.",
        severity: .warning, reference: "WCAG 2.2 SC 1.1.1 Non-text Content",
        triggeringExamples: [
            "Fans said they ↓❤️ the new stadium and will ↓🚲 to every match.\n",
        ],
        nonTriggeringExamples: [
            "Fans said they love the new stadium. 🎉\n",
            "🎉 The stadium opens on Saturday.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        // Emoji are U+2000 and above: their UTF-8 starts with 0xE2 or more.
        for block in context.document.blocks where block.kind != .altText && block.text.utf8.contains(where: { $0 >= 0xE2 }) {
            // Read the block's bytes in place: a block may be a whole 50 MB article on one line, so no array per
            // code point is made.
            var text = block.text
            let found = text.withUTF8 { bytes in
                Self.emojiWords(UTF8Bytes(bytes: bytes)).map { ($0, String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)) }
            }
            for (range, emoji) in found {
                findings.append(context.finding(Self.description, block: block, textRange: range,
                                                message: "Write the word '\(emoji)' stands for"))
            }
        }
        return findings
    }

    /// Byte ranges of emoji (with their modifiers and joined parts) that sit where a word would.
    static func emojiWords(_ text: UTF8Bytes) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i < text.count {
            let (scalar, width) = text.scalar(at: i)
            guard isEmoji(scalar, next: text.scalar(after: i, width: width)) else { i += width; continue }
            var j = i + width
            var previous = scalar
            while j < text.count {
                let (next, nextWidth) = text.scalar(at: j)
                let joined = previous == "\u{200D}" && isEmoji(next, next: text.scalar(after: j, width: nextWidth))
                guard continuesEmoji(next) || joined else { break }
                previous = next
                j += nextWidth
            }
            if wordAround(text, before: i, after: j) { ranges.append(i..<j) }
            i = j
        }
        return ranges
    }

    static func isEmoji(_ scalar: Unicode.Scalar, next: Unicode.Scalar?) -> Bool {
        let p = scalar.properties
        if p.isEmojiPresentation { return true }
        // Text-style pictographs (❤, ☀) count when a variation selector asks for emoji.
        return p.isEmoji && scalar.value > 0xFF && next == "\u{FE0F}"
    }

    static func continuesEmoji(_ s: Unicode.Scalar) -> Bool {
        s == "\u{FE0F}" || s == "\u{200D}" || s.properties.isEmojiModifier || (0x1F1E6...0x1F1FF).contains(s.value)
            || (0xE0020...0xE007F).contains(s.value)
    }

    /// A letter before (across spaces) and a letter after, with a space on at least one side: the emoji sits
    /// where a word would.
    private static func wordAround(_ text: UTF8Bytes, before i: Int, after j: Int) -> Bool {
        var a = i - 1
        while a >= 0, text.bytes[a] == 0x20 { a -= 1 }
        var b = j
        while b < text.count, text.bytes[b] == 0x20 { b += 1 }
        guard a >= 0, b < text.count, a < i - 1 || b > j else { return false }
        return text.scalar(at: text.start(of: a)).0.isLetterLike && text.scalar(at: b).0.isLetterLike
    }
}

/// Valid UTF-8 read in place: the code point at a byte offset, without decoding the rest.
struct UTF8Bytes {
    let bytes: UnsafeBufferPointer<UInt8>
    var count: Int { bytes.count }

    /// The code point starting at byte `i` and its width in bytes.
    func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// The code point after the one at `i` (of `width` bytes), if any.
    func scalar(after i: Int, width: Int) -> Unicode.Scalar? {
        i + width < bytes.count ? scalar(at: i + width).0 : nil
    }

    /// The first byte of the code point holding byte `i`.
    func start(of i: Int) -> Int {
        var j = i
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }
}

/// `accessibility.sensory_instruction`: an instruction that relies on colour, shape, position or sound.
struct SensoryInstructionRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.sensory_instruction", name: "Instruction relies on the senses",
        description: "An instruction relies on colour, shape, position or sound (WCAG 2.2 SC 1.3.3 Sensory Characteristics)",
        rationale: "\"The red button\" or \"the chart below\" means nothing to a reader who cannot see colour or layout, "
            + "and the layout changes on a phone. Name the thing. The phrases are data "
            + "(Dictionaries/accessibility/sensory-phrases.txt); add your own with accessibility.sensory_phrases.",
        severity: .warning, reference: "WCAG 2.2 SC 1.3.3 Sensory Characteristics",
        triggeringExamples: [
            "To donate, press ↓the green button and ↓see the map below for drop-off points.\n",
        ],
        nonTriggeringExamples: [
            "To donate, press the Donate button; the drop-off points are listed at the end of this article.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let lexicon = AccessibilityLexicon.shared(context)
        var findings: [Finding] = []
        for (b, block) in context.document.blocks.enumerated() where block.kind != .altText {
            let words = context.tokens[b].selecting { $0.kind == .word }
            var i = 0
            while i < words.count {
                guard lexicon.sensoryFirstWords.mayContain(words[i].text),
                      let candidates = lexicon.sensoryPhrasesByFirstWord[words[i].text.fastLowercased] else { i += 1; continue }
                let length = candidates.compactMap { phrase -> Int? in
                    guard i + phrase.count <= words.count else { return nil }
                    return (0..<phrase.count).allSatisfy { phrase[$0].contains(words[i + $0].text.fastLowercased) } ? phrase.count : nil
                }.max()
                guard let length else { i += 1; continue }
                let range = words[i].range.lowerBound..<words[i + length - 1].range.upperBound
                let text = block.text(in: range)
                findings.append(context.finding(Self.description, block: block, textRange: range,
                                                message: "Name the thing instead of '\(text)': not every reader sees it"))
                i += length
            }
        }
        return findings
    }
}
