#!/usr/bin/env python3
"""Writes Dictionaries/spelling/frequency.txt: English words by how common they are, most common first.

Copydesk ranks its spelling suggestions by this order (a typo's candidates one edit away are sorted by it).
Source: the `wordfreq` package, version 3.1.1 (`pip install wordfreq==3.1.1`), whose word-frequency data is
published under CC BY-SA 4.0 (Robyn Speer and contributors). Only the order of words is used.
Usage: scripts/spelling/make-frequency-list.py [COUNT]
"""
import sys
import wordfreq

count = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
words = [w for w in wordfreq.top_n_list("en", count * 2) if w.replace("'", "").isalpha() and w.isascii()][:count]
out = "Dictionaries/spelling/frequency.txt"
with open(out, "w", encoding="utf-8") as f:
    f.write("# English words, most common first: the order Copydesk ranks spelling suggestions by.\n")
    f.write("# Derived from wordfreq 3.1.1 data (CC BY-SA 4.0, Robyn Speer and contributors) by\n")
    f.write("# scripts/spelling/make-frequency-list.py; only the rank order is used.\n")
    for w in words:
        f.write(w + "\n")
print(f"wrote {len(words)} words to {out}")
