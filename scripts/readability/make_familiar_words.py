#!/usr/bin/env python3
"""Builds Dictionaries/readability/familiar-words.txt, Copydesk's stand-in for the Dale-Chall familiar-word list.

The Dale-Chall list of about 3,000 words familiar to fourth-grade readers (Chall & Dale, 1995) is a published,
copyrighted work; Copydesk does not copy it. Instead it takes the 3,000 most frequent English words in wordfreq
(pip install wordfreq==3.1.1; data CC BY-SA 4.0, Robyn Speer et al.) that are spelled with a-z only and are not
single letters other than "a" and "i". Reproducible: the list depends only on the wordfreq version.
"""
import os, re
import wordfreq

SIZE = 3000
OUT = os.path.join(os.path.dirname(__file__), "../../Dictionaries/readability/familiar-words.txt")

words = []
for w in wordfreq.top_n_list("en", 20000):
    if re.fullmatch(r"[a-z]+", w) and (len(w) > 1 or w in ("a", "i")) and w not in words:
        words.append(w)
    if len(words) == SIZE:
        break
with open(OUT, "w") as f:
    f.write("# Familiar words for the Dale-Chall formula (readability.dale_chall): Copydesk's stand-in for the\n")
    f.write("# Dale-Chall list, which is a copyrighted publication (Chall & Dale 1995) and is not copied here.\n")
    f.write("# Source: the %d most frequent a-z words in wordfreq %s (Robyn Speer et al.; word-frequency data\n" % (SIZE, "3.1.1"))
    f.write("# CC BY-SA 4.0), made by scripts/readability/make_familiar_words.py. Regular inflections of a listed word\n")
    f.write("# (-s, -es, -ed, -ing, -er, -est, -ly) also count as familiar. Scores therefore differ from tools that\n")
    f.write("# use the published list; see docs/readability.md. One word a line, in frequency order; add your own.\n")
    for w in words:
        f.write(w + "\n")
print(len(words))
