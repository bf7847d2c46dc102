"""A linear text classifier over character and word n-grams (scikit-learn),
shared by the intent classifier and the distress classifier. Plain Python, no
Rasa import.

Why this model: it keeps every character n-gram, which suits typos and SMS
spelling; it fits in about a second on the project's examples and is
deterministic, so a decision never depends on a training run
(docs/nlu-evaluation.md).
"""

from typing import Callable, Dict, List, Optional, Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from core.text import lower_without_accents

# scikit-learn's default C; decision scores (about -1.5 to 1) are spread by a
# softmax at this scale to read as probabilities. Fixed before measuring.
C = 1.0
SOFTMAX_SCALE = 5.0


class LinearTextModel:
    """TF-IDF of character (2-5, within words) and word (1-2) n-grams, linear SVM."""

    def __init__(self, texts: Sequence[str], labels: Sequence[str],
                 preprocessor: Callable[[str], str] = lower_without_accents,
                 class_weight: Optional[str] = None) -> None:
        if len(set(labels)) < 2:
            raise ValueError("a classifier needs at least two labels")
        self._features = FeatureUnion([
            ("chars", TfidfVectorizer(preprocessor=preprocessor, analyzer="char_wb",
                                      ngram_range=(2, 5), sublinear_tf=True)),
            ("words", TfidfVectorizer(preprocessor=preprocessor, analyzer="word", ngram_range=(1, 2),
                                      sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")),
        ])
        self._svm = LinearSVC(C=C, class_weight=class_weight, random_state=0)
        self._svm.fit(self._features.fit_transform(list(texts)), list(labels))
        self.labels: List[str] = [str(k) for k in self._svm.classes_]

    def _decisions(self, texts: Sequence[str]) -> np.ndarray:
        return np.atleast_2d(self._svm.decision_function(self._features.transform(list(texts))))

    def scores(self, texts: Sequence[str]) -> List[Dict[str, float]]:
        """For each text, the SVM's decision score per label."""
        return [dict(zip(self.labels, row.tolist())) for row in self._decisions(texts)]

    def probabilities(self, texts: Sequence[str]) -> List[Dict[str, float]]:
        """For each text, a probability per label (softmax of the decision scores)."""
        raw = self._decisions(texts) * SOFTMAX_SCALE
        raw -= raw.max(axis=1, keepdims=True)
        exp = np.exp(raw)
        probs = exp / exp.sum(axis=1, keepdims=True)
        return [dict(zip(self.labels, row.tolist())) for row in probs]
