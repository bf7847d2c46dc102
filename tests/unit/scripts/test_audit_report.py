"""The dependency-audit verdict (scripts/audit_report.py) on pip-audit JSON reports
written by hand in pip-audit's format."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("audit_report", ROOT / "scripts" / "audit_report.py")
audit_report = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit_report)

REPORT = {
    "dependencies": [
        {"name": "aiohttp", "version": "3.9.5", "vulns": [
            {"id": "PYSEC-2022-43059", "aliases": ["CVE-2022-33124"], "fix_versions": []},
            {"id": "GHSA-xxxx-yyyy-zzzz", "aliases": ["CVE-2099-0001"], "fix_versions": ["3.99.0"]},
        ]},
        {"name": "redis", "version": "4.6.0", "vulns": [
            {"id": "GHSA-aaaa-bbbb-cccc", "aliases": ["PYSEC-2023-73"], "fix_versions": []}]},
        {"name": "sanic", "version": "21.12.2", "vulns": []},
        {"name": "wheel", "skip_reason": "Dependency not found on PyPI and could not be audited"},
    ]
}


def test_the_committed_allow_list_is_read():
    assert {"PYSEC-2022-43059", "PYSEC-2023-73"} <= audit_report.allowed_ids()


def test_allowed_ids_and_aliases_are_accepted_and_others_flagged():
    result = audit_report.judge(REPORT, {"PYSEC-2022-43059", "PYSEC-2023-73"})
    assert len(result["accepted"]) == 2  # one by its ID, one by its alias
    assert len(result["unexpected"]) == 1 and "GHSA-xxxx-yyyy-zzzz" in result["unexpected"][0]
    assert result["skipped"] == ["wheel"]
    assert len(result["audited"]) == 3


def test_every_allowed_advisory_is_justified_in_the_security_doc():
    doc = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    for advisory in audit_report.allowed_ids():
        assert advisory in doc, advisory
