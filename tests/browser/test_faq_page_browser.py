"""The public FAQ page (/faq/) in Debian's chromium, served by the widget server alone (no Rasa,
no model): search as you type, the copy buttons, keyboard use, axe-core, a phone's width, the page
without JavaScript, and the demo page's link to it.

Expected topics and answers are computed here from the theme files (data/faq/, read with PyYAML)
with this file's own accent folding, never read from the page."""

import unicodedata
from typing import Dict, Set

import pytest
import yaml
from axe_audit import serious_violations
from browser_settings import DESKTOP, ORIGIN, WIDGET_PORT
from playwright.sync_api import Page, expect

import staff.web
from core.faq_catalogue import FAQ_DIR
from launcher import database
from launcher.widget_server import WidgetServer

FAQ_URL = f"{ORIGIN}/faq/"
DEMO_URL = f"{ORIGIN}/widget/demo.html"
PHONE = {"width": 360, "height": 640}
SEARCH_LABEL = "Rechercher un sujet, une réponse ou une question"
FOOTER_LINK = "Questions fréquentes (page pour les équipes)"


def _theme_files() -> Dict[str, dict]:
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(FAQ_DIR.glob("*.yml"))}


FILES = _theme_files()
TOPICS: Dict[str, dict] = {key: fields for data in FILES.values() for key, fields in data["topics"].items()}
THEME_OF: Dict[str, str] = {key: data["title"] for data in FILES.values() for key in data["topics"]}


def plain(text: str) -> str:
    """Lower case without accents (NFKD, combining characters dropped)."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)).casefold()


def searched_text(fields: dict) -> str:
    return " ".join([fields["label"], fields["answer"], fields["source"], *fields["examples"]])


def expected_for(word: str) -> Set[str]:
    return {key for key, fields in TOPICS.items() if plain(word) in plain(searched_text(fields))}


def count_text(count: int) -> str:
    return "1 sujet affiché" if count == 1 else f"{count} sujets affichés"


@pytest.fixture(scope="module")
def faq_server(tmp_path_factory):
    state = tmp_path_factory.mktemp("faq-state")  # the staff pages' state; the FAQ page reads none
    pages = staff.web.pages(state, database.database_url(state))
    running = WidgetServer(WIDGET_PORT, "http://127.0.0.1:5999", days=30, pages=pages).start()
    yield running
    running.stop()


class FaqPage:
    """What a person sees and does on the FAQ page, through roles and labels."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.search = page.get_by_role("searchbox", name=SEARCH_LABEL)
        self.status = page.locator("#faq-status")

    def goto(self) -> "FaqPage":
        self.page.goto(FAQ_URL)
        expect(self.page.get_by_role("heading", level=1)).to_have_text("Questions fréquentes de l'assistant")
        return self

    def topic(self, key: str):
        return self.page.locator(f'article[data-topic="{key}"]')

    def copy_button(self, key: str):
        return self.topic(key).get_by_role("button", name=f"Copier la réponse : {TOPICS[key]['label']}")

    def copied(self, key: str):
        return self.topic(key).get_by_role("status")

    def visible_topics(self) -> Set[str]:
        return set(self.page.eval_on_selector_all(
            "article[data-topic]", "els => els.filter(e => e.checkVisibility()).map(e => e.dataset.topic)"))

    def visible_theme_titles(self) -> Set[str]:
        return set(self.page.eval_on_selector_all(
            "h2", "els => els.filter(e => e.checkVisibility()).map(e => e.textContent.trim())"))


@pytest.fixture
def faq(faq_server, page) -> FaqPage:
    return FaqPage(page).goto()


