"""Independent check of the coverage the assistant answers from.

kb/couverture_fixture.csv holds 25 commune -> mission locale rows copied byte
for byte from the source repository of the UNML coverage file (source in
kb/README.md), while the coverage in kb/ comes from a page-by-page
transcription of the whole file: the two must agree on every row.
"""

import csv
from pathlib import Path

from core.knowledge_base import KnowledgeBase

FIXTURE = Path(__file__).resolve().parents[3] / "kb" / "couverture_fixture.csv"


def test_rule_agrees_with_real_catchment_rows():
    kb = KnowledgeBase.load()
    rows = list(csv.DictReader(FIXTURE.open(encoding="utf-8"), delimiter=";"))
    assert len(rows) == 25
    agree = sum(1 for r in rows if kb.structures_for_commune(r["Code INSEE"])[1][:1] == [r["Code ML"]])
    print(f"the knowledge base agrees with the coverage fixture on {agree}/{len(rows)} communes")
    assert agree == 25
