"""Text into features: English word stems, Chinese character bigrams, shared concepts.

English and Chinese share no words, so two bridges join them. The concept lexicon
(``lexicon.txt``) lists each clean-tech concept's English and Chinese surface forms; any text
that mentions one carries the concept. The glossary (``glossary.txt``, written by hand) and the
general dictionary (``dictionary.txt``, CC-CEDICT, vendored) give the words of Chinese text their
English, so a Chinese text also carries plain English stems. Chinese is otherwise cut into
overlapping character bigrams rather than segmented: no segmentation errors. The bigrams weigh
a tenth of a word (BIGRAM_WEIGHT) and each dictionary sense its share of its word, so that most
of a Chinese text's weight is in the words the dictionary knows.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat
from operator import itemgetter

from ahocorasick_rs import BytesAhoCorasick, MatchKind

from .taxonomy import CATEGORIES

# Latin words start after any non-Latin character, so "MBR" is a word in "中空纤维MBR膜组器";
# numbers alone match by chance: skipped. A hyphenated number belongs to its word: "R-290" is
# the word "r290", as "R290" is (without it, "R-290", "R-22" and "R&D" were all the word "r").
WORD = re.compile(r"(?<![a-z0-9])[a-z][a-z0-9]*(?:-[0-9][a-z0-9]*|\.[0-9]+)?")
CJK = re.compile(r"[\u3400-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z0-9]")
# A Chinese bigram is a weak feature: most are not words (污泥干化 gives 污泥, 泥干, 干化), and the
# dictionary's words already carry the text's meaning. Each counts BIGRAM_WEIGHT of a word; a bigram
# still matches where no dictionary word does (a name, a new term).
BIGRAM_WEIGHT = 0.1
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_ALNUM_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")
STOPWORDS = frozenset(
    """a about above after all also an and any are as at be been being both but by can could did do does
    each for from further had has have how if in into is it its itself just may more most much must no nor
    not of off on once only or other our out over own per same shall should so some such than that the their
    them then there these they this those through to too under until up upon very via was we were what when
    where which while who whom why will with within without would you your yet us new one two three use used
    using based including include includes well each year years per""".split()
)
_STEMS: dict[str, str] = dict.fromkeys(STOPWORDS, "")  # word -> stem; a stop word stems to ""

# Words that any clean-tech text may use, whatever problem it solves: they are kept (concept
# forms such as "smart meter" or "carbon capture" need them) but carry no lexical evidence.
# English as stems; Chinese as the character bigrams of the same words.
GENERIC_ENGLISH = """system smart platform co2 co2e carbon low day daily cut operation operat public reduce reduc
    reduction emission energy solution technology service manag management city municipal project provide
    deliver improve support cost sav saving annual ton tonne high efficient advanced integrated intelligent
    digital green clean sustainable zero net lower level real time ai help enable make site area local large
    small existing need want plan target goal percent total typical lead across partner company product
    offer customer client year month hour week capacity performance quality value rate use user"""
GENERIC_CHINESE = """系统 智能 平台 运行 运营 公共 低碳 减排 排放 降低 减少 碳排 二氧 氧化 化碳 能源 节能 技术 方案 项目
    城市 建设 提升 实现 管理 服务 设备 每年 万吨 吨二 智慧 绿色 清洁 数字 综合 高效 提供 支持 目标 计划 需求
    产品 公司 企业 客户 用户 年均 全年 规模 效率 质量 运维 系统 解决 决方"""


def _generic() -> frozenset[str]:
    english = {stem(word) for word in GENERIC_ENGLISH.split()} | set(GENERIC_ENGLISH.split())
    return frozenset((english | set(GENERIC_CHINESE.split())) - {""})


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
    word = SPELLINGS.get(word, word).replace("-", "")
    if "isation" in word or "ised" in word or "ising" in word:
        word = word.replace("isation", "ization").replace("ised", "ized").replace("ising", "izing")
    if len(word) > 6 and word.endswith(("iser", "isers")):  # oxidiser = oxidizer
        word = word.replace("iser", "izer")
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


GENERIC: frozenset[str] = frozenset()  # filled below, once stem() exists


def stems(text: str) -> list[str]:
    """Stemmed English content words of ``text``."""
    tokens = WORD.findall(text.lower())
    looked = list(map(_STEMS.get, tokens))  # known words (and stop words, as "") without a Python call
    if None in looked:
        looked = [found if found is not None else stem(token) for found, token in zip(looked, tokens, strict=True)]
    return list(filter(None, looked))  # a stop word stems to ""


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
        gaps: tuple[list, list] = ([], []),
        mixed: dict[str, int] | None = None,
        dictionary: dict[str, tuple[str, ...]] | None = None,
        parents: dict[int, set[int]] | None = None,
    ) -> None:
        self.concepts = concepts
        # Forms mixing Latin and Chinese are found in the whole (lowercased) text, every mention of
        # each, by one automaton: a run of Chinese characters never holds the Latin part.
        self.mixed = dict(mixed or {})  # form -> concept
        self._mixed_concepts = list(self.mixed.values())
        self._mixed_starts_latin = [form[0] in _ALNUM for form in self.mixed]
        self._mixed_forms = _automaton(self.mixed)
        self._short: dict[str, int] = {}  # "stem" or "stem_stem" -> concept
        # first pair -> third stem -> (stems, concept): a pair such as "heat pump" starts dozens
        self._long: dict[str, dict[str, list[tuple[tuple[str, ...], int]]]] = {}
        for form, index in english.items():
            words = tuple(form.split())
            if len(words) <= 2:
                self._short.setdefault("_".join(words), index)
            else:
                self._long.setdefault(f"{words[0]}_{words[1]}", {}).setdefault(words[2], []).append((words, index))
        self._chinese = _by_first_bigram(chinese)  # Chinese form -> concept
        self._index_gaps(*gaps)
        self.set_words(glossary or {}, dictionary or {})
        self.set_hierarchy(parents or {})  # builds the Chinese lookups, gap forms included

    def set_gaps(self, english: list, chinese: list) -> None:
        """Forms with a gap ("纯电动*公交", "fuel cell * bus"): two parts a few words or characters
        apart, as (prefix, suffix, concept), English ones as stems."""
        self._index_gaps(english, chinese)
        self._chinese_lookups()

    def _index_gaps(self, english: list, chinese: list) -> None:
        self._gap_en: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], int]]] = {}
        self._gap_zh: dict[str, list[tuple[str, str, int]]] = {}
        for prefix, suffix, index in english:
            self._gap_en.setdefault(prefix[0], []).append((prefix, suffix, index))
        self._gap_ends = frozenset(suffix[0] for _prefix, suffix, _index in english)  # a gap form needs one
        for prefix, suffix, index in chinese:
            self._gap_zh.setdefault(prefix[:2], []).append((prefix, suffix, index))

    def gaps(self) -> tuple[list, list]:
        """The gap forms, as ``set_gaps`` takes them."""
        english = [form for forms in self._gap_en.values() for form in forms]
        return english, [form for forms in self._gap_zh.values() for form in forms]

    def _chinese_lookups(self) -> None:
        """What ``read_chinese`` and ``read_chinese_text`` look up; rebuilt when the gap forms or the
        hierarchy change. Per bigram that starts a Chinese form or a gap form, both lookups at once
        (form lengths, forms, gap forms). And one automaton of every form, leftmost and longest
        first, with the concepts each match yields (its own and those of the forms inside it);
        a form holding other characters than a run's can never be found in a run: left out."""
        empty: tuple = ((), {})
        self._by_bigram = {
            gram: (*self._chinese.get(gram, empty), self._gap_zh.get(gram, ()))
            for gram in set(self._chinese) | set(self._gap_zh)
        }
        forms = {form: concept for _lengths, table in self._chinese.values() for form, concept in table.items()}
        forms = {form: concept for form, concept in forms.items() if CJK.fullmatch(form)}
        self._form_yields = [(concept, *self._inside.get(form, ())) for form, concept in forms.items()]
        self._forms = _automaton(forms, MatchKind.LeftmostLongest)
        self._gap_starts = _automaton({prefix for forms in self._gap_zh.values() for prefix, _s, _c in forms})

    def set_words(self, glossary: dict[str, tuple[str, ...]], dictionary: dict[str, tuple[str, ...]]) -> None:
        """The Chinese words whose English stems a text also gets: the hand-written glossary's and
        the general dictionary's (on the same word the glossary's English wins). One automaton
        finds them all in a text, leftmost and longest first, without overlaps (``senses_of``)."""
        self.glossary, self.dictionary = glossary, dictionary
        words = {**dictionary, **glossary}
        self._word_senses = [tuple((stem_, 1.0 / len(english)) for stem_ in english) for english in words.values()]
        self._words = _automaton(words, MatchKind.LeftmostLongest)

    def set_hierarchy(self, parents: dict[int, set[int]]) -> None:
        """Broad concepts and their specific solutions: ``parents[specific]`` = its broad concepts."""
        self.parents: dict[int, frozenset[int]] = {c: frozenset(p) for c, p in parents.items()}
        children: dict[int, set[int]] = {}
        for child, broad in parents.items():
            for parent in broad:
                children.setdefault(parent, set()).add(child)
        self.children: dict[int, frozenset[int]] = {p: frozenset(c) for p, c in children.items()}
        self._inside = self._forms_inside()  # depends on the hierarchy (siblings' forms are left out)
        self._chinese_lookups()

    def siblings(self, concept: int) -> set[int]:
        """Other specific solutions under any broad concept of ``concept``."""
        return {s for parent in self.parents.get(concept, ()) for s in self.children[parent]} - {concept}

    def family(self, mentioned: set[int], asked: set[int]) -> tuple[set[int], set[int], set[int], set[int]]:
        """For the concepts a need mentions, and those it ``asked`` for (named in its title):
        (the specific solutions it names, their broad concepts it does not name, the specific
        solutions under a broad concept it names while its title names none of them, the siblings
        of the specific solutions its title asks for). Only the title counts for siblings: descriptions
        also name what the city has today or wants to move away from ("replace our gas boilers")."""
        specific = {c for c in mentioned if c in self.parents}
        parents = {p for c in specific for p in self.parents[c]}
        children: set[int] = set()
        for parent in mentioned:
            named = self.children.get(parent, frozenset())
            if named and not named & asked:  # the title names the broad concept, not one of its solutions
                children |= named
        siblings = {s for c in asked & specific for s in self.siblings(c)} - mentioned - parents - children
        return specific, parents - mentioned, children - mentioned, siblings

    def find_mixed(self, text: str) -> list[int]:
        """The concepts of the forms mixing Latin and Chinese that a text holds, once per mention
        (call it on text with Chinese characters: no other holds such a form). A form starting
        with a letter or digit starts a word there: "OLED路灯" does not name "LED路灯"."""
        if self._mixed_forms is None:
            return []
        lowered = text.lower().encode()
        found = self._mixed_forms.find_matches_as_indexes(lowered, overlapping=True)
        concepts, latin_first = self._mixed_concepts, self._mixed_starts_latin
        # On UTF-8 bytes the byte before a match is a letter or digit only if the character is.
        return [
            concepts[form]
            for form, start, _end in found
            if not (start and latin_first[form] and lowered[start - 1] in _ALNUM_BYTES)
        ]

    def find(self, stemmed_words: list[str], text: str, pairs: list[str] | None = None) -> list[int]:
        """Indexes of the concepts mentioned, once per mention."""
        return self.find_english(stemmed_words, pairs) + self.read_chinese_text(text)

    def find_english(self, stemmed_words: list[str], pairs: list[str] | None = None) -> list[int]:
        if pairs is None:
            pairs = list(map("_".join, zip(stemmed_words, stemmed_words[1:], strict=False)))
        short = self._short
        found = [index for index in map(short.get, stemmed_words) if index is not None]
        spans = self._long_spans(stemmed_words, pairs)
        parents = self.parents
        if not any(index in parents for _start, _end, index in spans):  # no sibling's form to look inside
            found += [index for index in map(short.get, pairs) if index is not None]
            return found + [index for _start, _end, index in spans]
        spans += [(i, i + 2, short[p]) for i, p in enumerate(pairs) if p in short]
        return found + [index for _start, _end, index in self._without_nested_siblings(spans)]

    def find_english_leftmost(self, stemmed_words: list[str]) -> list[int]:
        """The concepts of the forms found leftmost and longest first, without overlaps, as the
        Chinese ones are: what a clause rules out is its most specific thing ("indoor air-quality
        monitors" rules out indoor air quality, not air-quality monitoring)."""
        short = self._short
        pairs = list(map("_".join, zip(stemmed_words, stemmed_words[1:], strict=False)))
        spans = [(i, i + 1, short[w]) for i, w in enumerate(stemmed_words) if w in short]
        spans += [(i, i + 2, short[p]) for i, p in enumerate(pairs) if p in short]
        spans += self._long_spans(stemmed_words, pairs)
        found, end = [], 0
        for start, stop, index in sorted(spans, key=lambda span: (span[0], span[0] - span[1])):
            if start >= end:
                found.append(index)
                end = stop
        return found

    def _long_spans(self, words: list[str], pairs: list[str]) -> list[tuple[int, int, int]]:
        """(start, end, concept) of the forms longer than a pair, and of the forms with a gap."""
        long, gap = self._long, self._gap_en
        last = len(pairs) - 1  # a form of three stems or more starts before the last pair
        spans = [
            (position, position + len(form), index)
            for position in [i for i, pair in enumerate(pairs) if pair in long and i < last]
            for form, index in long[pairs[position]].get(words[position + 2], ())
            if tuple(words[position : position + len(form)]) == form
        ]
        if not gap.keys().isdisjoint(words) and not self._gap_ends.isdisjoint(words):
            spans += self._gap_spans(words, [i for i, w in enumerate(words) if w in gap])
        return spans

    def _gap_spans(self, words: list[str], starts: list[int]) -> list[tuple[int, int, int]]:
        spans = []
        for start in starts:
            for prefix, suffix, index in self._gap_en[words[start]]:
                end = start + len(prefix)
                if tuple(words[start:end]) != prefix:
                    continue
                for at in range(end, end + GAP_WORDS + 1):
                    if tuple(words[at : at + len(suffix)]) == suffix:
                        spans.append((start, at + len(suffix), index))
                        break
        return spans

    def _without_nested_siblings(self, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """Drop a form found inside a longer one of a sibling solution: "fuel cell electric bus"
        names a fuel cell bus, not also an electric bus."""
        parents = self.parents
        outer = [(s, e, parents[i]) for s, e, i in spans if e - s > 2 and i in parents]  # a pair holds no pair
        if not outer:
            return spans
        return [
            (start, end, index)
            for start, end, index in spans
            if index not in parents
            or not any(s <= start and end <= e and e - s > end - start and b & parents[index] for s, e, b in outer)
        ]

    def _forms_inside(self) -> dict[str, tuple[int, ...]]:
        """For each Chinese form, the concepts of the other forms inside it, as English finds them
        ("空气源热泵" names a heat pump too, as "air-source heat pump" does), except a sibling
        solution's ("氢燃料电池公交" is not also "电动公交"). A property of the form: computed once."""
        inside: dict[str, tuple[int, ...]] = {}
        for _lengths, forms in self._chinese.values():
            for outer_form, outer in forms.items():
                outer_parents = self.parents.get(outer, frozenset())
                found = [
                    concept
                    for at in range(len(outer_form) - 1)
                    for form, concept in self._chinese.get(outer_form[at : at + 2], ((), {}))[1].items()
                    if concept != outer
                    and outer_form.startswith(form, at)
                    and not self.parents.get(concept, frozenset()) & outer_parents
                ]
                if found:
                    inside[outer_form] = tuple(found)
        return inside

    def read_chinese(self, run: str) -> list[int]:
        """The concepts of one run of Chinese characters, found leftmost and longest first, without
        overlaps: one pass over the positions whose bigram starts a concept form or gap form. The
        forms inside a concept's form count too (``_forms_inside``), as they do in English. A
        slice cut short by the end of the run is the longest form there if it is one.
        """
        table, inside = self._by_bigram, self._inside
        concepts: list[int] = []
        concept_end = 0
        for position, (lengths, forms, gaps) in [
            (i, entry) for i, entry in enumerate(map(table.get, _bigrams(run))) if entry
        ]:
            if position < concept_end:
                continue
            for length in lengths:  # the longest form there: one slice a length
                form = run[position : position + length]
                if form in forms:
                    concepts.append(forms[form])
                    concept_end = position + len(form)
                    concepts += inside.get(form, ())
                    break
            else:
                for prefix, suffix, concept in gaps:
                    end = _gap_end(run, position, prefix, suffix)
                    if end:
                        concepts.append(concept)
                        concept_end = end
                        break
        return concepts

    def read_chinese_text(self, text: str) -> list[int]:
        """``read_chinese`` of every run of Chinese characters in ``text``, in order, by one automaton
        (which reads leftmost and longest first too; a form never spans a run's end). A gap form can
        take over the forms inside its gap: a text holding the start of one is read run by run."""
        encoded = text.encode()
        if self._gap_starts is not None and self._gap_starts.find_matches_as_indexes(encoded):
            return [concept for run in CJK.findall(text) for concept in self.read_chinese(run)]
        if self._forms is None:
            return []
        yields, found = self._form_yields, self._forms.find_matches_as_indexes(encoded)
        return [concept for index, _start, _end in found for concept in yields[index]]

    def senses_of(self, text: str) -> list[tuple[str, float]]:
        """(English stem, share) of the glossary's and dictionary's words in a text, once a mention:
        a word of four senses (酒店: wine, shop, pub, hotel) gives each a quarter, so that it weighs
        one word, not four. The words are all Chinese, so none spans a run's end."""
        if self._words is None:
            return []
        found = self._words.find_matches_as_indexes(text.encode())
        return [sense for index, _start, _end in found for sense in self._word_senses[index]]


GAP_WORDS, GAP_CHARS = 2, 6  # the most words (English) or characters (Chinese) a gap form may skip
_GAP_BREAK = re.compile("[与和及或并、]")  # a gap never spans a list: "电动汽车与公交车" is two things


def _gap_end(run: str, position: int, prefix: str, suffix: str) -> int:
    """Where a gap form ``prefix*suffix`` found at ``position`` of ``run`` ends (0: not found)."""
    if not run.startswith(prefix, position):
        return 0
    start = position + len(prefix)
    at = run.find(suffix, start, start + GAP_CHARS + len(suffix))
    if at < 0 or _GAP_BREAK.search(run, start, at):
        return 0
    return at + len(suffix)


def _by_first_bigram(forms: dict) -> dict[str, tuple[tuple[int, ...], dict]]:
    """Chinese forms (two characters or more) by their first bigram: the lengths they come in,
    longest first, and form -> value. A position tries one slice a length, not every form."""
    grouped: dict[str, dict] = {}
    for form, value in forms.items():
        if len(form) >= 2:
            grouped.setdefault(form[:2], {})[form] = value
    return {gram: (tuple(sorted({len(f) for f in table}, reverse=True)), table) for gram, table in grouped.items()}


def _automaton(patterns, kind: MatchKind = MatchKind.Standard) -> BytesAhoCorasick | None:
    """An automaton of ``patterns`` on UTF-8 bytes (None for none): the matches' offsets are not
    needed, and turning them into character offsets cost the search twice over."""
    return BytesAhoCorasick(list(map(str.encode, patterns)), matchkind=kind) if patterns else None


def _bigrams(run: str) -> list[str]:
    """The overlapping character bigrams of a run of Chinese characters."""
    return [run[i : i + 2] for i in range(len(run) - 1)]


def parse_lexicon(
    lines, glossary: dict[str, tuple[str, ...]] | None = None, dictionary: dict[str, tuple[str, ...]] | None = None
) -> Lexicon:
    """Concepts from lines ``id | category | english; forms | 中文; 形式`` (``#`` comments), and
    their hierarchy from lines ``> broad-id: specific-id, specific-id``."""
    concepts: list[Concept] = []
    ids: dict[str, int] = {}  # concept id -> index
    english: dict[str, int] = {}
    chinese: dict[str, int] = {}
    gaps: tuple[list, list] = ([], [])
    hierarchy: list[tuple[int, str]] = []
    mixed: dict[str, int] = {}  # forms mixing Latin and Chinese ("低温SCR", "PEM电解槽")
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(">"):
            hierarchy.append((number, line[1:]))
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 4:
            raise ValueError(f"lexicon line {number}: expected 4 fields separated by |")
        concept_id, category, english_forms, chinese_forms = parts
        if category not in ("general", "setting") and category not in CATEGORIES:
            raise ValueError(f"lexicon line {number}: unknown category {category!r}")
        if concept_id in ids:
            raise ValueError(f"lexicon line {number}: concept {concept_id!r} is defined twice")
        en = [f.strip() for f in english_forms.split(";") if f.strip()]
        zh = [f.strip() for f in chinese_forms.split(";") if f.strip()]
        index = ids[concept_id] = len(concepts)
        concepts.append(Concept(concept_id, category, en[0] if en else zh[0], zh[0] if zh else en[0]))
        for form in en + [f for f in zh if not CJK.search(f)]:  # Latin acronyms listed among the Chinese forms
            if "*" in form:
                prefix, _star, suffix = form.partition("*")
                if stems(prefix) and stems(suffix):
                    gaps[0].append((tuple(stems(prefix)), tuple(stems(suffix)), index))
                continue
            key = _english_key(form)
            if key:
                _claim(english, key, index, concepts, number)
        for form in zh:
            if "*" in form and CJK.search(form):
                prefix, _star, suffix = (part.strip() for part in form.partition("*"))
                if CJK.fullmatch(prefix) and len(prefix) >= 2 and CJK.fullmatch(suffix):
                    gaps[1].append((prefix, suffix, index))
            elif CJK.search(form) and _LATIN.search(form):
                _claim(mixed, form.lower(), index, concepts, number)
            elif CJK.search(form):
                _claim(chinese, form, index, concepts, number)
    return Lexicon(concepts, english, chinese, glossary, gaps, mixed, dictionary, _parse_hierarchy(hierarchy, ids))


def _claim(forms: dict[str, int], form: str, index: int, concepts: list[Concept], number: int) -> None:
    """One concept a form: a second claim would be dead (the first wins), a merge's silent loss."""
    owner = forms.setdefault(form, index)
    if owner != index:
        raise ValueError(f"lexicon line {number}: {form!r} is already a form of {concepts[owner].id!r}")


def _english_key(form: str) -> str | None:
    """The stems a text must have to mention ``form``; None for a phrase that would shrink to one
    plain word once its numbers and stop words go ("Euro 6", "China 6", "ISO 50001", "just
    transition"): it would be found in every text saying "China" or "transition"."""
    found = stems(form)
    if len(found) < 2 and len(form.split()) > 1:
        return None
    return " ".join(found) or form.lower()


def _parse_hierarchy(lines: list[tuple[int, str]], ids: dict[str, int]) -> dict[int, set[int]]:
    """Specific concept -> its broad concepts, from ``broad: specific, specific`` lines."""
    parents: dict[int, set[int]] = {}
    for number, text in lines:
        broad, colon, specifics = text.partition(":")
        names = [name.strip() for name in specifics.split(",") if name.strip()]
        if not colon or not names:
            raise ValueError(f"lexicon line {number}: expected '> broad-id: specific-id, ...'")
        for name in [broad.strip(), *names]:
            if name not in ids:
                raise ValueError(f"lexicon line {number}: unknown concept {name!r}")
        for name in names:
            if name == broad.strip():
                raise ValueError(f"lexicon line {number}: {name!r} cannot sit under itself")
            parents.setdefault(ids[name], set()).add(ids[broad.strip()])
    return parents


@cache
def lexicon() -> Lexicon:
    folder = resources.files(__package__)

    def lines(name: str) -> list[str]:
        return folder.joinpath(name).read_text(encoding="utf-8").splitlines()

    return parse_lexicon(
        lines("lexicon.txt"), parse_glossary(lines("glossary.txt")), parse_dictionary(lines("dictionary.txt"))
    )


def parse_dictionary(lines) -> dict[str, tuple[str, ...]]:
    """Chinese word -> English stems, from the general dictionary's lines ``中文 | english | stems``
    (``scripts/build_dictionary.py`` writes them with ``stems()``, the generic words dropped)."""
    return {
        word: tuple(stemmed.split())
        for word, _english, stemmed in (line.split(" | ") for line in lines if line and not line.startswith("#"))
    }


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


@lru_cache(maxsize=4096)
def _weighted_count(mentions: int, weight: float) -> float:
    """The count c' whose sublinear TF is ``weight`` times that of ``mentions``:
    1 + log c' = w (1 + log c), so c' = exp(w - 1) c^w (a few distinct pairs: cached)."""
    return mentions if weight == 1.0 else math.exp(weight - 1.0) * mentions**weight


@dataclass(frozen=True, slots=True)
class Features:
    words: list[str]  # English stems
    concepts: list[int]
    excluded: frozenset[int] = frozenset()  # concepts a need rules out ("hybrid models are not considered")
    # The English stems of a Chinese text's glossary and dictionary words, each with its share of
    # its word (``Lexicon.senses_of``), and the text's bigrams (each BIGRAM_WEIGHT of a word).
    senses: tuple[tuple[str, float], ...] = ()
    grams: list[str] = field(default_factory=list)
    ruled_out: Features | None = None  # a need's: the features of what its description rules out

    def counts(self) -> Counter:
        """Per feature the count c whose sublinear TF (1 + log c, as the engine takes it) is its
        mentions' TF times its weight: a word of ``words`` weighs 1, a sense the largest share
        among its mentions, a bigram BIGRAM_WEIGHT (so a bigram met once has 1 + log c = 0.1)."""
        counted: Counter = Counter(self.words)
        if self.grams:  # never a word or a sense: those are Latin
            grams = Counter(self.grams)
            # dict.update, not Counter.update (a Python loop that adds): no bigram is counted yet
            dict.update(counted, zip(grams, map(_weighted_count, grams.values(), repeat(BIGRAM_WEIGHT)), strict=False))
        if self.senses:
            mentions = Counter(map(itemgetter(0), self.senses))
            heaviest = dict(sorted(self.senses, key=itemgetter(1)))  # the last, largest share wins
            for stem_ in heaviest.keys() & counted.keys():  # a plain word too: every mention in full
                counted[stem_] += mentions[stem_]
                del heaviest[stem_]
            weighted = map(_weighted_count, map(mentions.__getitem__, heaviest), heaviest.values())
            dict.update(counted, zip(heaviest, weighted, strict=True))
        return counted

    def vocabulary(self) -> set[str]:
        """Every feature the text has, senses and bigrams included."""
        return set(self.words).union(self.grams, (stem_ for stem_, _share in self.senses))


# A clause that rules something out: "not" (but "not only", "not exceed"...), "instead of",
# "rather than", 不考虑, 而非... After "instead of", "rather than", 而非 and 而不是 only what follows
# is ruled out ("timber instead of concrete"); elsewhere the whole clause is. "No" rules out only
# where it starts a sentence ("No new diesel generation", "Constraints: no combustion"): inside
# one it more often says what the answer must manage without ("units with no ducts").
_AFTER = r"\binstead of\b|\brather than\b|而非|而不是"
_CLAUSE_CUE = re.compile(
    r"(?:\bnot|\b(?:is|are|was|were|do|does|did|can|could|will|would|should)n['’]t)\b"
    r"(?!\s+(?:only|just|exceed|more|less|later|earlier|below|above|before|after))"
    r"|^\W*(?:\w+:\s*)?no\b(?!\s+(?:more|less|later|earlier|longer|higher|lower|greater|fewer)\b)"
    r"|\bexclud(?:ed|es|ing)\b|\bout of scope\b|\bineligible\b"
    r"|\boutside\b[^.;,]{0,24}?\b(?:scope|call|solicitation|program(?:me)?|project|tender|rfp|fund\w*)\b"
    r"|\bprohibited\b|\bdisqualif\w*|\bruled out\b|\bnon-?starter\b|\brejected\b|\bno new\b"
    r"|\ba separate (?:project|program(?:me)?|contract)\b|\bfunded separately\b|\b(?:is|are) out\b(?! of)"
    r"|:\s*no\b(?!\s+(?:more|less|later|earlier|longer|higher|lower|greater|fewer)\b)|\bsaid no\b"
    r"|不在考虑|不考虑|不批准|不接受|不采用|不采购|不属于|不包括|排除|不选用|不使用|不允许|禁止(?:使用|采用)"
    r"|不予(?:考虑|接受|采纳|采用|选用|使用|认可|采购|评审|受理|支持|资助|立项)|不得(?:采用|使用|选用|新增|新建)|不支持"
    r"|不在[^，。；]{0,8}(?:范围|考虑|之列|之内)|不涉及|不纳入|不属本"
    r"|不新[建增购设]|不建设|不依赖|不需要|不宜(?:采用|使用)|不希望|不能?满足|无法满足|不符合|不适用|不做|不具备"
    r"|不再(?:使用|采用|保留|考虑|新增|建设)|不要|不想(?![动改变])|不打算|不得用于|不建|不扩容|(?<!在)不(?:更)?换(?!热)|不能(?!满足|[动停])"
    r"|严禁|不搞|请勿|请不要|不用报|免谈|不是我们要的|要的不是|别拿|否掉|否决|不参与|不作为|行不通|走不通|不走|不同意",
    re.IGNORECASE,  # "Not considered: …" starts a sentence
)
_AFTER_CUE = re.compile(rf"(?:{_AFTER})[^,，]*")
_CLAUSES = re.compile(r"(?<=[.;!?])\s+|(?<=[。；！？\n，])")  # "PM2.5" is not two clauses


def exclusions(text: str) -> tuple[str, str]:
    """(what the text asks for, what it rules out): the clauses and phrases that rule something
    out, taken out of the text, so that a need's "not X" neither asks for X nor lifts X."""
    kept, ruled_out = [], []
    before_was_kept = False
    for clause in _CLAUSES.split(text):
        cue = _CLAUSE_CUE.search(clause)
        if cue:
            # "…的方案不能用，不予接受": the clause before is what goes (unless it went already)
            if before_was_kept and _only_a_cue(clause, cue):
                ruled_out.append(kept.pop())
            ruled_out.append(clause)
            before_was_kept = False
            continue
        ruled_out += _AFTER_CUE.findall(clause)
        kept.append(_AFTER_CUE.sub(" ", clause))
        before_was_kept = True
    return " ".join(kept), " ".join(ruled_out)


def _only_a_cue(clause: str, cue: re.Match) -> bool:
    """A clause that is its cue alone ("不予接受。"), ruling out what the clause before it named."""
    before, after = (_FILLERS.sub("", part) for part in (clause[: cue.start()], clause[cue.end() :]))
    return not (_WORDS_LEFT.search(before) or _WORDS_LEFT.search(after))


_WORDS_LEFT = re.compile(r"[A-Za-z0-9]{2,}|[\u4e00-\u9fff]{3,}")
# "本项目暂不考虑", "管委会不考虑", "不是我们要的答案": a cue alone but for who says it and of what
_FILLERS = re.compile(
    "本项目|本期|本次|本轮|此次|这次|一律|暂时?|均|之列|在内|我们|我司|我厂|我方|业主|甲方|管委会|集团|公司|学校|医院"
    "|区里|市里|局里|的答案"
)


def ruled_out_concepts(text: str) -> set[int]:
    """The concepts a ruled-out text names, each thing by its most specific form."""
    found = lexicon()
    concepts = set(found.find_english_leftmost(stems(text)))
    if CJK.search(text):
        concepts.update(found.find_mixed(text))
    concepts.update(found.read_chinese_text(text))
    return concepts


def features(text: str) -> Features:
    """The lexical features and concept indexes of a text (title and description together).

    Chinese text also gives the English stems of its glossary and dictionary words, so a Chinese
    need shares plain words ("sludge", "drying") with an English technology, beyond the named
    concepts; those and its bigrams are weighed below a word (``Features.counts``).
    """
    words = stems(text)
    pairs = list(map("_".join, zip(words, words[1:], strict=False)))
    found = lexicon()
    concepts = found.find_english(words, pairs)
    runs = [] if text.isascii() else CJK.findall(text)  # isascii: no scan of an English text
    if not runs:
        return Features(words, concepts)
    # A run's bigrams; a lone character is its own gram (range(1) takes run[0:2], the character)
    grams = [run[i : i + 2] for run in runs for i in range(max(1, len(run) - 1))]
    concepts += found.read_chinese_text(text)
    concepts += found.find_mixed(text)
    return Features(words, concepts, senses=tuple(found.senses_of(text)), grams=grams)


GENERIC = _generic()

# What a need asks for, or a technology is: measuring a problem or removing it. Read from a need's
# title and a technology's name only (they say what is asked and what is sold); a description of
# an abatement unit also mentions its "online monitoring", and one of a sensor network the pollutant
# it "helps control". MONITOR and CONTROL are bits; a name with both is both.
MONITOR, CONTROL = 1, 2
_MONITOR_WORDS = re.compile(
    r"\b(?:monitor\w*|sensors?|sensing|measur\w*|detect\w*|mrv|leak survey\w*)\b"
    r"|监测|传感|检测|监控|溯源|遥感|测量|探测"
)
_CONTROL_WORDS = re.compile(
    r"\b(?:abatement|scrubb\w*|filters?|filtration|oxidi[sz]er\w*|purif\w*|denitrification|desulfuri[sz]ation"
    r"|capture|removal|treatment|incinerat\w*|destruction|suppression|shore power|cold ironing)\b"
    r"|治理|净化|脱硝|脱硫|除尘|过滤|焚烧|催化燃烧|吸附|去除|捕集|岸电|抑尘|降尘"
)


def intent(text: str) -> int:
    """MONITOR and/or CONTROL bits of a title or a name (0 when it says neither)."""
    lowered = text.lower()
    return (MONITOR if _MONITOR_WORDS.search(lowered) else 0) | (CONTROL if _CONTROL_WORDS.search(lowered) else 0)
