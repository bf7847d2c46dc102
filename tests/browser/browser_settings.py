"""Settings of the browser tests: the browser, the ports, where axe-core and screenshots are."""

import os
from pathlib import Path

from launcher import ports
from launcher.paths import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
RASA_PORT, ACTION_PORT, WIDGET_PORT = ports.BROWSER.rasa, ports.BROWSER.action, ports.BROWSER_WIDGET
ORIGIN = f"http://127.0.0.1:{WIDGET_PORT}"
AXE_JS = Path(
    os.environ.get("ML_BROWSER_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "assistant-missions-locales" / "npm"
) / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "docs" if os.environ.get("ML_UPDATE_SCREENSHOTS") == "1" else ROOT / "results" / "browser"
DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 360, "height": 740}
REPLY_TIMEOUT_MS = 35_000  # the widget gives up after 30 s
