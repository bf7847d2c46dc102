"""Leave-one-writer-out evaluation of the distress detection (patterns + classifier) on the
development examples (nlu_components/distress_examples/): each file is scored by a classifier
fitted on the other files and the project's NLU examples. Prints, for each margin, the share
of distress messages found, of those whose first number fits, and of false alarms.

    .venv/bin/python scripts/safety_cv.py [margin ...]

To decide whether to keep new development files (written blind, not yet in the folder):

    .venv/bin/python scripts/safety_cv.py --added new_file.yml ...

scores the committed files one at a time, with and without the new files in every training fold
(margin MARGIN), then the new files as a new writer would be scored by the detector as it is.

    .venv/bin/python scripts/safety_cv.py --misses

prints, leave-one-writer-out at MARGIN, each development message the detection gets wrong: a
danger missed or given a number that does not fit it first, and each false alarm (development
data only: never the blind sets of tests/safety/).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from core.knowledge_base import knowledge_base  # noqa: E402
from core.place_reading import read_place  # noqa: E402
from nlu_components import distress_classifier as dc  # noqa: E402
from nlu_components.distress_override import place_words  # noqa: E402

# Numbers each reply variation of utter_urgence gives first (domain.yml), and the numbers that
# fit each labelled situation (tests/e2e/test_safety.py, from faits.md).
LEAD = {
    "urgence_sante": {"15", "112", "3114"}, "suicide": {"3114", "15", "112"},
    "violences_sexuelles": {"17", "112", "3919", "119"}, "enfant_danger": {"119", "17", "112"},
    "violences_conjugales": {"3919", "17", "112"}, "violences_famille": {"119", "3919", "17", "112"},
    "violences": {"17", "112", "3919", "119"}, "harcelement": {"3018", "17", "112"},
    "sans_abri": {"115"}, "danger_immediat": {"17", "112", "114"},
}
FITTING = {
    "suicide": {"3114"}, "sans_abri": {"115"}, "enfant_danger": {"119"}, "violences_conjugales": {"3919"},
    "harcelement": {"3018"}, "danger_immediat": {"17", "112"}, "urgence_sante": {"15", "112"},
    "violences_sexuelles": {"3919", "119", "17", "112"},
}


def main(margins):
    files = sorted(dc.EXAMPLES_DIR.glob("*.yml"))
    data = {f: yaml.safe_load(f.read_text(encoding="utf-8"))["messages"] for f in files}
    ordinary = [(t, dc.NONE) for t in dc.project_ordinary_examples()]
    results = {m: [0, 0, 0, 0, 0] for m in margins}
    for held in files:
        classifier = dc.DistressClassifier([p for f in files if f != held for p in _pairs(data[f])] + ordinary)
        for margin in margins:
            _score(classifier, data[held], results[margin], margin)
    for margin, (n, found, fitting, n_ord, alarms) in results.items():
        print(f"margin {margin:.2f}: distress found {found}/{n} ({found / n:.1%}), fitting number first "
              f"{fitting}/{n} ({fitting / n:.1%}); false alarms {alarms}/{n_ord} ({alarms / n_ord:.1%})")


def _detect(text: str, classifier, margin: float = dc.MARGIN):
    """The detection as the server makes it, with the words of the places the message names."""
    reading = read_place(knowledge_base(), text).to_data()
    return dc.detect(text, classifier, margin, place_words=place_words(reading), place_search=reading.get("search") is not None)


def _pairs(messages):
    return [(m["text"], (m["situations"] or [dc.NONE])[0]) for m in messages]


def _score(classifier, messages, counts, margin: float = dc.MARGIN) -> None:
    """Adds to counts: distress messages, found, with a fitting number first, ordinary, false alarms."""
    for message in messages:
        found = _detect(message["text"], classifier, margin)
        if message["situations"]:
            counts[0] += 1
            counts[1] += found is not None
            counts[2] += found is not None and any(LEAD[found] & FITTING[s] for s in message["situations"])
        else:
            counts[3] += 1
            counts[4] += found is not None


def compare(added):
    files = sorted(dc.EXAMPLES_DIR.glob("*.yml"))
    data = {f: yaml.safe_load(f.read_text(encoding="utf-8"))["messages"] for f in files + added}
    ordinary = [(t, dc.NONE) for t in dc.project_ordinary_examples()]
    for label, extra in (("without the added files", []), ("with the added files", added)):
        counts = [0, 0, 0, 0, 0]
        for held in files:
            train = [p for f in files + extra if f != held for p in _pairs(data[f])]
            _score(dc.DistressClassifier(train + ordinary), data[held], counts)
        print(f"{label}: fitting number first {counts[2]}/{counts[0]}, false alarms {counts[4]}/{counts[3]}",
              flush=True)
    now = dc.DistressClassifier([p for f in files for p in _pairs(data[f])] + ordinary)
    for f in added:
        counts = [0, 0, 0, 0, 0]
        _score(now, data[f], counts)
        print(f"{f.name} scored by the detector as it is: fitting number first {counts[2]}/{counts[0]}, "
              f"false alarms {counts[4]}/{counts[3]}")


def misses() -> None:
    files = sorted(dc.EXAMPLES_DIR.glob("*.yml"))
    data = {f: yaml.safe_load(f.read_text(encoding="utf-8"))["messages"] for f in files}
    ordinary = [(t, dc.NONE) for t in dc.project_ordinary_examples()]
    for held in files:
        classifier = dc.DistressClassifier([p for f in files if f != held for p in _pairs(data[f])] + ordinary)
        for message in data[held]:
            found = _detect(message["text"], classifier)
            wanted = message["situations"]
            if wanted and (found is None or not any(LEAD[found] & FITTING[s] for s in wanted)):
                print(f"MISSED  {held.stem}: {wanted} -> {found}: {message['text']!r}")
            elif not wanted and found is not None:
                print(f"ALARM   {held.stem}: -> {found}: {message['text']!r}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--misses"]:
        misses()
    elif sys.argv[1:2] == ["--added"]:
        compare([Path(a) for a in sys.argv[2:]])
    else:
        main([float(a) for a in sys.argv[1:]] or [0.0, 0.1, 0.2, 0.4])
