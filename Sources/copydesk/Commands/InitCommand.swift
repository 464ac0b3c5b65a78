import ArgumentParser
import CopydeskCore
import CopydeskEngine
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Write a commented default .copydesk.yml and an empty desk word list (desk-words.dic) in the current folder.")

    @Flag(help: "Replace an existing .copydesk.yml.")
    var force = false

    func run() throws {
        let path = Configuration.fileName
        if FileManager.default.fileExists(atPath: path) && !force {
            printError("\(path) already exists; use --force to replace it")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        // The desk's word list, which the configuration lists; an existing one is the desk's and is kept.
        let words = DefaultConfiguration.wordList
        let writesWords = !FileManager.default.fileExists(atPath: words)
        do {
            try AtomicWriter.write(Array(DefaultConfiguration.text.utf8), to: path)
            if writesWords { try AtomicWriter.write(Array(DefaultConfiguration.wordListText.utf8), to: words) }
        } catch {
            printError(error.description)
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        writeOut("wrote \(path)\n")
        writeOut(writesWords ? "wrote \(words) (the desk word list: copydesk dict add WORD)\n" : "kept \(words) (the desk word list)\n")
    }
}
