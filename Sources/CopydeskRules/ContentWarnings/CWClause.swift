import CopydeskCore

/// Judges one candidate term in its clause: who or what is affected, negation to the end of the clause, an
/// unreal frame, a modifier frame ("electoral suicide"). Built only for paragraphs with candidates, so its cost
/// grows with hits, not with words.
struct CWClause {
    let words: CWWords
    /// Clause number of each word: a new clause after , ; : ( ) or a dash, or before a linking word.
    let clause: [Int]
    /// Like `clause`, but a comma does not end it: "the deepest wound, to the left side of his chest" is one phrase
    /// for graphic detail.
    let phrase: [Int]

    /// Who or what a term is done to.
    enum Affected: Equatable {
        case person(Int), animal(Int), thing(Int), body(Int), group(Int)
        /// A capitalised name the table does not know ("Smith", "Arsenal").
        case name(Int)
        /// No noun phrase found.
        case unknown

        var index: Int? {
            switch self {
            case .person(let i), .animal(let i), .thing(let i), .body(let i), .group(let i), .name(let i): return i
            case .unknown: return nil
            }
        }
    }

    static let linking: Set<String> = [
        "but", "while", "although", "though", "because", "whereas", "after", "before", "when", "until", "since",
        "who", "which", "whose", "where", "and", "or", "so", "that",
    ]
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that", "these", "those",
        "some", "several", "many", "all", "both", "another", "every", "each", "any", "off", "up", "out", "down",
        "more", "most", "few", "dozens", "hundreds", "thousands", "scores",
    ]
    /// Words that end a noun phrase.
    static let stops: Set<String> = [
        "of", "in", "on", "at", "by", "with", "for", "from", "to", "into", "after", "over", "during", "near",
        "outside", "inside", "as", "than", "about", "against", "through", "across", "behind", "under", "before",
        "and", "or", "but", "while", "who", "which", "that", "was", "were", "is", "are", "be", "been", "being",
        "has", "have", "had", "said", "says", "told", "added", "say", "will", "would", "could", "should", "can",
        "may", "might", "when", "if", "because", "last", "this", "yesterday", "today", "on", "so", "then", "not",
    ]
    static let auxiliaries: Set<String> = ["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "getting"]
    /// Body words too general or too often figurative to make detail ("heart of the matter", "hand", "face the music").
    static let ignoredBody: Set<String> = ["heart", "hand", "hands", "body", "bodies", "cell", "cells", "system", "tissue", "mind", "nerve", "nerves", "side", "back", "lap", "hair", "belly", "feet", "foot"]
    static let subjectPronouns: Set<String> = ["he", "she", "i", "we", "you"]
    static let pronounPersons: Set<String> = ["him", "her", "me", "us", "himself", "herself", "themselves", "myself", "you", "he", "she", "i", "we"]

    init(_ words: CWWords, text: String) {
        self.words = words
        var clause = [Int](repeating: 0, count: words.count)
        var phrase = clause
        var current = 0, currentPhrase = 0
        var previousEnd = 0
        var previousSentence = 0
        var text = text
        text.withUTF8 { bytes in
            for i in words.indices {
                let w = words[i]
                let gap = bytes[min(previousEnd, w.range.lowerBound)..<w.range.lowerBound]
                if i > 0 && (w.sentence != previousSentence || Self.linking.contains(w.text)
                    || gap.contains(where: { $0 == 0x2C || $0 == 0x3B || $0 == 0x3A || $0 == 0x28 || $0 == 0x29 || $0 == 0xE2 })) {
                    current += 1
                }
                if i > 0 && (w.sentence != previousSentence || Self.linking.contains(w.text)
                    || gap.contains(where: { $0 == 0x3B || $0 == 0x3A || $0 == 0x28 || $0 == 0x29 || $0 == 0xE2 })) {
                    currentPhrase += 1
                }
                clause[i] = current
                phrase[i] = currentPhrase
                previousEnd = w.range.upperBound
                previousSentence = w.sentence
            }
        }
        self.clause = clause
        self.phrase = phrase
    }

    private func cls(_ i: Int, _ nouns: CWNounClasses) -> Affected? {
        let word = words[i]
        if Self.pronounPersons.contains(word.text) { return .person(i) }
        // Function words are never the noun ("in" is indium and "at" a currency to WordNet).
        if Self.stops.contains(word.text) || Self.prepositions.contains(word.text) || Self.determiners.contains(word.text) { return nil }
        // A capitalised word mid-sentence is a name first ("Ms Dace", "Arsenal"), whatever the table says.
        if word.isName, !nouns.isPersonTitle(word.text) { return .name(i) }
        if let c = nouns.classify(word.text) {
            switch c {
            case .person: return .person(i)
            case .animal: return .animal(i)
            case .thing: return .thing(i)
            case .body: return .body(i)
            case .group: return .group(i)
            }
        }
        if word.isName { return .name(i) }
        return nil
    }

    /// The noun phrase after `index` in the same clause: its people or animals first, else its last known noun.
    private func phrase(after index: Int, _ nouns: CWNounClasses, through: Set<String> = []) -> Affected? {
        var j = index
        var best: Affected?
        var taken = 0
        // When the next word is not a noun phrase's start ("the beatings happened most nights"), what follows is
        // the rest of the sentence, not the one affected: only a person or animal there still counts.
        var strict = false
        let own = clause[min(index, words.count - 1)]
        // "her" before another word is a determiner ("killed her husband"); alone it is the person.
        while j < words.count, clause[j] == own, taken < 5 {
            let text = words[j].text
            if taken == 0, through.contains(text) { j += 1; continue }
            if Self.stops.contains(text) { break }
            taken += 1
            if Self.determiners.contains(text) && !(text == "her" && (j + 1 == words.count || clause[j + 1] != own)) {
                j += 1; continue
            }
            let c = cls(j, nouns)
            if taken == 1, c == nil, words[j].number == nil, !words[j].isName { strict = true }
            if let c {
                switch c {
                case .person, .animal: return c
                default: if !strict { best = c }
                }
            }
            j += 1
        }
        return best
    }

    static let prepositions: Set<String> = ["of", "on", "in", "at", "for", "with", "from", "by", "to", "behind", "after", "near", "into", "over", "under"]
    static let relatives: Set<String> = ["who", "which", "that", "whom"]
    static let speech: Set<String> = ["said", "says", "told", "added", "say", "claimed", "claims", "believes", "thinks", "reported"]

    /// The subject of a passive: walking back from the auxiliary within the sentence (not past a speech verb), the
    /// first noun that is not inside a prepositional phrase ("Men who fell behind on the work parties were beaten").
    private func passiveSubject(before aux: Int, sentence: Int, _ nouns: CWNounClasses) -> Affected? {
        // A subject pronoun just before the verb is the subject ("after he was attacked": "after" is a conjunction here).
        var p = aux - 1
        while p >= 0, words[p].sentence == sentence, words[p].text.hasSuffix("ly") { p -= 1 }
        if p >= 0, words[p].sentence == sentence, Self.subjectPronouns.contains(words[p].text) { return .person(p) }
        // A relative clause between the subject and its verb belongs to the subject: "Men who fell behind on the work
        // parties were beaten" is about the men, whatever nouns the relative clause holds.
        var r = aux - 1
        while r > 0, words[r].sentence == sentence, aux - r <= 12, !Self.speech.contains(words[r].text) {
            if Self.relatives.contains(words[r].text) {
                if words[r - 1].sentence == sentence, let c = cls(r - 1, nouns) { return c }
                break
            }
            r -= 1
        }
        var i = aux - 1
        var steps = 0
        while i >= 0, words[i].sentence == sentence, steps < 10, !Self.speech.contains(words[i].text) {
            if let c = cls(i, nouns) {
                var j = i - 1
                var inPhrase = false
                while j >= 0, j >= i - 3, words[j].sentence == sentence {
                    if Self.prepositions.contains(words[j].text), !isQuantifier(j) { inPhrase = true; break }
                    // A noun before it is the same compound ("his cell block"); the phrase may still open before it.
                    j -= 1
                }
                if !inPhrase { return c }
            }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// "at least", "at most", "up to": a number's quantifier, not a preposition ("At least 12 people have died").
    private func isQuantifier(_ j: Int) -> Bool {
        let next = j + 1 < words.count ? words[j + 1].text : ""
        let previous = j > 0 ? words[j - 1].text : ""
        return (words[j].text == "at" && (next == "least" || next == "most")) || (words[j].text == "to" && previous == "up")
    }

    /// Who or what the term at `range` affects: the subject of a passive ("her bill was killed"), the object
    /// ("killed the budget"), "attack on X" or "murder of X", else the word before it ("the boy's murder").
    func affected(_ range: Range<Int>, _ nouns: CWNounClasses, intransitive: Bool = false) -> Affected {
        let start = range.lowerBound
        let own = clause[start]
        // An intransitive verb ("two men in his block died") is about its subject, found like a passive's.
        if intransitive, let c = passiveSubject(before: start, sentence: words[start].sentence, nouns) { return c }
        // Passive: an auxiliary up to two words before (skipping adverbs), or "by" after.
        var k = start - 1
        while k >= 0, clause[k] == own, words[k].text.hasSuffix("ly") { k -= 1 }
        let passive = (k >= 0 && clause[k] == own && Self.auxiliaries.contains(words[k].text))
            || (range.upperBound < words.count && words[range.upperBound].text == "by")
        if passive, let c = passiveSubject(before: k >= 0 && Self.auxiliaries.contains(words[k].text) ? k : start, sentence: words[start].sentence, nouns) {
            return c
        }
        if range.upperBound < words.count, clause[range.upperBound] == own,
           let c = phrase(after: range.upperBound, nouns, through: ["of", "on", "against", "at", "upon"]) {
            return c
        }
        if start > 0, clause[start - 1] == own, !Self.determiners.contains(words[start - 1].text), let c = cls(start - 1, nouns) {
            return c
        }
        return .unknown
    }

    /// A cue (`negations.txt`) anywhere before the term in its clause: "no one was hurt", "a non-fatal stabbing".
    /// "non" ("non-fatal") negates only the word it is joined to.
    /// A nominal cue ("without", "no", "nobody was") negates the few words after it, not the rest of the clause:
    /// "kept them in a caravan without heating have been jailed under the Modern Slavery Act".
    func negated(_ range: Range<Int>, _ negators: [Range<Int>]) -> Bool {
        negators.contains { neg in
            guard neg.upperBound <= range.lowerBound, clause[neg.lowerBound] == clause[range.lowerBound] else { return false }
            let cue = words[neg.lowerBound].text
            if cue == "non" { return neg.upperBound == range.lowerBound }
            return Self.verbalNegations.contains(cue) || range.lowerBound - neg.upperBound < Self.nominalNegationWords
        }
    }

    /// Negations that hold to the end of the clause ("was not fatal", "never charged"); the others hold this many words.
    static let verbalNegations: Set<String> = ["not", "never", "neither", "nor"]
    static let nominalNegationWords = 4

    /// An unreal frame (`irrealis.txt`) before the term in its clause.
    func unreal(_ range: Range<Int>, _ cues: [Range<Int>]) -> Bool {
        cues.contains { $0.upperBound <= range.lowerBound && clause[$0.lowerBound] == clause[range.lowerBound] }
    }

    /// An adjective's noun in its clause is a thing or an institution, not listed as literal (`literal-heads.txt`):
    /// "suicidal tactics", not "suicidal thoughts" or "a suicidal patient"; predicative use ("she was suicidal") stays.
    func figurativeHead(_ range: Range<Int>, literal: Set<String>, _ nouns: CWNounClasses) -> Bool {
        let i = range.upperBound
        guard i < words.count, clause[i] == clause[range.lowerBound], !Self.stops.contains(words[i].text),
              !literal.contains(words[i].text) else { return false }
        switch cls(i, nouns) {
        case .thing?, .group?: return true
        default: return false
        }
    }

    /// A modifier before the term that is not a person and not a literal one: "electoral suicide", "gambling addiction".
    func modifierFrame(_ range: Range<Int>, literal: Set<String>, _ nouns: CWNounClasses) -> Bool {
        let i = range.lowerBound - 1
        guard i >= 0, clause[i] == clause[range.lowerBound] else { return false }
        let word = words[i].text
        if Self.determiners.contains(word) || Self.stops.contains(word) || literal.contains(word) || words[i].number != nil { return false }
        if case .person = cls(i, nouns) { return false }
        return true
    }
}
