#!/usr/bin/env python3
"""Sentences in hard-wrapped files: the same real text, unwrapped and re-wrapped at 72 columns, should segment alike.

Real text nobody here wrote: the licence texts Debian ships in /usr/share/common-licenses and, when present, the
seed news articles in ../shared/seeds. Each paragraph (lines between blank lines) is unwrapped to one line; the
paragraphs are dealt into a development part and a held-out part (every third paragraph, fixed before any tuning).
Each part is written four ways: plain text and Markdown, one line per paragraph and wrapped at 72 columns with
Python's textwrap. Copydesk lints each file (`--format json`); the script prints, per part and format, the
sentence counts unwrapped vs wrapped, the Flesch-Kincaid grade and the hard-sentence findings.

Usage: scripts/readability/measure-wrapping.py [COPYDESK ...]   (default .build/release/copydesk)
Several binaries (for example the one before a change and after it) are measured on the same files.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LICENCES = ["GPL-2", "GPL-3", "LGPL-2.1", "LGPL-3", "Apache-2.0", "MPL-2.0", "GFDL-1.3", "Artistic", "CC0-1.0"]


def sources():
    paths = [os.path.join("/usr/share/common-licenses", name) for name in LICENCES]
    paths += sorted(glob.glob(os.path.join(ROOT, "..", "shared", "seeds", "*.txt")))
    return [p for p in paths if os.path.isfile(p)]


def paragraphs(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    for chunk in re.split(r"\n\s*\n", text):
        words = chunk.split()
        # Prose only: a paragraph with a full stop and at least eight words (no headings, rules or addresses).
        if len(words) >= 8 and "." in chunk:
            yield " ".join(words)


def markdown_safe(line):
    # Keep Markdown from reading a paragraph as a list, a heading or code.
    return re.sub(r"^([#>*+\-]|\d+[.)])", r"\\\1", line.replace("`", "'").replace("<", "&lt;"))


def write_parts(folder):
    parts = {"dev": [], "held-out": []}
    for path in sources():
        for i, para in enumerate(paragraphs(path)):
            parts["held-out" if i % 3 == 2 else "dev"].append(para)
    files = {}
    for part, paras in parts.items():
        for ext, fix in (("txt", lambda s: s), ("md", markdown_safe)):
            for mode in ("unwrapped", "wrapped"):
                body = [fix(p) for p in paras]
                if mode == "wrapped":
                    body = [textwrap.fill(p, width=72, break_long_words=False, break_on_hyphens=False) for p in body]
                name = os.path.join(folder, f"{part}-{mode}.{ext}")
                with open(name, "w", encoding="utf-8") as f:
                    f.write("\n\n".join(body) + "\n")
                files[(part, ext, mode)] = name
        parts[part] = len(paras)
    return parts, files


def lint(binary, path):
    out = subprocess.run([binary, "lint", "--format", "json", path], capture_output=True, text=True, cwd=ROOT)
    if out.returncode > 1:
        sys.exit(f"{binary} failed on {path}: {out.stderr}")
    data = json.loads(out.stdout)["files"][0]
    hard = sum(1 for f in data["findings"] if f["rule"] in ("readability.hard_sentence", "readability.very_hard_sentence"))
    r = data["readability"]
    return r["sentences"], r["scores"]["flesch_kincaid_grade"], hard


def main():
    binaries = sys.argv[1:] or [os.path.join(ROOT, ".build/release/copydesk")]
    with tempfile.TemporaryDirectory() as folder:
        counts, files = write_parts(folder)
        print(f"paragraphs: dev {counts['dev']}, held-out {counts['held-out']} (from {len(sources())} texts)")
        for binary in binaries:
            print(f"== {binary}")
            for part in ("dev", "held-out"):
                for ext in ("txt", "md"):
                    s0, fk0, h0 = lint(binary, files[(part, ext, "unwrapped")])
                    s1, fk1, h1 = lint(binary, files[(part, ext, "wrapped")])
                    extra = s1 - s0
                    print(f"{part:8} {ext:3} sentences {s0} unwrapped, {s1} wrapped ({extra:+d}, {100 * extra / s0:+.1f}%); "
                          f"Flesch-Kincaid {fk0} -> {fk1}; hard sentences {h0} -> {h1}")


if __name__ == "__main__":
    main()
