import CopydeskCore

/// The per-document content-warning analysis, computed once and shared by every `content_warning.*` rule.
struct CWAnalysis {
    let lexicon: CWLexicon
    let configuration: ContentWarningsConfiguration
    /// One score per block of the document (existing notes score nothing).
    let scores: [CWBlockScore]
    let existing: [CWExistingWarning]
    let placement: CWPlacement?
    let report: ContentWarningReport
    /// The article's desk, which decides how figurative-prone terms are read.
    let domain: CWDomain
    /// What the suicide-reporting and headline rules look for, found in the same pass (blocks with none are absent).
    let matches: [Int: CWBlockMatches]
    /// Some block gives support information (a helpline).
    var hasSupport: Bool { matches.values.contains(where: \.support) }

    static func shared(_ context: RuleContext) -> CWAnalysis {
        context.analysis(CWAnalysis.self) { CWAnalysis(context) }
    }

    init(_ context: RuleContext) {
        let document = context.document
        configuration = context.configuration.contentWarnings
        lexicon = CWLexicon.builtIn(context.resources).configured(configuration)
        existing = CWExistingWarning.find(in: document, lexicon: lexicon)
        let notes = Set(existing.compactMap(\.blockIndex))
        let detector = CWDetector(lexicon: lexicon, minScore: configuration.minScore)
        // Pass 1: each block's words are made and searched, then dropped (a very large article would otherwise
        // hold millions of them); only blocks with candidate terms keep theirs for the judge, which needs the desk.
        let tokens = context.tokens
        let headline = CWAnalysis.headlineIndex(document)
        var matches: [Int: CWBlockMatches] = [:]
        let lexicon = lexicon
        var pending: [(index: Int, words: CWWords, hits: [CWDetector.Hit], excluded: Set<Int>)] = []
        let section = CWDomain.section(of: document)
        let sectionDesk = section.flatMap { name in lexicon.desks.first { $0.sections.contains(name.fastLowercased) } }
        var vocabulary: [String: [String]] = [:]
        var conflictWords: [String] = []
        var accident = false
        var seenParagraph = false
        for (index, block) in document.blocks.enumerated() {
            let words = CWWord.words(in: block.text, tokens: tokens[index])
            // The story's own event is named in the headline, the standfirst or the lede.
            let opening = index == headline || (block.kind == .frontMatter && CWAnalysis.standfirstFields.contains(block.field ?? ""))
                || (!seenParagraph && block.kind == .paragraph && !notes.contains(index))
            if block.kind == .paragraph && !notes.contains(index) { seenParagraph = true }
            if opening, !accident, !words.isEmpty { accident = lexicon.accidents.contains { !$0.matches(in: words).isEmpty } }
            let found = CWBlockMatches(words, lexicon: lexicon, headline: index == headline)
            if !found.isEmpty { matches[index] = found }
            guard !words.isEmpty else { continue }
            // The desk is read from the article's opening blocks: the cost stays flat however long it runs.
            if index < CWDomain.vocabularyBlocks {
                for desk in lexicon.desks where sectionDesk == nil || desk.id == sectionDesk?.id {
                    var found = vocabulary[desk.id] ?? []
                    guard found.count < CWDomain.enoughWords else { continue }
                    for pattern in desk.vocabulary where !found.contains(pattern.source) && !pattern.matches(in: words).isEmpty {
                        found.append(pattern.source)
                    }
                    if !found.isEmpty { vocabulary[desk.id] = found }
                }
            }
            if index < CWDomain.vocabularyBlocks, conflictWords.count < CWDomain.enoughWords {
                for pattern in lexicon.conflict where !conflictWords.contains(pattern.source) && !pattern.matches(in: words).isEmpty {
                    conflictWords.append(pattern.source)
                }
            }
            guard !notes.contains(index) else { continue }
            let (hits, excluded) = detector.candidates(words)
            if !hits.isEmpty {
                pending.append((index, words, hits, excluded))
            } else if lexicon.graphic.contains(where: { !$0.pattern.matches(in: words).isEmpty }) {
                pending.append((index, words, hits, detector.exclusions(words)))
            }
        }
        var domain = CWDomain.decide(section: section, counts: vocabulary, desks: lexicon.desks)
        // A desk guessed from vocabulary is evidence about the article's genre; unambiguous sensitive terms that
        // already weigh a description say what it is about ("Drug deaths rise" with a sentence about a budget).
        let plain = pending.reduce(0.0) { sum, item in
            sum + item.hits.filter { !$0.needsPerson && !$0.modifierProne && !$0.needsAnimal && !$0.needsChild }.reduce(0) { $0 + $1.weight }
        }
        if domain.source == "vocabulary", plain >= CWDetector.descriptionScore {
            domain = CWDomain(id: "news", soft: false, source: "unambiguous terms (weight \(String(format: "%g", plain))) over the \(domain.id) vocabulary",
                              words: [])
        }
        domain.conflictWords = conflictWords
        self.domain = domain
        let resources = context.resources
        let judgement = CWDetector.Judgement(domain: domain, conflict: domain.conflict, accident: accident, nouns: { CWNounClasses.builtIn(resources) })
        var scored = document.blocks.indices.map { CWBlockScore(blockIndex: $0) }
        for item in pending {
            scored[item.index] = detector.score(document.blocks[item.index].text, blockIndex: item.index, words: item.words,
                                                hits: item.hits, excluded: item.excluded, judgement: judgement)
        }
        // The lede: the first body paragraph; what it reports is central.
        let lede = CWPlacement.bodyIndices(document, skipping: notes).first { document.blocks[$0].kind == .paragraph }
        scores = CWAnalysis.decide(CWAnalysis.extendGraphic(scored, document), lexicon: lexicon, headline: headline, lede: lede,
                                   minScore: configuration.minScore)
        self.matches = matches
        let sensitive = Set(CWAnalysis.placing(scores, lexicon).map(\.blockIndex))
        placement = CWPlacement.place(document, sensitive: sensitive, skipping: notes)
        report = CWAnalysis.buildReport(document, lexicon, scores, existing, placement, domain)
    }

