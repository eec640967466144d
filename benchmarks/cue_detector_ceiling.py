"""Is the attribution-cue detector limited by its classifier or by its features?

    PYTHONPATH=src .venv/bin/python benchmarks/cue_detector_ceiling.py [--fold 0]

On the non-final PolNeAR documents (the final part is never read), with one cross-validation
fold held out, it fits the shipped logistic regression and a LightGBM model on the same binary
features, and prints each one's average precision over candidate tokens, the blend of both,
and how many gold cue heads have a lemma never seen heading a cue in training (the only
tokens the shipped detector cannot score at all). If a non-linear model on the same features
gains nothing, more rules or interactions will not either: the missing information is context
the small parser does not carry.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import numpy as np

from newsaudit.evaluation.quotes import DEFAULT_CACHE, load_records, parsed_documents
from newsaudit.evaluation.splits import bucket_of
from newsaudit.training.quote_cues import training_rows

DATA = Path(__file__).resolve().parents[1].parent / "shared/data/quotes/polnear_dev.jsonl"


def main() -> None:
    import lightgbm as lgb
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fold", type=int, default=0)
    fold = parser.parse_args().fold
    records = load_records(DATA, "nonfinal")
    examples = [
        (str(r["doc_id"]), d, r["attributions"])
        for r, d in parsed_documents(records, DEFAULT_CACHE)
    ]
    train_rows, train_y = training_rows((d, g) for i, d, g in examples if bucket_of(i) != fold)
    test_rows, test_y = training_rows((d, g) for i, d, g in examples if bucket_of(i) == fold)
    counts = Counter(f for row in train_rows for f in set(row))
    vectorizer = DictVectorizer()
    x_train = vectorizer.fit_transform([{f: 1 for f in r if counts[f] >= 2} for r in train_rows])
    x_test = vectorizer.transform([dict.fromkeys(r, 1) for r in test_rows])
    cue_lemmas = {r[0] for r, y in zip(train_rows, train_y, strict=True) if y}
    seen = np.array([r[0] in cue_lemmas for r in test_rows])
    gold = np.array(test_y)
    print(
        f"fold {fold}: {len(train_rows)} training tokens; {int(gold.sum())} gold cue heads held "
        f"out, {int((gold & ~seen).sum())} with a lemma never seen heading a cue"
    )
    started = time.time()
    linear = LogisticRegression(C=0.5, max_iter=2000).fit(x_train, train_y)
    p_linear = linear.predict_proba(x_test)[:, 1] * seen
    print(
        f"logistic regression (shipped): AP {average_precision_score(gold, p_linear):.4f}"
        f" ({time.time() - started:.0f} s)"
    )
    for leaves, trees in ((31, 400), (63, 800)):
        started = time.time()
        boosted = lgb.LGBMClassifier(
            n_estimators=trees,
            learning_rate=0.05,
            num_leaves=leaves,
            min_child_samples=10,
            colsample_bytree=0.5,
            subsample=0.8,
            subsample_freq=1,
            verbose=-1,
            n_jobs=2,
        ).fit(x_train.astype(np.float32), train_y)
        p_boosted = boosted.predict_proba(x_test.astype(np.float32))[:, 1] * seen
        print(
            f"LightGBM {leaves} leaves, {trees} trees: AP "
            f"{average_precision_score(gold, p_boosted):.4f}, blend with the regression "
            f"{average_precision_score(gold, (p_boosted + p_linear) / 2):.4f}"
            f" ({time.time() - started:.0f} s)"
        )


if __name__ == "__main__":
    main()
