import ArgumentParser
import CopydeskCore
import CopydeskEngine
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Write a commented default .copydesk.yml in the current folder.")

    @Flag(help: "Replace an existing .copydesk.yml.")
    var force = false

    func run() throws {
        let path = Configuration.fileName
        if FileManager.default.fileExists(atPath: path) && !force {
            printError("\(path) already exists; use --force to replace it")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        do {
            try AtomicWriter.write(Array(DefaultConfiguration.text.utf8), to: path)
        } catch {
            printError(error.description)
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        writeOut("wrote \(path)\n")
    }
}
