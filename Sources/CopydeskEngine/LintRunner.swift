import CopydeskCore
import CopydeskFormats
import CopydeskRules
import CopydeskSpelling
import Foundation

/// How a run reads its files.
public struct LintOptions: Sendable {
    /// `--syntax`: overrides the extension.
    public var syntax: Syntax?
    /// `--lang`: overrides front matter and configuration.
    public var language: String?
    /// `--dictionary-dir`: searched before the configured and system folders.
    public var dictionaryDirectories: [String] = []
    /// `--stdin-filename`: the name used for `-`, which also picks its syntax and configuration.
    public var stdinFilename: String?
    public var jobs = 1
    /// `--fix`: apply the safe fixes (and the opted-in rules' ones) and insert missing content warnings,
    /// atomically. Files are written in place; standard input's fixed text goes on the result.
    public var fix = false
    /// `--fix=RULE_ID`: rules (or families) whose wording changes `--fix` also applies.
    public var fixRules: Set<String> = []
    /// `--diff`: work the fixes out and put a unified diff on the result; write nothing.
    public var diff = false
    /// Symbolic links are never followed out of this folder when fixing (the repository root, else the working folder).
    public var writeRoot: String?
    /// Keep each file's parsed document on its result (`FileResult.document`), for reports that show the article.
    public var keepSources = false

    public init() {}
}

/// Checks files on worker threads, each with its own hunspell handles, and hands results back in input order
/// as soon as each is ready, so output streams and memory follows the largest file, not the number of files.
public final class LintRunner: @unchecked Sendable {
    public let options: LintOptions
    public let resolver: ConfigurationResolver
    public let resources: Resources
    private let dataDirectory: String?
    private let stdinBytes: [UInt8]?
    /// Relative `--dictionary-dir` folders and standard input's configuration are read from here.
    public let workingDirectory: String
    /// Suggestions worked out once per run, shared by the workers.
    let suggestions = SuggestionCache()
    /// Idle workers for `check(_:)`, kept with their hunspell handles between calls.
    private var idle: [Worker] = []
    private let idleLock = NSLock()

    public init(options: LintOptions, resolver: ConfigurationResolver, dataDirectory: String?, stdin: [UInt8]? = nil,
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.options = options
        self.resolver = resolver
        self.dataDirectory = dataDirectory
        self.resources = Resources(dataDirectory: dataDirectory ?? "Dictionaries")
        self.stdinBytes = stdin
        self.workingDirectory = workingDirectory
    }

    /// Checks one item on the calling thread with an idle worker (made when none is free). Safe to call from
    /// many threads at once: a long-lived service shares one runner, and each worker serves one call at a time.
    public func check(_ item: InputItem) -> FileResult {
        idleLock.lock()
        let worker = idle.popLast() ?? Worker(runner: self)
        idleLock.unlock()
        let result = worker.check(item)
        idleLock.lock()
        idle.append(worker)
        idleLock.unlock()
        return result
    }

    /// Opens dictionaries before the first `check(_:)`, for a service's start-up: `count` idle workers, each with
    /// the dictionaries of `languages` open (declared names, resolved as for a text configured at `configPath`).
    /// Per language, its dictionary's name and, when it cannot be opened, why (the first worker's answers).
    public func prepare(workers count: Int, languages: [String], configPath: String) -> [(name: String, failure: String?)] {
        let configuration: Configuration
        switch resolver.configuration(forFile: configPath) {
        case .success(let resolved): configuration = resolved
        case .failure(let error): return [(name: languages.first ?? "", failure: "configuration error: \(error)")]
        }
        var answers: [(name: String, failure: String?)] = []
        var made: [Worker] = []
        for index in 0..<max(1, count) {
            let worker = Worker(runner: self)
            for language in languages {
                let name = DictionaryName.resolve(language, configured: configuration.language)
                var failure: String?
                switch worker.checker(language: name, configuration: configuration) {
                case .success(let checker): checker.prepareSuggestions()
                case .failure(let error): failure = error.description
                }
                if index == 0 { answers.append((name, failure)) }
            }
            made.append(worker)
        }
        // One article through the first worker loads the rules' shared data (lexicons, word lists) before the
        // first request, so no request waits for it; the others share what it loaded.
        if let first = made.first {
            _ = first.check(.text(LintText(path: "warm-up.md", bytes: Array(Self.warmUpArticle.utf8))))
        }
        idleLock.lock()
        idle += made
        idleLock.unlock()
        return answers
    }