    /// Explicit detail next to a passage continues it at the graphic level ("they were given electric shocks"
    /// after a paragraph about torture): detail tagged with the passage's category always, untagged detail
    /// only in a paragraph that names no subject itself (which may also continue a passage two paragraphs away
    /// in the same section).
    static func extendGraphic(_ scores: [CWBlockScore], _ document: Document? = nil) -> [CWBlockScore] {
        var out = scores
        for index in scores.indices where !scores[index].detail.isEmpty {
            let bare = scores[index].levels.isEmpty
            var neighbours = [index - 1, index + 1].filter(scores.indices.contains)
            // A paragraph of explicit injuries that names no subject continues the story's passage a paragraph
            // further away in its section ("Her skull was fractured ..." two paragraphs after the attack).
            if bare, let document, neighbours.allSatisfy({ scores[$0].levels.isEmpty }) {
                for step in [-2, 2] {
                    let other = index + step, between = index + step / 2
                    guard scores.indices.contains(other), document.blocks[between].kind != .heading,
                          document.blocks[other].kind != .heading, document.blocks[index].kind != .heading else { continue }
                    neighbours.append(other)
                }
            }
            let categories = Set(neighbours.flatMap { scores[$0].levels.keys })
            for category in categories where scores[index].levels[category] == nil {
                let detail = scores[index].detail.filter { $0.categories?.contains(category) ?? bare }
                guard detail.reduce(0, { $0 + $1.weight }) >= CWDetector.graphicScore else { continue }
                out[index].levels[category] = .graphic
                out[index].evidence[category, default: []] += detail.map { $0.evidence + ", next to a passage" }
            }
        }
        // A paragraph of explicit injuries further from any passage describes the article's main subject, the
        // category its words weigh most ("the wound was a ragged cut ... covered in blood" in a glassing trial; the
        // dogs' open sores in a puppy-farm case). It names no subject of its own, so it never starts a category.
        var totals: [String: Double] = [:]
        for score in scores { for (id, value) in score.scores where score.levels[id] != nil { totals[id, default: 0] += value } }
        if let main = totals.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key, !CWAnalysis.undescribed.contains(main) {
            for index in scores.indices where scores[index].levels.isEmpty && out[index].levels.isEmpty {
                let detail = scores[index].detail.filter { $0.categories?.contains(main) ?? true }
                guard detail.reduce(0, { $0 + $1.weight }) >= CWDetector.graphicScore else { continue }
                out[index].levels[main] = .graphic
                out[index].evidence[main, default: []] += detail.map { $0.evidence + ", the article's main subject" }
            }
        }
        return out
    }

    /// Weight of mourning words in a paragraph or consecutive ones that describes grief at length.
    static let griefAtLength = 5.0

    /// Categories whose passages physical detail does not describe.
    static let undescribed: Set<String> = ["hate_speech_slurs", "eating_disorders", "substance_abuse", "suicide_self_harm"]

