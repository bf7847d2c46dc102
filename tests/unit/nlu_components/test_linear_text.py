"""The linear text model's fast scoring gives scikit-learn's scores, so the intent and the distress
decisions are the same as with scikit-learn's own transform, on the project's models."""

import numpy as np
import pytest

from core.project_files import training_examples
from nlu_components.distress_classifier import DistressClassifier
from nlu_components.linear_text import LinearTextModel

ODD = ["", "   ", "😀😀😀", "<script>alert(1)</script>", "A" * 3000, "جوعان ما عندي وين نبات",
       "jpp la jsui a la rue ce soir", "MISSION LOCALE DE STRASBOURG!!!", "12345", "zzkqx qqqwwx"]


@pytest.fixture(scope="module")
def messages():
    examples = [text for texts in training_examples().values() for text in texts]
    return examples[::7] + ODD


def test_intent_model_scores_equal_scikit_learn(messages):
    examples = [(text, intent) for intent, texts in training_examples().items() for text in texts]
    model = LinearTextModel([t for t, _ in examples], [label for _, label in examples])
    np.testing.assert_allclose(model._decisions(messages), model.sklearn_decisions(messages), rtol=0, atol=1e-9)


def test_distress_model_scores_equal_scikit_learn(messages):
    model = DistressClassifier.from_project()._model
    np.testing.assert_allclose(model._decisions(messages), model.sklearn_decisions(messages), rtol=0, atol=1e-9)

