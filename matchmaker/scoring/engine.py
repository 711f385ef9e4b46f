"""The engine: technologies indexed once, needs ranked against the index in vectorised batches.

Per technology the index holds a sparse row of term frequencies in each of two spaces
(lexical features, concepts) and numeric columns (readiness, cost, reduction, category and
region combinations). A batch of needs becomes a sparse query matrix per space; one sparse
product gives every text score of the batch. Text and category are computed for every
technology, the practical signals only where they can still change the top K (an exact
upper-bound pruning), and top-K is a partial sort. Python loops over needs and over the K
winners it explains, never over pairs.

Changes are incremental: an upserted technology gets its row in a small delta matrix that
overrides the main one; the delta is folded in (IDF and norms recomputed, as in a fresh
build) once it holds FOLD_AT of the rows. Until then upserted rows use the IDF of the last
fold, a drift bounded by that share.
"""

from __future__ import annotations

import functools
import gc
import math
import multiprocessing
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from scipy import sparse

from . import explain
from .records import Need, Suggestion, Technology
from .taxonomy import SLUGS, affinity_matrix, blend
from .text import (
    CONTROL,
    GENERIC,
    MONITOR,
    Concept,
    Features,
    exclusions,
    features,
    intent,
    lexicon,
    ruled_out_concepts,
)

AFFINITY = affinity_matrix()
SLUG_INDEX = {slug: index for index, slug in enumerate(SLUGS)}

DEFAULT_WEIGHTS: dict[str, float] = {
    "text": 0.40,
    "category": 0.22,
    "region": 0.10,
    "budget": 0.08,
    "readiness": 0.08,
    "impact": 0.12,
}
SIGNALS = tuple(DEFAULT_WEIGHTS)
# Cosine similarities at which the lexical and the concept evidence count as complete.
LEXICAL_FULL = 0.30
CONCEPT_FULL = 0.50
# Practical signals count in full only once text and category show the technology addresses
# the problem (relevance at or above this); below it the score shrinks proportionally.
RELEVANCE_FULL = 0.5
CONCEPT_BOOST = 1.0  # scales the concept evidence (0 switches the lexicon off: see the ablations)
# Problem fit (the text signal) below TEXT_FLOOR is negligible: the pair is never suggested,
# whatever its other signals. The practical signals (region, budget, readiness, impact) add to
# a pair in proportion to its problem fit, in full from FIT_FULL.
TEXT_FLOOR = 0.1
FIT_FULL = 0.5
PRACTICAL = ("region", "budget", "readiness", "impact")
# The concept hierarchy (lexicon.txt, "> broad: specific, ..."): a technology that names only the
# broad concept of the need's specific solution earns PARENT_CREDIT of evidence, one that names a
# specific solution under the broad concept the need names BROAD_CREDIT; one that names only a
# sibling solution keeps SIBLING_CREDIT of its text signal. HIERARCHY = False switches this off.
HIERARCHY = True
PARENT_CREDIT = 0.15
BROAD_CREDIT = 0.45
SIBLING_CREDIT = 0.6
# A need whose title asks to measure a problem (monitoring) and a technology whose name only
# removes it (control), or the reverse: another kind of answer, kept at INTENT_CREDIT of its text.
INTENT_CREDIT = 0.6
# What a need's description rules out ("hybrid models are not considered", "timber instead of
# concrete") is not asked for, and a technology naming it, and none of the need's own specific
# solutions, is credited as a sibling. EXCLUSIONS = False switches this off (ablations).
EXCLUSIONS = True
# ... and a technology whose words the ruled-out clauses match at a lexical cosine above
# RULED_OUT_WORDS is much like what the need rules out, named or not ("把污水拉走的办法请不要报"
# against a tanker haulage service): it too keeps SIBLING_CREDIT of its text. 1.0 switches it off.
RULED_OUT_WORDS = 0.25
# Specificity: a term or concept weighs by how it spreads over the catalogue's categories
# (entropy of the main categories of the technologies that use it); spread evenly over all 16
# it keeps 1 - SPREAD of its IDF. Words of GENERIC (system, platform, carbon...) weigh 0.
SPREAD = 0.25
USE_GENERIC = True
# A setting concept (lexicon.txt category "setting": a hospital, a port, a pilot project) says
# where a problem sits, not what it is: in the concept space it weighs SETTING_WEIGHT of its IDF,
# so a page sharing only the need's setting cannot rank with the answer.
SETTING_WEIGHT = 0.3
BATCH = 64
PRUNE_AT = 300  # practical signals are first computed exactly for about the best 300 x K upper bounds
SAMPLE_STEP = 37  # every 37th bound estimates the threshold those reach
COMMON_SHARE, COMMON_FROM = 0.2, 1000  # corpus stop words: in > 20% of at least 1,000 technologies
FOLD_AT = 0.05  # fold the delta into the main matrix when it holds this share of the rows


def resolve_weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    """The default weights overridden by ``weights``; unknown names and negative values refused."""
    merged = dict(DEFAULT_WEIGHTS)
    for name, value in (weights or {}).items():
        if name not in DEFAULT_WEIGHTS:
            raise ValueError(f"unknown signal {name!r}; known: {', '.join(SIGNALS)}")
        if not isinstance(value, (int, float)) or value < 0 or not math.isfinite(value):
            raise ValueError(f"weight of {name!r} must be a number >= 0")
        merged[name] = float(value)
    if not any(merged.values()):
        raise ValueError("at least one weight must be above 0")
    return merged


class Family(NamedTuple):
    """A need's concepts by their part in the hierarchy (as ``Lexicon.family`` gives the first
    four) and in what it rules out."""

    specific: set[int]  # the specific solutions it names
    parents: set[int]  # their broad concepts it does not name
    children: set[int]  # solutions of a broad concept it names, its title naming none of them
    siblings: set[int]  # siblings of the solutions its title asks for
    ruled_in: set[int]  # ruled out, inside the family of a broad concept its title asks for
    ruled_other: set[int]  # ruled out, anything else
    own: set[int]  # a technology naming one of these is spared ruled_in and ruled_other
    own_or_broad: set[int]  # ... and one naming one of these is spared ruled_other


def technology_text(technology: Technology) -> str:
    # The name twice: a product's name says what it is more surely than a sentence of its description.
    return f"{technology.name}\n{technology.name}\n{technology.description}"


def technology_features(technology: Technology) -> Features:
    """``features(technology_text(technology))``, the name read once and counted twice."""
    return read_technology(technology)[0]


