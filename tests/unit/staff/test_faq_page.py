"""The public FAQ page (`staff/faq_page.py`), rendered without a server: every topic of the theme
files under its theme's title, every text escaped, GET/HEAD only, re-read on each request.

Expectations come from the theme files themselves (read here with PyYAML), not from the page."""

import html
from html.parser import HTMLParser
from pathlib import Path
from typing import Dict, List, Optional

import pytest
import yaml

from core.faq_catalogue import FAQ_DIR, Topic, load_themes, load_topics
from launcher.widget_server import Request
from staff import faq_page as faq_module
from staff.faq_page import faq_page, render_faq_page


def request(method: str = "GET", query: Optional[Dict[str, List[str]]] = None) -> Request:
    return Request(method=method, path="/faq/", query=query or {}, headers={}, client="127.0.0.1")


def theme_files() -> Dict[str, dict]:
    """Each theme file as PyYAML reads it, by theme key."""
    files = {}
    for path in sorted(FAQ_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        files[data["theme"]] = data
    return files


class Outline(HTMLParser):
    """The page as a reader sees it: the h2 above each topic, and each topic's label, answer,
    source, examples; plus whether the topic is hidden."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.h1: List[str] = []
        self.topics: Dict[str, Dict[str, object]] = {}
        self.scripts: List[str] = []
        self._h2 = ""
        self._topic: Optional[Dict[str, object]] = None
        self._field: Optional[str] = None
        self._text: List[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "script":
            self.scripts.append(attrs.get("src") or "inline")
        if tag == "article":
            self._topic = {"theme_title": self._h2, "hidden": "hidden" in attrs, "examples": []}
            self.topics[attrs["data-topic"]] = self._topic
        field = None
        if tag in ("h1", "h2"):
            field = tag
        elif self._topic is not None and tag == "h3":
            field = "label"
        elif self._topic is not None and "faq-answer" in classes:
            field = "answer"
        elif self._topic is not None and "faq-source-text" in classes:
            field = "source"
        elif self._topic is not None and tag == "li":
            field = "example"
        if field:
            self._field, self._text = field, []

    def handle_data(self, data):
        if self._field:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "article":
            self._topic = None
        if not self._field or tag not in ("h1", "h2", "h3", "p", "span", "li"):
            return
        text, field = "".join(self._text), self._field
        self._field = None
        if field == "h1":
            self.h1.append(text)
        elif field == "h2":
            self._h2 = text
        elif field == "example":
            self._topic["examples"].append(text)
        else:
            self._topic[field] = text


def outline(page: str) -> Outline:
    parser = Outline()
    parser.feed(page)
    parser.close()
    return parser


def test_every_topic_of_the_theme_files_is_under_its_theme_title():
    files = theme_files()
    reply = faq_page(request())
    assert reply.status == 200
    assert reply.content_type == "text/html; charset=utf-8"
    page = reply.body.decode("utf-8")
    found = outline(page)
    expected_keys = [key for data in files.values() for key in data["topics"]]
    assert list(found.topics) == expected_keys == list(load_topics())
    assert found.h1 == ["Questions fréquentes de l'assistant"]
    for theme, data in files.items():
        assert data.get("title"), f"{theme}: the theme file has no title"
        for key, fields in data["topics"].items():
            topic = found.topics[key]
            assert topic["theme_title"] == data["title"], key
            assert topic["label"] == fields["label"], key
            assert topic["answer"] == fields["answer"].strip(), key
            assert topic["source"] == fields["source"], key
            assert topic["examples"] == fields["examples"], key
            assert topic["hidden"] is False, key
            assert html.escape(fields["answer"].strip()) in page, key
            assert html.escape(fields["label"]) in page, key
    assert '<html lang="fr">' in page
    assert 'href="/widget/demo.html"' in page
    assert "data/faq/" in page
    assert page.count('<input type="search"') == 1 and '<label for="recherche">' in page
    assert page.count('aria-live="polite"') == 1 + len(expected_keys)  # the count, then one per copy button
    assert page.count('<button type="button" class="faq-copy"') == len(expected_keys)


def test_the_theme_titles_come_from_the_files_with_the_key_as_fallback(tmp_path):
    assert load_themes() == {theme: data["title"] for theme, data in theme_files().items()}
    (tmp_path / "a.yml").write_text('theme: alpha\ntitle: "Le thème A"\ntopics: {}\n', encoding="utf-8")
    (tmp_path / "b.yml").write_text("theme: beta\ntopics: {}\n", encoding="utf-8")
    (tmp_path / "c.yml").write_text("topics: {}\n", encoding="utf-8")
    assert load_themes(tmp_path) == {"alpha": "Le thème A", "beta": "beta", "c": "c"}


def test_html_in_the_theme_files_is_escaped():
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    topics = {
        "piege": Topic(label=f"Label {attack}", question="q ?", theme="t<b>", answer=f"Réponse {attack} & fin",
                       source=f"src {attack}", examples=(f"exemple {attack}", "autre")),
        'cle"><script>': Topic(label="L", question="q", theme="t<b>", answer="a", source="s", examples=("e",)),
    }
    page = render_faq_page(topics, {"t<b>": f"Titre {attack}"})
    assert "<script>" not in page and "<img" not in page and 'cle">' not in page
    found = outline(page)
    assert found.scripts == ["/static/faq.js"]
    topic = found.topics["piege"]
    assert topic["answer"] == f"Réponse {attack} & fin"
    assert topic["label"] == f"Label {attack}"
    assert topic["theme_title"] == f"Titre {attack}"
    assert topic["examples"] == [f"exemple {attack}", "autre"]
    assert html.escape(f"Réponse {attack} & fin") in page
    assert 'cle"><script>' in found.topics  # the key too, in its attributes


def test_a_topic_of_a_theme_without_title_is_under_its_key():
    topics = {"k": Topic(label="L", question="q", theme="inconnu", answer="a", source="s", examples=("e",))}
    assert outline(render_faq_page(topics, {})).topics["k"]["theme_title"] == "inconnu"


def test_the_search_without_javascript_hides_what_does_not_match():
    topics = {
        "reunion": Topic(label="Les réunions", question="q", theme="t", answer="Le conseil se RÉUNIT.",
                         source="s", examples=("quand a lieu la Réunion ?",)),
        "coeur": Topic(label="Au cœur", question="q", theme="t", answer="Rien d’autre.", source="s", examples=("e",)),
        "autre": Topic(label="Autre", question="q", theme="u", answer="Sans rapport.", source="s", examples=("e",)),
    }
    themes = {"t": "Thème T", "u": "Thème U"}
    found = outline(render_faq_page(topics, themes, query="REUNION"))
    assert {key: t["hidden"] for key, t in found.topics.items()} == {"reunion": False, "coeur": True, "autre": True}
    page = render_faq_page(topics, themes, query="REUNION")
    assert "1 sujet affiché" in page and 'data-theme="u" aria-labelledby="theme-u" hidden' in page
    assert not outline(render_faq_page(topics, themes, query="coeur d'autre")).topics["coeur"]["hidden"]
    none = render_faq_page(topics, themes, query="zzz <b>")
    assert "Aucun sujet ne correspond à « zzz &lt;b&gt; »" in none
    assert "3 sujets affichés" in render_faq_page(topics, themes)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_only_get_and_head_are_allowed(method):
    reply = faq_page(request(method))
    assert reply.status == 405
    assert reply.headers["Allow"] == "GET, HEAD"
    assert reply.body.decode("utf-8").startswith("Méthode non permise")
    assert faq_page(request("HEAD")).status == 200


def test_the_page_sets_no_cookie_and_allows_only_its_own_files():
    reply = faq_page(request())
    assert not any(name.lower() == "set-cookie" for name in reply.headers)
    assert "script-src 'self'" in reply.headers["Content-Security-Policy"]


def test_an_edit_of_a_theme_file_shows_on_the_next_request(tmp_path, monkeypatch):
    monkeypatch.setattr(faq_module, "FAQ_DIRECTORY", tmp_path)
    path: Path = tmp_path / "pratique.yml"
    template = ('theme: pratique\ntitle: "Les questions pratiques"\ntopics:\n  horaires:\n    label: "Les horaires"\n'
                '    question: "Quels horaires ?"\n    answer: "{answer}"\n    source: "annuaire"\n'
                '    examples:\n      - "quels horaires"\n')
    path.write_text(template.format(answer="Avant."), encoding="utf-8")
    assert outline(faq_page(request()).body.decode("utf-8")).topics["horaires"]["answer"] == "Avant."
    path.write_text(template.format(answer="Après."), encoding="utf-8")
    assert outline(faq_page(request()).body.decode("utf-8")).topics["horaires"]["answer"] == "Après."
    path.write_text('theme: pratique\ntopics:\n  horaires:\n    label: "Les horaires\n', encoding="utf-8")
    broken = faq_page(request())
    assert broken.status == 500
    assert "pratique.yml, ligne" in broken.body.decode("utf-8")