    /// The document decides: a specific category absorbs a generic one (a war's killings are war), and a category whose whole-article weight is below its salience
    /// (`categories.tsv`) and that is never described is dropped as a passing mention ("the abuser, who has since
    /// died"), unless the headline holds it.
    static func decide(_ scores: [CWBlockScore], lexicon: CWLexicon, headline: Int?, lede: Int? = nil,
                       minScore: Double = 2) -> [CWBlockScore] {
        var out = scores
        func drop(_ id: String, from index: Int) {
            out[index].levels[id] = nil
            out[index].scores[id] = nil
        }
        // Salience: a category that is only mentioned, below its whole-article weight, is a passing mention.
        for category in lexicon.categories where category.salience > 0 {
            let id = category.id
            let holding = out.filter { $0.levels[id] != nil }
            guard !holding.isEmpty else { continue }
            // Weight below a paragraph's minimum still counts here: "death" in the headline and "died" below.
            let total = out.reduce(0) { $0 + ($1.scores[id] ?? 0) }
            let described = holding.contains { ($0.levels[id] ?? .mention) > .mention }
            let inHeadline = headline.map { h in out.indices.contains(h) && (out[h].scores[id] ?? 0) > 0 } ?? false
            let inLede = lede.map { l in out[l].levels[id] != nil } ?? false
            guard total < category.salience, !described, !inHeadline, !inLede else { continue }
            for index in out.indices { drop(id, from: index) }
        }
        // A generic category that is only mentioned, by figurative-prone words only, and only in paragraphs that
        // report a specific one, is part of that story: "those who refused were beaten" in a trafficking account is
        // not a separate violence warning; "beaten to death" still is.
        for generic in CWAnalysis.generic {
            let holding = out.indices.filter { out[$0].levels[generic] != nil }
            guard !holding.isEmpty,
                  holding.allSatisfy({ out[$0].levels[generic] == .mention && out[$0].judgedOnly.contains(generic) }),
                  out.reduce(0, { $0 + ($1.scores[generic] ?? 0) }) < CWDetector.descriptionScore,
                  !(headline.map { h in out.indices.contains(h) && out[h].levels[generic] != nil } ?? false)
            else { continue }
            let hosts = holding.map { index in
                lexicon.categories.filter { !CWAnalysis.generic.contains($0.id) && out[index].levels[$0.id] != nil }
                    .max { (out[index].scores[$0.id] ?? 0) < (out[index].scores[$1.id] ?? 0) }
            }
            guard hosts.allSatisfy({ $0 != nil }) else { continue }
            for (index, host) in zip(holding, hosts) {
                guard let host else { continue }
                out[index].scores[host.id, default: 0] += out[index].scores[generic] ?? 0
                out[index].evidence[host.id, default: []] += (out[index].evidence[generic] ?? [])
                    .map { $0.replacingOccurrences(of: " term", with: " term, part of \(host.name.lowercased())") }
                drop(generic, from: index)
            }
        }
        // A specific category in the article absorbs a generic one everywhere: a war's killings are war, a
        // murder's death is the violence, a suicide is not also a separate death.
        // A category is context for this when it is reported or its whole-article weight reaches a paragraph's
        // minimum: a memoir's "the war" in three places makes the camp beatings war, not street violence.
        var present = Set(out.flatMap { $0.levels.keys })
        for category in lexicon.categories where out.reduce(0, { $0 + ($1.scores[category.id] ?? 0) }) >= minScore {
            present.insert(category.id)
        }
        // Grief described at length is its own subject beside the killing, suicide or war that caused the death:
        // mourning words (flag `g`) weighing a description in a paragraph or in consecutive ones keep `death_grief`.
        var griefRun = 0.0, griefDescribed = false
        for score in out {
            griefRun = score.grief > 0 ? griefRun + score.grief : 0
            if griefRun >= CWAnalysis.griefAtLength { griefDescribed = true }
        }
        // An act a specific category owns when nothing else names the generic one ("took an overdose" in a self-harm
        // story, flag `o`) joins that category's story.
        for category in lexicon.categories where present.contains(category.id) {
            for generic in category.absorbs where generic.hasSuffix("@act") {
                let id = String(generic.dropLast(4))
                let holding = out.indices.filter { out[$0].levels[id] != nil }
                guard !holding.isEmpty, holding.allSatisfy({ out[$0].actOnly.contains(id) }) else { continue }
                for index in holding {
                    let level = out[index].levels[id]!
                    out[index].levels[category.id] = max(out[index].levels[category.id] ?? level, level)
                    out[index].scores[category.id, default: 0] += out[index].scores[id] ?? 0
                    out[index].evidence[category.id, default: []] += (out[index].evidence[id] ?? [])
                        .map { $0.replacingOccurrences(of: " term", with: " term, part of \(category.name.lowercased())") }
                    drop(id, from: index)
                }
            }
        }
        for category in lexicon.categories where present.contains(category.id) {
            for generic in category.absorbs where !generic.hasSuffix("@sentence") && !generic.hasSuffix("@act") {
                if generic == "death_grief", griefDescribed { continue }
                for index in out.indices {
                    if let level = out[index].levels[generic] {
                        out[index].levels[category.id] = max(out[index].levels[category.id] ?? level, level)
                        out[index].scores[category.id, default: 0] += out[index].scores[generic] ?? 0
                        out[index].evidence[category.id, default: []] += (out[index].evidence[generic] ?? [])
                            .map { $0.replacingOccurrences(of: " term", with: " term, part of \(category.name.lowercased())") }
                    }
                    drop(generic, from: index)
                }
            }
        }
        return out
    }

