import CopydeskCore
import Foundation
import Hunspell

/// Why a dictionary could not be set up; reported for the files that need it (exit status 2).
public struct DictionaryError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// A `SpellChecking` backed by one hunspell handle, with per-word caches. One per worker thread.
public final class HunspellChecker: SpellChecking {
    public let language: String
    private let hunspell: Hunspell
    private var spellCache: [String: Bool] = [:]
    private let sharedSuggestions: SuggestionCache
    private let cacheKey: String
    private let resources: Resources
    /// Made at the first misspelling: an article without one (the hook's usual case) never reads the frequency list.
    private lazy var suggester: Suggester = {
        let resources = self.resources
        let frequency = resources.cached("spelling.frequency") { FrequencyList(lines: resources.dataLines("spelling/frequency.txt")) }
        // ASCII letters and the apostrophe: accented TRY letters double the work for little gain in English.
        let letters = hunspell.tryCharacters.filter { ($0.isLowercaseLetter && $0.isASCII) || $0 == "'" }
        let near = resources.cached("spelling.near-words") { NearWordIndex(lines: resources.dataLines("spelling/frequency.txt")) }
        let (aff, dic) = (hunspell.affixPath, hunspell.dictionaryPath)
        let forms = { resources.cached("spelling.forms|" + aff + "|" + dic) { DictionaryFormsBox(DictionaryForms(affixPath: aff, dictionaryPath: dic)) }.forms }
        return Suggester(alphabet: letters.isEmpty ? Array("abcdefghijklmnopqrstuvwxyz".unicodeScalars) : letters,
                         frequency: frequency, near: near, forms: forms)
    }()
    /// The dictionary's longer forms beyond the frequency list, by their deletions: asked only for a long capitalised
    /// word with no known word within two edits, before taking it for a name.
    private lazy var rareFormSuggester: Suggester? = {
        let resources = self.resources
        let (aff, dic) = (hunspell.affixPath, hunspell.dictionaryPath)
        let frequency = suggester.frequency
        let index = resources.cached("spelling.rare-forms|" + aff + "|" + dic) {
            NearWordIndexBox(NearWordIndex.rareForms(affixPath: aff, dictionaryPath: dic, frequency: frequency, minimumLength: 6))
        }
        guard let near = index.index else { return nil }
        return Suggester(alphabet: suggester.alphabet, frequency: frequency, near: near)
    }()
    /// Hashes of the lower-case words added to this checker (word lists, configuration, front matter), which the
    /// dictionary's forms do not hold.
    private var addedForms = Set<UInt64>()

    /// - Parameters:
    ///   - resources: shared data (the frequency list that ranks suggestions).
    ///   - suggestions: a cache shared with the run's other workers; nil for a private one.
    public convenience init(language: String, configuration: Configuration, dataDirectory: String?) throws(DictionaryError) {
        try self.init(language: language, configuration: configuration, dataDirectory: dataDirectory,
                      resources: Resources(dataDirectory: dataDirectory ?? "Dictionaries"), suggestions: nil)
    }

    public init(language: String, configuration: Configuration, dataDirectory: String?, resources: Resources,
                suggestions: SuggestionCache?) throws(DictionaryError) {
        let name = DictionaryName.normalize(language)
        let baseDirectory = configuration.directory ?? "."
        let extra = configuration.spelling.dictionaryDirectories.map { Self.resolve($0, against: baseDirectory) }
        let locator = DictionaryLocator(extraDirectories: extra)
        guard let files = locator.locate(name) else {
            throw DictionaryError(description: """
                no hunspell dictionary for '\(name)' (looked in \(locator.directories.joined(separator: ", "))); \
                install it with 'apt-get install \(DictionaryName.package(for: name))' or set --dictionary-dir
                """)
        }
        do {
            hunspell = try Hunspell(affixPath: files.aff, dictionaryPath: files.dic)
        } catch {
            throw DictionaryError(description: "cannot open the '\(name)' dictionary: \(error)")
        }
        self.language = name
        sharedSuggestions = suggestions ?? SuggestionCache()
        cacheKey = name + "|" + (configuration.path ?? "") + "|"
        self.resources = resources
        try loadWordLists(configuration: configuration, dataDirectory: dataDirectory, baseDirectory: baseDirectory)
    }

    private static func resolve(_ path: String, against base: String) -> String {
        path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
    }

