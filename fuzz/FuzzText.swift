// libFuzzer target: the tokenizer and the sentence segmenter on arbitrary text.

import CopydeskCore

private let segmenter = SentenceSegmenter(abbreviations: [
    "dr": .title, "no": .number, "u.s": .final, "a.m": .time, "the": .opener, "monday": .calendar,
])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let source = decodeInput(data, size) else { return 0 }
    let text = source.string
    let bytes = Array(text.utf8)
    var previousEnd = 0
    for token in Tokenizer.tokens(in: text) {
        guard token.range.lowerBound >= previousEnd, token.range.upperBound <= bytes.count else {
            fuzzFail("token \(token) out of order or past the text")
        }
        guard String(decoding: bytes[token.range], as: UTF8.self) == token.text else {
            fuzzFail("token text \(token.text.debugDescription) is not the bytes of its range")
        }
        previousEnd = token.range.upperBound
    }
    previousEnd = 0
    for sentence in segmenter.sentences(in: text) {
        guard sentence.lowerBound >= previousEnd, sentence.upperBound <= bytes.count, !sentence.isEmpty else {
            fuzzFail("sentence \(sentence) empty, out of order or past the text")
        }
        previousEnd = sentence.upperBound
    }
    return 0
}
