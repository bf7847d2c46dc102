"""The FAQ topics, read from their one home: the theme files `data/faq/<theme>.yml`, which staff
edit (docs/guide-equipe.md). Plain Python, no Rasa import: the NLU's training-data importer
(`nlu_components/faq_importer.py`), the actions, the scripts and the tests all read it.

Each topic has a key and, in its theme file:
- `label`: what a button shows when the assistant offers the topic;
- `question`: the button's payload, a plain French question the model is trained on, so that a
  button works on every channel (a text-only channel can send the same words);
- `answer`: the reply, at most ANSWER_MAX_CHARS characters;
- `related` (optional): topics offered as buttons under the answer (or FIND_MY_MISSION_LOCALE, CALL_BACK);
- `source`: where the answer's facts come from (docs/sources.md);
- `examples`: at least MIN_EXAMPLES questions people ask, the model's training examples.

Rasa ignores these files (they have no `nlu:` key); the importer gives their examples to the
NLU (`faq/<key>`) and their answers to the domain as the responses `utter_faq_<key>` (not
`utter_faq/<key>`: Rasa folds responses named with a "/" into the NLU training data, so an
answer edit would retrain the NLU; see docs/nlu-evaluation.md).
"""

from pathlib import Path
from typing import Dict, Iterable, List, NamedTuple, Optional, Tuple

import yaml

from core.project_files import read_yaml

FAQ_DIR = Path(__file__).resolve().parent.parent / "data" / "faq"
ANSWER_MAX_CHARS = 500
MIN_EXAMPLES = 25
# A `related` entry that is not a topic: the place search.
FIND_MY_MISSION_LOCALE = "trouver_ma_mission_locale"
FIND_MY_MISSION_LOCALE_BUTTON = {"title": "Trouver ma mission locale", "payload": "je cherche ma mission locale"}
# A `related` entry that is not a topic: the call-back request (actions/callback.py).
CALL_BACK = "etre_rappele"
CALL_BACK_BUTTON = {"title": "Être rappelé par un conseiller", "payload": "je voudrais être rappelé par un conseiller"}
SPECIAL_BUTTONS = {FIND_MY_MISSION_LOCALE: FIND_MY_MISSION_LOCALE_BUTTON, CALL_BACK: CALL_BACK_BUTTON}
FIELDS = ("label", "question", "answer", "source", "examples")


class Topic(NamedTuple):
    label: str
    question: str
    theme: str
    answer: str = ""
    related: Tuple[str, ...] = ()
    source: str = ""
    examples: Tuple[str, ...] = ()


def answer_response(key: str) -> str:
    """The domain response holding a topic's answer (what `utter_faq` sends for it)."""
    return f"utter_faq_{key}"


def load_catalogue(directory: Path = FAQ_DIR) -> Tuple[Dict[str, Topic], Dict[str, str]]:
    """One reading of the theme files: every topic, in file order, and every theme's French title
    (its `title`, the heading of the FAQ page; the theme key when missing). Raises ValueError
    naming the file and the topic when a file is not in the expected shape (see `problems` for
    the full check)."""
    topics: Dict[str, Topic] = {}
    themes: Dict[str, str] = {}
    for path in sorted(directory.glob("*.yml")):
        data = read_yaml(path) or {}
        theme = str(data.get("theme") or path.stem)
        themes[theme] = str(data.get("title") or theme)
        for key, fields in (data.get("topics") or {}).items():
            if not isinstance(fields, dict):
                raise ValueError(f"{path.name}: le sujet « {key} » n'a pas la forme attendue")
            topics[str(key)] = Topic(
                label=str(fields.get("label") or ""),
                question=str(fields.get("question") or ""),
                theme=theme,
                answer=str(fields.get("answer") or "").strip(),
                related=tuple(str(k) for k in fields.get("related") or ()),
                source=str(fields.get("source") or ""),
                examples=tuple(str(e) for e in fields.get("examples") or ()),
            )
    return topics, themes


def load_topics(directory: Path = FAQ_DIR) -> Dict[str, Topic]:
    """Every topic of every theme file, in file order (see `load_catalogue`)."""
    return load_catalogue(directory)[0]


def load_themes(directory: Path = FAQ_DIR) -> Dict[str, str]:
    """Every theme's French title, by theme key, in file order (see `load_catalogue`)."""
    return load_catalogue(directory)[1]


TOPICS: Dict[str, Topic] = load_topics()


