"""The web widget in a real browser: Debian's chromium driven by Playwright, against the real
action server, Rasa server and widget file server, started once per test module exactly as the
run command starts them. Playwright never downloads a browser here: it drives /usr/bin/chromium
(scripts/ensure_chromium.sh installs it, and the pinned axe-core, when missing)."""

import pytest
from browser_settings import (
    ACTION_PORT,
    AXE_JS,
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    ORIGIN,
    RASA_PORT,
    REPLY_TIMEOUT_MS,
    WIDGET_PORT,
)
from playwright.sync_api import Page, expect, sync_playwright

from launcher.model import ensure_trained
from launcher.servers import Servers

expect.set_options(timeout=REPLY_TIMEOUT_MS)


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    model = ensure_trained()
    data_dir = tmp_path_factory.mktemp("browser-state")
    with Servers(model, rasa_port=RASA_PORT, action_port=ACTION_PORT, widget_port=WIDGET_PORT,
                 data_dir=data_dir, cors=[ORIGIN]) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/ensure_chromium.sh (scripts/test.sh does)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=DESKTOP, locale="fr-FR")
    yield context
    context.close()


@pytest.fixture
def page(context) -> Page:
    """A fresh page (empty storage); fails the test if any script error reached the page."""
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert errors == [], f"JavaScript errors on the page: {errors}"


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run scripts/ensure_chromium.sh (scripts/test.sh does)")
    return AXE_JS.read_text(encoding="utf-8")
