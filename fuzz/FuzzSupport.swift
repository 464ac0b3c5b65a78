// Shared by every fuzz target (compiled into each binary, not part of the package).
import Foundation

import CopydeskCore

/// Stops the fuzzer with a message: libFuzzer records the input that got here as a crash.
func fuzzFail(_ message: @autoclosure () -> String) -> Never {
    fatalError("fuzz invariant broken: \(message())")
}

/// Checks that every piece of every block stays inside the source and that verbatim pieces are
/// byte for byte the source they claim to come from.
func checkPieces(_ document: Document) {
    let source = document.source.utf8
    for block in document.blocks {
        let text = Array(block.text.utf8)
        var expected = 0
        for piece in block.pieces {
            guard piece.textStart == expected else { fuzzFail("pieces do not tile \(block.text.debugDescription)") }
            expected = piece.textEnd
            guard piece.sourceStart >= 0, piece.sourceLength >= 0, piece.sourceEnd <= source.count else {
                fuzzFail("piece \(piece) outside a source of \(source.count) bytes")
            }
            guard piece.textEnd <= text.count else { fuzzFail("piece \(piece) past the text") }
            if piece.verbatim, text[piece.textStart..<piece.textEnd] != source[piece.sourceStart..<piece.sourceEnd] {
                fuzzFail("verbatim piece differs from its source in \(block.text.debugDescription)")
            }
        }
        guard expected == text.count else { fuzzFail("pieces do not cover \(block.text.debugDescription)") }
        guard block.sourceRange.lowerBound >= 0, block.sourceRange.upperBound <= source.count else {
            fuzzFail("block range \(block.sourceRange) outside the source")
        }
    }
}

/// Decodes the fuzzer's bytes the way the linter does; nil when the linter would report them as unreadable.
func decodeInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> SourceText? {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    return try? SourceDecoder.decode(bytes)
}