    /// A short article that reaches every family: a typo, a capitalised near miss, a name, long sentences, a
    /// sensitive passage and a plain-language swap.
    static let warmUpArticle = """
        ---
        title: Warm-up
        ---
        # Council Aproves Harbour Plan

        The Goverment said on Wendesday that Councillor Adaeze Okonkwo-Brathwaite would utilise the recieved funds.
        An inquest heard that the victim was stabbed repeatedly and died of blood loss at the scene in Harbourside.

        """

    /// Checks every item; `emit` is called on the calling thread, in input order.
    public func run(_ items: [InputItem], emit: (Int, FileResult) -> Void) {
        let jobs = max(1, min(options.jobs, items.count))
        if jobs == 1 {
            let worker = Worker(runner: self)
            for (i, item) in items.enumerated() { emit(i, worker.check(item)) }
            return
        }
        let state = SharedState(count: items.count)
        var threads: [Thread] = []
        for _ in 0..<jobs {
            let thread = Thread { [self] in
                let worker = Worker(runner: self)
                while let index = state.take() {
                    state.put(index, worker.check(items[index]))
                }
            }
            thread.stackSize = 8 << 20
            threads.append(thread)
            thread.start()
        }
        for index in 0..<items.count {
            emit(index, state.wait(for: index))
        }
    }

    /// Per-thread state: its linter and spell checkers.
    final class Worker {
        let runner: LintRunner
        var checkers: [String: Result<HunspellChecker, DictionaryError>] = [:]
        lazy var linter = Linter(resources: runner.resources) { [unowned self] language, configuration in
            try? self.checker(language: language, configuration: configuration).get()
        }

        init(runner: LintRunner) { self.runner = runner }

        func checker(language: String, configuration: Configuration) -> Result<HunspellChecker, DictionaryError> {
            let key = language + "|" + (configuration.path ?? "")
            if let existing = checkers[key] { return existing }
            var config = configuration
            config.spelling.dictionaryDirectories = runner.options.dictionaryDirectories.map { absolute($0) }
                + configuration.spelling.dictionaryDirectories
            let result: Result<HunspellChecker, DictionaryError>
            do {
                result = .success(try HunspellChecker(language: language, configuration: config, dataDirectory: runner.dataDirectory,
                                                      resources: runner.resources, suggestions: runner.suggestions))
            } catch {
                result = .failure(error)
            }
            checkers[key] = result
            return result
        }

        private func absolute(_ path: String) -> String {
            path.hasPrefix("/") ? path : runner.workingDirectory + "/" + path
        }

        func check(_ item: InputItem) -> FileResult {
            switch item {
            case .problem(let path, let message):
                return .failure(path: path, syntax: .text, message: message)
            case .stdin:
                let display = runner.options.stdinFilename ?? "<stdin>"
                let configPath = runner.options.stdinFilename ?? "\(runner.workingDirectory)/stdin"
                return check(path: display, configPath: configPath, bytes: runner.stdinBytes ?? [], writable: false)
            case .text(let text):
                // A label only: configured as a file of the working folder, never opened.
                return check(path: text.path, configPath: "\(runner.workingDirectory)/stdin", bytes: text.bytes, writable: false,
                             syntax: text.syntax, language: text.language)
            case .content(let path, let configPath, let bytes):
                return check(path: path, configPath: configPath, bytes: bytes, writable: false)
            case .file(let path):
                let located = absolute(path)
                switch FileReading.read(located) {
                case .success(let bytes): return check(path: path, configPath: located, bytes: bytes, writable: true)
                case .failure(let error): return .failure(path: path, syntax: .text, message: error.message)
                }
            }
        }

