"""The outside held-out set (tests/nlu_outside/, README there: 384 questions written from outside
the project) through the shared servers, scored as the user sees the reply by
scripts/score_as_user.py's classification: at least 95 % of the questions must get their right
answer straight away (issue 11). Counts only: the set's individual errors are not read.

These servers keep Rasa's HTTP API off, as in production, so the actions a conversation ran cannot
be read: a place search by mistake counts here as "other". Both are misses either way;
`scripts/score_as_user.py tests/nlu_outside/*.yml` starts its own servers with the API on to tell
them apart.
"""

import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from score_as_user import load_cases, report, score  # noqa: E402

from core.faq_catalogue import TOPICS  # noqa: E402

MIN_DIRECT = 0.95
SETS = sorted((ROOT / "tests" / "nlu_outside").glob("*.yml"))


def test_the_outside_set_is_whole():
    cases = load_cases(SETS)
    assert len(SETS) == 4 and len(cases) == 384
    assert {topic for topic, _ in cases} <= set(TOPICS)


def test_outside_questions_get_their_answer_directly(chat):
    results = score(load_cases(SETS), lambda text: (chat.send(text, f"outside-{uuid.uuid4().hex[:10]}"), []))
    direct = report(results, "tests/nlu_outside/")
    assert direct >= MIN_DIRECT, f"{direct:.1%} direct right answers"
