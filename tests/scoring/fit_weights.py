"""Learn the signal weights from the labelled sets, cross-validated across sets; adopt them only if they pay.

    python -m tests.scoring.fit_weights            # leave-one-set-out table; writes nothing
    python -m tests.scoring.fit_weights --write    # also writes matchmaker/scoring/weights.json
    python -m tests.scoring.fit_weights --credits  # hierarchy and intent credits on a grid, leave-one-set-out

A small L2-regularised pairwise logistic model (scikit-learn): for each need, every pair of
candidates (the engine's top 30) with different grades gives the difference of their signal
vectors, the practical signals scaled by the problem fit as the score scales them. The
coefficients, clipped at 0 and scaled to sum to 1, are weights the engine can read. Each set is
scored with weights fitted on the other sets only. Deterministic: fixed solver, no sampling.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from matchmaker.scoring import DEFAULT_WEIGHTS, SIGNALS, Engine
from matchmaker.scoring import engine as engine_module

from . import evaluate

WEIGHTS_FILE = Path(engine_module.__file__).with_name("weights.json")
CANDIDATES = 30


def _pairs(name: str) -> tuple[np.ndarray, np.ndarray]:
    technologies, needs, grades, _traps = evaluate.load(name)
    differences, labels = [], []
    for need, ranked in zip(needs, Engine(technologies).rank_many(needs, CANDIDATES), strict=True):
        graded = grades.get(need.id, {})
        rows = []
        for s in ranked:
            fit = min(1.0, s.signals["text"] / engine_module.FIT_FULL)
            vector = [s.signals[n] * (fit if n in engine_module.PRACTICAL else 1.0) for n in SIGNALS]
            rows.append((graded.get(s.technology_id, 0), np.array(vector)))
        for i, (grade_a, a) in enumerate(rows):
            for grade_b, b in rows[i + 1 :]:
                if grade_a != grade_b:
                    sign = 1 if grade_a > grade_b else -1
                    differences += [sign * (a - b), -sign * (a - b)]
                    labels += [1, 0]
    return np.array(differences), np.array(labels)


def fit(names) -> dict[str, float]:
    from sklearn.linear_model import LogisticRegression

    parts = [_pairs(name) for name in names]
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    model = LogisticRegression(C=1.0, fit_intercept=False, solver="lbfgs").fit(x, y)
    coefficients = np.clip(model.coef_[0], 0.0, None)
    return {name: round(float(c / coefficients.sum()), 3) for name, c in zip(SIGNALS, coefficients, strict=True)}


def ndcg(name: str, weights) -> float:
    technologies, needs, grades, _traps = evaluate.load(name)
    ranked = Engine(technologies, weights=weights).rank_many(needs, 10)
    rankings = {n.id: [s.technology_id for s in r] for n, r in zip(needs, ranked, strict=True)}
    return evaluate.metrics(rankings, grades, needs)["NDCG@10"]


CREDIT_GRID = {
    "SIBLING_CREDIT": (0.4, 0.6, 0.8),
    "PARENT_CREDIT": (0.15, 0.3),
    "BROAD_CREDIT": (0.3, 0.45, 0.6),
    "INTENT_CREDIT": (0.4, 0.6, 0.8, 1.0),
}


def credits() -> None:
    """For each set, the grid point of the hierarchy credits best on the other sets, scored on it."""
    import itertools

    sets, names = evaluate.SETS, list(CREDIT_GRID)
    saved = {name: getattr(engine_module, name) for name in names}
    table = {}
    try:
        for point in itertools.product(*CREDIT_GRID.values()):
            for name, value in zip(names, point, strict=True):
                setattr(engine_module, name, value)
            table[point] = {held: ndcg(held, DEFAULT_WEIGHTS) for held in sets}
    finally:
        for name, value in saved.items():
            setattr(engine_module, name, value)
    default = table[tuple(saved[name] for name in names)]
    print("| held-out set | credits chosen on the others | NDCG@10 default | NDCG@10 chosen |")
    print("|---|---|---|---|")
    for held in sets:
        best = max(table, key=lambda p: (sum(v for s, v in table[p].items() if s != held), p))
        shown = ", ".join(f"{n.split('_')[0].lower()} {v}" for n, v in zip(names, best, strict=True))
        print(f"| {held} | {shown} | {default[held]:.3f} | {table[best][held]:.3f} |")


def main(write: bool = False) -> None:
    sets = evaluate.SETS
    print("| held-out set | weights fitted on the others | NDCG@10 default | NDCG@10 learned |")
    print("|---|---|---|---|")
    for held in sets:
        learned = fit([s for s in sets if s != held])
        shown = ", ".join(f"{k} {v:.2f}" for k, v in learned.items())
        print(f"| {held} | {shown} | {ndcg(held, DEFAULT_WEIGHTS):.3f} | {ndcg(held, learned):.3f} |")
    if write:
        WEIGHTS_FILE.write_text(json.dumps(fit(sets), indent=1) + "\n")
        print(f"wrote {WEIGHTS_FILE}")


if __name__ == "__main__":
    if "--credits" in sys.argv[1:]:
        credits()
    else:
        main(write="--write" in sys.argv[1:])
