// libFuzzer target: a Markdown file cut into sections must read exactly like the same file parsed whole
// (`MarkdownSections`; real files are cut only above 4 MB, here every few bytes). The first byte picks the
// section size. A difference traps, and the input lands in fuzz/crashes/.

import CopydeskCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSections(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 1, let source = decodeInput(data + 1, size - 1) else { return 0 }
    let sectionSize = 1 + Int(data[0]) % 200
    guard let whole = try? MarkdownParser.parse(source, path: "fuzz.md", sectionSize: sectionSize, threshold: .max),
          let cut = try? MarkdownParser.parse(source, path: "fuzz.md", sectionSize: sectionSize, threshold: 0) else { return 0 }
    let a = summary(whole), b = summary(cut)
    if a != b {
        let first = zip(a, b).first { $0 != $1 }.map { "whole: \($0.0)\ncut:   \($0.1)" }
        fuzzFail("sectioned parse differs from the whole parse (\(a.count) vs \(b.count) items)\n" + (first ?? ""))
    }
    return 0
}

private func summary(_ document: Document) -> [String] {
    document.blocks.map { "\($0.kind) \($0.level) \($0.inBlockQuote) \($0.sourceRange) \($0.text.debugDescription) \($0.pieces)" }
        + document.links.map { "link \($0)" } + document.images.map { "image \($0)" }
        + document.comments.map { "comment \($0)" } + document.tables.map { "table \($0)" }
        + document.emptyHeadings.map { "empty \($0)" }
}