def read_technology(technology: Technology) -> tuple[Features, list[int]]:
    """(``technology_features``, the concepts its name alone names): the index keeps both."""
    name, description = features(technology.name), features(technology.description)
    found = Features(
        name.words * 2 + description.words,
        name.concepts * 2 + description.concepts,
        senses=name.senses * 2 + description.senses,
        grams=name.grams * 2 + description.grams,
    )
    return found, name.concepts


def need_text(need: Need) -> str:
    return f"{need.title}\n{need.title}\n{need.description}"


@functools.lru_cache(maxsize=4096)
def title_features(title: str) -> Features:
    """The features of a need's title alone (the title focus, the hierarchy's "asked for"), once
    per title: ranking a need asks for them once per suggestion too."""
    return features(title)


def need_features(need: Need) -> Features:
    """The need's features without what its description rules out; the concepts ruled out (and
    not asked for elsewhere in the text) as ``excluded``."""
    if not EXCLUSIONS:
        return features(need_text(need))
    kept, ruled_out = exclusions(need.description)
    found = features(f"{need.title}\n{need.title}\n{kept}")
    if not ruled_out:
        return found
    excluded = frozenset(ruled_out_concepts(ruled_out)) - set(found.concepts)
    return Features(found.words, found.concepts, excluded, found.senses, found.grams, features(ruled_out))


def _tf_row(counts: Counter, columns: Mapping) -> tuple[np.ndarray, np.ndarray]:
    """Column indexes and sublinear term frequencies (1 + log tf) of a document's known features."""
    known = [f for f in counts if f in columns]
    if not known:
        return np.empty(0, np.int32), np.empty(0, np.float32)
    index = np.array([columns[f] for f in known], np.int32)
    tf = np.array([counts[f] for f in known], np.float32)
    return index, 1.0 + np.log(tf)


def _csr(rows: Sequence[tuple[np.ndarray, np.ndarray]], width: int) -> sparse.csr_matrix:
    indptr = np.zeros(len(rows) + 1, np.int64)
    np.cumsum([len(index) for index, _w in rows], out=indptr[1:])
    indices = np.concatenate([index for index, _w in rows]) if rows else np.empty(0, np.int32)
    data = np.concatenate([w for _i, w in rows]) if rows else np.empty(0, np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), width))


class _Space:
    """One TF-IDF space (lexical features or concepts) over the indexed technologies.

    The matrix holds term frequencies, features x technologies (a query's product touches
    only its own features' rows); IDF and the documents' norms are computed when the index
    is built or folded, so a folded index scores exactly like one built fresh.
    """

    def __init__(
        self,
        documents: sparse.csr_matrix,
        columns: dict,
        alive: int,
        topics: np.ndarray | None = None,
        generic: frozenset = frozenset(),
        settings: frozenset = frozenset(),
    ) -> None:
        self.columns = columns
        self.generic = generic
        self.settings = settings  # columns weighed SETTING_WEIGHT of their IDF
        self._fit(documents, alive, topics)
        self.pending: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._delta: tuple | None = None

    def _fit(self, documents: sparse.csr_matrix, alive: int, topics: np.ndarray | None) -> None:
        self.matrix = documents.T.tocsr()
        df = np.diff(self.matrix.indptr).astype(np.float64)
        self.idf = (np.log((alive + 1) / (df + 1)) + 1.0).astype(np.float32)
        if alive >= COMMON_FROM:
            # Words in more than a fifth of a large catalogue ("system", "energy", "reduce") say
            # nothing about fit: they weigh 0, and queries skip their long posting lists.
            self.idf[df > COMMON_SHARE * alive] = 0.0
        if self.generic and USE_GENERIC:
            self.idf[[self.columns[f] for f in self.generic if f in self.columns]] = 0.0
        if self.settings:
            self.idf[[self.columns[f] for f in self.settings]] *= SETTING_WEIGHT
        if topics is not None and SPREAD > 0:
            self.idf *= _specificity(self.matrix, topics)
        self.norms = self._norms(documents)

    def _norms(self, documents: sparse.csr_matrix) -> np.ndarray:
        squared = documents.multiply(documents) @ (self.idf.astype(np.float64) ** 2)
        norms = np.sqrt(np.asarray(squared, np.float64)).astype(np.float32)
        norms[norms == 0] = 1.0
        return norms

    def row(self, counts: Counter, *, grow: bool) -> tuple[np.ndarray, np.ndarray]:
        if grow:
            new = [key for key in counts if key not in self.columns]
            for key in new:
                self.columns[key] = len(self.columns)
            if new:  # unseen features weigh as the rarest ones until the next fold (generic ones 0)
                rarest = self.idf.max(initial=1.0)
                weights = [0.0 if USE_GENERIC and key in self.generic else rarest for key in new]
                self.idf = np.concatenate([self.idf, np.asarray(weights, np.float32)])
        return _tf_row(counts, self.columns)

    def put(self, slot: int, counts: Counter) -> None:
        self.pending[slot] = self.row(counts, grow=True)
        self._delta = None

    def drop(self, slot: int) -> None:
        self.pending[slot] = (np.empty(0, np.int32), np.empty(0, np.float32))
        self._delta = None

    def queries(self, counts: list[Counter]) -> sparse.csr_matrix:
        """Normalised TF-IDF query rows, times IDF once more (the documents hold plain TF)."""
        rows = []
        for index, tf in (self.row(c, grow=False) for c in counts):
            useful = self.idf[index] > 0
            index, tf = index[useful], tf[useful]
            weights = tf * self.idf[index]
            norm = float(np.sqrt(np.dot(weights, weights))) or 1.0
            rows.append((index, (weights / norm * self.idf[index]).astype(np.float32)))
        return _csr(rows, len(self.columns))

    def cosines(self, queries: sparse.csr_matrix, size: int, normalised: bool = True) -> np.ndarray:
        """Cosine similarity of each query with every technology slot, dense (queries x slots);
        plain products when not ``normalised`` (how many of the query's features a slot has)."""
        main = _resize(self.matrix, queries.shape[1])
        product = (queries @ main).toarray()
        if normalised:
            product /= self.norms[: product.shape[1]]
        if product.shape[1] == size:
            result = product
        else:
            result = np.zeros((queries.shape[0], size), np.float32)
            result[:, : product.shape[1]] = product
        if self.pending:
            slots, matrix, norms = self._pending_part(queries.shape[1])
            result[:, slots] = (queries @ matrix).toarray() / (norms if normalised else 1.0)
        return result

    def cosines_with(self, queries: sparse.csr_matrix, slot: int, normalised: bool = True) -> np.ndarray:
        """Cosine similarity of each query with one technology slot (as ``cosines`` computes it)."""
        if slot in self.pending:
            slots, matrix, norms = self._pending_part(queries.shape[1])
            position = int(np.flatnonzero(slots == slot)[0])
            column, norm = matrix[:, [position]], norms[position]
        else:
            column, norm = _resize(self.matrix, queries.shape[1])[:, [slot]], self.norms[slot]
        return (queries @ column).toarray()[:, 0] / (norm if normalised else 1.0)

    def hits(self, queries: sparse.csr_matrix, size: int) -> tuple[np.ndarray, np.ndarray]:
        """(query rows, slots) where a slot has at least one of the query's features: sparse, so a
        family of a few concepts costs its postings, not a dense queries x slots array."""
        found = (queries @ _resize(self.matrix, queries.shape[1])).tocoo()
        rows, slots = found.row.astype(np.int64), found.col.astype(np.int64)
        keep = found.data > 0
        rows, slots = rows[keep], slots[keep]
        if self.pending:
            pending, matrix, _norms = self._pending_part(queries.shape[1])
            overridden = np.isin(slots, pending)
            rows, slots = rows[~overridden], slots[~overridden]
            extra = (queries @ matrix).tocoo()
            positive = extra.data > 0
            rows = np.concatenate([rows, extra.row[positive].astype(np.int64)])
            slots = np.concatenate([slots, pending[extra.col[positive]]])
        inside = slots < size
        return rows[inside], slots[inside]

    def _pending_part(self, width: int):
        if self._delta is None or self._delta[1].shape[0] != width:
            slots = np.fromiter(self.pending, np.int64, len(self.pending))
            rows = list(self.pending.values())
            documents = _csr(rows, width)
            self._delta = (slots, documents.T.tocsr(), self._norms(documents))
        return self._delta

    def fold(self, size: int, alive: int, topics: np.ndarray | None = None) -> None:
        """Put the pending rows into the main matrix and recompute IDF and norms."""
        width = len(self.columns)
        documents = _resize(self.matrix, width).T.tocsr()
        documents.resize(size, width)
        if self.pending:
            slots = np.fromiter(self.pending, np.int64, len(self.pending))
            replacement = _csr(list(self.pending.values()), width)
            stacked = sparse.vstack([documents, replacement], format="csr")
            order = np.arange(size)
            order[slots] = size + np.arange(len(slots))
            documents = stacked[order]
        self._fit(documents, alive, topics)
        self.pending.clear()
        self._delta = None


