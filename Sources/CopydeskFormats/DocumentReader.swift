import CopydeskCore

/// Picks the front end for a syntax. (Markdown and HTML front ends arrive with the formats work.)
public enum DocumentReader {
    public static func parse(_ source: SourceText, path: String, syntax: Syntax) throws -> Document {
        var document = TextParser.parse(source, path: path)
        document.syntax = syntax
        return document
    }
}
