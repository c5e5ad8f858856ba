"""Fit the check-worthiness model shipped in ``src/newsparse/data/checkworthy_weights.json``.

Development-time only (needs numpy, scipy and scikit-learn; the runtime is pure Python):

    .venv/bin/python scripts/train_checkworthy.py \
        --train /work/shared/eval/checkworthy-train.jsonl \
        --dev /work/shared/eval/checkworthy-dev.jsonl

Features are exactly the runtime's (:func:`newsparse.checkworthy.ngrams`, hashed into
``--buckets`` buckets, and :func:`newsparse.checkworthy.dense_features`). The model is an
L2 logistic regression with balanced class weights; ``C`` is chosen by 5-fold
cross-validated F1, then the bias is shifted so that 0.5 is the out-of-fold F1-optimal
threshold. The labelled data are CheckThat! 2024 task 1 (English) sentences; only the
learnt weights are shipped, never the sentences.
"""

from __future__ import annotations

import argparse
import base64
import json
from pathlib import Path

import numpy as np
from scipy import sparse  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from sklearn.model_selection import StratifiedKFold  # type: ignore[import-untyped]

from newsparse.checkworthy import DENSE_FEATURES, Model, bucket, dense_features, ngrams

OUT = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "newsparse"
    / "data"
    / "checkworthy_weights.json"
)


def load(path: str) -> tuple[list[str], np.ndarray]:
    texts, labels = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                texts.append(row["text"])
                labels.append(int(bool(row["label"])))
    return texts, np.array(labels)


def featurise(texts: list[str], buckets: int) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        for gram in ngrams(text):
            rows.append(i)
            cols.append(bucket(gram, buckets))
            vals.append(1.0)
        dense = dense_features(text)
        for j, name in enumerate(DENSE_FEATURES):
            if dense[name]:
                rows.append(i)
                cols.append(buckets + j)
                vals.append(dense[name])
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), buckets + len(DENSE_FEATURES)))
    m.sum_duplicates()
    m.data = np.minimum(m.data, 1.0)  # binary presence
    return m


def f1(y: np.ndarray, p: np.ndarray) -> float:
    tp = int(((p == 1) & (y == 1)).sum())
    n_pred, n_gold = int(p.sum()), int(y.sum())
    if not tp:
        return 0.0
    prec, rec = tp / n_pred, tp / n_gold
    return 2 * prec * rec / (prec + rec)


def fit(x: sparse.csr_matrix, y: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear")
    model.fit(x, y)
    return model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev")
    ap.add_argument("--buckets", type=int, default=2**14)
    ap.add_argument("--grid", default="0.05,0.1,0.2,0.5")
    args = ap.parse_args()

    texts, y = load(args.train)
    x = featurise(texts, args.buckets)
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(x, y))
    best: tuple[float, float, np.ndarray] | None = None
    for c in (float(v) for v in args.grid.split(",")):
        oof = np.zeros(len(y))
        for tr, te in folds:
            oof[te] = fit(x[tr], y[tr], c).decision_function(x[te])
        score = f1(y, (oof >= 0).astype(int))
        print(f"C={c}: cross-validated F1 at 0.5 = {score:.4f}")
        if best is None or score > best[0]:
            best = (score, c, oof)
    assert best is not None
    _, c, oof = best
    shifts = np.linspace(-1.5, 1.5, 61)
    scores = [f1(y, (oof >= s).astype(int)) for s in shifts]
    shift = float(shifts[int(np.argmax(scores))])
    print(f"chosen C={c}, bias shift {-shift:+.3f}: cross-validated F1 = {max(scores):.4f}")

    model = fit(x, y, c)
    coef = model.coef_[0]
    hashed = coef[: args.buckets]
    scale = float(np.abs(hashed).max()) / 127 or 1.0
    quant = np.clip(np.round(hashed / scale), -127, 127).astype(np.int8)
    data = {
        "about": "check-worthiness logistic model; trained by scripts/train_checkworthy.py on "
        "CheckThat! 2024 task 1 English train sentences (weights only)",
        "buckets": args.buckets,
        "bias": round(float(model.intercept_[0]) - shift, 5),
        "scale": scale,
        "dense": {
            n: round(float(w), 5) for n, w in zip(DENSE_FEATURES, coef[args.buckets :], strict=True)
        },
        "hashed": base64.b64encode(quant.tobytes()).decode("ascii"),
    }
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")

    shipped = Model.from_json(data)
    pred = np.array([shipped.score(t).value >= 0.5 for t in texts], dtype=int)
    print(f"train F1 of the shipped (quantised) model = {f1(y, pred):.4f}")
    if args.dev:
        dev_texts, dev_y = load(args.dev)
        pred = np.array([shipped.score(t).value >= 0.5 for t in dev_texts], dtype=int)
        print(f"dev F1 of the shipped model, sentence by sentence = {f1(dev_y, pred):.4f}")


if __name__ == "__main__":
    main()
