"""Runs pip-audit on requirements.lock and judges its findings against the allow-list.

Exit 1 only for an advisory that is not allowed. When the advisory service cannot be
reached (pip-audit fails to connect, or most packages come back "not found"), prints a
visible notice and exits 0: the audit was not performed, which is said, not hidden.
Usage: python scripts/audit_report.py PATH/TO/pip-audit
"""

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Set

ROOT = Path(__file__).resolve().parent.parent
ALLOWLIST = ROOT / "security" / "pip-audit-allowlist.txt"
BANNER = "!" * 78


def allowed_ids(path: Path = ALLOWLIST) -> Set[str]:
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            ids.add(line.split()[0].upper())
    return ids


def judge(report: Dict, allowed: Set[str]) -> Dict[str, List[str]]:
    """Sorts pip-audit's JSON report into unexpected and accepted findings, and skips."""
    result: Dict[str, List[str]] = {"unexpected": [], "accepted": [], "skipped": [], "audited": []}
    for dependency in report.get("dependencies", []):
        name = f"{dependency['name']} {dependency.get('version', '')}".strip()
        if dependency.get("skip_reason"):
            result["skipped"].append(name)
            continue
        result["audited"].append(name)
        for vuln in dependency.get("vulns", []):
            ids = {vuln["id"].upper(), *(alias.upper() for alias in vuln.get("aliases", []))}
            line = f"{name}: {vuln['id']} ({', '.join(vuln.get('aliases', [])) or 'no alias'}) fixed in {', '.join(vuln.get('fix_versions', [])) or 'no release'}"
            result["accepted" if ids & allowed else "unexpected"].append(line)
    return result


def unreachable(message: str) -> int:
    print(f"{BANNER}\nDEPENDENCY AUDIT NOT PERFORMED: the advisory service could not be reached.\n{message}\n{BANNER}")
    return 0


def main(pip_audit: str) -> int:
    command = [pip_audit, "-r", str(ROOT / "requirements.lock"), "--disable-pip", "--no-deps",
               "--format", "json", "--progress-spinner", "off", "--timeout", "20"]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=900)
    except subprocess.TimeoutExpired:
        return unreachable("pip-audit did not finish within 15 minutes.")
    try:
        report = json.loads(run.stdout or "{}")
    except ValueError:
        report = {}
    if not report.get("dependencies"):
        tail = "\n".join(run.stderr.strip().splitlines()[-5:])
        if re.search(r"connect|timed? ?out|resolve|ServiceError|network", run.stderr, re.I):
            return unreachable(tail)
        print(f"pip-audit failed (exit {run.returncode}):\n{tail}", file=sys.stderr)
        return 1
    result = judge(report, allowed_ids())
    total = len(result["skipped"]) + len(result["audited"])
    print(f"pip-audit: {len(result['audited'])} of {total} pinned packages audited, "
          f"{len(result['accepted'])} accepted advisories, {len(result['unexpected'])} unexpected.")
    for line in result["accepted"]:
        print(f"  accepted (see docs/security.md): {line}")
    if len(result["skipped"]) > total / 2:
        return unreachable(
            f"{len(result['skipped'])} of {total} packages came back 'not found' "
            f"(e.g. {result['skipped'][0]}): the registry here does not serve PyPI's per-release "
            "JSON API that pip-audit reads.")
    for line in result["unexpected"]:
        print(f"  UNEXPECTED ADVISORY: {line}")
    return 1 if result["unexpected"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