def topic_buttons(keys: Iterable[str], topics: Optional[Dict[str, Topic]] = None) -> List[Dict[str, str]]:
    """A button per topic key (its label; its question as payload, which works on every channel);
    FIND_MY_MISSION_LOCALE is the place search's button; unknown keys are left out."""
    topics = TOPICS if topics is None else topics
    buttons = []
    for key in keys:
        if key in SPECIAL_BUTTONS:
            buttons.append(dict(SPECIAL_BUTTONS[key]))
        elif key in topics:
            buttons.append({"title": topics[key].label, "payload": topics[key].question})
    return buttons


def answer_buttons(topic: Topic, topics: Optional[Dict[str, Topic]] = None) -> List[Dict[str, str]]:
    """The buttons under a topic's answer: its related topics."""
    return topic_buttons(topic.related, topics)


def domain_responses(topics: Optional[Dict[str, Topic]] = None) -> Dict[str, List[Dict[str, object]]]:
    """The answers as Rasa domain responses: `utter_faq_<key>` -> one text, with its buttons."""
    topics = TOPICS if topics is None else topics
    responses: Dict[str, List[Dict[str, object]]] = {}
    for key, topic in topics.items():
        response: Dict[str, object] = {"text": topic.answer}
        buttons = answer_buttons(topic, topics)
        if buttons:
            response["buttons"] = buttons
        responses[answer_response(key)] = [response]
    return responses


def _line_of(lines: List[str], needle: str, start: int = 0) -> int:
    """The line number (from 1) of the first line at or after `start` that holds `needle`."""
    for number in range(start, len(lines)):
        if needle in lines[number]:
            return number + 1
    return start + 1


def problems(directory: Path = FAQ_DIR) -> List[str]:
    """Everything wrong in the theme files, each in French with the file, the line and the fix."""
    found: List[str] = []
    owner: Dict[str, Tuple[str, str]] = {}  # example (lower case) -> (topic, file)
    keys: Dict[str, str] = {}
    for path in sorted(directory.glob("*.yml")):
        try:
            data = read_yaml(path) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark else 1
            found.append(f"{path.name}, ligne {line} : le fichier n'est pas lisible ({getattr(error, 'problem', error)}). "
                         "Vérifiez l'indentation et les guillemets autour du texte.")
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        if not data.get("title"):
            found.append(f"{path.name}, ligne 1 : il manque « title », le titre du thème sur la page des questions "
                         "fréquentes. Ajoutez par exemple : title: \"Les dispositifs\"")
        for key, fields in (data.get("topics") or {}).items():
            topic_line = _line_of(lines, f"  {key}:")
            where = f"{path.name}, ligne {topic_line}, sujet « {key} »"
            if key in keys:
                found.append(f"{where} : ce nom de sujet existe déjà dans {keys[key]}. Donnez-lui un autre nom.")
            keys[key] = path.name
            if not isinstance(fields, dict):
                found.append(f"{where} : le sujet doit contenir label, question, answer, source et examples.")
                continue
            for field in FIELDS:
                if not fields.get(field):
                    found.append(f"{where} : il manque « {field} ». Ajoutez-le (voir docs/guide-equipe.md).")
            answer = str(fields.get("answer") or "")
            if len(answer) > ANSWER_MAX_CHARS:
                found.append(f"{where} : la réponse fait {len(answer)} caractères, {ANSWER_MAX_CHARS} au plus. "
                             "Raccourcissez-la (elle doit tenir sur un écran de téléphone).")
            examples = [str(e) for e in fields.get("examples") or []]
            if fields.get("examples") and len(examples) < MIN_EXAMPLES:
                found.append(f"{where} : {len(examples)} exemples de questions, {MIN_EXAMPLES} au moins. "
                             "Ajoutez des façons variées de poser la question.")
            for example in examples:
                other = owner.setdefault(example.strip().lower(), (str(key), path.name))
                if other[0] != key:
                    line = _line_of(lines, example, topic_line - 1)
                    found.append(f"{path.name}, ligne {line} : l'exemple « {example} » est aussi dans le sujet "
                                 f"« {other[0]} » ({other[1]}). Gardez-le dans un seul sujet.")
    try:
        topics = load_topics(directory)
    except (ValueError, yaml.YAMLError):  # already reported above
        topics = {}
    for key, topic in topics.items():
        for related in topic.related:
            if related not in SPECIAL_BUTTONS and related not in topics:
                found.append(f"{keys[key]}, sujet « {key} » : « related » cite « {related} », qui n'est pas un sujet. "
                             "Corrigez le nom ou retirez-le.")
    return found


if __name__ == "__main__":
    import sys

    issues = problems()
    for issue in issues:
        print(issue)
    print(f"{len(TOPICS)} sujets, {len(issues)} problème(s).")
    sys.exit(1 if issues else 0)
