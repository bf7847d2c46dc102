"""The web widget on its demo page, in Debian's chromium, against the real servers.

Expected answers are written by hand from data/faq/ (topics financement, ml_definition) and domain.yml (utter_saluer,
utter_capacites) and actions/answers.py (the directory link). The test
that stops the Rasa server is the last of the module.
"""

import pytest
from axe_audit import serious_violations
from browser_settings import DESKTOP, MOBILE, SCREENSHOTS
from playwright.sync_api import Page, expect

# the answer of the topic financement (data/faq/financement.yml), by hand
FINANCEMENT = [
    "financées par l'État, la Région, le Département",
    "les communes et intercommunalités",
    "Fonds social européen (FSE)",
]
XSS = "<img src=x onerror=alert(1)>"


class Widget:
    """What a person sees and does with the widget, through roles and labels."""

    def __init__(self, page: Page, servers) -> None:
        self.page = page
        self.servers = servers
        self.launcher = page.get_by_role("button", name="Une question ? Ouvrir l'assistant des missions locales")
        self.panel = page.get_by_role("dialog", name="Assistant Missions Locales")
        self.log = page.get_by_role("log", name="Conversation avec l'assistant")
        self.status = self.panel.get_by_role("status")
        self.input = page.get_by_role("textbox", name="Votre message")
        self.send_button = page.get_by_role("button", name="Envoyer", exact=True)
        self.close_button = page.get_by_role("button", name="Fermer l'assistant")

    def goto(self) -> "Widget":
        self.page.goto(self.servers.demo_url)
        expect(self.launcher).to_be_visible()
        return self

    def open(self) -> "Widget":
        self.launcher.click()
        expect(self.panel).to_be_visible()
        return self

    def wait_reply(self) -> None:
        """The typing indicator shows while a request runs; it is empty once replies are shown."""
        expect(self.status).to_be_empty()

    def ask(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")
        self.wait_reply()

    def bot_messages(self):
        return self.log.locator(".aml-msg--bot")

    def user_messages(self):
        return self.log.locator(".aml-msg--user")

    def last_bot_text(self) -> str:
        return self.bot_messages().last.inner_text()


@pytest.fixture
def widget(page, servers) -> Widget:
    return Widget(page, servers).goto()


def test_question_gets_the_right_answer(widget):
    widget.open()
    expect(widget.input).to_be_focused()
    widget.ask("Qui finance les missions locales ?")
    expect(widget.user_messages().last).to_contain_text("Qui finance les missions locales ?")
    answer = widget.last_bot_text()
    for fact in FINANCEMENT:
        assert fact in answer
    # the answer's button (the topic financement's related topic) is shown as a button
    expect(widget.log.get_by_role("button", name="Le budget en chiffres")).to_be_visible()


def test_buttons_are_buttons_and_send_their_payload(widget):
    widget.open()
    widget.ask("bonjour")
    expect(widget.bot_messages().last).to_contain_text("Bonjour ! Je suis l'assistant des missions locales.")
    widget.ask("que sais-tu faire ?")
    expect(widget.bot_messages().last).to_contain_text("Je réponds à vos questions sur les missions locales.")
    choices = widget.log.get_by_role("group", name="Réponses proposées").last
    for title in ["Trouver ma mission locale", "Qu'est-ce qu'une mission locale ?",
                  "Le contrat d'engagement jeune (CEJ)", "Qui finance les missions locales ?"]:
        expect(choices.get_by_role("button", name=title, exact=True)).to_be_visible()
    choices.get_by_role("button", name="Qu'est-ce qu'une mission locale ?").click()
    widget.wait_reply()
    # the user sees the button's title as their message, and the answer to its payload
    expect(widget.user_messages().last).to_contain_text("Qu'est-ce qu'une mission locale ?")
    expect(widget.bot_messages().last).to_contain_text(
        "Une mission locale accompagne les jeunes de 16 à 25 ans vers l'emploi, la formation et l'autonomie"
    )


def test_links_are_links_and_line_breaks_are_kept(widget):
    widget.open()
    widget.ask("je cherche la mission locale de roubaix")
    answer = widget.bot_messages().filter(has_text="59100 Roubaix").last
    expect(answer).to_be_visible()
    link = answer.get_by_role("link", name="https://lannuaire.service-public.fr")
    expect(link).to_have_attribute("href", "https://lannuaire.service-public.fr")
    expect(link).to_have_attribute("rel", "noopener noreferrer")


def test_history_survives_a_reload(widget):
    widget.open()
    widget.ask("Qui finance les missions locales ?")
    expect(widget.bot_messages().last).to_contain_text(FINANCEMENT[2])
    widget.page.reload()
    expect(widget.launcher).to_be_visible()
    widget.open()
    expect(widget.user_messages().last).to_contain_text("Qui finance les missions locales ?")
    expect(widget.bot_messages().last).to_contain_text(FINANCEMENT[2])
    expect(widget.log.get_by_role("button", name="Le budget en chiffres")).to_be_visible()
    # the same sender id goes on: a follow-up through the restored button is answered
    widget.log.get_by_role("button", name="Le budget en chiffres").click()
    widget.wait_reply()
    expect(widget.bot_messages().last).to_contain_text("655 M€")


def test_markup_is_shown_as_text_and_runs_nothing(widget):
    dialogs = []
    widget.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    widget.open()
    bot_before = widget.bot_messages().count()
    widget.ask(XSS)
    expect(widget.user_messages().last).to_have_text("Vous : " + XSS)
    expect(widget.bot_messages()).not_to_have_count(bot_before)  # a reply came back
    widget.page.wait_for_timeout(500)
    assert widget.log.locator("img").count() == 0
    assert dialogs == []


def test_keyboard_only_open_type_send_close(widget):
    page = widget.page
    for _ in range(40):  # the launcher comes after the page's own links in the tab order
        page.keyboard.press("Tab")
        if widget.launcher.evaluate("el => el === document.activeElement"):
            break
    expect(widget.launcher).to_be_focused()
    assert widget.launcher.evaluate("el => getComputedStyle(el).outlineStyle") != "none", "no visible focus"
    expect(widget.launcher).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(widget.panel).to_be_visible()
    expect(widget.launcher).to_have_attribute("aria-expanded", "true")
    expect(widget.input).to_be_focused()
    page.keyboard.type("Qui finance les missions locales ?")
    page.keyboard.press("Enter")
    widget.wait_reply()
    expect(widget.bot_messages().last).to_contain_text(FINANCEMENT[2])
    expect(widget.input).to_be_focused()
    page.keyboard.press("Tab")
    expect(widget.send_button).to_be_focused()
    page.keyboard.press("Escape")
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_be_focused()
    expect(widget.launcher).to_have_attribute("aria-expanded", "false")


def test_privacy_notice_and_new_conversation(widget):
    page = widget.page
    widget.open()
    widget.panel.get_by_text("Vos données : ce qui est conservé").click()
    notice = widget.panel.locator(".aml-privacy")
    expect(notice).to_contain_text("La conversation y est conservée 30 jours après votre dernier message, puis effacée.")
    # what the call-back form keeps, for whom and how long (actions/callback.py, core/callback_requests.py)
    expect(notice).to_contain_text("Avec votre accord seulement, il enregistre votre prénom, votre contact, votre "
                                   "commune et votre message pour l'équipe de votre mission locale, seule à les voir, "
                                   "pendant 30 jours.")
    expect(notice).to_contain_text("mission locale ou l'organisme qui vous propose ce service")
    expect(notice).to_contain_text("les 50 derniers messages")
    expect(notice).to_contain_text("« Nouvelle conversation »")

    widget.ask("Qui finance les missions locales ?")
    sender_key = f"assistant-ml:{widget.servers.rasa_url}:sender"
    first_sender = page.evaluate("key => localStorage.getItem(key)", sender_key)
    assert first_sender
    widget.panel.get_by_role("button", name="Nouvelle conversation").click()
    expect(widget.user_messages()).to_have_count(0)
    expect(widget.input).to_be_focused()
    page.reload()
    widget.open()
    expect(widget.user_messages()).to_have_count(0)
    expect(widget.log).not_to_contain_text("Qui finance")
    widget.ask("bonjour")
    assert page.evaluate("key => localStorage.getItem(key)", sender_key) not in (None, first_sender)


@pytest.mark.parametrize("viewport", [{"width": 320, "height": 640}, {"width": 640, "height": 400}],
                         ids=["320px", "1280px-at-200pc-zoom"])
def test_usable_at_320px_and_200_percent_zoom(widget, viewport):
    widget.page.set_viewport_size(viewport)
    widget.open()
    for control in (widget.input, widget.send_button, widget.close_button):
        box = control.bounding_box()
        assert box and box["x"] >= 0 and box["y"] >= 0, control
        assert box["x"] + box["width"] <= viewport["width"] and box["y"] + box["height"] <= viewport["height"]
    assert widget.page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    widget.ask("bonjour")
    expect(widget.bot_messages().last).to_be_in_viewport()


INSIDE_PANEL = "() => document.getElementById('aml-panel').contains(document.activeElement)"


def test_full_screen_panel_is_modal_and_keeps_the_focus(widget):
    # At 320 px the panel covers the page (and hides the launcher): Tab and Shift+Tab must go
    # round inside it, never to the hidden page behind.
    page = widget.page
    page.set_viewport_size({"width": 320, "height": 640})
    widget.open()
    widget.ask("bonjour")
    expect(widget.panel).to_have_attribute("aria-modal", "true")
    reached = set()
    for key in ["Tab"] * 12 + ["Shift+Tab"] * 12:
        page.keyboard.press(key)
        assert page.evaluate(INSIDE_PANEL), f"focus left the full-screen panel after {key}"
        reached.add(page.evaluate("() => document.activeElement.getAttribute('aria-label') || "
                                  "document.activeElement.textContent"))
    assert {"Fermer l'assistant", "Envoyer"} <= reached
    page.set_viewport_size(DESKTOP)  # back beside the page (window widened, zoom reset)
    expect(widget.panel).not_to_have_attribute("aria-modal", "true")


def test_panel_beside_the_page_is_not_modal(widget):
    # On a desktop screen the page stays usable beside the panel: Tab may leave it.
    page = widget.page
    widget.open()
    expect(widget.panel).not_to_have_attribute("aria-modal", "true")
    widget.send_button.focus()
    page.keyboard.press("Tab")
    assert not page.evaluate(INSIDE_PANEL)
    expect(widget.launcher).to_be_focused()


@pytest.mark.parametrize("name,viewport", [("desktop", DESKTOP), ("mobile", MOBILE)])
def test_accessibility_audit_and_screenshots(widget, axe_source, name, viewport):
    page = widget.page
    page.set_viewport_size(viewport)
    assert serious_violations(page, axe_source) == [], "widget closed"
    widget.open()
    widget.ask("Qui finance les missions locales ?")
    expect(widget.log.get_by_role("button", name="Le budget en chiffres")).to_be_visible()
    assert serious_violations(page, axe_source) == [], "widget open, with a conversation"
    page.mouse.move(0, 0)  # no hover effect in the picture
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"widget-{name}.png"))


# ---- keep last: stops the Rasa server of this module
def test_server_down_shows_a_french_error_and_a_retry(widget):
    widget.open()
    widget.ask("bonjour")
    expect(widget.bot_messages().last).to_contain_text("Bonjour !")
    widget.servers.kill("rasa")
    widget.ask("Qui finance les missions locales ?")
    error = widget.log.locator(".aml-msg--error")
    expect(error).to_have_count(1)
    expect(error).to_contain_text("Le service ne répond pas pour le moment.")
    retry = error.get_by_role("button", name="Réessayer")
    expect(retry).to_be_visible()
    retry.click()
    widget.wait_reply()
    expect(error).to_have_count(1)  # the old message gave way to the new attempt's
    expect(error).to_contain_text("Le service ne répond pas pour le moment.")
    # the user's message is shown once, and the page still works
    expect(widget.user_messages().filter(has_text="Qui finance les missions locales ?")).to_have_count(1)
    widget.page.keyboard.press("Escape")
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_be_focused()
