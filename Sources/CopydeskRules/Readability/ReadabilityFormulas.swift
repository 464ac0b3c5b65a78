import CopydeskCore

/// The standard readability formulas, computed from `ReadabilityCounts` alone.
public enum ReadabilityFormulas {
    /// Rounds to two decimals so that JSON output is stable.
    public static func round2(_ x: Double) -> Double {
        guard x.isFinite else { return 0 }
        let r = (x * 100).rounded() / 100
        return r == 0 ? 0 : r
    }

    /// Every score for a set of counts; all zero when there are no words or no sentences.
    public static func scores(_ c: ReadabilityCounts) -> ReadabilityScores {
        var s = ReadabilityScores()
        guard c.words > 0, c.sentences > 0 else { return s }
        let w = Double(c.words), n = Double(c.sentences)
        let wordsPerSentence = w / n
        let syllablesPerWord = Double(c.syllables) / w
        s.fleschReadingEase = round2(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord)
        s.fleschKincaidGrade = round2(fleschKincaid(words: w, sentences: n, syllables: Double(c.syllables)))
        s.gunningFog = round2(0.4 * (wordsPerSentence + 100 * Double(c.fogComplexWords) / w))
        s.smog = round2(1.0430 * (Double(c.complexWords) * 30 / n).squareRoot() + 3.1291)
        let lettersPer100 = Double(c.characters) / w * 100
        let sentencesPer100 = n / w * 100
        s.colemanLiau = round2(0.0588 * lettersPer100 - 0.296 * sentencesPer100 - 15.8)
        s.automatedReadabilityIndex = round2(4.71 * Double(c.characters) / w + 0.5 * wordsPerSentence - 21.43)
        let difficultPercent = 100 * Double(c.difficultWords) / w
        s.daleChall = round2(0.1579 * difficultPercent + 0.0496 * wordsPerSentence + (difficultPercent > 5 ? 3.6365 : 0))
        let easy = Double(c.words - c.complexWords), hard = Double(c.complexWords)
        let linsear = (easy + 3 * hard) / n
        s.linsearWrite = round2(linsear > 20 ? linsear / 2 : (linsear - 2) / 2)
        s.lix = round2(wordsPerSentence + 100 * Double(c.longWords) / w)
        s.rix = round2(Double(c.longWords) / n)
        s.consensusGrade = round2(median([
            s.fleschKincaidGrade, s.gunningFog, s.smog, s.colemanLiau, s.automatedReadabilityIndex, s.linsearWrite,
        ]))
        return s
    }

    /// Flesch–Kincaid grade, unrounded; used for single sentences too.
    public static func fleschKincaid(words: Double, sentences: Double, syllables: Double) -> Double {
        guard words > 0, sentences > 0 else { return 0 }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// Seconds to read `words` at `wordsPerMinute`, rounded to two decimals.
    public static func readingTime(words: Int, wordsPerMinute: Double) -> Double {
        round2(Double(words) / wordsPerMinute * 60)
    }
}
