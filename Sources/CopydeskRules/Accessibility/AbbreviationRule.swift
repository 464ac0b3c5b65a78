import CopydeskCore

/// `accessibility.abbreviation_unexpanded`: an abbreviation used before it is spelled out.
struct AbbreviationUnexpandedRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.abbreviation_unexpanded", name: "Abbreviation not spelled out",
        description: "An abbreviation is used before the article spells it out (WCAG 2.2 SC 3.1.4 Abbreviations)",
        rationale: "Readers, and listeners above all, cannot look up letters. Spell a name out the first time, "
            + "\"Korea Future Initiative (KFI)\", then use the letters. Well-known abbreviations (UN, NASA, BBC) "
            + "need no expansion; the list is data (Dictionaries/accessibility/abbreviations.tsv), extendable with "
            + "accessibility.abbreviations and accessibility.extra_abbreviation_lists. A headline may use letters "
            + "the body spells out later. Only words the spelling rules skip as acronyms are checked.",
        severity: .suggestion, reference: "WCAG 2.2 SC 3.1.4 Abbreviations",
        triggeringExamples: [
            "The ↓WFTU said on Monday that the strike would go ahead.\n",
            "The ↓RFU met. Later the Rugby Football Union (RFU) said the RFU would appeal.\n",
        ],
        nonTriggeringExamples: [
            "The World Federation of Trade Unions (WFTU) said the WFTU strike would go ahead.\n",
            "Researchers at Korea Future Initiative spoke to survivors. KFI said the trade was growing.\n",
            "The UN, NATO and the BBC reported that NASA and the EU agreed.\n",
            "# WFTU calls strike\n\nThe World Federation of Trade Unions (WFTU) said on Monday it would strike.\n",
            "World War II ended in 1945.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let document = context.document
        let lexicon = AccessibilityLexicon.shared(context)
        let tokens = context.tokens
        let expansions = AbbreviationExpansions(document: document, tokens: tokens)
        let maxLength = context.configuration.spelling.acronymMaxLength
        var reported: Set<String> = []
        var findings: [Finding] = []
        for (b, block) in document.blocks.enumerated() {
            // The block's tokens are read in place (no copy of its words: one block may be a whole article).
            let words = tokens[b]
            // Shouted blocks are spelling's business (it checks their words); all-caps runs are datelines or shouting.
            guard !SpellingAnalysis.isAllCapsBlock(words) else { continue }
            for (i, word) in words.enumerated() where word.kind == .word {
                let text = word.text
                guard word.isAllCaps, !text.utf8.contains(0x2E), text.count <= maxLength, !reported.contains(text) else { continue }
                guard !text.allSatisfy({ "IVXLCDM".contains($0) }) else { continue }
                if Self.inCapsRun(words, i) || Self.inIdentifier(block, word) { continue }
                if lexicon.abbreviations[text] != nil || lexicon.abbreviations[String(text.dropLast())] != nil && text.hasSuffix("S") {
                    continue
                }
                let here = AbbreviationExpansions.Position(block: b, offset: word.range.lowerBound)
                let expanded = expansions.position(of: text)
                if let expanded, expanded <= here { continue }
                // A headline or caption may use letters that the body spells out later.
                if expanded != nil, block.kind != .paragraph, block.kind != .listItem, block.kind != .tableCell { continue }
                reported.insert(text)
                let message = expanded == nil
                    ? "Spell out '\(text)' at its first use, e.g. 'Full Name (\(text))'"
                    : "Spell out '\(text)' here, at its first use: the article expands it only later"
                findings.append(context.finding(Self.description, block: block, textRange: word.range, message: message))
            }
        }
        return findings
    }

    /// Part of a file name or code-like name: IMG_2041.jpg, DSC-0042.
    private static func inIdentifier(_ block: Block, _ word: Token) -> Bool {
        let bytes = block.text.utf8
        func byte(_ offset: Int) -> UInt8 {
            offset >= 0 && offset < bytes.count ? bytes[bytes.index(bytes.startIndex, offsetBy: offset)] : 0
        }
        let joiners: Set<UInt8> = [UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "=")]
        return joiners.contains(byte(word.range.lowerBound - 1)) || joiners.contains(byte(word.range.upperBound))
    }

    /// Next to another all-caps word ("NEW YORK, May 16"): a dateline or shouting, not an abbreviation.
    /// `i` is the word's index in the block's tokens; its neighbours are the nearest word tokens either side.
    private static func inCapsRun(_ tokens: [Token], _ i: Int) -> Bool {
        func caps(_ k: Int?) -> Bool { k.map { tokens[$0].isAllCaps && tokens[$0].text.count > 1 } ?? false }
        let before = tokens[..<i].lastIndex { $0.kind == .word }
        let after = tokens[(i + 1)...].firstIndex { $0.kind == .word }
        return caps(before) || caps(after)
    }
}
