"""A linear classifier of emergency situations (scikit-learn), the second half of the
distress detection. Plain Python, no Rasa import.

The patterns of `distress.py` are precise but cannot list every way of saying a danger;
this classifier generalises over character and word n-grams (typos, SMS spelling,
circumstances instead of keywords). It is fitted from committed example files: the labelled
distress examples and ordinary look-alikes in `nlu_components/distress_examples/`, and, as
ordinary messages, every training example of the project's other intents (`data/nlu/` and the
FAQ theme files `data/faq/`). Fitting is deterministic, so its decisions do not depend on the
Rasa model's training run.

Fitting takes about 12 s on the 33,600 examples, and every Rasa server start needs the
classifier: the fitted one is kept in the machine's cache folder (`core.project_files.cache_dir`),
under a key made of the examples, the code that reads them and the scikit-learn version, so a
server start with the same examples and code loads it instead (docs/benchmarks.md).
"""

import hashlib
import logging
import os
import pickle
import re
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import sklearn

from core.project_files import cache_dir, read_yaml, training_examples
from nlu_components.distress import (
    SITUATIONS,
    has_death_idiom,
    plain_text,
    said_in_earnest,
    told_as_over,
    told_from_elsewhere,
)
from nlu_components.distress import situation as pattern_situation
from nlu_components.linear_text import LinearTextModel

logger = logging.getLogger(__name__)

NONE = "aucune"
EXAMPLES_DIR = Path(__file__).resolve().parent / "distress_examples"
# Intents whose examples are not used as ordinary messages: distress itself.
DISTRESS_INTENT = "urgence"

# Fixed from cross-validation on the development examples (docs/nlu-evaluation.md,
# "Safety"): a situation is retained when its SVM score beats "none" by this margin.
MARGIN = 0.1
# A pattern's finding in a message that places the danger elsewhere stands when the classifier's
# best situation comes this close to "none" (negative: short of beating it).
ELSEWHERE_MARGIN = -0.5
# A pattern's finding stands unless the classifier sees no danger at all, its best situation this far short of "none".
# The patterns are written from the development examples and catch some ordinary messages written apart from them
# ("ma mère va me tuer 😩" over a failed exam; a past dealt with; a workshop on harassment). Chosen on cross-validation
# (eight folds of the development files grouped by writer, 2026-12-05, twenty-fifth session): -2.0 removes 7 of 90 false
# alarms and misses no danger more; -1.5 would remove 11 and miss one ("violences conjugales que faire", at -1.56).
VETO_MARGIN = -2.0
# A message made only of these words is nothing the classifier can read ("moi@" answering the
# call-back form's question was read as "aide-moi")
FUNCTION_WORDS = set("""moi toi lui elle nous vous eux je j tu il on me te se ok oui non ouais bah ben euh hein
    merci svp stp la le les l un une de des du et ou mais donc ca c est ce cela voila bon ah oh
    pas tout sur sure pardon dire voulais desole desolee exact exactement vrai d accord dac peut etre
    a au aux en dans vers pres cote jsuis jsui suis sui habite jhabite vis vit reste
    ai jai g ans an age demi""".split())  # an age alone, answering the call-back form ("j'ai 14 ans"; twenty-third session)

# A joke told with laughter ("ma mère va me tuer mdr", "je suis dead 💀", "je l'étrangle 😄", dev o49): the classifier alone
# needs this much more margin to call it a danger (the patterns still decide as usual).
HUMOUR = re.compile(r"\b(mdr+|ptdr+|lol+|xptdr|haha\w*|hihi\w*|ahah\w*|xd)\b|[\U0001F602\U0001F923\U0001F480\U0001F644\U0001F605\U0001F606\U0001F60F\U0001F61C\U0001F61D\U0001F92A\U0001F600\U0001F601\U0001F603\U0001F604\U0001F639]",
                    re.IGNORECASE)
# Chosen on cross-validation (scripts/safety_cv.py, 2026-12-01): 0.3 removes 5 of 85 false alarms
# and misses no danger more; 0.6 would remove 8 and miss one.
HUMOUR_MARGIN = 0.3
# A message of SHORT_WORDS words or fewer that no pattern reads gives the classifier few n-grams ("je
# suis claqué", "rien de tout ça"): it needs this much more margin. A difficulty said to be over ("c'est
# du passé", "l'affaire est jugée": `distress.told_as_over`) keeps a pattern's finding only when the
# classifier sees a danger by OVER_MARGIN. Both chosen on cross-validation (scripts/safety_cv.py,
# 2026-12-02, 42 files): 72 -> 68 -> 57 false alarms, no danger missed more (0.7 for short messages, or
# counting 5 words, would miss one).
SHORT_WORDS = 4
SHORT_MARGIN = 0.5
OVER_MARGIN = 0.5
# A message the place reading takes for a search for a town (where someone lives, "jsuis posé a
# Sarcelles wesh, mon daron il est sur Paris…" had got the 115) that no pattern reads: this much more
# margin. Cross-validation (42 files): 58 -> 57 false alarms, no danger missed more (1.0 would miss two).
PLACE_SEARCH_MARGIN = 0.5


def labelled_examples(directory: Path = EXAMPLES_DIR) -> List[Tuple[str, str]]:
    """(text, situation or NONE) from the example files: each distress message is labelled
    with its main situation."""
    pairs: List[Tuple[str, str]] = []
    for path in sorted(directory.glob("*.yml")):
        for message in read_yaml(path)["messages"]:
            found = message.get("situations") or []
            pairs.append((str(message["text"]), found[0] if found else NONE))
    return pairs


