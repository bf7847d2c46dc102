"""A linear text classifier over character and word n-grams (scikit-learn),
shared by the intent classifier and the distress classifier. Plain Python, no
Rasa import.

Why this model: it keeps every character n-gram, which suits typos and SMS
spelling; it fits in about a second on the project's examples and is
deterministic, so a decision never depends on a training run
(docs/nlu-evaluation.md).
"""

from typing import Callable, Dict, List, Optional, Sequence, Tuple

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
        # What the fast path below needs, read from the fitted vectorizers and SVM.
        self._analyzers = []
        offset = 0
        for _, vectorizer in self._features.transformer_list:
            self._analyzers.append((vectorizer.build_analyzer(), vectorizer.vocabulary_, vectorizer.idf_, offset))
            offset += len(vectorizer.vocabulary_)

    def _features_of(self, text: str) -> Tuple[np.ndarray, np.ndarray]:
        """The text's non-zero features (columns, weights), as the fitted FeatureUnion computes
        them: n-gram counts, sublinear tf (1 + log), times idf, L2-normalised per vectorizer."""
        columns, weights = [], []
        for analyze, vocabulary, idf, offset in self._analyzers:
            counts: Dict[int, int] = {}
            for gram in analyze(text):
                column = vocabulary.get(gram)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if not counts:
                continue
            found = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            weight = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[found]
            columns.append(found + offset)
            weights.append(weight / np.sqrt(np.dot(weight, weight)))
        if not columns:
            return np.empty(0, dtype=np.intp), np.empty(0)
        return np.concatenate(columns), np.concatenate(weights)

    def _decisions(self, texts: Sequence[str]) -> np.ndarray:
        """The SVM's decision scores, one row per text.

        scikit-learn's `transform` + `decision_function` cost about 3 ms per message in the Rasa
        server, mostly input checks and sparse-matrix building (scripts/profile_server.py); the
        same arithmetic on the message's few hundred non-zero features takes a tenth of that.
        tests/unit/nlu_components/test_linear_text.py checks that both give the same scores."""
        coef, intercept = self._svm.coef_, self._svm.intercept_
        if coef.shape[0] == 1:  # two labels: scikit-learn's one-column form
            return self.sklearn_decisions(texts)
        rows = []
        for text in texts:
            columns, weights = self._features_of(text)
            rows.append(coef[:, columns] @ weights + intercept)
        return np.array(rows).reshape(len(rows), coef.shape[0])

    def sklearn_decisions(self, texts: Sequence[str]) -> np.ndarray:
        """scikit-learn's own computation of `_decisions`, for the test that compares them."""
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
