import CopydeskCore

/// A term of explicit physical detail found in a block.
struct CWDetail: Sendable {
    var weight: Double
    var categories: Set<String>?
    var evidence: String
}

/// What one block holds: a score, a level and evidence per category.
struct CWBlockScore: Sendable {
    var blockIndex: Int
    var scores: [String: Double] = [:]
    var levels: [String: ContentWarningLevel] = [:]
    var evidence: [String: [String]] = [:]
    var graphicEvidence: [String] = []
    /// Explicit physical detail in the block, with the categories it makes graphic (nil: any).
    var detail: [CWDetail] = []

    var isSensitive: Bool { !levels.isEmpty }
}

/// Scores one paragraph against the lexicons: figurative uses, negation and "who is affected" filter
/// the matches; sexual or violent terms near a child escalate to `child_abuse`; detail terms make it graphic.
struct CWDetector {
    let lexicon: CWLexicon
    let minScore: Double
    /// A paragraph at or above this score describes its subject rather than mentions it.
    static let descriptionScore = 4.0
    /// Graphic-detail weight that makes a described subject graphic.
    static let graphicScore = 2.0
    /// Categories that become `child_abuse` near a child anywhere in the paragraph, and those that need the same sentence.
    static let childParagraph: Set<String> = ["sexual_violence", "human_trafficking"]
    static let childSentence: Set<String> = ["violence_gore", "domestic_abuse"]

    private struct Hit {
        var category: String
        var range: Range<Int>
        var weight: Double
        var needsPerson: Bool
    }

    func score(_ text: String, blockIndex: Int, words: CWWords? = nil) -> CWBlockScore {
        let words = words ?? CWWord.words(in: text)
        var result = CWBlockScore(blockIndex: blockIndex)
        guard !words.isEmpty else { return result }
        let excluded = Set(lexicon.exclusions.flatMap { $0.matches(in: words) }.flatMap { Array($0) })
        let negators = lexicon.negations.flatMap { $0.matches(in: words) }
        var hits: [Hit] = []
        for category in lexicon.categories {
            for term in lexicon.terms[category.id] ?? [] {
                for range in term.pattern.matches(in: words) {
                    if range.contains(where: excluded.contains) { continue }
                    if isNegated(range, words, negators) { continue }
                    if term.needsPerson, !hasPerson(near: range, words) || words[range.lowerBound].isName
                        || hasThing(near: range, words) { continue }
                    hits.append(Hit(category: category.id, range: range, weight: term.weight, needsPerson: term.needsPerson))
                }
            }
        }
        hits = dedupe(hits)
        for hit in hits {
            result.scores[hit.category, default: 0] += hit.weight
            result.evidence[hit.category, default: []].append("\"\(quote(hit.range, words, text))\" (\(name(hit.category)) term)")
        }
        escalateChildren(hits, words, text, &result)
        let graphic = graphicDetail(words, excluded, negators, text)
        result.detail = graphic
        for (category, hitScore) in result.scores {
            let detail = graphic.filter { $0.categories?.contains(category) ?? true }
            let detailScore = detail.reduce(0) { $0 + $1.weight }
            // Explicit detail about a subject the paragraph names makes it weigh more.
            let score = hitScore + detailScore
            guard score >= minScore else { continue }
            if detailScore >= Self.graphicScore {
                result.levels[category] = .graphic
                result.evidence[category, default: []] += detail.map(\.evidence)
            } else {
                result.levels[category] = score >= Self.descriptionScore ? .description : .mention
            }
        }
        result.graphicEvidence = graphic.map(\.evidence)
        return result
    }

    /// The same words matched by two terms of a category count once (the longer match wins); a word inside a
    /// longer phrase of another category ("assault" in "sexual assault") counts only for that phrase when it is
    /// an ambiguous word (flag `p`).
    private func dedupe(_ hits: [Hit]) -> [Hit] {
        let sorted = hits.sorted { ($0.range.count, $0.weight) > ($1.range.count, $1.weight) }
        var kept: [Hit] = []
        for hit in sorted where !kept.contains(where: { other in
            other.category == hit.category ? other.range.overlaps(hit.range)
                : hit.needsPerson && other.range.count > hit.range.count && other.range.contains(hit.range.lowerBound)
                    && other.range.contains(hit.range.upperBound - 1)
        }) {
            kept.append(hit)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func isNegated(_ range: Range<Int>, _ words: CWWords, _ negators: [Range<Int>]) -> Bool {
        let sentence = words[range.lowerBound].sentence
        return negators.contains { neg in
            neg.upperBound <= range.lowerBound && range.lowerBound - neg.upperBound <= 2
                && words[neg.lowerBound].sentence == sentence
        }
    }

    private func hasPerson(near range: Range<Int>, _ words: CWWords) -> Bool {
        let sentence = words[range.lowerBound].sentence
        let low = max(0, range.lowerBound - 8)
        let high = min(words.count, range.upperBound + 8)
        return (low..<high).contains { !range.contains($0) && words[$0].sentence == sentence && lexicon.persons.contains(words[$0].text) }
    }

    /// A thing, not a person, is what the term is done to.
    private func hasThing(near range: Range<Int>, _ words: CWWords) -> Bool {
        let sentence = words[range.lowerBound].sentence
        let high = min(words.count, range.upperBound + 4)
        return (range.upperBound..<high).contains { words[$0].sentence == sentence && lexicon.objects.contains(words[$0].text) }
    }

    private func escalateChildren(_ hits: [Hit], _ words: CWWords, _ text: String, _ result: inout CWBlockScore) {
        guard lexicon.category("child_abuse") != nil else { return }
        // The longest cue is the best evidence: "girls as young as 9" rather than "girls".
        let cues = lexicon.children.flatMap { $0.matches(in: words) }.sorted { $0.count > $1.count }
        guard let cue = cues.first else { return }
        for hit in hits where Self.childParagraph.contains(hit.category) || Self.childSentence.contains(hit.category) {
            let sameSentence = cues.first { words[$0.lowerBound].sentence == words[hit.range.lowerBound].sentence }
            guard let near = sameSentence ?? (Self.childParagraph.contains(hit.category) ? cue : nil) else { continue }
            result.scores["child_abuse", default: 0] += hit.weight
            let reason = "\"\(quote(hit.range, words, text))\" near \"\(quote(near, words, text))\" (a child is affected)"
            if !(result.evidence["child_abuse"]?.contains(reason) ?? false) {
                result.evidence["child_abuse", default: []].append(reason)
            }
        }
    }

    private func graphicDetail(_ words: CWWords, _ excluded: Set<Int>, _ negators: [Range<Int>], _ text: String)
        -> [CWDetail] {
        var out: [CWDetail] = []
        var used = Set<Int>()
        for term in lexicon.graphic {
            for range in term.pattern.matches(in: words) where !range.contains(where: { excluded.contains($0) || used.contains($0) }) {
                if isNegated(range, words, negators) { continue }
                used.formUnion(range)
                out.append(CWDetail(weight: term.weight, categories: term.categories,
                                    evidence: "\"\(quote(range, words, text))\" (explicit physical detail)"))
            }
        }
        return out
    }

    private func quote(_ range: Range<Int>, _ words: CWWords, _ text: String) -> String {
        let bytes = Array(text.utf8)
        let start = words[range.lowerBound].range.lowerBound
        let end = words[range.upperBound - 1].range.upperBound
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func name(_ id: String) -> String { lexicon.category(id)?.name.lowercased() ?? id }
}
