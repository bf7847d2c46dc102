"""A linear classifier of FAQ topics over character and word n-grams
(scikit-learn), and how its scores are combined with the ResponseSelector's
ranking. Plain Python, no Rasa import; the Rasa component is `faq_ensemble.py`.

Why: on both held-out sets, the ResponseSelector alone chose the right FAQ
answer 0.949 and 0.931 of the time; this classifier alone 0.953 and 0.953;
the average of the two 0.967 and 0.963 (docs/nlu-evaluation.md). Their
errors differ: the selector generalises over whole sentences, the linear
model keeps every character n-gram, which suits typos and SMS spelling.
"""

import unicodedata
from typing import Any, Dict, List, Sequence, Tuple

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

# Fixed before measuring, not tuned on the held-out sets: scikit-learn's
# default C, decision scores (about -1.5 to 1) spread by a softmax at 5,
# and an equal vote with the selector.
C = 1.0
SOFTMAX_SCALE = 5.0
LINEAR_WEIGHT = 0.5


def normalise(text: str) -> str:
    """Lower case without accents: users often write `ou` for `où`."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class FaqLinearModel:
    """TF-IDF of character (2-5, within words) and word (1-2) n-grams, linear SVM."""

    def __init__(self, texts: Sequence[str], keys: Sequence[str]) -> None:
        if len(set(keys)) < 2:
            raise ValueError("the FAQ classifier needs at least two topics")
        self._features = FeatureUnion([
            ("chars", TfidfVectorizer(preprocessor=normalise, analyzer="char_wb",
                                      ngram_range=(2, 5), sublinear_tf=True)),
            ("words", TfidfVectorizer(preprocessor=normalise, analyzer="word", ngram_range=(1, 2),
                                      sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")),
        ])
        self._svm = LinearSVC(C=C, random_state=0)
        self._svm.fit(self._features.fit_transform(list(texts)), list(keys))
        self.keys: List[str] = [str(k) for k in self._svm.classes_]

    def probabilities(self, texts: Sequence[str]) -> List[Dict[str, float]]:
        """For each text, a probability per topic key (softmax of the SVM scores)."""
        scores = self._svm.decision_function(self._features.transform(list(texts)))
        scores = np.atleast_2d(scores) * SOFTMAX_SCALE
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        probs = exp / exp.sum(axis=1, keepdims=True)
        return [dict(zip(self.keys, row.tolist())) for row in probs]


def combine(selector_ranking: List[Dict[str, Any]], linear: Dict[str, float],
            weight: float = LINEAR_WEIGHT) -> List[Tuple[str, float]]:
    """Weighted average of the selector's confidences (a topic it did not
    rank counts 0) and the linear model's; best first, ties by key."""
    selector = {
        str(entry.get("intent_response_key")): float(entry.get("confidence") or 0.0)
        for entry in selector_ranking if entry.get("intent_response_key")
    }
    keys = set(selector) | set(linear)
    combined = {k: (1 - weight) * selector.get(k, 0.0) + weight * linear.get(k, 0.0) for k in keys}
    return sorted(combined.items(), key=lambda kv: (-kv[1], kv[0]))