@dataclass
class _Chunk:
    """Features of consecutive documents: a local vocabulary and CSR parts (indptr, indices, tf)."""

    vocabulary: list
    words: tuple[np.ndarray, np.ndarray, np.ndarray]
    concepts: tuple[np.ndarray, np.ndarray, np.ndarray]
    named: tuple[np.ndarray, np.ndarray, np.ndarray]  # the concepts of the name alone


def _featurize(technologies: Sequence[Technology]) -> _Chunk:
    vocabulary: defaultdict = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # a new word gets the next column
    column = vocabulary.__getitem__
    words: tuple[list, list, list] = ([0], [], [])  # indptr, columns, counts
    concepts: tuple[list, list, list] = ([0], [], [])
    named: tuple[list, list, list] = ([0], [], [])
    for technology in technologies:
        found, named_concepts = read_technology(technology)
        counted = found.counts()
        words[1].extend(map(column, counted))
        words[2].extend(counted.values())
        words[0].append(len(words[1]))
        counted = Counter(found.concepts)  # concept indexes are their own columns
        concepts[1].extend(counted)
        concepts[2].extend(counted.values())
        concepts[0].append(len(concepts[1]))
        counted = Counter(named_concepts)
        named[1].extend(counted)
        named[2].extend(counted.values())
        named[0].append(len(named[1]))
    return _Chunk(list(vocabulary), _arrays(words), _arrays(concepts), _arrays(named))


def _arrays(parts: tuple[list, list, list]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    indptr, indices, counts = parts
    tf = 1.0 + np.log(np.asarray(counts, np.float32)) if counts else np.empty(0, np.float32)
    return np.asarray(indptr, np.int64), np.asarray(indices, np.int32), tf.astype(np.float32)


def _stack(parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]], width: int) -> sparse.csr_matrix:
    """One documents x features matrix from consecutive chunks."""
    indptrs, offset = [np.zeros(1, np.int64)], 0
    for indptr, _indices, _tf in parts:
        indptrs.append(indptr[1:] + offset)
        offset += int(indptr[-1])
    indices = np.concatenate([p[1] for p in parts]) if parts else np.empty(0, np.int32)
    data = np.concatenate([p[2] for p in parts]) if parts else np.empty(0, np.float32)
    indptr = np.concatenate(indptrs)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(indptr) - 1, width))


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector: reading texts makes millions of short-lived lists and
    strings but no cycles, and each full collection would walk every record in memory."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


CHUNK = 2000  # technologies a worker reads at a time
_JOB: list[Callable] = []  # what forked workers run: set by the parent just before it forks


def _run_job(argument):
    return _JOB[0](argument)


def _map(job: Callable, arguments: list, workers: int, meanwhile: Callable[[], None] = lambda: None) -> Iterator:
    """``map(job, arguments)`` in order, in ``workers`` forked processes when that is possible and useful.

    Forked workers share the parent's memory (the records, the index) copy-on-write, and the
    job reaches them through the fork: only arguments and results travel through pipes. The
    parent runs ``meanwhile`` while the workers start (or first, without workers).
    """
    if workers <= 1 or len(arguments) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        meanwhile()
        yield from map(job, arguments)
        return
    _JOB[:] = [job]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.imap(_run_job, arguments)
            meanwhile()
            yield from results
    finally:
        _JOB.clear()


def _featurize_all(
    items: list[Technology], progress: Callable[[int], None], workers: int, meanwhile: Callable[[], None]
) -> list[_Chunk]:
    """Features of every technology in chunks of CHUNK, in order."""
    chunks = []
    bounds = [(start, min(start + CHUNK, len(items))) for start in range(0, len(items), CHUNK)]
    # Workers get bounds only: the records reach them through the fork, not through a pipe.
    for chunk, (start, stop) in zip(
        _map(lambda bound: _featurize(items[bound[0] : bound[1]]), bounds, workers, meanwhile), bounds, strict=True
    ):
        chunks.append(chunk)
        progress(stop - start)
    return chunks


