#!/usr/bin/env python3
"""Writes the pathological inputs of the reliability brief into DIR (deterministic)."""
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def write(name, text):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)


write("quotes-20000.md", ">" * 20000 + " deep words in a quote\n")
write("quotes-lines-20000.md", "".join(">" * i + " line\n" for i in range(1, 2001)) * 10)
write("stars-50000.md", "*" * 50000 + "\n")
write("star-a-50000.md", "*a" * 50000 + "\n")
write("underscores-50000.md", "_b " * 50000 + "\n")
write("brackets-50000.md", "[" * 50000 + "x" + "](" * 20000 + "\n")
unit = "word &amp; `c` [link](u) recieve "
write("line-2MB.md", unit * (2_000_000 // len(unit)) + "\n")
write("line-2MB.txt", "Spelling recieve ok. " * (2_000_000 // 21) + "\n")
write("line-2MB.html", "<p>" + "text <b>bold</b> recieve " * (2_000_000 // 25) + "</p>\n")
rng = random.Random(3)
tags = ["<div>", "<p>", "<b>", "<i", "</div>", "</p>", "<table><tr><td>", "<img alt=\"x", "<!--", "-->", "<a href=",
        "&amp", "&#x", "<script>", "</script>", "<", ">", "\"", "<ul><li>", "<h1>", "</h9>", "words ", "teh "]
write("tag-soup.html", "".join(rng.choice(tags) for _ in range(300000)))
write("divs-20000.html", "<div>" * 20000 + "deep" + "</div>" * 20000)
write("open-quotes-20000.html", "<blockquote>x " * 20000)
