"""The engine: technologies indexed once, needs ranked against the index in vectorised batches.

Per technology the index holds two L2-normalised TF-IDF rows (lexical features, concepts)
and numeric columns (readiness, cost, reduction, category and region combinations). A
batch of needs becomes a sparse query matrix; one sparse product gives every text score of
the batch, every other signal is a numpy expression over all technologies, and top-K is a
partial sort. Python only loops over needs and over the K winners it explains.

Changes are incremental: an upserted technology gets its row in a small delta matrix that
overrides the main one, and the delta is folded into the main matrix when it grows. The
IDF weights are those of the catalogue at the last fold; that drift is small and bounded.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np
from scipy import sparse

from . import explain
from .records import Need, Suggestion, Technology
from .taxonomy import category_fit
from .text import Features, features, lexicon

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
CONCEPT_BOOST = 1.0
BATCH = 64
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


def technology_text(technology: Technology) -> str:
    # The name twice: a product's name says what it is more surely than a sentence of its description.
    return f"{technology.name}\n{technology.name}\n{technology.description}"


def need_text(need: Need) -> str:
    return f"{need.title}\n{need.title}\n{need.description}"


def _tf_row(counts: Counter, columns: Mapping) -> tuple[np.ndarray, np.ndarray]:
    """Column indexes and sublinear term frequencies (1 + log tf) of a document's known features."""
    pairs = [(columns[f], c) for f, c in counts.items() if f in columns]
    if not pairs:
        return np.empty(0, np.int32), np.empty(0, np.float32)
    index = np.fromiter((p[0] for p in pairs), np.int32, len(pairs))
    tf = np.fromiter((p[1] for p in pairs), np.float32, len(pairs))
    return index, (1.0 + np.log(tf)).astype(np.float32)


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

    def __init__(self, rows: list[tuple[np.ndarray, np.ndarray]], columns: dict, alive: int) -> None:
        self.columns = columns
        self._fit(_csr(rows, len(columns)), alive)
        self.pending: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._delta: tuple | None = None

    def _fit(self, documents: sparse.csr_matrix, alive: int) -> None:
        self.matrix = documents.T.tocsr()
        df = np.diff(self.matrix.indptr).astype(np.float64)
        self.idf = (np.log((alive + 1) / (df + 1)) + 1.0).astype(np.float32)
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
            if new:  # unseen features weigh as the rarest ones until the next fold
                self.idf = np.concatenate([self.idf, np.full(len(new), self.idf.max(initial=1.0), np.float32)])
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
            weights = tf * self.idf[index]
            norm = float(np.sqrt(np.dot(weights, weights))) or 1.0
            rows.append((index, (weights / norm * self.idf[index]).astype(np.float32)))
        return _csr(rows, len(self.columns))

    def cosines(self, queries: sparse.csr_matrix, size: int) -> np.ndarray:
        """Cosine similarity of each query with every technology slot, dense (queries x slots)."""
        main = _resize(self.matrix, queries.shape[1])
        result = np.zeros((queries.shape[0], size), np.float32)
        product = (queries @ main).toarray()
        result[:, : product.shape[1]] = product / self.norms[: product.shape[1]]
        if self.pending:
            slots, matrix, norms = self._pending_part(queries.shape[1])
            result[:, slots] = (queries @ matrix).toarray() / norms
        return result

    def _pending_part(self, width: int):
        if self._delta is None or self._delta[1].shape[0] != width:
            slots = np.fromiter(self.pending, np.int64, len(self.pending))
            rows = list(self.pending.values())
            documents = _csr(rows, width)
            self._delta = (slots, documents.T.tocsr(), self._norms(documents))
        return self._delta

    def fold(self, size: int, alive: int) -> None:
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
        self._fit(documents, alive)
        self.pending.clear()
        self._delta = None


