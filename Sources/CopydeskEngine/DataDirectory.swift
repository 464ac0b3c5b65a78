import Foundation

/// Finds the `Dictionaries/` folder wherever copydesk runs from: `$COPYDESK_DATA`, an installed
/// `PREFIX/share/copydesk/Dictionaries` beside `PREFIX/bin`, or a source checkout above the binary.
public enum DataDirectory {
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let fm = FileManager.default
        if let explicit = environment["COPYDESK_DATA"], fm.fileExists(atPath: explicit) { return explicit }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        if let path = Bundle.main.executablePath {
            candidates.append(URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        candidates.append(executable.deletingLastPathComponent())
        for start in candidates {
            let installed = start.deletingLastPathComponent().appendingPathComponent("share/copydesk/Dictionaries")
            if fm.fileExists(atPath: installed.path) { return installed.path }
            var dir = start
            for _ in 0..<6 {
                let candidate = dir.appendingPathComponent("Dictionaries")
                if fm.fileExists(atPath: candidate.appendingPathComponent("spelling").path) { return candidate.path }
                dir = dir.deletingLastPathComponent()
            }
        }
        let cwd = URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Dictionaries")
        if fm.fileExists(atPath: cwd.appendingPathComponent("spelling").path) { return cwd.path }
        return nil
    }
}
