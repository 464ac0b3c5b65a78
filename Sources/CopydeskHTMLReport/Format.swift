/// Locale-free number formatting, so pages are the same bytes everywhere.
enum Format {
    /// One decimal: `12.6`, `9.0`.
    static func one(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// Two decimals: `64.25`.
    static func two(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let fraction = abs(hundredths) % 100
        return "\(sign)\(abs(hundredths) / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `3 min 10 s`, `45 s`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total) s" }
        return "\(total / 60) min \(total % 60) s"
    }
}

extension Format {
    /// `3.5 grades`, `1.0 grade`.
    static func grades(_ x: Double) -> String {
        let text = one(x)
        return text == "1.0" ? "1.0 grade" : "\(text) grades"
    }
}
