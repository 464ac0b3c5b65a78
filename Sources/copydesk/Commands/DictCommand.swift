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
        commandName: "add", abstract: "Append words to a word list (default: the first spelling.word_lists entry of the nearest .copydesk.yml).")

    @Argument(help: "Words to accept (word, word/model or *forbidden).")
    var words: [String]

    @Option(help: "The word list to append to.")
    var file: String?

    func run() throws {
        let target: String
        if let file {
            target = file
        } else {
            switch ConfigurationResolver().configuration(forDirectory: FileManager.default.currentDirectoryPath) {
            case .failure(let error):
                printError(error.description)
                throw ExitCode(ExitStatus.failure.rawValue)
            case .success(let config):
                guard let first = config.spelling.wordLists.first, let dir = config.directory else {
                    printError("no word list to add to: pass --file FILE, or list one under spelling.word_lists in .copydesk.yml")
                    throw ExitCode(ExitStatus.failure.rawValue)
                }
                target = first.hasPrefix("/") ? first : dir + "/" + first
            }
        }
        do {
            let added = try WordListEditor.append(words, to: target, root: Self.linkRoot(for: target))
            writeOut(added.isEmpty ? "\(target): already has \(words.joined(separator: ", "))\n" : "\(target): added \(added.joined(separator: ", "))\n")
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
    }
}

extension DictAddCommand {
    /// The repository (else the working folder) when the list's own path is inside it, so a symbolic link cannot
    /// carry the write out of it; nil for a list named outside it on purpose.
    static func linkRoot(for target: String) -> String? {
        let cwd = FileManager.default.currentDirectoryPath
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
