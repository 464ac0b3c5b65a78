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
    /// Categories whose words here are all figurative-prone ones the clause judge let through.
    var judgedOnly: Set<String> = []
    /// Categories whose words here only name the setting (flag `b`: "the war", "government forces").
    var backgroundOnly: Set<String> = []
    /// Categories whose words here are all acts another category may own (flag `o`: "took an overdose").
    var actOnly: Set<String> = []
    /// Weight of mourning words (flag `g`: funeral, grief, bereaved) among the `death_grief` words here.
    var grief: Double = 0

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
    /// Violence near a child is not in itself child abuse (a teenager hurt in a street attack, children killed in
    /// a war): `child_abuse` comes from its own terms and from sexual or trafficking terms about a child.
    static let childSentence: Set<String> = []

    /// A term matched in a paragraph: its flags are the term's (`hit.needsPerson` reads `term.needsPerson`); the
    /// category and weight may change as it is judged (an animal victim, a figure counted half).
    @dynamicMemberLookup
    struct Hit: Sendable {
        var category: String
        var range: Range<Int>
        var weight: Double
        let term: CWLexicon.Term
        /// Why a judged hit counts ("affects \"wife\" (person)").
        var reason: String? = nil

        subscript<T>(dynamicMember flag: KeyPath<CWLexicon.Term, T>) -> T { term[keyPath: flag] }
    }

    /// What the clause judge needs beyond the paragraph: the article's desk and the noun-class table.
    struct Judgement {
        var domain: CWDomain = .news
        /// The article reports an armed conflict (`conflict.txt`): war words are literal whatever they are done to.
        var conflict: Bool = false
        /// The headline, standfirst or lede names an accident (`accidents.txt`): the story's killings are deaths.
        var accident: Bool = false
        var nouns: () -> CWNounClasses = { CWNounClasses() }
    }

    /// Terms whose words match, outside figurative phrases; judged later by `score`.
    func candidates(_ words: CWWords) -> (hits: [Hit], excluded: Set<Int>) {
        guard !words.isEmpty else { return ([], []) }
        var hits: [Hit] = []
        for category in lexicon.categories {
            for term in lexicon.terms[category.id] ?? [] {
                for range in term.pattern.matches(in: words) {
                    hits.append(Hit(category: category.id, range: range, weight: term.weight, term: term))
                }
            }
        }
        // Idioms are looked for only where a term matched: most paragraphs have none.
        guard !hits.isEmpty else { return ([], []) }
        let excluded = exclusions(words)
        return (hits.filter { !$0.range.contains(where: excluded.contains) }, excluded)
    }

    /// Word positions inside listed idioms (`exclusions.txt`).
    func exclusions(_ words: CWWords) -> Set<Int> {
        Set(lexicon.exclusions.flatMap { $0.matches(in: words) }.flatMap { Array($0) })
    }

    func score(_ text: String, blockIndex: Int, words: CWWords? = nil, judgement: Judgement = Judgement()) -> CWBlockScore {
        let words = words ?? CWWord.words(in: text)
        guard !words.isEmpty else { return CWBlockScore(blockIndex: blockIndex) }
        let (hits, excluded) = candidates(words)
        return score(text, blockIndex: blockIndex, words: words, hits: hits, excluded: excluded, judgement: judgement)
    }

    func score(_ text: String, blockIndex: Int, words: CWWords, hits candidates: [Hit], excluded: Set<Int>,
               judgement: Judgement) -> CWBlockScore {
        var result = CWBlockScore(blockIndex: blockIndex)
        guard !words.isEmpty else { return result }
        let negators = lexicon.negations.flatMap { $0.matches(in: words) }
        let clause = CWClause(words, text: text)
        var hits: [Hit] = []
        if !candidates.isEmpty {
            lazy var nouns = judgement.nouns()
            lazy var unreal = lexicon.irrealis.flatMap { $0.matches(in: words) }
            lazy var corroborated = lexicon.corroboration.contains { !$0.matches(in: words).isEmpty }
            let domain = judgement.domain
            // Sentences that name an accident: "killed when the coach left the road" is a death, not violence.
            lazy var childSentences: [Int: Range<Int>] = lexicon.children.flatMap { $0.matches(in: words) }
                .reduce(into: [:]) { out, cue in out[words[cue.lowerBound].sentence] = out[words[cue.lowerBound].sentence] ?? cue }
            lazy var accidentSentences = Set(lexicon.accidents.flatMap { $0.matches(in: words) }.map { words[$0.lowerBound].sentence })
            lazy var statistical = lexicon.statistics.flatMap { $0.matches(in: words) }
            lazy var deathSentences = Set(lexicon.deathCues.flatMap { $0.matches(in: words) }.map { words[$0.lowerBound].sentence })
            for var hit in candidates {
                if clause.negated(hit.range, negators) { continue }
                // "Her own body", "a colleague's body" are alive: the word is a death only beside a death cue.
                if hit.needsDeathCue, !judgement.conflict, !deathSentences.contains(words[hit.range.lowerBound].sentence) { continue }
                if hit.adjective, clause.figurativeHead(hit.range, literal: lexicon.literalHeads, nouns) { continue }
                if hit.modifierProne {
                    // An adjective is judged by its noun (flag j), not by the word before it ("a deeply suicidal patient").
                    if !hit.adjective, clause.modifierFrame(hit.range, literal: lexicon.literalModifiers, nouns) { continue }
                    // On a soft desk a modifier-prone word needs literal harm in the paragraph too ("suicide squeeze",
                    // "overdosed on nostalgia").
                    if domain.soft, !corroborated { continue }
                }
                if hit.needsAnimal {
                    let sentence = words[hit.range.lowerBound].sentence
                    guard let animal = words.indices.first(where: { words[$0].sentence == sentence && !words[$0].isName
                        && nouns.classify(words[$0].text) == .animal }) else { continue }
                    hit.reason = "about \"\(words[animal].text)\" (animal)"
                }
                if hit.needsChild {
                    let sentence = words[hit.range.lowerBound].sentence
                    guard let child = childSentences[sentence] else { continue }
                    hit.reason = "about \"\(quote(child, words, text))\" (a child)"
                }
                if hit.needsPerson, hit.category == "violence_gore",
                   judgement.accident || accidentSentences.contains(words[hit.range.lowerBound].sentence) {
                    continue
                }
                let war = judgement.conflict && hit.category == "war_torture"
                if hit.needsPerson {
                    if words[hit.range.lowerBound].isName || clause.unreal(hit.range, unreal) { continue }
                    let affected = clause.affected(hit.range, nouns, intransitive: hit.intransitive)
                    let quoted = affected.index.map { "\"\(words[$0].text)\"" } ?? ""
                    switch affected {
                    case .person:
                        guard !domain.soft || corroborated || war else { continue }
                        hit.reason = "affects \(quoted) (person)"
                    case .animal:
                        guard !domain.soft || corroborated || war else { continue }
                        hit.reason = "affects \(quoted) (animal)"
                        if ["violence_gore", "death_grief", "war_torture"].contains(hit.category),
                           lexicon.category("animal_cruelty") != nil {
                            hit.category = "animal_cruelty"
                        }
                    case .body:
                        continue
                    case .thing, .group, .name, .unknown:
                        if war {
                            hit.reason = (affected == .unknown ? "" : "affects \(quoted), ") + "in an armed conflict"
                            break
                        }
                        if case .thing = affected { continue }
                        guard !domain.soft, corroborated else { continue }
                        hit.reason = affected == .unknown ? "literal harm corroborated in the paragraph"
                            : "affects \(quoted), literal harm corroborated in the paragraph"
                    }
                    if domain.soft, !war { hit.reason! += "; \(domain.evidence), overridden by literal harm" }
                }
                // A rate or a trend is not an event described: "assaults on staff had risen by 40%" counts half.
                if statistical.contains(where: { clause.clause[$0.lowerBound] == clause.clause[hit.range.lowerBound] && !$0.overlaps(hit.range) }) {
                    hit.weight /= 2
                    hit.reason = (hit.reason.map { $0 + "; " } ?? "") + "a figure, counted half"
                }
                hits.append(hit)
            }
        }
        hits = dedupe(hits)
        // A specific category absorbs the generic words of another in its sentence (`generic@sentence` in
        // categories.tsv): a sexual assault's "assaulted" or "attacked" is not also violence; "stabbed" still is.
        let sentences = hits.map { words[$0.range.lowerBound].sentence }
        hits = hits.enumerated().filter { i, hit in
            !hit.needsPerson || !hits.indices.contains { j in
                j != i && sentences[j] == sentences[i]
                    && (lexicon.category(hits[j].category)?.absorbs.contains(hit.category + "@sentence") ?? false)
            }
        }.map(\.element)
        var judged: [String: Bool] = [:]
        var background: [String: Bool] = [:]
        var acts: [String: Bool] = [:]
        for hit in hits {
            judged[hit.category] = (judged[hit.category] ?? true) && hit.needsPerson
            background[hit.category] = (background[hit.category] ?? true) && hit.background
            acts[hit.category] = (acts[hit.category] ?? true) && hit.act
            if hit.grief, hit.category == "death_grief" { result.grief += hit.weight }
            result.scores[hit.category, default: 0] += hit.weight
            let why = hit.reason.map { ", " + $0 } ?? ""
            result.evidence[hit.category, default: []].append("\"\(quote(hit.range, words, text))\" (\(name(hit.category)) term\(why))")
        }
        escalateChildren(hits, words, text, judgement, &result)
        let graphic = graphicDetail(words, excluded, negators, text, clause, judgement)
        result.detail = graphic
        // Detail that names no category describes the paragraph's main subject: the category its words weigh most
        // ("a small dose of ketamine" beside an amputation is not a graphic drugs passage).
        let main = result.scores.values.max() ?? 0
        for (category, hitScore) in result.scores {
            let detail = graphic.filter { $0.categories?.contains(category) ?? (hitScore >= main) }
            let detailScore = detail.reduce(0) { $0 + $1.weight }
            // Explicit detail about a subject the paragraph names makes it weigh more.
            let score = hitScore + detailScore
            // Detail makes a subject the paragraph names weigh more; it does not name one ("Surgeons" treating a
            // stab victim is not a medical passage because the wounds are described).
            // A weak word the judge found harming someone ("attacked" with a broken jaw) is lifted by it.
            guard hitScore >= minScore || (judged[category] == true && score >= minScore) else { continue }
            if detailScore >= Self.graphicScore {
                result.levels[category] = .graphic
                result.evidence[category, default: []] += detail.map(\.evidence)
            } else {
                result.levels[category] = score >= Self.descriptionScore ? .description : .mention
            }
        }
        result.graphicEvidence = graphic.map(\.evidence)
        result.judgedOnly = Set(judged.filter(\.value).keys)
        result.backgroundOnly = Set(background.filter(\.value).keys)
        result.actOnly = Set(acts.filter(\.value).keys)
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

    /// A child is the victim: a child word in the hit's sentence that is not someone's child ("the women's own
    /// children"), or a child's age anywhere in the paragraph ("girls as young as 9") for sexual and trafficking terms.
    private func escalateChildren(_ hits: [Hit], _ words: CWWords, _ text: String, _ judgement: Judgement,
                                  _ result: inout CWBlockScore) {
        guard lexicon.category("child_abuse") != nil,
              hits.contains(where: { Self.childParagraph.contains($0.category) || Self.childSentence.contains($0.category) })
        else { return }
        // Someone's children are not the victims: "their children", "the women's own children", "after having children".
        let possessives: Set<String> = ["his", "her", "their", "its", "our", "my", "your", "own", "having", "have", "has",
                                        "had", "raise", "raising", "raised", "bore", "bear", "bearing", "with"]
        let nouns = judgement.nouns()
        let cues = lexicon.children.flatMap { $0.matches(in: words) }.filter { cue in
            guard cue.lowerBound > 0 else { return true }
            let before = words[cue.lowerBound - 1].text
            return !possessives.contains(before) && nouns.classify(before) != .person
        }
        // An age is the best evidence: "girls as young as 9" rather than "girls".
        func hasAge(_ cue: Range<Int>) -> Bool { cue.contains { words[$0].number != nil } }
        let ordered = cues.sorted { (hasAge($0) ? 1 : 0, $0.count) > (hasAge($1) ? 1 : 0, $1.count) }
        guard !ordered.isEmpty else { return }
        let aged = ordered.first(where: hasAge)
        for hit in hits where Self.childParagraph.contains(hit.category) || Self.childSentence.contains(hit.category) {
            let sentence = words[hit.range.lowerBound].sentence
            let sameSentence = ordered.first { words[$0.lowerBound].sentence == sentence }
            guard let near = (Self.childParagraph.contains(hit.category) ? aged ?? sameSentence : sameSentence) else { continue }
            result.scores["child_abuse", default: 0] += hit.weight
            let reason = "\"\(quote(hit.range, words, text))\" near \"\(quote(near, words, text))\" (a child is affected)"
            if !(result.evidence["child_abuse"]?.contains(reason) ?? false) {
                result.evidence["child_abuse", default: []].append(reason)
            }
        }
    }

    /// Explicit detail: listed terms (`graphic.txt`), and a body part with an injury word in one clause
    /// ("his jaw was broken", "slashed her face"), composed from the noun-class table and `injuries.txt`.
    private func graphicDetail(_ words: CWWords, _ excluded: Set<Int>, _ negators: [Range<Int>], _ text: String,
                               _ clause: CWClause, _ judgement: Judgement) -> [CWDetail] {
        var out: [CWDetail] = []
        var used = Set<Int>()
        for term in lexicon.graphic {
            for range in term.pattern.matches(in: words) where !range.contains(where: { excluded.contains($0) || used.contains($0) }) {
                if clause.negated(range, negators) { continue }
                used.formUnion(range)
                out.append(CWDetail(weight: term.weight, categories: term.categories,
                                    evidence: "\"\(quote(range, words, text))\" (explicit physical detail)"))
            }
        }
        let injuries = lexicon.injuries.flatMap { $0.matches(in: words) }.filter { !$0.contains(where: used.contains) }
        guard !injuries.isEmpty else { return out }
        let nouns = judgement.nouns()
        var composed = Set<Int>()
        for injury in injuries where !clause.negated(injury, negators) {
            let own = clause.phrase[injury.lowerBound]
            let low = max(0, injury.lowerBound - 4), high = min(words.count, injury.upperBound + 4)
            guard let part = (low..<high).first(where: { i in
                !injury.contains(i) && clause.phrase[i] == own && !composed.contains(i) && !excluded.contains(i)
                    && nouns.classify(words[i].text) == .body && !CWClause.ignoredBody.contains(words[i].text)
            }) else { continue }
            composed.insert(part)
            let span = min(part, injury.lowerBound)..<max(part + 1, injury.upperBound)
            out.append(CWDetail(weight: 1, categories: nil,
                                evidence: "\"\(quote(span, words, text))\" (injury to a body part)"))
        }
        return out
    }

    private func quote(_ range: Range<Int>, _ words: CWWords, _ text: String) -> String {
        let start = words[range.lowerBound].range.lowerBound
        let end = words[range.upperBound - 1].range.upperBound
        return text.utf8Text(in: start..<end)
    }

    private func name(_ id: String) -> String { lexicon.category(id)?.name.lowercased() ?? id }
}
