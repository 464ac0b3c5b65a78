#!/usr/bin/env python3
"""Compose an archive of N articles from a smaller generated corpus (../shared/bench/gen_corpus.py, whose articles
all share one month and no section), reproducibly: each article keeps one source's title and author, mixes its
paragraphs with those of two other sources (so no two articles are the same text, and the word mix stays the
generator's), and gets a date in 2015-2024 and one of eight sections, in YEAR/SECTION/ folders; about one in eight
gets a sensitive passage (make_archive.py's), some of them warned in front matter.

usage: compose_corpus.py SOURCE_DIR OUT_DIR --articles N [--seed S]
"""
import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_archive import EXTRA_SENSITIVE  # noqa: E402

SECTIONS = ["Local", "Politics", "Business", "Culture", "Courts", "Weather", "Sport", "World"]


def read(path):
    text = path.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4)
    front = [line for line in text[4:end].split("\n") if line.startswith(("title:", "author:"))]
    paragraphs = [p for p in text[end + 5:].split("\n\n") if p.strip()]
    return front, paragraphs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source")
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    sources = [read(p) for p in sorted(Path(args.source).glob("*.md"))]
    if not sources:
        sys.exit(f"compose_corpus.py: no .md articles in {args.source}")
    out = Path(args.out)
    for i in range(args.articles):
        front, own = sources[i % len(sources)]
        others = [p for _, ps in rng.sample(sources, min(2, len(sources))) for p in ps]
        body = [p if p.startswith("## ") or rng.random() < 0.5 else rng.choice(others) for p in own]
        year, section = 2015 + rng.randrange(10), rng.choice(SECTIONS)
        meta = front + [f"date: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"section: {section}"]
        if rng.random() < 0.125:
            body.insert(rng.randrange(1, max(2, len(body))), rng.choice(EXTRA_SENSITIVE))
            if rng.random() < 0.4:
                meta.append('content_warning: "This article contains descriptions of violence."')
        folder = out / str(year) / section.lower()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article-{i:06d}.md").write_text("---\n" + "\n".join(meta) + "\n---\n\n" + "\n\n".join(body) + "\n",
                                                    encoding="utf-8")


if __name__ == "__main__":
    main()