class Engine:
    """Ranks needs against an index of technologies; deterministic, ties broken by technology id."""

    def __init__(
        self,
        technologies: Iterable[Technology] = (),
        weights: Mapping[str, float] | None = None,
        progress: Callable[[int], None] | None = None,
        workers: int = 1,
    ) -> None:
        """Index ``technologies``; ``workers`` > 1 reads their texts in that many processes (batch jobs)."""
        self.weights = resolve_weights(weights)
        self._lexicon = lexicon()
        self._build(list(technologies), progress or (lambda n: None), workers)

    # --- index -------------------------------------------------------------------------

    def _build(self, items: list[Technology], progress: Callable[[int], None], workers: int) -> None:
        self._slots: dict[str, int] = {}
        self._records: list[Technology | None] = list(items)
        for slot, item in enumerate(items):
            if self._slots.setdefault(item.id, slot) != slot:
                raise ValueError(f"duplicate technology id {item.id!r}")

        def numeric_columns() -> None:  # while the workers read the texts
            self._numeric = _Columns(items)

        with _no_cycle_collection():
            chunks = _featurize_all(items, progress, workers, numeric_columns)
        vocabulary: dict = {}
        word_parts, concept_parts, named_parts = [], [], []
        for chunk in chunks:
            mapping = np.array([vocabulary.setdefault(word, len(vocabulary)) for word in chunk.vocabulary], np.int32)
            indptr, local_columns, tf = chunk.words
            word_parts.append((indptr, mapping[local_columns] if mapping.size else local_columns, tf))
            concept_parts.append(chunk.concepts)
            named_parts.append(chunk.named)
        concept_count = len(self._lexicon.concepts)
        concepts = _stack(concept_parts, concept_count)
        topics = self._numeric.topic[: len(items)]
        self._words = _Space(_stack(word_parts, len(vocabulary)), vocabulary, len(items), topics, GENERIC)
        settings = frozenset(i for i, concept in enumerate(self._lexicon.concepts) if concept.category == "setting")
        self._concepts = _Space(concepts, dict(enumerate(range(concept_count))), len(items), topics, settings=settings)
        # What a technology's name names, it is: a ruled-out concept there is never spared (``_text``).
        named = _stack(named_parts, concept_count)
        self._named = _Space(named, self._concepts.columns, len(items), topics)
        # For the reasons: which concepts a technology mentions, and which its name names
        self._concept_rows, self._name_rows = concepts, named
        self._concept_sets: dict[int, tuple[frozenset[int], frozenset[int]]] = {}  # of those upserted since
        self._folded_size = len(items)

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, technology_id: str) -> bool:
        return technology_id in self._slots

    def upsert(self, technology: Technology) -> None:
        """Add a technology or replace the one with its id; the index stays warm."""
        slot = self._slots.get(technology.id)
        if slot is None:
            slot = len(self._records)
            self._slots[technology.id] = slot
            self._records.append(technology)
        self._records[slot] = technology
        found, named_concepts = read_technology(technology)
        self._words.put(slot, found.counts())
        self._concepts.put(slot, Counter(found.concepts))
        self._named.put(slot, Counter(named_concepts))
        self._concept_sets[slot] = frozenset(found.concepts), frozenset(named_concepts)
        self._numeric.put(slot, technology)

    def remove(self, technology_id: str) -> None:
        slot = self._slots.pop(technology_id, None)
        if slot is None:
            return
        self._records[slot] = None
        self._words.drop(slot)
        self._concepts.drop(slot)
        self._named.drop(slot)
        self._numeric.alive[slot] = False

    def fold(self) -> None:
        """Merge the upserted rows into the main matrices; IDF and norms as if built fresh."""
        size = len(self._records)
        topics = np.where(self._numeric.alive[:size], self._numeric.topic[:size], -1)
        self._words.fold(size, len(self._slots), topics)
        self._concepts.fold(size, len(self._slots), topics)
        self._named.fold(size, len(self._slots), topics)
        self._folded_size = len(self._slots)

    def _fold_if_large(self) -> None:
        if len(self._words.pending) > max(1000, FOLD_AT * self._folded_size):
            self.fold()

    # --- ranking -----------------------------------------------------------------------

    def rank(self, need: Need, top: int = 10) -> list[Suggestion]:
        return self.rank_many([need], top)[0]

    def rank_many(
        self,
        needs: Sequence[Need],
        top: int = 10,
        progress: Callable[[int], None] | None = None,
        workers: int = 1,
    ) -> list[list[Suggestion]]:
        """The best ``top`` technologies for each need, in the order of ``needs``.

        ``workers`` > 1 ranks batches in that many forked processes sharing the index (batch jobs).
        """
        self._fold_if_large()
        batches = [needs[start : start + BATCH] for start in range(0, len(needs), BATCH)]
        report = progress or (lambda n: None)
        results: list[list[Suggestion]] = []
        for ranked in _map(functools.partial(self._rank_batch, top=top), batches, workers):
            results.extend(ranked)
            report(len(ranked))
        return results

    def _rank_batch(self, batch: Sequence[Need], top: int) -> list[list[Suggestion]]:
        found = [need_features(need) for need in batch]
        text, alike = self._text(batch, found)
        return [self._rank_one(need, found[row], text[row], top, alike[row]) for row, need in enumerate(batch)]

    def _text(
        self, needs: Sequence[Need], found: list[Features], slot: int | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The text signal of each need against every slot (queries x slots), or one ``slot`` (queries),
        and where a slot is much like what the need rules out (``RULED_OUT_WORDS``, for the reasons).

        Lexical and concept cosines, then the concept hierarchy: a little evidence for a broad
        relative, and a sibling solution's text kept at SIBLING_CREDIT."""
        size = len(self._records)

        def against(space: _Space, queries: sparse.csr_matrix, normalised: bool = True) -> np.ndarray:
            if slot is None:
                return space.cosines(queries, size, normalised)
            return space.cosines_with(queries, slot, normalised)

        words = self._words.queries([f.counts() for f in found])
        concepts = self._concepts.queries([Counter(f.concepts) for f in found])
        text = _text_signal(against(self._words, words), against(self._concepts, concepts))
        self._apply_intent(needs, text, slot)
        alike = np.zeros(text.shape, bool)
        ruling = [row for row, f in enumerate(found) if f.ruled_out is not None]
        if ruling and RULED_OUT_WORDS < 1.0:
            queries = self._words.queries([found[row].ruled_out.counts() for row in ruling])
            alike[ruling] = against(self._words, queries) > RULED_OUT_WORDS
            text[alike] *= SIBLING_CREDIT
        families = [self._family(need, f) for need, f in zip(needs, found, strict=True)]
        if not HIERARCHY or not any(any(family) for family in families):
            return text, alike
        width = len(self._concepts.columns)
        grid = text if slot is None else text[:, None]  # queries x slots (one column for one slot)
        hit = {  # per part of the Family: 1 where a slot names one of the need's concepts of that part
            name: self._hit_matrix(_indicators([family[part] for family in families], width), grid.shape, slot)
            for part, name in enumerate(Family._fields)
        }
        sibling_only = hit["siblings"] - hit["siblings"].multiply(hit["specific"])  # and none of the need's own
        sibling_only = sibling_only.maximum(hit["ruled_in"] - hit["ruled_in"].multiply(hit["own"]))
        sibling_only = sibling_only.maximum(hit["ruled_other"] - hit["ruled_other"].multiply(hit["own_or_broad"]))
        # ... but a technology whose name names what is ruled out is that thing: never spared
        ruled_out = _indicators([family.ruled_in | family.ruled_other for family in families], width)
        sibling_only = sibling_only.maximum(self._hit_matrix(ruled_out, grid.shape, slot, self._named))
        # 1 - (1 - text)(1 - credit) where a credit applies, then the siblings' share
        for credit in (PARENT_CREDIT * hit["parents"].maximum(sibling_only), BROAD_CREDIT * hit["children"]):
            credit = credit.tocoo()
            grid[credit.row, credit.col] = 1.0 - (1.0 - grid[credit.row, credit.col]) * (1.0 - credit.data)
        sibling_only = sibling_only.tocoo()
        grid[sibling_only.row, sibling_only.col] *= SIBLING_CREDIT
        return text, alike

    def _apply_intent(self, needs: Sequence[Need], text: np.ndarray, slot: int | None) -> None:
        """Keep INTENT_CREDIT of the text where the need asks to monitor and the technology only
        controls, or the reverse (``text`` is queries x slots, or one value per query)."""
        if INTENT_CREDIT >= 1.0:
            return
        kinds = self._numeric.intent[: len(self._records)] if slot is None else self._numeric.intent[slot : slot + 1]
        for row, need in enumerate(needs):
            other = _other_intent(intent(need.title))
            if other:
                hit = kinds == other
                if slot is None:
                    text[row, hit] *= INTENT_CREDIT
                elif hit[0]:
                    text[row] *= INTENT_CREDIT

    def _hit_matrix(
        self, queries: sparse.csr_matrix, shape: tuple[int, int], slot: int | None, space: _Space | None = None
    ) -> sparse.csr_matrix:
        """1 where a slot has one of the query's concepts (queries x slots, sparse), in its text
        or, with ``space=self._named``, in its name."""
        rows, slots = (space or self._concepts).hits(queries, len(self._records))
        if slot is not None:
            rows = rows[slots == slot]
            slots = np.zeros(rows.size, np.int64)
        matrix = sparse.csr_matrix((np.ones(rows.size, np.float32), (rows, slots)), shape=shape)
        matrix.sum_duplicates()
        matrix.data[:] = 1.0
        return matrix

    def _family(self, need: Need, found: Features) -> Family:
        """The need's concepts by their part in the hierarchy and in what it rules out (``Family``).

        A solution ruled out inside the family of a broad concept the title asks for (a hybrid bus,
        under "clean bus") spares only a technology naming one of the need's own solutions: its
        specific ones, what its title asks for that is not a broad concept, and the other solutions
        of that broad one. Anything else ruled out (a "VFD" for one pump, in a need for a
        compressed-air system) spares also a technology naming the broad concept asked for."""
        asked = set(title_features(need.title).concepts)
        lexicon_ = self._lexicon
        specific, parents, children, siblings = lexicon_.family(set(found.concepts), asked)
        asked_broad = {c for c in asked if c in lexicon_.children}
        in_family = {s for c in asked_broad for s in lexicon_.children[c]}
        ruled_out = found.excluded - specific
        if not ruled_out:  # nothing to spare: no postings to look up for "own"
            return Family(specific, parents, children, siblings, set(), set(), set(), set())
        own = specific | (asked - asked_broad) | (children - ruled_out)
        return Family(
            specific, parents, children, siblings, ruled_out & in_family, ruled_out - in_family, own, own | asked_broad
        )

    def scores_of(self, technology_id: str, needs: Sequence[Need]) -> list[float | None]:
        """The score one technology gets for each need, as ``rank`` would give it; None where the
        hard constraints rule it out, or it is not indexed. Cheap: one technology, not the index."""
        return [None if pair is None else pair[1] for pair in self._pairs(technology_id, needs)]

    def suggestions_of(self, technology_id: str, needs: Sequence[Need]) -> list[Suggestion | None]:
        """What ``rank`` would say of one technology for each need (score and reasons), None where
        it would not suggest it: the needs' view of one technology (a company's feed)."""
        results: list[Suggestion | None] = []
        for need, pair in zip(needs, self._pairs(technology_id, needs), strict=True):
            if pair is None:
                results.append(None)
                continue
            found, score, values, alike = pair
            results.append(self._suggestion(need, found, self._slots[technology_id], score, values, alike))
        return results

    def _pairs(self, technology_id: str, needs: Sequence[Need]) -> Iterator[tuple[Features, float, dict, bool] | None]:
        """For each need: (its features, the score, the signal values, whether the technology is
        much like what the need rules out), or None as in ``scores_of``."""
        slot = self._slots.get(technology_id)
        if slot is None:
            yield from [None] * len(needs)
            return
        self._fold_if_large()
        one = np.array([slot])
        for start in range(0, len(needs), BATCH):
            batch = needs[start : start + BATCH]
            found = [need_features(need) for need in batch]
            text, alike = self._text(batch, found, slot)
            for row, need in enumerate(batch):
                if not self._numeric.allowed(need, one)[0]:
                    yield None
                    continue
                signals = self._practical_signals(need, one)
                signals.update(text=text[row : row + 1], category=self._numeric.category_fit(need.categories, one))
                score = float(self.combine(signals)[0])
                values = {name: float(np.asarray(value)[0]) for name, value in signals.items()}
                yield (found[row], score, values, bool(alike[row])) if score > 0 else None

    def _rank_one(self, need: Need, found: Features, text: np.ndarray, top: int, alike: np.ndarray):
        """Exact top-K, computing the practical signals only for technologies that could make it.

        Text and category are known for all; the other signals are at most 1, so they bound
        each score from above. A threshold that about PRUNE_AT x K bounds reach (estimated on
        a sample) picks the candidates; if the K-th exact score among them reaches the
        threshold, nothing below it can enter the top K. Otherwise all are scored.
        """
        everything = slice(0, len(self._records))
        category = self._numeric.category_fit(need.categories, everything)
        bound = self._upper_bound(text, category)
        bound[~self._numeric.allowed(need, everything)] = -1.0
        keep = PRUNE_AT * max(top, 1)
        if bound.size > 4 * keep:
            sample = bound[::SAMPLE_STEP]
            place = sample.size - max(1, keep * sample.size // bound.size)
            threshold = float(np.partition(sample, place)[place])
            if threshold > 0:
                chosen = np.flatnonzero(bound >= threshold)
                winners, values, scores = self._exact_top(need, text, category, chosen, top)
                if len(winners) == top and scores[winners[-1]] >= threshold:
                    return self._suggestions(need, found, winners, values, scores, alike)
        winners, values, scores = self._exact_top(need, text, category, np.flatnonzero(bound > 0), top)
        return self._suggestions(need, found, winners, values, scores, alike)

    def _upper_bound(self, text: np.ndarray, category: np.ndarray) -> np.ndarray:
        """``combine`` with every practical signal at its maximum of 1 (unrounded, + a margin)."""
        bound = self._mean({"text": text, "category": category, **dict.fromkeys(PRACTICAL, 1.0)}) + 1e-4
        return np.where(text >= TEXT_FLOOR, bound, -1.0)

    def _exact_top(self, need: Need, text: np.ndarray, category: np.ndarray, slots: np.ndarray, top: int):
        """(winning slots best first, their signal values, their scores) among ``slots``."""
        signals = {"text": text[slots], "category": category[slots], **self._practical_signals(need, slots)}
        score = self.combine(signals)
        best = _top(score, slots, top, self._records)
        winners = [int(slots[i]) for i in best]
        values = {int(slots[i]): {name: float(v[i]) for name, v in signals.items()} for i in best}
        scores = {int(slots[i]): float(score[i]) for i in best}
        return winners, values, scores

    def _practical_signals(self, need: Need, slots) -> dict[str, np.ndarray]:
        columns = self._numeric
        region = columns.region_fit(need.region, slots)
        for partner_region in need.partner_regions:  # a joint need fits where any partner is
            region = np.maximum(region, columns.region_fit(partner_region, slots))
        return {
            "region": region,
            "budget": columns.budget_fit(need.budget_usd, slots),
            "readiness": columns.readiness_fit(need.min_trl, slots),
            "impact": columns.impact_fit(need.co2e_target_t_per_year, slots),
        }

    def _suggestions(self, need: Need, found: Features, winners, values, scores, alike) -> list[Suggestion]:
        return [self._suggestion(need, found, slot, scores[slot], values[slot], alike[slot]) for slot in winners]

    def combine(self, signals: Mapping[str, np.ndarray]) -> np.ndarray:
        """The score: see ``_mean``, rounded to 4 decimals."""
        return np.round(self._mean(signals), 4)

    def _mean(self, signals: Mapping[str, np.ndarray]) -> np.ndarray:
        """Weighted mean of the signals where the practical ones count in proportion to the problem
        fit; shrunk where text and category show little relevance; 0 for a negligible problem fit."""
        weights = self.weights
        total = sum(weights.values())
        text = np.asarray(signals["text"], np.float64)
        fit = np.minimum(1.0, text / FIT_FULL)
        practical = sum(weights[name] * np.asarray(signals[name], np.float64) for name in PRACTICAL)
        mean = (weights["text"] * text + weights["category"] * signals["category"] + fit * practical) / total
        relevance_weight = weights["text"] + weights["category"]
        if relevance_weight:
            relevance = (weights["text"] * text + weights["category"] * signals["category"]) / relevance_weight
            mean = mean * np.minimum(1.0, relevance / RELEVANCE_FULL)
        return np.where(text >= TEXT_FLOOR, mean, 0.0)

    def _suggestion(
        self, need: Need, found: Features, slot: int, score: float, values: dict, alike: bool = False
    ) -> Suggestion:
        technology = self._records[slot]
        mentioned = self._mentioned(slot)
        shared = self._ordered(set(found.concepts) & mentioned)
        words: list[str] = []
        if not shared:
            stems = self._shared_words(found, technology)
            words = explain.surface_words(stems, technology_text(technology), need_text(need))
        relation = self._relation(need, found, mentioned, self._named_by(slot)) if HIERARCHY else None
        if alike and (relation is None or relation.kind != "excluded"):
            relation = self._alike_relation(need, found, slot)
        if relation is None or relation.kind in ("parent", "child"):  # a sibling or ruled-out reason comes first
            relation = _intent_relation(need, technology) or relation
        chosen = explain.explained(need, technology, values, self.weights, shared, words, relation, FIT_FULL)
        return Suggestion(
            technology_id=technology.id,
            score=round(min(1.0, max(0.0, score)), 4),
            reasons=tuple(r.en for r in chosen),
            reasons_zh=tuple(r.zh for r in chosen),
            signals={name: round(value, 4) for name, value in values.items()},
            concepts=tuple(concept.label for concept in shared),
            reason_kinds=tuple(("gap:" if r.gap else "strength:") + r.signal for r in chosen),
        )

    def _alike_relation(self, need: Need, found: Features, slot: int) -> explain.Relation:
        """The words a technology shares with what the need rules out, where ``_text`` found them
        alike enough to hold its text down (RULED_OUT_WORDS), for the reason that says so."""
        stems = self._shared_words(found.ruled_out, self._records[slot], limit=3)
        return explain.Relation("alike", words=tuple(explain.surface_words(stems, need.description)))

    def _shared_words(self, found: Features, technology: Technology, limit: int = 4) -> list[str]:
        """explain.shared_words of a text and a technology, the most telling (highest IDF) first."""
        columns, idf = self._words.columns, self._words.idf

        def weight(word: str) -> float:
            return float(idf[columns[word]]) if word in columns else 0.0

        return explain.shared_words(found, technology_features(technology), weight=weight, limit=limit)

    def _mentioned(self, slot: int) -> set[int]:
        """The concepts a technology's text mentions."""
        if slot in self._concept_sets:
            return set(self._concept_sets[slot][0])
        rows = self._concept_rows
        return set(rows.indices[rows.indptr[slot] : rows.indptr[slot + 1]].tolist())

    def _named_by(self, slot: int) -> set[int]:
        """The concepts a technology's name names."""
        if slot in self._concept_sets:
            return set(self._concept_sets[slot][1])
        rows = self._name_rows
        return set(rows.indices[rows.indptr[slot] : rows.indptr[slot + 1]].tolist())

    def _ordered(self, concepts: set[int]) -> list:
        """Concepts, the most telling (highest weight) first."""
        return [self._lexicon.concepts[c] for c in self._ordered_ids(concepts)]

    def _ordered_ids(self, concepts: set[int]) -> list[int]:
        idf = self._concepts.idf
        return sorted(concepts, key=lambda c: (-float(idf[c]), c))

    def _relation(self, need: Need, found: Features, mentioned: set[int], named: set[int]) -> explain.Relation | None:
        """Where the technology's solution sits against the need's in the hierarchy (for the reasons),
        read as ``_text`` scores it: a sibling first, then the broad parent alone, then a child."""
        concepts, parents_of = self._lexicon.concepts, self._lexicon.parents
        family = self._family(need, found)
        specific, parents, children, siblings = family.specific, family.parents, family.children, family.siblings
        if specific & mentioned:
            return None
        ruled_out = (set() if family.own & mentioned else family.ruled_in) | (
            set() if family.own_or_broad & mentioned else family.ruled_other
        )
        ruled_out |= (family.ruled_in | family.ruled_other) & named  # named as what it is: never spared
        for theirs in self._ordered_ids(ruled_out & mentioned):
            return explain.Relation("excluded", concepts[theirs], None, concepts[theirs])
        asked = sorted(set(title_features(need.title).concepts) & specific)
        for theirs in self._ordered_ids(siblings & mentioned):
            for ours in asked:
                common = parents_of.get(theirs, frozenset()) & parents_of[ours]
                if common:  # the narrowest broad concept they share names the choice best
                    broad = min(common, key=lambda p: (len(self._lexicon.children[p]), p))
                    return explain.Relation("sibling", concepts[broad], concepts[ours], concepts[theirs])
        for broad in self._ordered_ids(parents & mentioned):
            ours = min(c for c in specific if broad in parents_of[c])
            return explain.Relation("parent", concepts[broad], concepts[ours], None)
        for theirs in self._ordered_ids(children & mentioned):
            broad = min(parents_of[theirs] & set(found.concepts))
            return explain.Relation("child", concepts[broad], None, concepts[theirs])
        return None


INTENT_LABELS = {
    MONITOR: Concept("monitoring", "general", "monitoring", "监测"),
    CONTROL: Concept("control", "general", "pollution control", "治理"),
}


def _intent_relation(need: Need, technology: Technology) -> explain.Relation | None:
    """The reasons' view of ``_apply_intent``: another kind of answer, when it applied."""
    asked = intent(need.title)
    other = _other_intent(asked)
    if INTENT_CREDIT >= 1.0 or not other or intent(technology.name) != other:
        return None
    return explain.Relation("intent", INTENT_LABELS[other], INTENT_LABELS[asked], INTENT_LABELS[other])


def _other_intent(asked: int) -> int:
    """The intent that is another kind of answer to a need asking ``asked`` (0: none is)."""
    return {MONITOR: CONTROL, CONTROL: MONITOR}.get(asked, 0)


def _resize(matrix: sparse.csr_matrix, rows: int) -> sparse.csr_matrix:
    """The features x technologies matrix padded with empty rows for features added since."""
    if matrix.shape[0] == rows:
        return matrix
    indptr = np.concatenate([matrix.indptr, np.full(rows - matrix.shape[0], matrix.indptr[-1], matrix.indptr.dtype)])
    return sparse.csr_matrix((matrix.data, matrix.indices, indptr), shape=(rows, matrix.shape[1]))


def _indicators(sets: list, width: int) -> sparse.csr_matrix:
    """One row per set: 1 in the columns of its members."""
    rows = [(np.array(sorted(members), np.int32), np.ones(len(members), np.float32)) for members in sets]
    return _csr(rows, width)


def _specificity(matrix: sparse.csr_matrix, topics: np.ndarray) -> np.ndarray:
    """Per feature, 1 - SPREAD x (entropy of the main categories of the slots that use it) / log 16.

    ``matrix`` is features x slots; ``topics`` the main category of each slot (-1: none)."""
    used = topics >= 0
    slots = np.flatnonzero(used)
    onehot = sparse.csr_matrix(
        (np.ones(slots.size, np.float32), (slots, topics[used])), shape=(matrix.shape[1], len(SLUGS))
    )
    presence = sparse.csr_matrix((np.ones_like(matrix.data), matrix.indices, matrix.indptr), shape=matrix.shape)
    counts = (presence @ onehot).tocsr()
    totals = np.asarray(counts.sum(axis=1)).ravel()
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    share = counts.data / np.maximum(totals[rows], 1.0)
    entropy = np.bincount(rows, -share * np.log(np.maximum(share, 1e-12)), minlength=counts.shape[0])
    return (1.0 - SPREAD * entropy / math.log(len(SLUGS))).astype(np.float32)


def _text_signal(lexical: np.ndarray, conceptual: np.ndarray) -> np.ndarray:
    """Lexical and concept evidence, each calibrated to [0, 1], combined as independent evidence.

    Computed in place (the inputs are the batch's scratch arrays): 1 - (1 - a)(1 - b).
    """
    lexical *= -1.0 / LEXICAL_FULL
    np.maximum(lexical, -1.0, out=lexical)
    lexical += 1.0  # 1 - a
    conceptual *= -CONCEPT_BOOST / CONCEPT_FULL
    np.maximum(conceptual, -1.0, out=conceptual)
    conceptual += 1.0  # 1 - b
    lexical *= conceptual
    np.subtract(1.0, lexical, out=lexical)
    return lexical


def _top(score: np.ndarray, slots: np.ndarray, top: int, records: list) -> list[int]:
    """Positions in ``score`` of the ``top`` best positive scores, best first, ties by technology id."""
    positive = np.flatnonzero(score > 0)
    if top <= 0 or positive.size == 0:
        return []
    if positive.size > top:
        kth = np.partition(score[positive], positive.size - top)[positive.size - top]
        positive = positive[score[positive] >= kth]
    return sorted(positive.tolist(), key=lambda i: (-score[i], records[slots[i]].id))[:top]


class _Columns:
    """The numeric side of the index: one numpy column per attribute, one row per slot."""

    def __init__(self, items: list[Technology]) -> None:
        nan = float("nan")
        self._category_combos: dict[tuple, int] = {}
        self._region_combos: dict[tuple, int] = {}
        self._cache: dict = {}  # fits by combination, per need attribute
        self._gathered: dict = {}  # the same gathered per slot, for the most recent keys
        self._region_holders: tuple[dict, dict] | None = None  # which region lists hold a code, a country
        self.size = len(items)  # slots in use; the columns may be longer (grown by doubling)
        self.alive = np.ones(self.size, bool)
        self.trl = np.array([nan if i.trl is None else i.trl for i in items], np.float64)
        costs = [i.cost_usd or (nan, nan) for i in items]
        self.cost_low = np.array([c[0] for c in costs], np.float64)
        self.cost_high = np.array([c[1] for c in costs], np.float64)
        cuts = [i.co2e_reduction_t_per_year for i in items]
        self.co2e = np.array([nan if cut is None else cut for cut in cuts], np.float64)
        categories, regions = self._category_combos, self._region_combos
        self.category_combo = np.array([self._combo(categories, tuple(sorted(i.categories))) for i in items], np.int32)
        self.region_combo = np.array([self._combo(regions, tuple(sorted(i.regions))) for i in items], np.int32)
        self.topic = np.array([SLUG_INDEX[i.categories[0]] for i in items], np.int32)  # the main category
        self.intent = np.array([intent(i.name) for i in items], np.int8)  # monitoring / control bits

    def put(self, slot: int, item: Technology) -> None:
        self._gathered.clear()
        if slot >= self.alive.size:
            self._grow(max(slot + 1, 2 * self.alive.size))
        self.size = max(self.size, slot + 1)
        self.alive[slot] = True
        self.trl[slot] = np.nan if item.trl is None else item.trl
        low, high = item.cost_usd if item.cost_usd is not None else (np.nan, np.nan)
        self.cost_low[slot], self.cost_high[slot] = low, high
        self.co2e[slot] = np.nan if item.co2e_reduction_t_per_year is None else item.co2e_reduction_t_per_year
        self.category_combo[slot] = self._combo(self._category_combos, tuple(sorted(item.categories)))
        self.region_combo[slot] = self._combo(self._region_combos, tuple(sorted(item.regions)))
        self.topic[slot] = SLUG_INDEX[item.categories[0]]
        self.intent[slot] = intent(item.name)

    def _combo(self, combos: dict, key: tuple) -> int:
        if key not in combos:
            combos[key] = len(combos)
            self._cache.clear()
            self._region_holders = None
        return combos[key]

    def _grow(self, size: int) -> None:
        old = self.alive.size
        for name, fill in (
            ("alive", False),
            ("trl", np.nan),
            ("cost_low", np.nan),
            ("cost_high", np.nan),
            ("co2e", np.nan),
            ("category_combo", 0),
            ("region_combo", 0),
            ("topic", -1),
            ("intent", 0),
        ):
            column = getattr(self, name)
            grown = np.full(size, fill, column.dtype)
            grown[:old] = column
            setattr(self, name, grown)

    def _per_slot(self, key: tuple, combo: np.ndarray, slots) -> np.ndarray:
        """The fits of ``key`` by combination, gathered per slot; whole-index gathers are kept (LRU)
        because needs of one city or one category ask for the same ones again and again."""
        if not isinstance(slots, slice):
            return self._cache[key][combo[slots]]
        gathered = self._gathered.pop(key, None)
        if gathered is None or gathered.size != self.size:
            gathered = self._cache[key][combo[: self.size]]
        self._gathered[key] = gathered
        while len(self._gathered) > 64:
            del self._gathered[next(iter(self._gathered))]
        return gathered

    def allowed(self, need: Need, slots) -> np.ndarray:
        """The hard constraints: known readiness below the minimum, cheapest deployment above budget."""
        ok = self.alive[slots].copy()
        if need.min_trl is not None:
            ok &= ~(self.trl[slots] < need.min_trl)
        if need.budget_usd is not None:
            ok &= ~(self.cost_low[slots] > need.budget_usd)
        return ok

    def category_fit(self, categories: tuple[str, ...], slots) -> np.ndarray:
        """taxonomy.category_fit, vectorised: over the distinct category sets, then gathered per slot."""
        key = ("category", categories)
        if key not in self._cache:
            combos = np.zeros((max(1, len(self._category_combos)), len(SLUGS)))
            for combo, row in self._category_combos.items():
                combos[row, [SLUG_INDEX[slug] for slug in combo]] = 1.0
            best = np.stack([(combos * AFFINITY[SLUG_INDEX[c]]).max(axis=1) for c in categories], axis=1)
            self._cache[key] = blend(best.max(axis=1), best.mean(axis=1)).astype(np.float32)
        return self._per_slot(key, self.category_combo, slots)

    def region_fit(self, region: str, slots) -> np.ndarray:
        """explain.region_fit over the distinct region lists, then gathered per slot."""
        key = ("region", region)
        if key not in self._cache:
            self._cache[key] = self._region_fits(region)
        return self._per_slot(key, self.region_combo, slots)

    def _region_fits(self, region: str) -> np.ndarray:
        """explain.region_fit of each distinct region list, from which lists hold each code and
        each country: a need's region looks up three codes, not every list (thousands)."""
        if self._region_holders is None:
            codes: dict[str, list[int]] = {}
            countries: dict[str, set[int]] = {}
            for combo, row in self._region_combos.items():
                for code in combo:
                    codes.setdefault(code, []).append(row)
                    countries.setdefault(code.split("-")[0], set()).add(row)
            self._region_holders = codes, countries
        codes, countries = self._region_holders
        country = region.split("-")[0]
        fits = np.full(max(1, len(self._region_combos)), 0.5 if not region else 0.0, np.float32)
        if region:  # elsewhere in the same country
            fits[list(countries.get(country, ()))] = 0.5
        fits[codes.get("*", []) + codes.get(region, []) + codes.get(country, [])] = 1.0
        return fits

    def budget_fit(self, budget: float | None, slots) -> np.ndarray:
        """1 when the dearest deployment fits, partly when only the cheaper ones do, 0.5 when unknown."""
        low, high = self.cost_low[slots], self.cost_high[slots]
        if budget is None:
            return np.full(low.shape, 0.5)
        span = np.maximum(high - low, 1e-9)
        partial = 0.5 + 0.5 * np.clip((budget - low) / span, 0.0, 1.0)
        fit = np.where(high <= budget, 1.0, partial)
        return np.where(np.isnan(low), 0.5, fit)

    def readiness_fit(self, min_trl: int | None, slots) -> np.ndarray:
        """Margin above the least readiness accepted; proven technology scores higher when none is set."""
        trl = self.trl[slots]
        if min_trl is None:
            fit = 0.4 + 0.6 * (trl - 1.0) / 8.0
        else:
            fit = np.minimum(1.0, 0.8 + 0.1 * (trl - min_trl))
        return np.where(np.isnan(trl), 0.4, np.clip(fit, 0.0, 1.0))

    def impact_fit(self, target: float | None, slots) -> np.ndarray:
        """Share of the need's reduction target one deployment delivers (square root: diminishing returns)."""
        co2e = self.co2e[slots]
        if target:
            fit = np.sqrt(np.minimum(1.0, co2e / target))
        else:
            fit = np.minimum(1.0, np.log10(1.0 + co2e) / 4.0)
        return np.where(np.isnan(co2e), 0.3, fit)
