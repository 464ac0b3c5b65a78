import Foundation
import CopydeskCore

/// The content-warning lexicons under `Dictionaries/content-warnings/`, loaded once per run.
struct CWLexicon: Sendable {
    /// A category: its id, reader-facing name, the noun phrase used in wording, and the words that name it in a warning.
    struct Category: Sendable {
        var id: String
        var name: String
        var noun: String
        var covers: String
        var aliases: [CWPattern]
        /// A custom category's own sentence, added to the warning as written.
        var notice: String?
        /// Categories whose naming in a warning covers this one too (a warning about suicide covers the death).
        var impliedBy: [String] = []
        /// Generic categories this one absorbs in a paragraph that holds both (`violence_gore` in a rape story).
        var absorbs: [String] = []
        /// Whole-article weight below which a category that is only mentioned is dropped (0: never; `described` in the
        /// file: infinity, so only a described passage, the headline or the lede keeps it).
        var salience: Double = 0
        /// The lowest level at which a passage of this category places the note (`description` for surgery: a
        /// mention of an operation is not what the reader is warned about).
        var placedFrom: ContentWarningLevel = .mention
    }

    /// A sensitive term with its weight; `needsPerson` terms count only when a person is named near them.
    struct Term: Sendable {
        var pattern: CWPattern
        var weight: Double
        /// Figurative-prone (flag `f`, or the older `p`): judged in its clause and by the article's desk.
        var needsPerson: Bool
        /// Modifier-prone (flag `m`): does not count after a modifier that is not literal ("electoral suicide").
        var modifierProne: Bool = false
        /// Flag `a`: counts only when its sentence names an animal ("left without adequate food or shelter").
        var needsAnimal: Bool = false
        /// Flag `c`: counts only when its sentence names a child (`children.txt`: "a five-year-old boy was left alone for days").
        var needsChild: Bool = false
        /// Flag `b`: names the setting, not a harm ("the war", "government forces"): it counts for the category but
        /// does not place the note, and a category named only so is background.
        var background: Bool = false
        /// Flag `i`: an intransitive verb ("died", "drowned"): the one affected is its subject, not the word before it.
        var intransitive: Bool = false
        /// Flag `g`: mourning rather than the death itself (funeral, grief, bereaved): grief described at length
        /// keeps `death_grief` beside the specific category that absorbs a death.
        var grief: Bool = false
        /// Flag `j`: an adjective judged by the noun it modifies ("suicidal thoughts", not "suicidal tactics").
        var adjective: Bool = false
        /// Flag `o`: names an act a specific category may own when no substance is named ("took an overdose" in a
        /// self-harm story is self-harm).
        var act: Bool = false
        /// Flag `d`: needs a death cue in its sentence (`death-cues.txt`): "her own body" is not a death.
        var needsDeathCue: Bool = false
    }

    /// A term of explicit physical detail; `categories` nil means it makes any category graphic.
    struct GraphicTerm: Sendable {
        var pattern: CWPattern
        var weight: Double
        var categories: Set<String>?
    }

    var categories: [Category] = []
    var terms: [String: [Term]] = [:]
    var graphic: [GraphicTerm] = []
    var exclusions: [CWPattern] = []
    var negations: [CWPattern] = []
    var children: [CWPattern] = []
    var persons: Set<String> = []
    /// Things a `p` term can be done to that are not people ("the opposition", "the field").
    var objects: Set<String> = []
    /// Lower-case prefixes that open an inline warning ("content warning:", "cw:").
    var noteMarkers: [String] = []
    /// Openings that make a warning only in a short note at the top or before a heading ("editor's note").
    var structuralNoteMarkers: [String] = []
    var vague: [CWPattern] = []
    /// Phrases the reporting guidelines ask to avoid, with their replacement.
    var suicideLanguage: [(pattern: CWPattern, replacement: String)] = []
    var suicideMethods: [CWPattern] = []
    var support: [CWPattern] = []
    var headlineWarnings: [CWPattern] = []
    /// Desks and their vocabulary (`domains.tsv`).
    var desks: [CWDesk] = []
    /// Words that corroborate literal harm in a paragraph (`corroboration.txt`).
    var corroboration: [CWPattern] = []
    /// Unreal frames (`irrealis.txt`).
    var irrealis: [CWPattern] = []
    /// Modifiers that keep a modifier-prone term literal (`literal-modifiers.txt`: "assisted suicide", "drug addiction").
    var literalModifiers: Set<String> = []
    /// Injury words composed with a body part into graphic detail (`injuries.txt`).
    var injuries: [CWPattern] = []
    /// Accidents (`accidents.txt`): a figurative-prone violence word in a sentence naming one is a death, not violence.
    var accidents: [CWPattern] = []
    /// Armed-conflict vocabulary (`conflict.txt`): enough of it makes war words literal whatever they are done to.
    var conflict: [CWPattern] = []
    /// Statistical frames (`statistics.txt`): a term in a clause about a rate or a trend counts half ("assaults on
    /// staff had risen by 40%").
    var statistics: [CWPattern] = []
    /// Death cues (`death-cues.txt`) a flag-`d` term needs in its sentence ("the body was found").
    var deathCues: [CWPattern] = []
    /// Nouns after a flag-`j` adjective that keep it literal (`literal-heads.txt`: suicidal thoughts, feelings).
    var literalHeads: Set<String> = []
    /// Openings of a short self-describing note in place (`note-openings.txt`: "the following article discusses").
    var noteOpenings: [CWPattern] = []

    static let folder = "content-warnings/"

    /// The built-in lexicons, shared by every document of a run.
    static func builtIn(_ resources: Resources) -> CWLexicon {
        resources.cached("content-warnings.lexicon") { load(resources) }
    }

