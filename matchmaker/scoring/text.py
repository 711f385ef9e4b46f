"""Text into features: English word stems, Chinese character bigrams, shared concepts.

English and Chinese share no words, so two bridges join them. The concept lexicon
(``lexicon.txt``) lists each clean-tech concept's English and Chinese surface forms; any text
that mentions one carries the concept. The glossary (``glossary.txt``) gives the common words
of Chinese text their English renderings, so a Chinese text also carries plain English stems.
Chinese is otherwise cut into overlapping character bigrams rather than segmented: no
dictionary to download, no segmentation errors, and bigrams match as well as words do on
short technical text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .taxonomy import CATEGORIES

WORD = re.compile(r"\b[a-z][a-z0-9]*(?:\.[0-9]+)?")  # numbers alone match by chance: skipped
CJK = re.compile(r"[\u3400-\u9fff]+")
STOPWORDS = frozenset(
    """a about above after all also an and any are as at be been being both but by can could did do does
    each for from further had has have how if in into is it its itself just may more most much must no nor
    not of off on once only or other our out over own per same shall should so some such than that the their
    them then there these they this those through to too under until up upon very via was we were what when
    where which while who whom why will with within without would you your yet us new one two three use used
    using based including include includes well each year years per""".split()
)
_STEMS: dict[str, str] = dict.fromkeys(STOPWORDS, "")  # word -> stem; a stop word stems to ""


# British spellings read as American ones, so "data centre" meets "data center".
SPELLINGS = {
    "centre": "center",
    "centres": "centers",
    "metre": "meter",
    "metres": "meters",
    "litre": "liter",
    "litres": "liters",
    "fibre": "fiber",
    "sulphur": "sulfur",
    "aluminium": "aluminum",
    "tyre": "tire",
    "tyres": "tires",
    "programme": "program",
    "programmes": "programs",
    "neighbourhood": "neighborhood",
    "neighbourhoods": "neighborhoods",
    "kerbside": "curbside",
    "labour": "labor",
}


def stem(word: str) -> str:
    """A light English stemmer: plural and common verb endings, so 'batteries' meets 'battery'."""
    cached = _STEMS.get(word)
    if cached is not None:
        return cached
    original = word
    word = SPELLINGS.get(word, word)
    if "isation" in word or "ised" in word or "ising" in word:
        word = word.replace("isation", "ization").replace("ised", "ized").replace("ising", "izing")
    result = word
    if len(word) > 4 and word.endswith("ies"):
        result = word[:-3] + "y"
    elif len(word) > 5 and word.endswith("ing"):
        result = word[:-3]
    elif len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        result = word[:-2]
    elif len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        result = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        result = word[:-1]
    if len(_STEMS) < 500_000:
        _STEMS[original] = result
    return result


def stems(text: str) -> list[str]:
    """Stemmed English content words of ``text``."""
    tokens = WORD.findall(text.lower())
    looked = list(map(_STEMS.get, tokens))  # known words (and stop words, as "") without a Python call
    if None in looked:
        looked = [found if found is not None else stem(token) for found, token in zip(looked, tokens, strict=True)]
    return [found for found in looked if found]


@dataclass(frozen=True)
class Concept:
    id: str
    category: str
    label_en: str
    label_zh: str

    @property
    def label(self) -> str:
        return f"{self.label_en} / {self.label_zh}"


class Lexicon:
    """The bilingual concepts and fast lookups of their surface forms.

    English forms are looked up among a text's stems and stem pairs (the features the text
    has anyway), longer phrases by their first pair and then checked in place. Chinese forms
    are looked up by their first character bigram among the text's bigrams, then checked in
    place, leftmost and longest first, without overlaps.
    """

    def __init__(
        self,
        concepts: list[Concept],
        english: dict[str, int],
        chinese: dict[str, int],
        glossary: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.concepts = concepts
        self._short: dict[str, int] = {}  # "stem" or "stem_stem" -> concept
        self._long: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # first pair -> (stems, concept)
        for form, index in english.items():
            words = tuple(form.split())
            if len(words) <= 2:
                self._short.setdefault("_".join(words), index)
            else:
                self._long.setdefault(f"{words[0]}_{words[1]}", []).append((words, index))
        self._chinese = _by_first_bigram(chinese)  # Chinese form -> concept
        self._glossary = _by_first_bigram(glossary or {})  # Chinese word -> English stems
        self._starts = set(self._chinese) | set(self._glossary)  # bigrams that start a form or a word

    def find(self, stemmed_words: list[str], text: str, pairs: list[str] | None = None) -> list[int]:
        """Indexes of the concepts mentioned, once per mention."""
        found = self.find_english(stemmed_words, pairs)
        for run in CJK.findall(text):
            found += self.read_chinese(run, [run[i : i + 2] for i in range(len(run) - 1)])[0]
        return found

    def find_english(self, stemmed_words: list[str], pairs: list[str] | None = None) -> list[int]:
        if pairs is None:
            pairs = list(map("_".join, zip(stemmed_words, stemmed_words[1:], strict=False)))
        short, long = self._short, self._long
        found = [short[w] for w in stemmed_words if w in short]
        found += [short[p] for p in pairs if p in short]
        for position in [i for i, pair in enumerate(pairs) if pair in long]:
            for words, index in long[pairs[position]]:
                if tuple(stemmed_words[position : position + len(words)]) == words:
                    found.append(index)
        return found

    def read_chinese(self, run: str, bigrams: list[str]) -> tuple[list[int], list[str]]:
        """(concepts, English stems of glossary words) of one run of Chinese characters.

        Both are found leftmost and longest first, without overlaps, each on its own: one
        pass over the positions whose bigram starts a concept form or a glossary word.
        """
        chinese, glossary, starts = self._chinese, self._glossary, self._starts
        concepts: list[int] = []
        english: list[str] = []
        concept_end = word_end = 0
        for position in [i for i, gram in enumerate(bigrams) if gram in starts]:
            gram = bigrams[position]
            if position >= concept_end and gram in chinese:
                for form, concept in chinese[gram]:
                    if run.startswith(form, position):
                        concepts.append(concept)
                        concept_end = position + len(form)
                        break
            if position >= word_end and gram in glossary:
                for word, stems_of_word in glossary[gram]:
                    if run.startswith(word, position):
                        english += stems_of_word
                        word_end = position + len(word)
                        break
        return concepts, english


def _by_first_bigram(forms: dict) -> dict[str, list]:
    """Chinese forms (two characters or more) by their first bigram, longest first."""
    index: dict[str, list] = {}
    for form, value in sorted(forms.items(), key=lambda item: -len(item[0])):
        if len(form) >= 2:
            index.setdefault(form[:2], []).append((form, value))
    return index


def parse_lexicon(lines, glossary: dict[str, tuple[str, ...]] | None = None) -> Lexicon:
    """Concepts from lines ``id | category | english; forms | 中文; 形式`` (``#`` comments)."""
    concepts: list[Concept] = []
    english: dict[str, int] = {}
    chinese: dict[str, int] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 4:
            raise ValueError(f"lexicon line {number}: expected 4 fields separated by |")
        concept_id, category, english_forms, chinese_forms = parts
        if category != "general" and category not in CATEGORIES:
            raise ValueError(f"lexicon line {number}: unknown category {category!r}")
        en = [f.strip() for f in english_forms.split(";") if f.strip()]
        zh = [f.strip() for f in chinese_forms.split(";") if f.strip()]
        index = len(concepts)
        concepts.append(Concept(concept_id, category, en[0] if en else zh[0], zh[0] if zh else en[0]))
        for form in en:
            key = " ".join(stems(form)) or form.lower()
            english.setdefault(key, index)
        for form in zh:
            if CJK.search(form):
                chinese.setdefault(form, index)
            else:  # a Latin acronym listed among the Chinese forms
                english.setdefault(" ".join(stems(form)) or form.lower(), index)
    return Lexicon(concepts, english, chinese, glossary)


@cache
def lexicon() -> Lexicon:
    folder = resources.files(__package__)
    glossary = parse_glossary(folder.joinpath("glossary.txt").read_text(encoding="utf-8").splitlines())
    return parse_lexicon(folder.joinpath("lexicon.txt").read_text(encoding="utf-8").splitlines(), glossary)


def parse_glossary(lines) -> dict[str, tuple[str, ...]]:
    """Chinese word -> the English stems of its renderings, from lines ``中文 | english``."""
    glossary: dict[str, tuple[str, ...]] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 2 or not CJK.fullmatch(parts[0]):
            raise ValueError(f"glossary line {number}: expected '中文 | english'")
        glossary[parts[0]] = glossary.get(parts[0], ()) + tuple(stems(parts[1]))
    return glossary


@dataclass(frozen=True, slots=True)
class Features:
    words: list[str]  # English stems, Chinese bigrams, English stems of Chinese glossary words
    concepts: list[int]


def features(text: str) -> Features:
    """The lexical features and concept indexes of a text (title and description together).

    Chinese text also gives the English stems of its glossary words, so a Chinese need shares
    plain words ("sludge", "drying") with an English technology, beyond the named concepts.
    """
    words = stems(text)
    pairs = list(map("_".join, zip(words, words[1:], strict=False)))
    found = lexicon()
    concepts = found.find_english(words, pairs)
    grams: list[str] = []
    for run in CJK.findall(text):
        if len(run) == 1:
            grams.append(run)
            continue
        run_grams = [run[i : i + 2] for i in range(len(run) - 1)]
        run_concepts, english = found.read_chinese(run, run_grams)
        grams += run_grams
        grams += english
        concepts += run_concepts
    return Features(words + grams, concepts)