def project_ordinary_examples() -> List[str]:
    """Every NLU training example of the project's intents other than distress."""
    return [text for intent, texts in training_examples().items()
            if intent != DISTRESS_INTENT for text in texts]


class DistressClassifier:
    """The linear text model (`linear_text.py`) with one class per situation plus NONE,
    classes balanced (distress examples are fewer than ordinary ones)."""

    def __init__(self, pairs: Iterable[Tuple[str, str]]) -> None:
        texts, labels = zip(*pairs)
        self._model = LinearTextModel(texts, labels, preprocessor=plain_text, class_weight="balanced")
        self.classes: List[str] = self._model.labels

    @classmethod
    def from_project(cls) -> "DistressClassifier":
        """The classifier of the project's examples, from the cache when it was fitted on the same examples by the same
        code (`fitting_key`), else fitted and kept there."""
        pairs = labelled_examples() + [(t, NONE) for t in project_ordinary_examples()]
        path = cache_dir() / f"distress-classifier-{fitting_key(pairs)}.pickle"
        try:
            with path.open("rb") as file:
                cached = pickle.load(file)
            if isinstance(cached, cls):
                return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # not kept yet, or unreadable: fitted again
        classifier = cls(pairs)
        try:
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            with partial.open("wb") as file:
                pickle.dump(classifier, file, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(path)  # (atomic: replicas starting together never read half a file)
            for old in path.parent.glob("distress-classifier-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            logger.warning("the fitted distress classifier could not be kept in %s", path.parent)
        return classifier

    def scores(self, texts: Sequence[str]) -> List[Dict[str, float]]:
        return self._model.scores(texts)

    def lead(self, text: str) -> Tuple[str, float]:
        """The situation the classifier finds likeliest, and by how much its score beats "none" (negative: falls short)."""
        score = self.scores([text])[0]
        best = max((s for s in SITUATIONS if s in score), key=lambda s: score[s])
        return best, score[best] - score[NONE]

    def situation(self, text: str, margin: float = MARGIN) -> Optional[str]:
        """The situation the classifier sees, or None when "none" wins (by less than margin)."""
        best, lead = self.lead(text)
        return best if lead > margin else None


# The code a fitted classifier depends on: the text model, the text's normal form (`distress.plain_text`), this file
_FITTING_CODE = [Path(__file__), Path(__file__).with_name("linear_text.py"), Path(__file__).with_name("distress.py")]


def fitting_key(pairs: Sequence[Tuple[str, str]]) -> str:
    """A digest of what a fitted classifier depends on: its examples and labels, the code that fits it, scikit-learn's
    version."""
    digest = hashlib.sha256(sklearn.__version__.encode())
    for path in _FITTING_CODE:
        digest.update(path.read_bytes())
    for text, label in pairs:
        digest.update(f"{label}\x1f{text}\x1e".encode("utf-8"))
    return digest.hexdigest()[:24]


def detect(text: str, classifier: "DistressClassifier", margin: float = MARGIN,
           place_words: Sequence[str] = (), place_search: bool = False) -> Optional[str]:
    """The emergency situation of a message, or None: the patterns first, then the classifier; a
    pattern's finding in a message that places the danger elsewhere (a book, the news, the past,
    a job: `distress.told_from_elsewhere`) stands only if the classifier sees a danger too, and any
    pattern's finding falls when the classifier is far from seeing one (VETO_MARGIN).
    `place_words`: the words of the places the message names (the knowledge base's reading), which
    say nothing of a danger: a message of those and function words is no distress for the
    classifier ("jsuis sur douai", answering "Dans quelle commune habitez-vous ?"); `place_search`: the
    place reading takes the message for a search for a town (PLACE_SEARCH_MARGIN)."""
    found = pattern_situation(text)
    if found is not None:
        _, lead = classifier.lead(text)  # (scored once for the three checks)
        if told_as_over(text) and lead <= OVER_MARGIN:
            return None  # "mon ex me frappait, il a été condamné, tout ça c'est derrière moi"
        # a laugh asks the same ("mon banquier va me tuer 😂", "ma sœur va m'étrangler hahaha")
        laughed = HUMOUR.search(text) and not said_in_earnest(text)
        if (told_from_elsewhere(text) or laughed) and lead <= ELSEWHERE_MARGIN:
            return None
        if lead <= VETO_MARGIN:
            return None  # "j'ai raté mes partiels, ma mère va me tuer 😩 je peux me réorienter en janvier ?"
        return found
    plain = plain_text(text)
    if not [w for w in re.findall(r"[^\W\d_]+", plain) if w not in FUNCTION_WORDS and w not in place_words]:
        # "moi@", "ok", "jsuis sur douai": nothing for n-grams to read ("dehors", "secours" are); words of any
        # script count ("صاحبي طاح وما بقاش كيتنفس", darija in Arabic letters, had been passed over; dev d44)
        return None
    # a laugh, an everyday idiom of death ("mourir de honte") or words placing the danger elsewhere
    # than in someone's present ask the classifier for more
    laughed, idiom = bool(HUMOUR.search(text)), has_death_idiom(text)
    light = laughed or idiom or told_from_elsewhere(text)
    # a laugh and an idiom of death together ask twice as much ("jveux mourir de honte g coupé la frange de ma sœur trop court
    # 😭😂"; thirty-eighth session, dev o272)
    lightness = HUMOUR_MARGIN * (light + (laughed and idiom))
    short = len(plain.split()) <= SHORT_WORDS
    best, lead = classifier.lead(text)
    needed = margin + lightness + (SHORT_MARGIN if short else 0.0) + (PLACE_SEARCH_MARGIN if place_search else 0.0)
    return best if lead > needed else None
