#!/usr/bin/env python3
"""Writes a generated Markdown article of about SIZE bytes (front matter, headings, paragraphs, links,
emphasis, a few typos and multibyte words), or a folder of COUNT such articles. Deterministic (fixed seed).

usage: gen_article.py file PATH SIZE_BYTES
       gen_article.py folder DIR COUNT SIZE_BYTES [BIG_BYTES]   (BIG_BYTES: one extra file of that size)
"""
import os
import random
import sys

WORDS = ("the council said on monday that a new bridge over the river would open next spring after years of "
         "delays and rising costs residents welcomed the plan but some traders warned that roadworks could "
         "keep shoppers away from the high street for months engineers expect the final span to be lifted into "
         "place in march while the mayor promised regular updates").split()
TYPOS = ["recieve", "goverment", "definately", "seperate", "occured"]
EXTRAS = ["café", "naïve", "Zürich", "“quoted”", "—", "£4.2m", "1990s", "Dr. Okafor", "*important*",
          "[the report](https://example.org/r)", "`code`", "&amp;"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    if rng.random() < 0.15:
        words[rng.randrange(len(words))] = rng.choice(TYPOS)
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(EXTRAS))
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice([".", ".", ".", "?", "!"])


def article(rng, size):
    parts = ["---\ntitle: Bridge works enter their final year\nlang: en-GB\n---\n\n# Bridge works enter their final year\n\n"]
    total = len(parts[0])
    while total < size:
        if rng.random() < 0.05:
            block = "## " + sentence(rng).rstrip(".?!") + "\n\n"
        else:
            block = " ".join(sentence(rng) for _ in range(rng.randint(2, 6))) + "\n\n"
        parts.append(block)
        total += len(block.encode())
    return "".join(parts)


def main():
    rng = random.Random(7)
    if sys.argv[1] == "file":
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            f.write(article(rng, int(sys.argv[3])))
    else:
        folder, count, size = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
        os.makedirs(folder, exist_ok=True)
        for i in range(count):
            with open(os.path.join(folder, f"a{i:05d}.md"), "w", encoding="utf-8") as f:
                f.write(article(rng, size))
        if len(sys.argv) > 5:
            with open(os.path.join(folder, "big.md"), "w", encoding="utf-8") as f:
                f.write(article(rng, int(sys.argv[5])))


main()
