"""Text into features: English word stems, Chinese character bigrams, shared concepts.

English and Chinese share no words, so the bridge between them is the concept lexicon
(``lexicon.txt``): each concept lists its English and Chinese surface forms, and any text
that mentions one of them carries the concept. Chinese is cut into overlapping character
bigrams rather than segmented: no dictionary to download, no segmentation errors, and
bigrams match as well as words do on short technical text.
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
_STEMS: dict[str, str] = {}


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
    known = _STEMS.get
    return [known(w) or stem(w) for w in WORD.findall(text.lower()) if w not in STOPWORDS]


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

    def __init__(self, concepts: list[Concept], english: dict[str, int], chinese: dict[str, int]) -> None:
        self.concepts = concepts
        self._short: dict[str, int] = {}  # "stem" or "stem_stem" -> concept
        self._long: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # first pair -> (stems, concept)
        for form, index in english.items():
            words = tuple(form.split())
            if len(words) <= 2:
                self._short.setdefault("_".join(words), index)
            else:
                self._long.setdefault(f"{words[0]}_{words[1]}", []).append((words, index))
        self._chinese: dict[str, list[tuple[str, int]]] = {}  # first bigram -> (form, concept), longest first
        for form, index in sorted(chinese.items(), key=lambda item: -len(item[0])):
            if len(form) >= 2:
                self._chinese.setdefault(form[:2], []).append((form, index))

    def find(self, stemmed_words: list[str], text: str, pairs: list[str] | None = None) -> list[int]:
        """Indexes of the concepts mentioned, once per mention."""
        found = self.find_english(stemmed_words, pairs)
        for run in CJK.findall(text):
            found += self.find_chinese(run, [run[i : i + 2] for i in range(len(run) - 1)])
        return found

    def find_english(self, stemmed_words: list[str], pairs: list[str] | None = None) -> list[int]:
        if pairs is None:
            pairs = [f"{a}_{b}" for a, b in zip(stemmed_words, stemmed_words[1:], strict=False)]
        short, long = self._short, self._long
        found = [short[w] for w in stemmed_words if w in short]
        found += [short[p] for p in pairs if p in short]
        for position in [i for i, pair in enumerate(pairs) if pair in long]:
            for words, index in long[pairs[position]]:
                if tuple(stemmed_words[position : position + len(words)]) == words:
                    found.append(index)
        return found

    def find_chinese(self, run: str, bigrams: list[str]) -> list[int]:
        """Concepts in one run of Chinese characters, given its bigrams."""
        forms = self._chinese
        found, end = [], 0
        for position in [i for i, gram in enumerate(bigrams) if gram in forms]:
            if position < end:
                continue
            for form, index in forms[bigrams[position]]:
                if run.startswith(form, position):
                    found.append(index)
                    end = position + len(form)
                    break
        return found


def parse_lexicon(lines) -> Lexicon:
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
    return Lexicon(concepts, english, chinese)


@cache
def lexicon() -> Lexicon:
    text = resources.files(__package__).joinpath("lexicon.txt").read_text(encoding="utf-8")
    return parse_lexicon(text.splitlines())


@dataclass(frozen=True, slots=True)
class Features:
    words: list[str]  # English stems and Chinese bigrams (stem pairs measured no better on the dev set)
    concepts: list[int]


def features(text: str) -> Features:
    """The lexical features and concept indexes of a text (title and description together)."""
    words = stems(text)
    pairs = [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    found = lexicon()
    concepts = found.find_english(words, pairs)
    grams: list[str] = []
    for run in CJK.findall(text):
        if len(run) == 1:
            grams.append(run)
            continue
        run_grams = [run[i : i + 2] for i in range(len(run) - 1)]
        grams += run_grams
        concepts += found.find_chinese(run, run_grams)
    return Features(words + grams, concepts)
