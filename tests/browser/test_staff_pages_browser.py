"""The staff pages in Debian's chromium: the report and the call-back requests, signed in with a
staff credential (HTTP Basic, as a browser sends it), keyboard only, axe-core clean, at a phone's
width. The web server runs alone on a real SQLite file; its requests are stored with the same
module the action server uses (the path through the real servers is tested in
tests/e2e/test_staff_requests.py and tests/e2e/test_callback_form.py)."""

from contextlib import contextmanager

import pytest
from axe_audit import serious_violations
from browser_settings import DESKTOP, MOBILE, WIDGET_PORT
from playwright.sync_api import expect

import staff.web
from core import callback_requests
from launcher import database
from launcher.widget_server import WidgetServer
from staff import access

SITE = f"http://127.0.0.1:{WIDGET_PORT}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    state = tmp_path_factory.mktemp("staff-browser")
    url = database.database_url(state)
    database.prepare(url)
    credential = access.add_account(access.accounts_file(state), "admin", role=access.ADMIN)
    for first_name, contact in (("Inès", "06 11 11 11 11"), ("Karim", "karim@exemple.fr")):
        callback_requests.save(url, callback_requests.CallbackRequest(
            "59512", "59512", first_name, contact, "le soir de préférence", "rest"))
    server = WidgetServer(WIDGET_PORT, "http://127.0.0.1:5999", days=30, pages=staff.web.pages(state, url)).start()
    yield credential, url
    server.stop()


@contextmanager
def signed_in(browser, credential, viewport=DESKTOP):
    """A page of a browser that sends the staff credential when asked."""
    name, secret = credential.split(":", 1)
    # the pages send a Content-Security-Policy that forbids inline scripts: let axe-core in
    context = browser.new_context(viewport=viewport, locale="fr-FR", bypass_csp=True,
                                  http_credentials={"username": name, "password": secret})
    try:
        yield context.new_page()
    finally:
        context.close()


def test_without_a_credential_the_browser_gets_no_page(site, browser):
    context = browser.new_context(locale="fr-FR")
    try:
        # (a navigation without credentials ends in chromium's own auth error page; read the reply)
        response = context.request.get(f"{SITE}/equipe/demandes")
        assert response.status == 401 and "Karim" not in response.text()
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["desktop", "phone"])
@pytest.mark.parametrize("path", ["/equipe/", "/equipe/rapport", "/equipe/demandes"])
def test_staff_pages_pass_axe_and_fit_a_phone(site, browser, axe_source, viewport, path):
    with signed_in(browser, site[0], viewport) as page:
        assert page.goto(SITE + path).status == 200
        assert serious_violations(page, axe_source) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


def test_a_request_is_marked_handled_with_the_keyboard_only(site, browser):
    with signed_in(browser, site[0]) as page:
        page.goto(f"{SITE}/equipe/demandes")
        expect(page.get_by_role("heading", level=1)).to_have_text("Demandes de rappel")
        buttons = page.get_by_role("button", name="comme traitée")
        expect(buttons).to_have_count(2)
        target = buttons.first
        for _ in range(40):  # Tab through the page until the first "mark handled" button has the focus
            page.keyboard.press("Tab")
            if target.evaluate("b => b === document.activeElement"):
                break
        else:
            pytest.fail("the button cannot be reached with Tab")
        page.keyboard.press("Enter")
        expect(page.get_by_role("status")).to_have_text("Demande marquée comme traitée.")
        expect(page.get_by_role("button", name="comme traitée")).to_have_count(1)
        handled = [r for r in callback_requests.list_requests(site[1]) if r.handled_at]
        assert len(handled) == 1 and handled[0].handled_by == "admin"


def test_the_report_period_form_picks_the_days_shown(site, browser):
    with signed_in(browser, site[0]) as page:
        page.goto(f"{SITE}/equipe/rapport")
        page.get_by_label("Du", exact=True).fill("2026-11-01")
        page.get_by_label("Au", exact=True).fill("2026-11-03")
        page.get_by_label("Au", exact=True).press("Enter")
        expect(page.get_by_text("Du 01/11/2026 au 03/11/2026")).to_be_visible()
        expect(page.get_by_role("table", name="Messages par jour").locator("tbody tr")).to_have_count(3)
