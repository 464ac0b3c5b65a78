import ArgumentParser
import CopydeskCore
import CopydeskEngine
import CopydeskGit
import Foundation

struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict", abstract: "Manage the desk's word lists.",
        subcommands: [DictAddCommand.self, DictLearnCommand.self])
}

struct DictAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Append words to a word list (default: the first spelling.word_lists entry of the nearest .copydesk.yml).",
        discussion: "A list named with --file that the configuration does not list is not read by lint: the command says so and "
            + "shows the line to add, or lists it itself with --register.")

    @Argument(help: "Words to accept (word, word/model or *forbidden).")
    var words: [String]

    @Option(help: "The word list to append to.")
    var file: String?

    @Flag(help: "With --file: also list the file under spelling.word_lists in the nearest .copydesk.yml, so lint reads it.")
    var register = false

    func validate() throws {
        if register && file == nil { throw ValidationError("--register goes with --file LIST") }
    }

    func run() throws {
        let cwd = processWorkingDirectory
        let resolved = ConfigurationResolver().configuration(forDirectory: cwd)
        let target: String
        if let file {
            target = file
        } else {
            switch resolved {
            case .failure(let error):
                printError(error.description)
                throw ExitCode(ExitStatus.failure.rawValue)
            case .success(let config):
                guard let first = config.spelling.wordLists.first, let dir = config.directory else {
                    printError("no word list to add to: pass --file FILE, or list one under spelling.word_lists in .copydesk.yml (copydesk init makes desk-words.dic)")
                    throw ExitCode(ExitStatus.failure.rawValue)
                }
                target = first.hasPrefix("/") ? first : dir + "/" + first
            }
        }
        do {
            let added = try WordListEditor.append(words, to: target, root: Self.linkRoot(for: target, cwd: cwd))
            writeOut(added.isEmpty ? "\(target): already has \(words.joined(separator: ", "))\n" : "\(target): added \(added.joined(separator: ", "))\n")
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        if file != nil { try checkListed(target, resolved, cwd: cwd) }
    }

    /// A `--file` list that the configuration does not list: say so and offer the line, or list it (`--register`).
    private func checkListed(_ target: String, _ resolved: Result<Configuration, ConfigError>, cwd: String) throws {
        let config: Configuration
        switch resolved {
        case .success(let found): config = found
        case .failure(let error):
            printError("\(error.description)\ncopydesk dict add: cannot tell whether \(target) is listed under spelling.word_lists")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        let absolute = Self.standardized(target, cwd: cwd)
        if config.spelling.wordLists.contains(where: { Self.standardized(UserList.resolve($0, in: config), cwd: cwd) == absolute }) { return }
        guard let configPath = config.path, let folder = config.directory else {
            printError("warning: no .copydesk.yml here or above, so copydesk lint does not read \(target); "
                       + "run 'copydesk init', then 'copydesk dict add --register --file \(target) WORD'")
            if register { throw ExitCode(ExitStatus.failure.rawValue) }
            return
        }
        let base = Self.standardized(folder, cwd: cwd)
        let entry = absolute.hasPrefix(base + "/") ? String(absolute.dropFirst(base.count + 1)) : absolute
        let lists = (config.spelling.wordLists + [entry]).map(ConfigurationEditor.flowItem).joined(separator: ", ")
        let offer = "spelling:\n  word_lists: [\(lists)]"
        guard register else {
            printError("warning: \(configPath) does not list \(entry) under spelling.word_lists, so copydesk lint does not read it; "
                       + "add it there:\n\(offer)\nor run again with --register to add it")
            return
        }
        let original = FileManager.default.contents(atPath: configPath).map { Array($0) } ?? []
        guard let edited = ConfigurationEditor.addingWordList(entry, to: String(decoding: original, as: UTF8.self), path: configPath) else {
            printError("\(configPath): could not list \(entry) under spelling.word_lists in this form; add it by hand:\n\(offer)")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        do {
            try AtomicWriter.write(Array(edited.utf8), to: configPath, original: original)
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        writeOut("\(configPath): listed \(entry) under spelling.word_lists\n")
    }

    private static func standardized(_ path: String, cwd: String) -> String {
        URL(fileURLWithPath: path.hasPrefix("/") ? path : cwd + "/" + path).standardizedFileURL.path
    }
}

extension DictAddCommand {
    /// The repository (else the working folder) when the list's own path is inside it, so a symbolic link cannot
    /// carry the write out of it; nil for a list named outside it on purpose.
    static func linkRoot(for target: String, cwd: String) -> String? {
        let root = (try? GitRepository.discover(from: cwd))?.root ?? cwd
        let absolute = target.hasPrefix("/") ? target : cwd + "/" + target
        let lexical = URL(fileURLWithPath: absolute).standardizedFileURL.path
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        return lexical.hasPrefix(base.hasSuffix("/") ? base : base + "/") ? root : nil
    }
}

struct DictLearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Collect the unknown words of an archive into a reviewable list: word, count, first place seen.")

    @OptionGroup var input: InputOptions

    @Option(help: "Only words seen at least this many times.")
    var minCount: Int = 1

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("give the files or folders to learn from") }
    }

    func run() throws {
        let (entries, failures) = WordLearner(request: input.request()).run()
        for failure in failures { printError(failure) }
        writeOut("# word\tcount\tfirst seen\n")
        for entry in entries where entry.count >= minCount {
            writeOut("\(entry.word)\t\(entry.count)\t\(entry.firstSeen)\n")
        }
        if !failures.isEmpty { throw ExitCode(ExitStatus.failure.rawValue) }
    }
}
