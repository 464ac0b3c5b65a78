#!/usr/bin/env python3
"""Write a small reproducible news archive for the archive tests: articles built from the paragraphs of the
bundled Examples/ (so every word is the project's own), in year/section folders, with varied dates, sections and
authors, some with a sensitive passage, some of those with a content warning in front matter, a few plain-text
files. Same arguments, same bytes.

usage: make_archive.py OUT_DIR [--articles N] [--seed S]
"""
import argparse
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ["Local", "Politics", "Business", "Culture", "Courts", "Weather"]
AUTHORS = ["Priya Raman", "Daniel Achterberg", "Amara Okafor", "Tomasz Wielgus", "Ines Duarte"]
SENSITIVE_MARKERS = ("died", "dead", "bleeding", "burned", "killed")
# Written for these tests: passages of three more content-warning categories.
EXTRA_SENSITIVE = [
    "Police said the man was stabbed twice in the chest during a fight outside the bar and was taken to hospital "
    "with serious injuries.",
    "Shelling destroyed the village school overnight, and soldiers were accused of torturing prisoners held in the "
    "basement of the town hall.",
    "Surgeons amputated the driver's left leg below the knee after the crane collapsed onto the loading bay.",
]


def paragraphs():
    """Prose paragraphs of the examples: (text, sensitive)."""
    found = []
    for path in sorted(ROOT.glob("Examples/**/*")):
        if path.suffix not in (".md", ".txt"):
            continue
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[2]
        for block in text.split("\n\n"):
            block = block.strip()
            if len(block) < 60 or block[0] in "#<|>-*!`[" or "\n#" in block:
                continue
            found.append((block, any(m in block.lower() for m in SENSITIVE_MARKERS)))
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pool = paragraphs()
    calm = [p for p, s in pool if not s]
    sensitive = [p for p, s in pool if s] + EXTRA_SENSITIVE
    out = Path(args.out)
    for i in range(args.articles):
        year = 2015 + rng.randrange(10)
        section = rng.choice(SECTIONS)
        body = rng.sample(calm, rng.randint(2, min(5, len(calm))))
        is_sensitive = bool(sensitive) and rng.random() < 0.3
        if is_sensitive:
            body.insert(rng.randrange(1, len(body) + 1), rng.choice(sensitive))
        title = " ".join(body[0].replace('"', "").split()[:8]).rstrip(",.;:") + f" ({i})"
        folder = out / str(year) / section.lower()
        folder.mkdir(parents=True, exist_ok=True)
        if i % 25 == 7:  # plain text: no front matter, so no date or section
            (folder / f"note-{i:04d}.txt").write_text("\n\n".join(body) + "\n", encoding="utf-8")
            continue
        front = ["---", f'title: "{title}"', f"author: {rng.choice(AUTHORS)}",
                 f"date: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"section: {section}"]
        if is_sensitive and rng.random() < 0.4:
            front.append('content_warning: "This article contains descriptions of death."')
        front.append("---")
        (folder / f"story-{i:04d}.md").write_text("\n".join(front) + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
