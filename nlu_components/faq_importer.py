"""Rasa training-data importer (config.yml, `importers:`): Rasa's own files, plus the FAQ topics
of the theme files `data/faq/<theme>.yml` (read by `core/faq_catalogue.py`).

- NLU data: each topic's examples, as `faq/<key>` (what a `- intent: faq/<key>` block gives);
- domain: each topic's answer, as the response `utter_faq_<key>`, which `utter_faq` sends
  when the FAQ selector (`faq_selector.py`) names it.

The answers are not named `utter_faq/<key>`: Rasa 3.6 folds responses named with a "/" into
the NLU training data, whose fingerprint then changes with every answer edit and retrains the
NLU. Here an answer edit changes only the domain, whose response texts core training ignores,
so the model is rebuilt from the cache in seconds (docs/nlu-evaluation.md). Rasa itself
ignores the theme files (they have no `nlu:` key).
"""

from pathlib import Path
from typing import Dict, List, Optional, Text, Union

from rasa.shared.core.domain import Domain
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.constants import RESPONSE
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.common import cached_method

from core.faq_catalogue import Topic, answer_response, domain_responses, load_topics

RETRIEVAL_INTENT = "faq"


class FaqImporter(RasaFileImporter):
    """RasaFileImporter + the FAQ theme files: the `faq/` folders of the training data paths
    (`data/faq/` for `rasa train --data data`, the default)."""

    def __init__(self, config_file: Optional[Text] = None, domain_path: Optional[Text] = None,
                 training_data_paths: Optional[Union[List[Text], Text]] = None) -> None:
        super().__init__(config_file, domain_path, training_data_paths)
        paths = [training_data_paths] if isinstance(training_data_paths, str) else (training_data_paths or [])
        self._faq_dirs = [Path(p) / "faq" for p in paths if (Path(p) / "faq").is_dir()]

    @cached_method
    def _topics(self) -> Dict[str, Topic]:
        topics: Dict[str, Topic] = {}
        for directory in self._faq_dirs:
            topics.update(load_topics(directory))
        return topics

    @cached_method
    def get_nlu_data(self, language: Optional[Text] = "en") -> TrainingData:
        examples = []
        for key, topic in self._topics().items():
            for text in topic.examples:
                example = Message.build(text=text, intent=f"{RETRIEVAL_INTENT}/{key}")
                # the response's name, not its text (which would tie the NLU to every answer edit);
                # without it Rasa warns once per example that the retrieval intent has no response
                example.set(RESPONSE, answer_response(key))
                examples.append(example)
        return super().get_nlu_data(language).merge(TrainingData(training_examples=examples))

    @cached_method
    def get_domain(self) -> Domain:
        answers = Domain.from_dict({"responses": domain_responses(self._topics())})
        return super().get_domain().merge(answers)
