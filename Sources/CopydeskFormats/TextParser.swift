import CopydeskCore

/// Plain text: paragraphs are separated by blank lines; a short first line without final punctuation is a heading.
public enum TextParser {
    public static func parse(_ source: SourceText, path: String) -> Document {
        var blocks: [Block] = []
        var builder = BlockBuilder()
        var blockStart = 0
        var lineIndex = 1
        let bytes = source.utf8

        func flush(_ end: Int) {
            if !builder.isEmpty {
                blocks.append(builder.build(kind: .paragraph, sourceRange: blockStart..<end))
            }
            builder = BlockBuilder()
        }

        while lineIndex <= source.lineCount {
            let range = source.range(ofLine: lineIndex)
            let line = source.text(range)
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if isBlank {
                flush(range.lowerBound)
            } else {
                // Leading white space is not part of the text.
                var start = range.lowerBound
                while start < range.upperBound, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                var end = range.upperBound
                while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                if builder.isEmpty {
                    blockStart = start
                } else {
                    builder.appendMapped("\n", sourceStart: start - 1, sourceLength: 1)
                }
                builder.appendVerbatim(source.text(start..<end), sourceStart: start)
            }
            lineIndex += 1
        }
        flush(bytes.count)
        return Document(path: path, syntax: .text, source: source, blocks: blocks)
    }
}
