"""axe-core's audit of the page in the browser: its serious and critical violations (shared by
the browser tests of the widget, the FAQ page and the staff pages)."""

from typing import Dict, List

from playwright.sync_api import Page


def serious_violations(page: Page, axe_source: str) -> List[Dict]:
    page.add_script_tag(content=axe_source)
    violations = page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ["violations"]});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(" "))}));
        }"""
    )
    return [v for v in violations if v["impact"] in ("serious", "critical")]