def clipboard(page: Page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def test_every_topic_shows_its_answer_under_its_theme(faq):
    expect(faq.status).to_have_text(count_text(len(TOPICS)))
    assert faq.visible_topics() == set(TOPICS)
    assert faq.visible_theme_titles() == set(THEME_OF.values())
    for key in ("cej", next(iter(TOPICS)), list(TOPICS)[-1]):
        expect(faq.topic(key).locator(".faq-answer")).to_have_text(TOPICS[key]["answer"].strip())
        expect(faq.copy_button(key)).to_be_visible()


def test_typing_without_accents_finds_the_topics_with_accents(faq):
    expected = expected_for("réunion")
    assert 0 < len(expected) < len(TOPICS), "the query must keep some topics and hide others"
    faq.search.press_sequentially("reunion")
    expect(faq.status).to_have_text(count_text(len(expected)))
    expect(faq.status).to_have_attribute("aria-live", "polite")
    assert faq.visible_topics() == expected
    assert faq.visible_theme_titles() == {THEME_OF[key] for key in expected}
    assert len(faq.visible_theme_titles()) < len(FILES)  # a theme without a match loses its heading
    faq.search.fill("RÉUNION")  # case and accents do not matter either way
    expect(faq.status).to_have_text(count_text(len(expected)))
    assert faq.visible_topics() == expected
    faq.search.fill("")
    expect(faq.status).to_have_text(count_text(len(TOPICS)))
    assert faq.visible_topics() == set(TOPICS)


def test_a_query_matching_nothing_says_so_in_french(faq):
    faq.search.fill("xylophone quantique")
    expect(faq.status).to_have_text("Aucun sujet ne correspond à « xylophone quantique ». "
                                    "Essayez un autre mot ou effacez la recherche pour tout afficher.")
    assert faq.visible_topics() == set()
    assert faq.visible_theme_titles() == set()


def test_copy_puts_exactly_the_answer_in_the_clipboard(faq, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=ORIGIN)
    for key in ("cej", list(TOPICS)[-1]):
        faq.copy_button(key).click()
        expect(faq.copied(key)).to_have_text("Réponse copiée.")
        assert clipboard(faq.page) == TOPICS[key]["answer"].strip()
    expect(faq.copied("cej")).to_have_text("")  # only the last copy is announced


def test_copy_without_the_clipboard_api_uses_the_fallback(faq_server, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=ORIGIN)
    old = context.new_page()
    old.add_init_script("delete Navigator.prototype.clipboard;")
    faq = FaqPage(old).goto()
    assert old.evaluate("navigator.clipboard === undefined")
    faq.copy_button("cej").click()
    expect(faq.copied("cej")).to_have_text("Réponse copiée.")
    expect(faq.copy_button("cej")).to_be_focused()
    reader = context.new_page()
    reader.goto(FAQ_URL)
    assert clipboard(reader) == TOPICS["cej"]["answer"].strip()


def test_keyboard_only(faq, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=ORIGIN)
    page = faq.page
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Aller à la recherche")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    for _ in range(5):  # the skip links, the link back to the demo page, then the search field
        if faq.search.evaluate("el => el === document.activeElement"):
            break
        page.keyboard.press("Tab")
    expect(faq.search).to_be_focused()
    page.keyboard.type("allocation")
    expected = expected_for("allocation")
    assert 0 < len(expected) < len(TOPICS)
    expect(faq.status).to_have_text(count_text(len(expected)))
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('faq-copy')"):
            break
    key = page.evaluate("document.activeElement.closest('article').dataset.topic")
    assert key in expected
    outline = page.evaluate("(s => [s.outlineStyle, parseFloat(s.outlineWidth)])(getComputedStyle(document.activeElement))")
    assert outline[0] != "none" and outline[1] >= 2, "the focus is visible"
    page.keyboard.press("Enter")
    expect(faq.copied(key)).to_have_text("Réponse copiée.")
    assert clipboard(page) == TOPICS[key]["answer"].strip()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_accessibility_audit(faq_server, browser, axe_source, viewport):
    # the page forbids inline scripts (Content-Security-Policy): let axe-core's injected script in
    context = browser.new_context(viewport=viewport, locale="fr-FR", bypass_csp=True)
    page = context.new_page()
    try:
        faq = FaqPage(page).goto()
        assert serious_violations(page, axe_source) == [], "the whole list"
        page.locator("details").first.locator("summary").click()
        faq.search.fill("reunion")
        expect(faq.status).to_have_text(count_text(len(expected_for("réunion"))))
        assert serious_violations(page, axe_source) == [], "filtered, examples open"
        faq.search.fill("xylophone quantique")
        expect(faq.status).to_contain_text("Aucun sujet")
        assert serious_violations(page, axe_source) == [], "no result"
    finally:
        context.close()


def test_a_phone_has_no_horizontal_scroll_and_large_targets(faq, context):
    page = faq.page
    page.set_viewport_size(PHONE)
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    targets = [faq.search, page.get_by_role("button", name="Rechercher"), faq.copy_button("cej"),
               faq.topic("cej").locator("summary")]
    for target in targets:
        box = target.bounding_box()
        assert box["height"] >= 44, target
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], target


def test_without_javascript_everything_shows_and_the_search_still_works(faq_server, browser):
    context = browser.new_context(viewport=DESKTOP, locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    try:
        faq = FaqPage(page).goto()
        assert faq.visible_topics() == set(TOPICS)
        expect(faq.topic("cej").locator(".faq-answer")).to_have_text(TOPICS["cej"]["answer"].strip())
        expect(page.locator("details").first.locator("summary")).to_have_text(
            f"Exemples de questions ({len(TOPICS[next(iter(TOPICS))]['examples'])})")
        faq.search.fill("reunion")
        faq.search.press("Enter")  # the plain form: the server filters
        expect(page).to_have_url(f"{FAQ_URL}?q=reunion")
        expected = expected_for("réunion")
        expect(faq.status).to_have_text(count_text(len(expected)))
        assert faq.visible_topics() == expected
    finally:
        context.close()


def test_the_demo_page_footer_links_to_the_faq_page(faq_server, page, context):
    page.goto(DEMO_URL)
    link = page.get_by_role("contentinfo").get_by_role("link", name=FOOTER_LINK)
    expect(link).to_have_attribute("href", "/faq/")
    link.click()
    expect(page).to_have_url(FAQ_URL)
    expect(page.get_by_role("heading", level=1)).to_have_text("Questions fréquentes de l'assistant")
    page.get_by_role("link", name="Retour à la page de démonstration").click()
    expect(page).to_have_url(DEMO_URL)
    assert context.cookies() == []  # public: no cookie