class Engine:
    """Ranks needs against an index of technologies; deterministic, ties broken by technology id."""

    def __init__(
        self,
        technologies: Iterable[Technology] = (),
        weights: Mapping[str, float] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self.weights = resolve_weights(weights)
        self._lexicon = lexicon()
        items = list(technologies)
        self._build(items, progress or (lambda n: None))

    # --- index -------------------------------------------------------------------------

    def _build(self, items: list[Technology], progress: Callable[[int], None]) -> None:
        self._slots: dict[str, int] = {}
        self._records: list[Technology | None] = []
        words: list[Counter] = []
        concepts: list[Counter] = []
        for number, item in enumerate(items, 1):
            if item.id in self._slots:
                raise ValueError(f"duplicate technology id {item.id!r}")
            self._slots[item.id] = len(self._records)
            self._records.append(item)
            found = features(technology_text(item))
            words.append(Counter(found.words))
            concepts.append(Counter(found.concepts))
            if number % 1000 == 0:
                progress(1000)
        progress(len(items) % 1000)
        vocabulary: dict = {}
        for counts in words:
            for key in counts:
                if key not in vocabulary:
                    vocabulary[key] = len(vocabulary)
        self._words = _Space([_tf_row(c, vocabulary) for c in words], vocabulary, len(items))
        concept_columns = {index: index for index in range(len(self._lexicon.concepts))}
        self._concepts = _Space([_tf_row(c, concept_columns) for c in concepts], concept_columns, len(items))
        self._concept_sets: list[frozenset[int]] = [frozenset(c) for c in concepts]
        self._folded_size = len(items)
        self._numeric = _Columns(items)

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
            self._concept_sets.append(frozenset())
        self._records[slot] = technology
        found = features(technology_text(technology))
        self._words.put(slot, Counter(found.words))
        self._concepts.put(slot, Counter(found.concepts))
        self._concept_sets[slot] = frozenset(found.concepts)
        self._numeric.put(slot, technology)

    def remove(self, technology_id: str) -> None:
        slot = self._slots.pop(technology_id, None)
        if slot is None:
            return
        self._records[slot] = None
        self._words.drop(slot)
        self._concepts.drop(slot)
        self._numeric.alive[slot] = False

    def fold(self) -> None:
        """Merge the upserted rows into the main matrices; IDF and norms as if built fresh."""
        size = len(self._records)
        self._words.fold(size, len(self._slots))
        self._concepts.fold(size, len(self._slots))
        self._folded_size = len(self._slots)

    def _fold_if_large(self) -> None:
        if len(self._words.pending) > max(1000, FOLD_AT * self._folded_size):
            self.fold()

    # --- ranking -----------------------------------------------------------------------

    def rank(self, need: Need, top: int = 10) -> list[Suggestion]:
        return self.rank_many([need], top)[0]

    def rank_many(
        self, needs: Sequence[Need], top: int = 10, progress: Callable[[int], None] | None = None
    ) -> list[list[Suggestion]]:
        """The best ``top`` technologies for each need, in the order of ``needs``."""
        results: list[list[Suggestion]] = []
        for start in range(0, len(needs), BATCH):
            batch = needs[start : start + BATCH]
            found = [features(need_text(need)) for need in batch]
            lexical, conceptual = self._text_scores(found)
            for row, need in enumerate(batch):
                results.append(self._rank_one(need, found[row], lexical[row], conceptual[row], top))
            if progress is not None:
                progress(len(batch))
        return results

    def _text_scores(self, found: list[Features]) -> tuple[np.ndarray, np.ndarray]:
        self._fold_if_large()
        size = len(self._records)
        words = self._words.queries([Counter(f.words) for f in found])
        concepts = self._concepts.queries([Counter(f.concepts) for f in found])
        return self._words.cosines(words, size), self._concepts.cosines(concepts, size)

    def _rank_one(self, need: Need, found: Features, lexical: np.ndarray, conceptual: np.ndarray, top: int):
        signals = self.signals(need, lexical, conceptual)
        score = self.combine(signals)
        score[~self._numeric.allowed(need)] = -1.0
        winners = _top(score, top, self._records)
        return [self._suggestion(need, found, int(slot), float(score[slot]), signals) for slot in winners]

    def signals(self, need: Need, lexical: np.ndarray, conceptual: np.ndarray) -> dict[str, np.ndarray]:
        """Every signal of ``need`` against every indexed technology, each in [0, 1]."""
        columns = self._numeric
        text = 1.0 - (1.0 - np.minimum(1.0, lexical / LEXICAL_FULL)) * (
            1.0 - np.minimum(1.0, CONCEPT_BOOST * conceptual / CONCEPT_FULL)
        )
        return {
            "text": text,
            "category": columns.category_fit(need.categories),
            "region": columns.region_fit(need.region),
            "budget": columns.budget_fit(need.budget_usd),
            "readiness": columns.readiness_fit(need.min_trl),
            "impact": columns.impact_fit(need.co2e_target_t_per_year),
        }

    def combine(self, signals: Mapping[str, np.ndarray]) -> np.ndarray:
        """Weighted mean of the signals, shrunk where text and category show little relevance."""
        weights = self.weights
        total = sum(weights.values())
        mean = sum(weights[name] * signals[name] for name in SIGNALS) / total
        relevance_weight = weights["text"] + weights["category"]
        if relevance_weight:
            relevance = (
                weights["text"] * signals["text"] + weights["category"] * signals["category"]
            ) / relevance_weight
            mean = mean * np.minimum(1.0, relevance / RELEVANCE_FULL)
        return np.round(mean, 4)

    def _suggestion(self, need: Need, found: Features, slot: int, score: float, signals) -> Suggestion:
        technology = self._records[slot]
        values = {name: float(signals[name][slot]) for name in SIGNALS}
        shared = self._shared_concepts(found, slot)
        words = [] if shared else explain.shared_words(found, features(technology_text(technology)))
        reasons, reasons_zh = explain.reasons(need, technology, values, self.weights, shared, words)
        return Suggestion(
            technology_id=technology.id,
            score=round(min(1.0, max(0.0, score)), 4),
            reasons=tuple(reasons),
            reasons_zh=tuple(reasons_zh),
            signals={name: round(value, 4) for name, value in values.items()},
            concepts=tuple(concept.label for concept in shared),
        )

    def _shared_concepts(self, found: Features, slot: int):
        common = set(found.concepts) & self._concept_sets[slot]
        idf = self._concepts.idf
        ordered = sorted(common, key=lambda c: (-float(idf[c]), c))
        return [self._lexicon.concepts[c] for c in ordered]


def _resize(matrix: sparse.csr_matrix, rows: int) -> sparse.csr_matrix:
    """The features x technologies matrix padded with empty rows for features added since."""
    if matrix.shape[0] == rows:
        return matrix
    indptr = np.concatenate([matrix.indptr, np.full(rows - matrix.shape[0], matrix.indptr[-1], matrix.indptr.dtype)])
    return sparse.csr_matrix((matrix.data, matrix.indices, indptr), shape=(rows, matrix.shape[1]))


def _top(score: np.ndarray, top: int, records: list) -> list[int]:
    """Slots of the ``top`` best positive scores, best first, ties by technology id."""
    candidates = np.flatnonzero(score > 0)
    if top <= 0 or candidates.size == 0:
        return []
    if candidates.size > top:
        kth = np.partition(score[candidates], candidates.size - top)[candidates.size - top]
        candidates = candidates[score[candidates] >= kth]
    ordered = sorted(candidates.tolist(), key=lambda slot: (-score[slot], records[slot].id))
    return ordered[:top]


class _Columns:
    """The numeric side of the index: one numpy column per attribute, one row per slot."""

    def __init__(self, items: list[Technology]) -> None:
        size = len(items)
        self.alive = np.ones(size, bool)
        self.trl = np.full(size, np.nan)
        self.cost_low = np.full(size, np.nan)
        self.cost_high = np.full(size, np.nan)
        self.co2e = np.full(size, np.nan)
        self.category_combo = np.zeros(size, np.int32)
        self.region_combo = np.zeros(size, np.int32)
        self._category_combos: dict[tuple, int] = {}
        self._region_combos: dict[tuple, int] = {}
        self._cache: dict = {}
        self.size = 0  # slots in use; the columns may be longer (grown by doubling)
        for slot, item in enumerate(items):
            self.put(slot, item)

    def put(self, slot: int, item: Technology) -> None:
        if slot >= self.alive.size:
            self._grow(max(slot + 1, 2 * self.alive.size))
        self.size = max(self.size, slot + 1)
        self.alive[slot] = True
        self.trl[slot] = np.nan if item.trl is None else item.trl
        low, high = item.cost_usd if item.cost_usd is not None else (np.nan, np.nan)
        self.cost_low[slot], self.cost_high[slot] = low, high
        self.co2e[slot] = np.nan if item.co2e_reduction_t_per_year is None else item.co2e_reduction_t_per_year
        self.category_combo[slot] = self._combo(self._category_combos, tuple(item.categories))
        self.region_combo[slot] = self._combo(self._region_combos, tuple(sorted(item.regions)))

    def _combo(self, combos: dict, key: tuple) -> int:
        if key not in combos:
            combos[key] = len(combos)
            self._cache.clear()
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
        ):
            column = getattr(self, name)
            grown = np.full(size, fill, column.dtype)
            grown[:old] = column
            setattr(self, name, grown)

    def allowed(self, need: Need) -> np.ndarray:
        """The hard constraints: known readiness below the minimum, cheapest deployment above budget."""
        n = self.size
        ok = self.alive[:n].copy()
        if need.min_trl is not None:
            ok &= ~(self.trl[:n] < need.min_trl)
        if need.budget_usd is not None:
            ok &= ~(self.cost_low[:n] > need.budget_usd)
        return ok

    def category_fit(self, categories: tuple[str, ...]) -> np.ndarray:
        key = ("category", categories)
        if key not in self._cache:
            fits = [category_fit(categories, combo)[0] for combo in self._category_combos]
            self._cache[key] = np.asarray(fits or [0.0])
        return self._cache[key][self.category_combo[: self.size]]

    def region_fit(self, region: str) -> np.ndarray:
        key = ("region", region)
        if key not in self._cache:
            fits = [explain.region_fit(region, combo) for combo in self._region_combos]
            self._cache[key] = np.asarray(fits or [0.0])
        return self._cache[key][self.region_combo[: self.size]]

    def budget_fit(self, budget: float | None) -> np.ndarray:
        """1 when the dearest deployment fits, partly when only the cheaper ones do, 0.5 when unknown."""
        low, high = self.cost_low[: self.size], self.cost_high[: self.size]
        if budget is None:
            return np.full(self.size, 0.5)
        span = np.maximum(high - low, 1e-9)
        partial = 0.5 + 0.5 * np.clip((budget - low) / span, 0.0, 1.0)
        fit = np.where(high <= budget, 1.0, partial)
        return np.where(np.isnan(low), 0.5, fit)

    def readiness_fit(self, min_trl: int | None) -> np.ndarray:
        """Margin above the least readiness accepted; proven technology scores higher when none is set."""
        trl = self.trl[: self.size]
        if min_trl is None:
            fit = 0.4 + 0.6 * (trl - 1.0) / 8.0
        else:
            fit = np.minimum(1.0, 0.8 + 0.1 * (trl - min_trl))
        return np.where(np.isnan(trl), 0.4, np.clip(fit, 0.0, 1.0))

    def impact_fit(self, target: float | None) -> np.ndarray:
        """Share of the need's reduction target one deployment delivers (square root: diminishing returns)."""
        co2e = self.co2e[: self.size]
        if target:
            fit = np.sqrt(np.minimum(1.0, co2e / target))
        else:
            fit = np.minimum(1.0, np.log10(1.0 + co2e) / 4.0)
        return np.where(np.isnan(co2e), 0.3, fit)
