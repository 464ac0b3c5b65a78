import CopydeskEngine
import CopydeskReporters
import Foundation
import XCTest

/// Whole-binary scenarios: exact output, exit statuses, errors that name the file.
final class LintScenarioTests: XCTestCase {
    func testTextOutputOnAFolderIsExact() throws {
        let result = try CLI.run(["lint", "basic"])
        XCTAssertEqual(result.stdout, """
            basic/typos.txt:1:18: error: Check the spelling of 'recieve' [spelling.misspelling]
                suggestions: receive, relieve, received, receives, receiver
            basic/typos.txt:2:1: warning: Remove the repeated word 'the' [spelling.repeated_word]
                suggestions: The
            2 files checked: 1 error, 1 warning, 0 suggestions

            """)
        XCTAssertEqual(result.status, 1)
    }

    func testExitStatusFollowsFailLevel() throws {
        XCTAssertEqual(try CLI.run(["lint", "basic/clean.txt"]).status, 0)
        let dir = try CLI.temporaryDirectory()
        try "The the vote was close.\n".write(to: dir.appendingPathComponent("w.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try CLI.run(["lint", "w.txt"], in: dir).status, 0, "a warning does not fail at the default level")
        XCTAssertEqual(try CLI.run(["lint", "w.txt", "--fail-level", "warning"], in: dir).status, 1)
        XCTAssertEqual(try CLI.run(["lint", "w.txt", "--strict"], in: dir).status, 1)
        let quiet = try CLI.run(["lint", "w.txt", "--quiet"], in: dir)
        XCTAssertFalse(quiet.stdout.contains("repeated word"), "quiet shows only the fail level")
    }

    func testUsageErrorsExitTwo() throws {
        let unknownFlag = try CLI.run(["lint", "--bogus", "basic"])
        XCTAssertEqual(unknownFlag.status, 2)
        XCTAssertTrue(unknownFlag.stderr.contains("--bogus"), unknownFlag.stderr)
        let badFormat = try CLI.run(["lint", "--format", "yaml", "basic"])
        XCTAssertEqual(badFormat.status, 2)
        XCTAssertTrue(badFormat.stderr.contains("unknown format 'yaml'"), badFormat.stderr)
        XCTAssertEqual(try CLI.run(["lint"]).status, 2)
        XCTAssertEqual(try CLI.run(["explain", "no.such_rule"]).status, 2)
    }

    func testConfigErrorNamesFileAndLine() throws {
        let result = try CLI.run(["lint", "config-error/a.txt"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("config-error/a.txt: error: configuration error: config-error/.copydesk.yml:3: unknown key 'speling'"), result.stderr)
    }

    func testBadInputIsReportedAndOtherFilesStillChecked() throws {
        let dir = try CLI.temporaryDirectory()
        try Data([0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: dir.appendingPathComponent("latin1.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("binary.md"))
        try "A sentance here.\n".write(to: dir.appendingPathComponent("z-good.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("broken.md").path, withDestinationPath: "/nonexistent/x.md")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        let result = try CLI.run(["lint", "."], in: dir)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("./latin1.txt: error: not valid UTF-8 (first bad byte at line 1, column 4)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("./binary.md: error: binary file"), result.stderr)
        XCTAssertTrue(result.stderr.contains("./broken.md: error: broken symbolic link"), result.stderr)
        XCTAssertTrue(result.stderr.contains("./loop: error: symbolic link loop"), result.stderr)
        XCTAssertTrue(result.stdout.contains("./z-good.txt:1:3: error: Check the spelling of 'sentance'"), result.stdout)
        let missing = try CLI.run(["lint", "nope.md", "basic/clean.txt"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("nope.md: error: no such file or folder"))
        XCTAssertEqual(missing.stdout, "1 file checked, 1 not checked: 0 errors, 0 warnings, 0 suggestions\n",
                       "the summary counts what happened")
    }

    func testMissingDictionaryListsWhereItLooked() throws {
        let result = try CLI.run(["lint", "--lang", "xx-YY", "basic/clean.txt"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("no hunspell dictionary for 'xx_YY'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("/usr/share/hunspell"), result.stderr)
        XCTAssertTrue(result.stderr.contains("apt-get install hunspell-xx-yy"), result.stderr)
    }

    func testStdinWithFilename() throws {
        let result = try CLI.run(["lint", "-", "--stdin-filename", "piece.md"], stdin: "A mispeled word.\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.hasPrefix("piece.md:1:3: error: Check the spelling of 'mispeled'"), result.stdout)
    }

    func testJSONIsStableAndSorted() throws {
        let a = try CLI.run(["lint", "--format", "json", "basic"])
        let b = try CLI.run(["lint", "--format", "json", "basic"])
        XCTAssertEqual(a.stdout, b.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(object["version"] as? Int, 1)
        let files = object["files"] as! [[String: Any]]
        XCTAssertEqual(files.map { $0["path"] as! String }, ["basic/clean.txt", "basic/typos.txt"])
        let finding = (files[1]["findings"] as! [[String: Any]])[0]
        XCTAssertEqual(finding["match"] as? String, "recieve")
        XCTAssertEqual(finding["end_column"] as? Int, 25)
        XCTAssertEqual(files[1]["language"] as? String, "en_US")
        let summary = object["summary"] as! [String: Int]
        XCTAssertEqual(summary["errors"], 1)
        XCTAssertEqual(summary["warnings"], 1)
    }

    func testParallelOutputIsByteIdentical() throws {
        let dir = try CLI.temporaryDirectory()
        for i in 0..<24 {
            let text = "Article \(i) has a typpo and the the repeat, plus Councillor Ekwueme.\n\nSecond paragraf \(i).\n"
            try text.write(to: dir.appendingPathComponent(String(format: "a%02d.md", i)), atomically: true, encoding: .utf8)
        }
        let one = try CLI.run(["lint", "--jobs", "1", "--format", "json", "."], in: dir)
        let four = try CLI.run(["lint", "--jobs", "4", "--format", "json", "."], in: dir)
        XCTAssertEqual(one.stdout, four.stdout)
        XCTAssertTrue(one.stdout.contains("paragraf"))
    }

    func testRulesAndExplain() throws {
        let rules = try CLI.run(["rules"])
        XCTAssertTrue(rules.stdout.contains("spelling.misspelling"))
        let explain = try CLI.run(["explain", "spelling.name_variant"])
        XCTAssertEqual(explain.status, 0)
        XCTAssertTrue(explain.stdout.contains("Glendining"))
    }

    func testInitWritesAValidConfigAndRefusesToOverwrite() throws {
        let dir = try CLI.temporaryDirectory()
        XCTAssertEqual(try CLI.run(["init"], in: dir).status, 0)
        try "Clean text.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try CLI.run(["lint", "a.txt"], in: dir).status, 0, "the default config parses")
        let again = try CLI.run(["init"], in: dir)
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.stderr.contains("already exists"))
    }

    /// The README's next step after `init` works the first time.
    func testInitCreatesTheDeskWordListThatDictAddUses() throws {
        let dir = try CLI.temporaryDirectory()
        let initialised = try CLI.run(["init"], in: dir)
        XCTAssertTrue(initialised.stdout.contains("wrote desk-words.dic"), initialised.stdout)
        try "Councillor Glendinning and Councillor Glendinning met.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        XCTAssertTrue(try CLI.run(["lint", "a.txt"], in: dir).stdout.contains("Glendinning"))
        let added = try CLI.run(["dict", "add", "Glendinning"], in: dir)
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertFalse(try CLI.run(["lint", "a.txt"], in: dir).stdout.contains("Glendinning"))
        // --force replaces the configuration but keeps the desk's words.
        XCTAssertTrue(try CLI.run(["init", "--force"], in: dir).stdout.contains("kept desk-words.dic"))
        XCTAssertTrue(try String(contentsOf: dir.appendingPathComponent("desk-words.dic"), encoding: .utf8).contains("Glendinning\n"))
    }

    func testEmptyNoColorKeepsColourAndLintHelpListsSyntaxOnce() throws {
        // Colour needs a terminal, so the environment rule is checked through the request (no-color.org).
        var request = LintRequest(paths: ["a.txt"], workingDirectory: "/tmp", toolVersion: "test")
        request.outputIsTerminal = true
        request.environment = ["NO_COLOR": ""]
        XCTAssertTrue(LintEngine.context(for: request).color, "an empty NO_COLOR does not turn colour off")
        request.environment = ["NO_COLOR": "1"]
        XCTAssertFalse(LintEngine.context(for: request).color)
        let help = try CLI.run(["lint", "--help"])
        XCTAssertEqual(help.stdout.components(separatedBy: "markdown").count - 1, 1, help.stdout)
    }

    func testDictAddAndLearn() throws {
        let dir = try CLI.temporaryDirectory()
        try "version: 1\nspelling:\n  word_lists: [desk.dic]\n".write(to: dir.appendingPathComponent(".copydesk.yml"), atomically: true, encoding: .utf8)
        try "".write(to: dir.appendingPathComponent("desk.dic"), atomically: true, encoding: .utf8)
        try "Mx Quorvath met Quorvath again, then blargh.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let learn = try CLI.run(["dict", "learn", "."], in: dir)
        XCTAssertTrue(learn.stdout.contains("Quorvath\t2\t./a.txt:1:4"), learn.stdout)
        XCTAssertTrue(learn.stdout.contains("blargh\t1\t./a.txt:1:38"), learn.stdout)
        XCTAssertEqual(try CLI.run(["dict", "add", "blargh"], in: dir).status, 0)
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("desk.dic"), encoding: .utf8), "blargh\n")
        XCTAssertEqual(try CLI.run(["dict", "add", "blargh"], in: dir).stdout.contains("already has"), true)
        XCTAssertFalse(try CLI.run(["lint", "a.txt"], in: dir).stdout.contains("blargh"))
    }

    /// "Un" of "Kim Jong Un": the dictionary's "UN" used to keep it flagged after `dict add` said it was added.
    func testDictAddMakesACapitalisedAcronymFormAccepted() throws {
        let dir = try CLI.temporaryDirectory()
        XCTAssertEqual(try CLI.run(["init"], in: dir).status, 0)
        try "Talks with Kim Jong Un ended. Kim Jong Un left, and the UN said so.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let before = try CLI.run(["lint", "a.txt"], in: dir)
        XCTAssertTrue(before.stdout.contains("'Kim Jong Un'"), before.stdout)
        XCTAssertEqual(try CLI.run(["dict", "add", "Jong", "Un"], in: dir).status, 0)
        let after = try CLI.run(["lint", "a.txt"], in: dir)
        XCTAssertFalse(after.stdout.contains("Un'"), after.stdout)
        XCTAssertTrue(after.stdout.contains("0 errors, 0 warnings, 0 suggestions"), after.stdout)
    }

    /// A list the configuration does not read: said so with the line to add; `--register` lists it, keeping the
    /// rest of the file as written.
    func testDictAddFileOnAnUnlistedListSaysSoAndRegisterListsIt() throws {
        let dir = try CLI.temporaryDirectory()
        XCTAssertEqual(try CLI.run(["init"], in: dir).status, 0)
        try "Councillor Quorvath met Quorvath.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let unlisted = try CLI.run(["dict", "add", "--file", "names.dic", "Quorvath"], in: dir)
        XCTAssertEqual(unlisted.status, 0, unlisted.stderr)
        XCTAssertTrue(unlisted.stderr.contains("does not list names.dic under spelling.word_lists, so copydesk lint does not read it"), unlisted.stderr)
        XCTAssertTrue(unlisted.stderr.contains("word_lists: [desk-words.dic, names.dic]"), unlisted.stderr)
        XCTAssertTrue(unlisted.stderr.contains("--register"), unlisted.stderr)
        XCTAssertTrue(try CLI.run(["lint", "a.txt"], in: dir).stdout.contains("Quorvath"), "not read yet")

        let before = try String(contentsOf: dir.appendingPathComponent(".copydesk.yml"), encoding: .utf8)
        let registered = try CLI.run(["dict", "add", "--register", "--file", "names.dic", "Quorvath"], in: dir)
        XCTAssertEqual(registered.status, 0, registered.stderr)
        XCTAssertTrue(registered.stdout.contains("listed names.dic under spelling.word_lists"), registered.stdout)
        let after = try String(contentsOf: dir.appendingPathComponent(".copydesk.yml"), encoding: .utf8)
        XCTAssertEqual(after, before.replacingOccurrences(of: "word_lists: [desk-words.dic]", with: "word_lists: [desk-words.dic, names.dic]"),
                       "only that line changes; comments stay")
        XCTAssertFalse(try CLI.run(["lint", "a.txt"], in: dir).stdout.contains("Quorvath"))
        // Listed now: no warning, nothing changed again.
        let again = try CLI.run(["dict", "add", "--register", "--file", "names.dic", "Other"], in: dir)
        XCTAssertEqual(again.stderr, "")
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent(".copydesk.yml"), encoding: .utf8), after)
        XCTAssertEqual(try CLI.run(["dict", "add", "--register", "Other"], in: dir).status, 2, "--register needs --file")
    }

    /// `lint .` checks articles: not Copydesk's report folder, not a plain-text data file (unless named or under
    /// `extensions:`), and `--verbose` says what it skipped; `report` warns when its output is inside its input.
    func testLintDotSkipsTheReportFolderAndDataFilesAndSaysSo() throws {
        let dir = try CLI.temporaryDirectory()
        try "The council will recieve the report.\n\nIt met on Tuesday and voted.\n".write(to: dir.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        try "commence\tbegin\nfacilitate\thelp\nutilise\tuse\n".write(to: dir.appendingPathComponent("swaps.txt"), atomically: true, encoding: .utf8)
        try "requests==2.0\nyams\n".write(to: dir.appendingPathComponent("requirements.txt"), atomically: true, encoding: .utf8)
        try "print('hello wrold')\n".write(to: dir.appendingPathComponent("tool.py"), atomically: true, encoding: .utf8)
        let report = try CLI.run(["report", "."], in: dir)
        XCTAssertTrue(report.stderr.contains("warning: the output folder Reports is inside the input folder ."), report.stderr)
        XCTAssertFalse(try CLI.run(["report", "story.txt", "-o", "out"], in: dir).stderr.contains("inside the input"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("Reports/index.html").path))

        let lint = try CLI.run(["lint", "--verbose", "."], in: dir)
        XCTAssertTrue(lint.stdout.contains("./story.txt:1:18: error: Check the spelling of 'recieve'"), lint.stdout)
        XCTAssertFalse(lint.stdout.contains("Reports/") || lint.stdout.contains("out/") || lint.stdout.contains("swaps.txt"), lint.stdout)
        XCTAssertTrue(lint.stdout.hasSuffix("1 file checked: 1 error, 0 warnings, 0 suggestions\n"), lint.stdout)
        for line in ["copydesk: skipped ./Reports/ (a Copydesk report folder)", "copydesk: skipped ./out/ (a Copydesk report folder)",
                     "copydesk: skipped ./swaps.txt (a data or project file", "copydesk: skipped ./requirements.txt (a data or project file",
                     "copydesk: skipped 1 file without an article extension (.py 1)"] {
            XCTAssertTrue(lint.stderr.contains(line), "\(line)\n\(lint.stderr)")
        }
        XCTAssertFalse(try CLI.run(["lint", "."], in: dir).stderr.contains("skipped"), "quiet without --verbose")
        // Named, or with extensions: listed, a data file is checked.
        XCTAssertTrue(try CLI.run(["lint", "swaps.txt"], in: dir).stdout.contains("1 file checked"))
        try "version: 1\nextensions: [txt]\n".write(to: dir.appendingPathComponent(".copydesk.yml"), atomically: true, encoding: .utf8)
        let listed = try CLI.run(["lint", "."], in: dir)
        XCTAssertTrue(listed.stdout.contains("3 files checked"), listed.stdout)
    }

    /// `dict learn` on HTML prints words, never markup (it once printed `PV</span>are`).
    func testDictLearnOnHTMLPrintsWordsNotMarkup() throws {
        let dir = try CLI.temporaryDirectory()
        let page = """
            <!doctype html><html lang="en"><head><title>Solar farm</title><style>.zq { colour: red }</style></head>
            <body><h1>Quorvath solar farm</h1><p>The <span class="zq">PV</span>are panels from Quorvath,
            <a href="https://example.com/blargh-page">see the plans</a>, cover <b>Zelmorn</b> fields.</p>
            <script>var blarghVar = 1;</script></body></html>

            """
        try page.write(to: dir.appendingPathComponent("farm.html"), atomically: true, encoding: .utf8)
        let learn = try CLI.run(["dict", "learn", "farm.html"], in: dir)
        XCTAssertEqual(learn.status, 0, learn.stderr)
        let words = learn.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) }
        XCTAssertTrue(words.contains("Quorvath"), learn.stdout)
        XCTAssertTrue(words.contains("Zelmorn"), learn.stdout)
        XCTAssertTrue(learn.stdout.contains("Quorvath\t2\t"), learn.stdout)
        for word in words {
            XCTAssertFalse(word.contains("<") || word.contains(">") || word.contains("=") || word.contains("/"), word)
        }
        XCTAssertFalse(words.contains { $0.hasPrefix("blargh") || $0 == "zq" || $0 == "colour" }, "no script, style or URL: \(words)")
    }

    /// The executable reads the process's working folder in one place (`processWorkingDirectory`), which every
    /// command (lint, report, dict, hook) uses.
    func testTheExecutableReadsTheWorkingFolderInOnePlace() throws {
        let folder = CLI.packageRoot.appendingPathComponent("Sources/copydesk")
        var readers: [String] = []
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.contains("currentDirectoryPath") { readers.append(url.lastPathComponent) }
        }
        XCTAssertEqual(readers, ["Copydesk.swift"])
        for name in ["DictCommand.swift", "HookCommand.swift", "LintCommand.swift"] {
            let text = try String(contentsOf: folder.appendingPathComponent("Commands/" + name), encoding: .utf8)
            XCTAssertTrue(text.contains("processWorkingDirectory"), name)
        }
    }

    /// `dict learn` used to fall back to the defaults when the configuration could not be read.
    func testDictLearnStopsOnABrokenConfiguration() throws {
        let dir = try CLI.temporaryDirectory()
        try "version: 1\nspeling: {}\n".write(to: dir.appendingPathComponent(".copydesk.yml"), atomically: true, encoding: .utf8)
        try "Then blargh.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let learn = try CLI.run(["dict", "learn", "."], in: dir)
        XCTAssertEqual(learn.status, 2)
        XCTAssertTrue(learn.stderr.contains(".copydesk.yml:2: unknown key 'speling'"), learn.stderr)
        XCTAssertFalse(learn.stdout.contains("blargh"), learn.stdout)
    }
}

final class ConfigScenarioTests: XCTestCase {
    private func write(_ files: [String: String]) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    func testUnknownRuleAndOptionAreErrors() throws {
        let dir = try write([".copydesk.yml": "version: 1\nrules:\n  spelling.misspeling: false\n", "a.txt": "Fine.\n"])
        let result = try CLI.run(["lint", "a.txt"], in: dir)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains(".copydesk.yml:3: unknown rule 'spelling.misspeling'"), result.stderr)
        let dir2 = try write([".copydesk.yml": "version: 1\nrules:\n  spelling.misspelling:\n    severity: warning\n    colour: red\n", "a.txt": "Fine.\n"])
        let result2 = try CLI.run(["lint", "a.txt"], in: dir2)
        XCTAssertEqual(result2.status, 2)
        XCTAssertTrue(result2.stderr.contains(".copydesk.yml:5: rule 'spelling.misspelling' has no option 'colour'"), result2.stderr)
    }

    /// A rule's options are declared (key, help, default, values): a misspelt one or a wrong value is exit 2 with
    /// file and line, the declared one works, and `explain` shows it for the rule and its family.
    func testRuleOptionsAreDeclaredTypedAndChecked() throws {
        let article = "Two men were abducted in March.\n"
        let misspelt = try write([".copydesk.yml": "version: 1\nrules:\n  readability.passive_voice:\n    agentles: true\n",
                                  "a.md": article])
        let unknown = try CLI.run(["lint", "a.md"], in: misspelt)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains(".copydesk.yml:4: rule 'readability.passive_voice' has no option 'agentles' "
            + "(did you mean 'agentless'?); expected one of: enabled, severity, agentless"), unknown.stderr)
        let wrong = try write([".copydesk.yml": "version: 1\nrules:\n  readability.passive_voice:\n    agentless: maybe\n",
                               "a.md": article])
        let badValue = try CLI.run(["lint", "a.md"], in: wrong)
        XCTAssertEqual(badValue.status, 2)
        XCTAssertTrue(badValue.stderr.contains(".copydesk.yml:4:") && badValue.stderr.contains("expected true or false"),
                      badValue.stderr)
        let on = try write([".copydesk.yml": "version: 1\nrules:\n  readability.passive_voice:\n    agentless: true\n",
                            "a.md": article])
        let reported = try CLI.run(["lint", "a.md"], in: on)
        XCTAssertTrue(reported.stdout.contains("readability.passive_voice"), reported.stdout)
        let off = try CLI.run(["lint", "a.md"], in: try write(["a.md": article]))
        XCTAssertFalse(off.stdout.contains("readability.passive_voice"), off.stdout)
        let line = "agentless  Report passives that name no doer too"
        let rule = try CLI.run(["explain", "readability.passive_voice"])
        XCTAssertTrue(rule.stdout.contains("Options under 'rules: {readability.passive_voice: {...}}' in .copydesk.yml:"), rule.stdout)
        XCTAssertTrue(rule.stdout.contains(line) && rule.stdout.contains("Default false; true or false."), rule.stdout)
        XCTAssertTrue(try CLI.run(["explain", "readability"]).stdout.contains(line))
    }

    func testFamilySwitchAndSeverityOverride() throws {
        let dir = try write([".copydesk.yml": "version: 1\nrules:\n  spelling.misspelling: warning\n", "a.txt": "A tpyo.\n"])
        let result = try CLI.run(["lint", "a.txt"], in: dir)
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("a.txt:1:3: warning: Check the spelling of 'tpyo'"), result.stdout)
        let off = try write([".copydesk.yml": "version: 1\nrules:\n  spelling: false\n", "a.txt": "A tpyo.\n"])
        XCTAssertFalse(try CLI.run(["lint", "a.txt"], in: off).stdout.contains("tpyo"))
    }

    func testNearestConfigWinsAndExcludeSkips() throws {
        let dir = try write([".copydesk.yml": "version: 1\nexclude: [\"drafts/**\"]\n"])
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("uk"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try "version: 1\nlanguage: en_GB\n".write(to: dir.appendingPathComponent("uk/.copydesk.yml"), atomically: true, encoding: .utf8)
        try "The colour.\n".write(to: dir.appendingPathComponent("uk/a.txt"), atomically: true, encoding: .utf8)
        try "The colour.\n".write(to: dir.appendingPathComponent("us.txt"), atomically: true, encoding: .utf8)
        try "A tpyo.\n".write(to: dir.appendingPathComponent("drafts/x.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["lint", "."], in: dir)
        XCTAssertFalse(result.stdout.contains("uk/a.txt"), result.stdout)
        XCTAssertTrue(result.stdout.contains("./us.txt:1:5: error: Check the spelling of 'colour'"), result.stdout)
        XCTAssertFalse(result.stdout.contains("drafts"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("2 files checked: 1 error, 0 warnings, 0 suggestions\n"), result.stdout)
    }
}

final class JSONSchemaTests: XCTestCase {
    /// The JSON output validates against docs/json-output.schema.json (python3 jsonschema, installed by .ci/run).
    func testOutputMatchesPublishedSchema() throws {
        let dir = try CLI.temporaryDirectory()
        try "A tpyo and the the repeat, said Councillor Ekwueme. Later Ekwueme left.\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try Data([0xE9]).write(to: dir.appendingPathComponent("bad.txt"))
        let output = try CLI.run(["lint", "--format", "json", "."], in: dir)
        let jsonPath = dir.appendingPathComponent("out.json")
        try output.stdout.write(to: jsonPath, atomically: true, encoding: .utf8)
        let schema = CLI.packageRoot.appendingPathComponent("docs/json-output.schema.json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))
            """, schema, jsonPath.path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        if message.contains("No module named 'jsonschema'") { throw XCTSkip("python3 jsonschema is not installed") }
        XCTAssertEqual(process.terminationStatus, 0, message)
        XCTAssertTrue(output.stdout.contains("\"error\":\"not valid UTF-8"), output.stdout)
        XCTAssertTrue(output.stdout.contains("\"occurrences\":[{\"column\":59,\"line\":1}]"), output.stdout)
        XCTAssertTrue(output.stdout.contains("\"words\":[\"Ekwueme\"]"), output.stdout)
    }
}

final class LanguageScenarioTests: XCTestCase {
    func testBareLanguageCodeUsesTheConfiguredRegionOrTheUsualOne() throws {
        let dir = try CLI.temporaryDirectory()
        try "---\nlang: en\n---\n\nThe colour of the centre.\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let us = try CLI.run(["lint", "--format", "json", "a.md"], in: dir)
        XCTAssertTrue(us.stdout.contains("\"language\":\"en_US\""), us.stdout)
        XCTAssertTrue(us.stdout.contains("\"match\":\"colour\""), us.stdout)
        try "version: 1\nlanguage: en_GB\n".write(to: dir.appendingPathComponent(".copydesk.yml"), atomically: true, encoding: .utf8)
        let gb = try CLI.run(["lint", "--format", "json", "a.md"], in: dir)
        XCTAssertTrue(gb.stdout.contains("\"language\":\"en_GB\""), gb.stdout)
        XCTAssertFalse(gb.stdout.contains("\"match\":\"colour\""), gb.stdout)
    }
}
