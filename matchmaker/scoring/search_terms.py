"""A search query in one language, expanded into the terms of the same concepts in both.

The directory's text search matches words as they are written (``LIKE '%term%'``), so an
English query never finds a Chinese record and the other way round. The engine's two bridges
join them here too: a query phrase that is a surface form of a lexicon concept
(``lexicon.txt``) stands for every form of that concept, English and Chinese; one that is a
glossary word or rendering (``glossary.txt``) also stands for its translations.

``expand_query("demand response")`` gives one group, ``("demand response", "需求响应",
"demand-side response", …)``: a record matches a group when it contains any of its terms, and
the query when it matches every group. Pure: text in, tuples out.

Forms too short to be searched as substrings are not added (a Latin acronym under four letters
such as "AMI" would match inside "dynamic"; a Chinese form under three characters has no
trigram for the index): the query's own words are always kept as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import zip_longest

from .text import CJK, GENERIC

MAX_GROUPS = 8
MAX_ALTERNATIVES = 8
MIN_LATIN, MIN_CHINESE = 4, 3


def _normalise(text: str) -> str:
    return " ".join(text.casefold().split())


def _searchable(term: str) -> bool:
    """Long enough to be searched as a substring through the index."""
    return len(term) >= (MIN_CHINESE if CJK.search(term) else MIN_LATIN)


@dataclass
class Bridges:
    """Each known phrase (case-folded) -> the terms of the same meaning in both languages."""

    equivalents: dict[str, list[str]] = field(default_factory=dict)
    longest_words: int = 1

    def add(self, forms: list[str]) -> None:
        forms = list(dict.fromkeys(_normalise(form) for form in forms if form.strip()))
        for form in forms:
            known = self.equivalents.setdefault(form, [])
            known += [other for other in forms if other != form and other not in known]
            if not CJK.search(form):
                self.longest_words = max(self.longest_words, len(form.split()))


def parse_bridges(lexicon_lines, glossary_lines) -> Bridges:
    """Bridges from the lexicon's concept lines and the glossary's ``中文 | english`` lines."""
    bridges = Bridges()
    for raw in lexicon_lines:
        line = raw.strip()
        if not line or line[0] in "#>":
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) == 4:
            bridges.add([form for part in parts[2:] for form in part.split(";")])
    for raw in glossary_lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        chinese, _bar, english = (part.strip() for part in line.partition("|"))
        if english and english.casefold() not in GENERIC:
            bridges.add([chinese, english])
    return bridges


@cache
def bridges() -> Bridges:
    folder = resources.files(__package__)
    read = lambda name: folder.joinpath(name).read_text(encoding="utf-8").splitlines()  # noqa: E731
    return parse_bridges(read("lexicon.txt"), read("glossary.txt"))


def _group(phrase: str, known: Bridges) -> tuple[str, ...]:
    """The phrase and at most MAX_ALTERNATIVES - 1 equivalents, the other language's first
    (each term costs the index a walk): other and same language alternate, in lexicon order,
    which puts each concept's display labels first."""
    others = [term for term in known.equivalents.get(phrase, ()) if _searchable(term)]
    chinese = bool(CJK.search(phrase))
    other_language = [term for term in others if bool(CJK.search(term)) != chinese]
    same_language = [term for term in others if bool(CJK.search(term)) == chinese]
    mixed = [term for pair in zip_longest(other_language, same_language) for term in pair if term]
    return (phrase, *mixed[: MAX_ALTERNATIVES - 1])


def _chinese_phrases(run: str, known: Bridges) -> list[str]:
    """A run of Chinese characters cut into known phrases, leftmost and longest first; the
    characters between them stay together as one unknown phrase."""
    phrases, pending, position = [], "", 0
    while position < len(run):
        found = next(
            (run[position:end] for end in range(len(run), position + 1, -1) if run[position:end] in known.equivalents),
            None,
        )
        if found is None:
            pending += run[position]
            position += 1
            continue
        if pending:
            phrases.append(pending)
            pending = ""
        phrases.append(found)
        position += len(found)
    return phrases + ([pending] if pending else [])


TOKEN = re.compile(r"[\u3400-\u9fff]+|[^\s\u3400-\u9fff]+")


def expand_query(query: str, known: Bridges | None = None) -> list[tuple[str, ...]]:
    """The query's phrases, each with its equivalents: a list of groups (all must match),
    each a tuple of terms (any may match), the phrase as typed first."""
    known = known or bridges()
    tokens = TOKEN.findall(_normalise(query))
    groups: list[tuple[str, ...]] = []
    position = 0
    while position < len(tokens) and len(groups) < MAX_GROUPS:
        token = tokens[position]
        if CJK.fullmatch(token):
            groups += [_group(phrase, known) for phrase in _chinese_phrases(token, known)]
            position += 1
            continue
        for size in range(min(known.longest_words, len(tokens) - position), 0, -1):
            phrase = " ".join(tokens[position : position + size])
            if size == 1 or phrase in known.equivalents:
                groups.append(_group(phrase, known))
                position += size
                break
    return list(dict.fromkeys(groups))[:MAX_GROUPS]
