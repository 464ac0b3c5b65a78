// libFuzzer target: the HTML front end (libxml2's HTML parser and the walker).

import CopydeskCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let source = decodeInput(data, size) else { return 0 }
    guard let document = try? DocumentReader.parse(source, path: "fuzz.html", syntax: .html) else { return 0 }
    checkPieces(document)
    return 0
}
