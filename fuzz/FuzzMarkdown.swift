// libFuzzer target: the Markdown front end (cmark-gfm, front matter, inline mapping).

import CopydeskCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let source = decodeInput(data, size) else { return 0 }
    guard let document = try? DocumentReader.parse(source, path: "fuzz.md", syntax: .markdown) else { return 0 }
    checkPieces(document)
    return 0
}