        private func check(path: String, configPath: String, bytes: [UInt8], writable: Bool, syntax declared: Syntax? = nil,
                           language declaredLanguage: String? = nil) -> FileResult {
            let syntax = declared ?? runner.options.syntax ?? Syntax(pathExtension: (path as NSString).pathExtension) ?? .text
            let configuration: Configuration
            switch runner.resolver.configuration(forFile: configPath) {
            case .success(let config): configuration = config
            case .failure(var error):
                error.path = DisplayPath.relative(error.path, to: runner.workingDirectory)
                return .failure(path: path, syntax: syntax, message: "configuration error: \(error)")
            }
            let source: SourceText
            do {
                source = try SourceDecoder.decode(bytes)
            } catch {
                return .failure(path: path, syntax: syntax, message: error.description)
            }
            let document: Document
            do {
                document = try DocumentReader.parse(source, path: path, syntax: syntax)
            } catch {
                return .failure(path: path, syntax: syntax, message: "\(error)")
            }
            let language = DictionaryName.resolve(
                declaredLanguage ?? runner.options.language ?? document.metadataLanguage ?? configuration.language, configured: configuration.language)
            if case .failure(let error) = checker(language: language, configuration: configuration) {
                return .failure(path: path, syntax: syntax, message: error.description)
            }
            var result = linter.lint(document, configuration: configuration, language: language)
            if runner.options.keepSources { result.document = document }
            result.article = ArticleFields(document)
            guard runner.options.fix else { return result }
            var fixed = fix(result, document: document, raw: bytes, configuration: configuration, language: language,
                            inPlace: writable && !runner.options.diff)
            fixed.article = result.article
            return fixed
        }

        /// Applies fixes, writes the file atomically when `inPlace`, and returns the findings of the fixed text with
        /// what was done (and, for `--diff` and standard input, the diff and the fixed text).
        private func fix(_ result: FileResult, document: Document, raw: [UInt8], configuration: Configuration, language: String,
                         inPlace: Bool) -> FileResult {
            var fixer = FileFixer(document: document, result: result)
            let relint = { (document: Document) in self.linter.lint(document, configuration: configuration, language: language) }
            guard let fixed = fixer.run(configuration: configuration, optIn: runner.options.fixRules, relint: relint) else {
                var unchanged = result
                unchanged.fixes = FixOutcome(applied: [], fixed: inPlace ? [] : document.source.utf8, diff: "")
                return unchanged
            }
            if inPlace {
                do {
                    try AtomicWriter.write(AtomicWriter.encode(fixed.document.source.utf8, like: raw), to: absolute(result.path),
                                           original: raw, root: runner.options.writeRoot)
                } catch {
                    var failed = result
                    failed.error = "could not apply fixes: \(error)"
                    return failed
                }
            }
            var out = fixed.result
            if runner.options.keepSources { out.document = fixed.document }
            let diff = runner.options.diff ? UnifiedDiff.make(old: document.source.utf8, new: fixed.document.source.utf8, path: result.path) : ""
            out.fixes = FixOutcome(applied: fixed.applied, fixed: inPlace ? [] : fixed.document.source.utf8, diff: diff)
            return out
        }
    }

    /// Work queue and ordered results shared by the workers and the emitting thread.
    final class SharedState: @unchecked Sendable {
        private let condition = NSCondition()
        private var next = 0
        private var emitted = 0
        private let count: Int
        private var results: [Int: FileResult] = [:]
        /// How far workers may run ahead of the output.
        private let window = 64

        init(count: Int) { self.count = count }

        func take() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while next < count && next - emitted >= window { condition.wait() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func put(_ index: Int, _ result: FileResult) {
            condition.lock()
            results[index] = result
            condition.broadcast()
            condition.unlock()
        }

        func wait(for index: Int) -> FileResult {
            condition.lock()
            defer { condition.unlock() }
            while results[index] == nil { condition.wait() }
            emitted = index + 1
            condition.broadcast()
            return results.removeValue(forKey: index)!
        }
    }
}

/// Reads a file's bytes with a clear message on failure.
public enum FileReading {
    public struct Failure: Error, Sendable { public var message: String }

    public static func read(_ path: String) -> Result<[UInt8], Failure> {
        // Non-blocking, so a named pipe cannot hang the run before it is recognised below.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else {
            return .failure(Failure(message: "cannot read the file: \(String(cString: strerror(errno)))"))
        }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .failure(Failure(message: "is a folder"))
            case S_IFREG: break
            default: return .failure(Failure(message: "not a regular file (a named pipe, device or socket); not an article"))
            }
        }
        var bytes: [UInt8] = []
        if info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(message: "cannot read the file: \(String(cString: strerror(errno)))"))
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return .success(bytes)
    }
}