    /// Front-matter fields that hold the standfirst.
    static let standfirstFields: Set<String> = ["description", "subtitle", "summary", "standfirst", "dek"]

    /// Categories that name harm in general; the others are specific kinds of it.
    static let generic: [String] = ["violence_gore", "death_grief"]

    /// The block the headline rule reads: the front-matter title, else the headline.
    static func headlineIndex(_ document: Document) -> Int? {
        document.blocks.firstIndex { $0.kind == .frontMatter && $0.field == "title" } ?? CWPlacement.headlineIndex(document)
    }

    /// Index of the first sensitive block in reading order.
    var firstSensitiveBlock: Int? { CWAnalysis.placing(scores, lexicon).first?.blockIndex }

    /// The blocks that place a note: those holding a category at or above its `placedFrom` level, or, when none
    /// does, every sensitive block.
    static func placing(_ scores: [CWBlockScore], _ lexicon: CWLexicon) -> [CWBlockScore] {
        let sensitive = scores.filter(\.isSensitive)
        // Words that only name the setting ("refugees who lived through the war") do not place the note.
        let placing = sensitive.filter { score in
            score.levels.contains { id, level in
                level >= (lexicon.category(id)?.placedFrom ?? .mention) && (level > .mention || !score.backgroundOnly.contains(id))
            }
        }
        return placing.isEmpty ? sensitive : placing
    }

    /// Categories and levels the report found.
    var levels: [(id: String, level: ContentWarningLevel)] { report.categories.map { ($0.id, $0.level) } }

    private static func buildReport(
        _ document: Document, _ lexicon: CWLexicon, _ scores: [CWBlockScore],
        _ existing: [CWExistingWarning], _ placement: CWPlacement?, _ domain: CWDomain
    ) -> ContentWarningReport {
        let categories = lexicon.categories.compactMap { category in
            passages(category.id, document, scores).map { passages, level in
                ContentWarningReport.Category(id: category.id, name: category.name, level: level, passages: passages)
            }
        }
        let existingReport = existingSummary(existing, categories, document, scores, lexicon)
        let levels = categories.map { (id: $0.id, level: $0.level) }
        let text = categories.isEmpty ? "" : CWWording.sentence(levels, lexicon: lexicon)
        let graphic = categories.contains { $0.level == .graphic }
        let needed = !categories.isEmpty && (!existingReport.present || !existingReport.problems.isEmpty)
        let suggestion = ContentWarningReport.Suggestion(
            needed: needed, position: placement?.position, insertBeforeLine: placement?.line, text: text,
            markdown: text.isEmpty ? "" : CWWording.markdown(text),
            html: text.isEmpty ? "" : CWWording.html(text, graphic: graphic), placement: placement?.description ?? "")
        return ContentWarningReport(categories: categories, suggestion: suggestion, existing: existingReport,
                                    domain: .init(id: domain.id, figurative: domain.soft, evidence: domain.evidence))
    }

