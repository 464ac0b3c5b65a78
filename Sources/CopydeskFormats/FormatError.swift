/// A file that could not be read as its format says: malformed front matter, for instance.
///
/// The engine reports it for that file and goes on with the others.
public struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, without the file name.
    public var message: String
    /// 1-based source line of the problem, when known.
    public var line: Int?

    public init(message: String, line: Int?) {
        self.message = message
        self.line = line
    }

    public var description: String {
        if let line { return "line \(line): \(message)" }
        return message
    }
}
