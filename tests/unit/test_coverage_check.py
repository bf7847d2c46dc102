"""Independent check of the seat-based rule against real catchment data.

kb/couverture_fixture.csv holds 25 commune -> mission locale rows of the
UNML coverage file (source in kb/README.md). The rule (seat in the commune,
else EPT/EPCI, else arrondissement, else department) is a heuristic; this
test reports how often its first structure is the real one, and fails if it
drops below the 25/25 measured when the rule was written.
"""

import csv
from pathlib import Path

from core.knowledge_base import KnowledgeBase

FIXTURE = Path(__file__).resolve().parents[2] / "kb" / "couverture_fixture.csv"


def test_rule_agrees_with_real_catchment_rows():
    kb = KnowledgeBase.load()
    rows = list(csv.DictReader(FIXTURE.open(encoding="utf-8"), delimiter=";"))
    assert len(rows) == 25
    agree = sum(1 for r in rows if kb.structures_for_commune(r["Code INSEE"])[1][:1] == [r["Code ML"]])
    print(f"seat rule agrees with the coverage fixture on {agree}/{len(rows)} communes")
    assert agree == 25