    /// The project's lists (`Dictionaries/spelling/*.dic`), then the configuration's files and words.
    private func loadWordLists(configuration: Configuration, dataDirectory: String?, baseDirectory: String) throws(DictionaryError) {
        var files: [String] = []
        if let dataDirectory {
            let folder = (dataDirectory as NSString).appendingPathComponent("spelling")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            files += names.filter { $0.hasSuffix(".dic") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
        }
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            apply(PersonalDictionary(parsing: text))
        }
        // The user's lists through the one strict loader (a configuration naming a bad one does not load).
        for list in configuration.spelling.wordLists {
            switch UserList.text(UserList.resolve(list, in: configuration)) {
            case .success(let text): apply(PersonalDictionary(parsing: text))
            case .failure(let problem):
                throw DictionaryError(description: "\(configuration.path ?? Configuration.fileName): spelling.word_lists: '\(list)' \(problem)")
            }
        }
        for word in configuration.spelling.words { hunspell.add(word); noteAdded(word) }
    }

    private func apply(_ list: PersonalDictionary) {
        list.apply(to: hunspell)
        for entry in list.entries {
            switch entry {
            case .word(let w), .withAffixes(let w, _): noteAdded(w)
            case .forbidden: break
            }
        }
    }

    private func noteAdded(_ word: String) {
        addedForms.insert(FrequencyList.hash(word.lowercased().unicodeScalars))
    }

    public func isCorrect(_ word: String) -> Bool {
        if let cached = spellCache[word] { return cached }
        let ok = hunspell.spell(word)
        spellCache[word] = ok
        return ok
    }

    /// Words one edit away, commonest first; hunspell's own suggest when there are none. Cached across workers.
    public func suggestions(for word: String) -> [String] {
        let key = cacheKey + word
        if let cached = sharedSuggestions.value(key) { return cached }
        // Candidates go straight to hunspell: caching non-words per typo would only cost memory.
        var list = suggester.candidates(for: word, limit: Self.limit, isAdded: addedForms.contains) { self.hunspell.spell($0) }
        if list.isEmpty { list = hunspell.suggest(word) }
        sharedSuggestions.store(key, list)
        return list
    }

    private static let limit = 8

    /// `suggestions(for:)` without hunspell's suggest: known words within `reach` edits (the first letter kept) or
    /// `anyReach` when nothing is within two. Cached across workers; a list equal to the full one is kept as that.
    public func nearWords(for word: String, rareWords: Bool, reach: Int, anyReach: Int) -> [String] {
        if let cached = sharedSuggestions.value(cacheKey + word) { return cached }
        let key = cacheKey + "near|\(rareWords)|\(reach)|\(anyReach)|" + word
        if let cached = sharedSuggestions.value(key) { return cached }
        var list = suggester.candidates(for: word, limit: Self.limit, rareWords: rareWords, isAdded: addedForms.contains) { self.hunspell.spell($0) }
        if rareWords, !list.isEmpty {
            sharedSuggestions.store(cacheKey + word, list)
            return list
        }
        if list.isEmpty, reach > 0, let rare = rareFormSuggester {
            list = rare.candidates(for: word, limit: Self.limit, rareWords: false) { self.hunspell.spell($0) }
        }
        if list.isEmpty, max(reach, anyReach) > 2 {
            list = suggester.distantCandidates(for: word, reach: reach, anyReach: anyReach, limit: Self.limit,
                                               others: rareFormSuggester?.near.map { [$0] } ?? []) { self.hunspell.spell($0) }
        }
        sharedSuggestions.store(key, list)
        return list
    }

    /// Builds now what the first misspelling would build (the frequency list, the two-edit index, the dictionary's
    /// forms and its rarer forms), for a service that must answer its first request as fast as its later ones.
    public func prepareSuggestions() {
        _ = suggester.forms?()
        _ = rareFormSuggester
    }

    /// hunspell's own suggestions, uncached (for measuring the fast path against it).
    public func hunspellSuggestions(for word: String) -> [String] {
        hunspell.suggest(word)
    }

    public func add(_ word: String) {
        hunspell.add(word)
        noteAdded(word)
        spellCache[word] = true
    }
}

final class NearWordIndexBox: Sendable {
    let index: NearWordIndex?
    init(_ index: NearWordIndex?) { self.index = index }
}

/// The forms of one dictionary, shared by a run's workers; `forms` is nil for an affix file the reader does not follow.
final class DictionaryFormsBox: Sendable {
    let forms: DictionaryForms?
    init(_ forms: DictionaryForms?) { self.forms = forms }
}
