"""The yardstick for the engine's speed: a straightforward scikit-learn TF-IDF brute-force ranking.

    python benchmarks/baseline_tfidf.py --technologies T.jsonl --needs N.jsonl --top K --out FILE

Reads the same files as ``python -m matchmaker.scoring``, fits TfidfVectorizer on name and
description, scores every need against every technology with one sparse product per batch,
keeps the top K by partial sort and writes the same line format (no reasons, no constraints).
"""

from __future__ import annotations

import argparse
import json

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

BATCH = 100


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--technologies", required=True)
    parser.add_argument("--needs", required=True)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    technologies = [json.loads(line) for line in open(args.technologies, encoding="utf-8") if line.strip()]
    needs = [json.loads(line) for line in open(args.needs, encoding="utf-8") if line.strip()]
    vectorizer = TfidfVectorizer(sublinear_tf=True)
    matrix = vectorizer.fit_transform(f"{t['name']} {t['description']}" for t in technologies).T.tocsr()
    queries = vectorizer.transform(f"{n['title']} {n['description']}" for n in needs)
    ids = np.array([t["id"] for t in technologies])
    with open(args.out, "w", encoding="utf-8") as out:
        for start in range(0, len(needs), BATCH):
            scores = (queries[start : start + BATCH] @ matrix).toarray()
            top = np.argpartition(-scores, min(args.top, scores.shape[1] - 1), axis=1)[:, : args.top]
            for row, need in enumerate(needs[start : start + BATCH]):
                best = top[row][np.argsort(-scores[row, top[row]], kind="stable")]
                matches = [{"technology_id": str(ids[i]), "score": round(float(scores[row, i]), 4)} for i in best]
                out.write(json.dumps({"need_id": need["id"], "matches": matches}) + "\n")


if __name__ == "__main__":
    main()