    private static func load(_ resources: Resources) -> CWLexicon {
        var lexicon = CWLexicon()
        let lines = { (name: String) in resources.dataLines(folder + name) }
        for line in lines("categories.tsv") {
            let f = fields(line)
            guard f.count >= 4 else { continue }
            let aliases = (f.count > 4 ? f[4].split(separator: "|").map(String.init) : []) + [f[2]]
            let list = { (i: Int) in f.count > i && f[i] != "-" ? f[i].split(separator: ",").map(String.init) : [] }
            lexicon.categories.append(Category(id: f[0], name: f[1], noun: f[2], covers: f[3],
                                               aliases: aliases.compactMap { CWPattern($0) }, impliedBy: list(5),
                                               absorbs: list(6), salience: f.count > 7 ? (f[7] == "described" ? .infinity : Double(f[7]) ?? 0) : 0,
                                               placedFrom: f.count > 8 ? ContentWarningLevel(rawValue: f[8]) ?? .mention : .mention))
        }
        for category in lexicon.categories {
            lexicon.terms[category.id] = lines("terms/\(category.id).txt").compactMap(term)
        }
        lexicon.graphic = lines("graphic.txt").compactMap { line in
            let f = fields(line)
            guard let pattern = CWPattern(f[0]) else { return nil }
            let weight = f.count > 1 ? Double(f[1]) ?? 1 : 1
            let cats = f.count > 2 && f[2] != "*" ? Set(f[2].split(separator: ",").map(String.init)) : nil
            return GraphicTerm(pattern: pattern, weight: weight, categories: cats)
        }
        let patterns = { (name: String) in lines(name).compactMap { CWPattern(fields($0)[0]) } }
        lexicon.exclusions = patterns("exclusions.txt")
        lexicon.negations = patterns("negations.txt")
        lexicon.children = patterns("children.txt")
        lexicon.persons = Set(lines("persons.txt").map { $0.lowercased() })
        lexicon.objects = Set(lines("objects.txt").map { $0.lowercased() })
        for line in lines("warning-notes.txt") {
            let f = line.split(separator: "\t")
            let marker = String(f[0]).trimmingCharacters(in: .whitespaces).lowercased()
            if f.count > 1, f[1].contains("structural") { lexicon.structuralNoteMarkers.append(marker) }
            else { lexicon.noteMarkers.append(marker) }
        }
        lexicon.vague = patterns("vague.txt")
        lexicon.suicideLanguage = lines("suicide-language.txt").compactMap { line in
            let f = fields(line)
            guard f.count > 1, let pattern = CWPattern(f[0]) else { return nil }
            return (pattern, f[1])
        }
        lexicon.suicideMethods = patterns("suicide-methods.txt")
        lexicon.support = patterns("support.txt")
        lexicon.headlineWarnings = patterns("headline.txt")
        lexicon.corroboration = patterns("corroboration.txt")
        lexicon.irrealis = patterns("irrealis.txt")
        lexicon.injuries = patterns("injuries.txt")
        lexicon.accidents = patterns("accidents.txt")
        lexicon.conflict = patterns("conflict.txt")
        lexicon.statistics = patterns("statistics.txt")
        lexicon.deathCues = patterns("death-cues.txt")
        lexicon.literalHeads = Set(lines("literal-heads.txt").map { $0.fastLowercased })
        lexicon.noteOpenings = patterns("note-openings.txt")
        lexicon.literalModifiers = Set(lines("literal-modifiers.txt").map { $0.fastLowercased })
        lexicon.desks = lines("domains.tsv").compactMap { line in
            let f = fields(line)
            guard f.count >= 4 else { return nil }
            let sections = Set(f[2].split(separator: "|").map { String($0).fastLowercased })
            let vocabulary = f[3].split(separator: "|").compactMap { CWPattern(String($0)) }
            return CWDesk(id: f[0], soft: f[1] == "soft", sections: sections, vocabulary: vocabulary)
        }
        return lexicon
    }

    /// `term<TAB>weight<TAB>flags`; weight defaults to 2, flag `p` means "needs a person nearby".
    static func term(_ line: String) -> Term? {
        let f = fields(line)
        guard let pattern = CWPattern(f[0]) else { return nil }
        let weight = f.count > 1 ? Double(f[1]) ?? 2 : 2
        let flags = f.count > 2 ? f[2] : ""
        return Term(pattern: pattern, weight: weight, needsPerson: flags.contains("p") || flags.contains("f"),
                    modifierProne: flags.contains("m"), needsAnimal: flags.contains("a"), needsChild: flags.contains("c"),
                    background: flags.contains("b"), intransitive: flags.contains("i"), grief: flags.contains("g"),
                    adjective: flags.contains("j"), act: flags.contains("o"), needsDeathCue: flags.contains("d"))
    }

    static func fields(_ line: String) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The lexicon for one configuration: enabled built-in categories plus the newsroom's own.
    func configured(_ config: ContentWarningsConfiguration) -> CWLexicon {
        var copy = self
        copy.categories = categories.filter { config.isEnabled($0.id) }
        for custom in config.customCategories {
            let patterns = custom.terms.compactMap { CWPattern($0) }
            copy.categories.append(Category(id: custom.id, name: custom.name, noun: custom.name.lowercased(),
                                            covers: custom.name, aliases: [], notice: custom.wording))
            copy.terms[custom.id] = patterns.map { Term(pattern: $0, weight: config.minScore, needsPerson: false) }
        }
        return copy
    }

    func category(_ id: String) -> Category? { categories.first { $0.id == id } }
}
