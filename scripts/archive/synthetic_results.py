#!/usr/bin/env python3
"""Write N synthetic `copydesk lint --format jsonl` lines to standard output, shaped like real ones (findings,
readability with a few paragraphs, content warnings, front-matter fields over ten years and forty sections), for
measuring `copydesk audit` on a million articles without linting a million. Same N and seed, same bytes.

usage: synthetic_results.py N [--seed S] | gzip > results.jsonl.gz
"""
import argparse
import json
import random
import sys

CATEGORIES = ["death_grief", "violence_gore", "war_torture", "medical_procedures", "suicide_self_harm", "substance_abuse"]
LEVELS = ["mention", "description", "graphic"]
RULES = [("spelling.misspelling", "error"), ("spelling.unknown_name", "suggestion"), ("readability.sentence_length", "warning"),
         ("accessibility.image_alt", "error"), ("accessibility.link_text", "warning"), ("readability.passive_voice", "suggestion")]


def finding(rng, rule, severity):
    line = rng.randint(1, 60)
    return {"column": rng.randint(1, 80), "end_column": rng.randint(2, 90), "end_line": line, "line": line,
            "match": "recieve", "message": "Check the spelling of 'recieve'", "rule": rule, "severity": severity,
            "suggestions": ["receive", "relieve"]}


def scores(rng, grade):
    return {"automated_readability_index": grade + 0.4, "coleman_liau": grade - 0.3, "consensus_grade": grade,
            "dale_chall": 7.1, "flesch_kincaid_grade": grade, "flesch_reading_ease": 60.2, "gunning_fog": grade + 1,
            "linsear_write": grade, "lix": 41.0, "rix": 4.1, "smog": grade + 0.8}


def record(rng, i):
    grade = round(rng.uniform(4, 18), 2)
    categories = []
    if rng.random() < 0.15:
        for category in rng.sample(CATEGORIES, rng.randint(1, 2)):
            categories.append({"id": category, "level": rng.choice(LEVELS),
                               "passages": [{"end_line": 9, "evidence": ["\"died\" (death and grief term)"], "graphic": False, "start_line": 9}]})
    present = bool(categories) and rng.random() < 0.4
    needed = bool(categories) and not (present and rng.random() < 0.6)
    counts = {"characters": 4500, "complex_words": 80, "difficult_words": 120, "long_words": 140, "sentences": 45,
              "syllables": 1400, "words": 900}
    year = 2015 + rng.randrange(10)
    return {
        "author": f"Writer {rng.randrange(300)}",
        "content_warnings": {
            "categories": categories,
            "existing": {"categories": [], "line": 6 if present else None, "present": present,
                         "problems": ["missing_categories"] if present and needed else []},
            "suggestion": {"html": "<p>Content warning</p>" if needed else "", "insert_before_line": 7 if needed else None,
                           "markdown": "**Content warning:** ..." if needed else "", "needed": needed, "position": "top" if needed else None,
                           "text": "This article contains descriptions of death." if needed else ""}},
        "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "findings": [finding(rng, *rng.choice(RULES)) for _ in range(rng.randint(0, 6))],
        "headline": f"Synthetic article number {i} about the council",
        "language": "en_US",
        "path": f"archive/{year}/section-{i % 40}/article-{i:07d}.md",
        "readability": dict(counts, paragraphs=[dict(counts, line=10 + 2 * p, scores=scores(rng, grade)) for p in range(3)],
                            reading_time_seconds=210.5, scores=scores(rng, grade), sections=[]),
        "section": f"Section {i % 40}",
        "syntax": "markdown",
        "verdict": rng.choice(["ready", "needs-work", "blocked"]),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lines", type=int)
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout
    for i in range(args.lines):
        out.write(json.dumps(record(rng, i), sort_keys=True, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