    /// Runs of consecutive blocks that hold a category, and the category's highest level; nil when it is absent.
    private static func passages(_ id: String, _ document: Document, _ scores: [CWBlockScore])
        -> ([ContentWarningReport.Passage], ContentWarningLevel)? {
        var passages: [ContentWarningReport.Passage] = []
        var highest: ContentWarningLevel?
        var previous: Int?
        var passageScore = 0.0
        let source = document.source
        for score in scores where score.scores[id] != nil || score.levels[id] != nil {
            guard let level = score.levels[id] else { continue }
            highest = max(highest ?? level, level)
            let block = document.blocks[score.blockIndex]
            let start = source.line(at: block.sourceRange.lowerBound)
            let end = source.line(at: max(block.sourceRange.lowerBound, block.sourceRange.upperBound - 1))
            let evidence = score.evidence[id] ?? []
            if let previous, previous == score.blockIndex - 1 || onlyGapsBetween(previous, score.blockIndex, scores, document) {
                passageScore += score.scores[id] ?? 0
                var last = passages.removeLast()
                last.endLine = max(last.endLine, end)
                last.graphic = last.graphic || level == .graphic
                last.evidence += evidence.filter { !last.evidence.contains($0) }
                passages.append(last)
            } else {
                passages.append(.init(startLine: start, endLine: end, graphic: level == .graphic, evidence: evidence))
                passageScore = score.scores[id] ?? 0
            }
            // Several mentions in a row describe the subject.
            if passageScore >= CWDetector.descriptionScore, highest == .mention { highest = .description }
            previous = score.blockIndex
            var last = passages.removeLast()
            let detail = last.evidence.filter { $0.contains("(explicit physical detail") || $0.contains("(injury to a body part") }.count
            last.reasons = ["weight \(String(format: "%g", passageScore)) (mention below \(Int(CWDetector.descriptionScore)), description from \(Int(CWDetector.descriptionScore)))"]
                + (last.graphic ? ["graphic: \(detail) explicit detail\(detail == 1 ? "" : "s") in or next to the passage"] : [])
            passages.append(last)
        }
        guard let highest else { return nil }
        return (passages, highest)
    }

    /// Alt texts between two blocks do not break a passage.
    private static func onlyGapsBetween(_ a: Int, _ b: Int, _ scores: [CWBlockScore], _ document: Document) -> Bool {
        guard b > a + 1 else { return true }
        return (a + 1..<b).allSatisfy { document.blocks[$0].kind == .altText }
    }

    private static func existingSummary(
        _ existing: [CWExistingWarning], _ categories: [ContentWarningReport.Category],
        _ document: Document, _ scores: [CWBlockScore], _ lexicon: CWLexicon
    ) -> ContentWarningReport.Existing {
        guard let first = existing.first else {
            return .init(present: false, line: nil, categories: [], problems: [])
        }
        let named = Set(existing.flatMap(\.categories))
        var problems: [ContentWarningReport.Problem] = []
        if named.isEmpty { problems.append(.vague) }
        let detected = Set(categories.map(\.id))
        if !detected.subtracting(named).isEmpty { problems.append(.missingCategories) }
        let notes = Set(existing.compactMap(\.blockIndex))
        let body = CWPlacement.bodyIndices(document, skipping: notes)
        let inFrontMatter = existing.contains { $0.blockIndex == nil }
        if !inFrontMatter, let noteBlock = first.blockIndex,
           let firstSensitive = placing(scores, lexicon).first(where: { body.contains($0.blockIndex) })?.blockIndex,
           noteBlock > firstSensitive {
            problems.append(.afterSensitivePassage)
        }
        let ordered = lexicon.categories.map(\.id).filter(named.contains)
        return .init(present: true, line: first.line, categories: ordered, problems: problems)
    }
}

/// Matches of the suicide-reporting and headline patterns in one block, as UTF-8 ranges of the block's text.
struct CWBlockMatches {
    /// Phrases to avoid with their replacement, in lexicon order.
    var suicideLanguage: [(range: Range<Int>, replacement: String)] = []
    var suicideMethods: [Range<Int>] = []
    var support = false
    /// The first headline-warning phrase, for the headline block only.
    var headlineWarning: Range<Int>?

    var isEmpty: Bool { suicideLanguage.isEmpty && suicideMethods.isEmpty && !support && headlineWarning == nil }

    init(_ words: CWWords, lexicon: CWLexicon, headline: Bool) {
        guard !words.isEmpty else { return }
        func text(_ range: Range<Int>) -> Range<Int> { words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound }
        for (pattern, replacement) in lexicon.suicideLanguage {
            suicideLanguage += pattern.matches(in: words).map { (text($0), replacement) }
        }
        suicideMethods = lexicon.suicideMethods.flatMap { $0.matches(in: words).map(text) }
        support = lexicon.support.contains { !$0.matches(in: words).isEmpty }
        if headline {
            headlineWarning = lexicon.headlineWarnings.lazy.compactMap { $0.matches(in: words).first.map(text) }.first
        }
    }
}
