"""The public FAQ page (`/faq/`): every topic of the FAQ theme files (`data/faq/`) with its answer,
its source and its example questions, grouped by theme; exactly what the assistant answers.

Rendered from the theme files on each request, so a saved edit shows on reload without a restart.
Works without JavaScript: the whole list is in the HTML, and the search form is a plain GET form
(`?q=`) filtered here. `staff/static/faq.js` adds the search as you type and the "Copier la
réponse" buttons; `staff/static/faq.css` styles it. Public: no cookie, no credential. Every text
from the theme files is escaped with `html.escape`.
"""

import html
from http import HTTPStatus
from pathlib import Path
from typing import Dict, List, Mapping, Sequence

import yaml

from core.faq_catalogue import FAQ_DIR, Topic, load_catalogue, problems
from core.text import lower_without_accents
from launcher.widget_server import Reply, Request

FAQ_DIRECTORY: Path = FAQ_DIR  # read on each request (tests point it elsewhere)
PAGE_PATH = "/faq/"
DEMO_URL = "/widget/demo.html"
QUERY_MAX_CHARS = 200
ALLOWED_METHODS = ("GET", "HEAD")
PLAIN_TEXT = "text/plain; charset=utf-8"
# No inline script or style on the page: only its own files may run or style it.
HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    "Referrer-Policy": "no-referrer",
}


def fold(text: str) -> str:
    """Text as the search compares it: the project's lower case without accents
    (core/text.py), one kind of apostrophe, œ/æ spelt out. `faq.js` folds the same way."""
    return lower_without_accents(text).replace("\u2019", "'").replace("\u0153", "oe").replace("\u00e6", "ae")


def search_text(topic: Topic) -> str:
    """What the search looks in: the label, the answer, the source and the example questions."""
    return "\n".join([topic.label, topic.answer, topic.source, *topic.examples])


def matches(topic: Topic, query: str) -> bool:
    """True when every word of the query is somewhere in the topic's text (accents and case ignored)."""
    text = fold(search_text(topic))
    return all(word in text for word in fold(query).split())


def status_text(count: int, query: str) -> str:
    """The live region's message (the same words as `faq.js`)."""
    if count == 0:
        return (f"Aucun sujet ne correspond à « {query.strip()} ». "
                "Essayez un autre mot ou effacez la recherche pour tout afficher.")
    return "1 sujet affiché" if count == 1 else f"{count} sujets affichés"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _hidden(hide: bool) -> str:
    return " hidden" if hide else ""


def _topic_html(key: str, topic: Topic, shown: bool) -> str:
    examples = "".join(f"<li>{_e(example)}</li>" for example in topic.examples)
    return f"""
        <article class="faq-topic" id="sujet-{_e(key)}" data-topic="{_e(key)}" aria-labelledby="titre-{_e(key)}"{_hidden(not shown)}>
          <h3 class="faq-label" id="titre-{_e(key)}">{_e(topic.label)}</h3>
          <p class="faq-answer" id="reponse-{_e(key)}">{_e(topic.answer)}</p>
          <div class="faq-actions">
            <button type="button" class="faq-copy" data-answer="reponse-{_e(key)}" hidden>Copier la réponse<span class="visually-hidden"> : {_e(topic.label)}</span></button>
            <p class="faq-copied" role="status" aria-live="polite"></p>
          </div>
          <p class="faq-source">Source : <span class="faq-source-text">{_e(topic.source)}</span></p>
          <details class="faq-examples">
            <summary>Exemples de questions ({len(topic.examples)})</summary>
            <ul>{examples}</ul>
          </details>
        </article>"""


def _grouped(topics: Mapping[str, Topic], themes: Mapping[str, str]) -> Dict[str, List[str]]:
    """Topic keys by theme: the themes in the order of `themes`, then any other theme of a topic."""
    groups: Dict[str, List[str]] = {theme: [] for theme in themes}
    for key, topic in topics.items():
        groups.setdefault(topic.theme, []).append(key)
    return {theme: keys for theme, keys in groups.items() if keys}


def render_faq_page(topics: Mapping[str, Topic], themes: Mapping[str, str], query: str = "") -> str:
    """The FAQ page: `topics` grouped under their theme's title (`themes`: key -> title, the key
    when missing). With a query (the no-JavaScript search), topics that do not match are hidden."""
    query = query[:QUERY_MAX_CHARS]
    groups = _grouped(topics, themes)
    shown = {key for key, topic in topics.items() if not query.strip() or matches(topic, query)}
    nav_items: List[str] = []
    sections: List[str] = []
    for theme, keys in groups.items():
        title = themes.get(theme) or theme
        empty = not any(key in shown for key in keys)
        nav_items.append(f'<li data-theme="{_e(theme)}"{_hidden(empty)}><a href="#theme-{_e(theme)}">{_e(title)}</a></li>')
        articles = "".join(_topic_html(key, topics[key], key in shown) for key in keys)
        sections.append(f"""
      <section class="faq-theme" data-theme="{_e(theme)}" aria-labelledby="theme-{_e(theme)}"{_hidden(empty)}>
        <h2 id="theme-{_e(theme)}">{_e(title)}</h2>{articles}
      </section>""")
    return f"""<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Questions fréquentes de l'assistant des missions locales</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/static/faq.css">
  <script src="/static/faq.js" defer></script>
</head>
<body>
  <a class="skip" href="#recherche">Aller à la recherche</a>
  <a class="skip" href="#sujets">Aller à la liste des sujets</a>
  <header class="faq-header">
    <div class="wrap">
      <p class="faq-back"><a href="{DEMO_URL}">Retour à la page de démonstration</a></p>
      <h1>Questions fréquentes de l'assistant</h1>
      <p class="faq-intro">Voici exactement les réponses que donne l'assistant des missions locales, sujet par sujet,
        avec la source de chaque réponse et des exemples de questions qui y mènent. Cette page est générée à
        partir des fichiers de thèmes (<code>data/faq/</code>) : une modification enregistrée dans ces fichiers
        apparaît ici dès que vous rechargez la page.</p>
    </div>
  </header>
  <main id="contenu" class="wrap">
    <form class="faq-search" role="search" action="{PAGE_PATH}" method="get">
      <label for="recherche">Rechercher un sujet, une réponse ou une question</label>
      <p class="faq-hint" id="recherche-aide">Les accents et les majuscules ne comptent pas.</p>
      <div class="faq-search-row">
        <input type="search" id="recherche" name="q" value="{_e(query)}" autocomplete="off" spellcheck="false"
               aria-describedby="recherche-aide" aria-controls="sujets">
        <button type="submit">Rechercher</button>
      </div>
    </form>
    <p class="faq-status" id="faq-status" role="status" aria-live="polite">{_e(status_text(len(shown), query))}</p>
    <nav class="faq-themes" aria-label="Thèmes">
      <ul>{"".join(nav_items)}</ul>
    </nav>
    <div class="faq-list" id="sujets" tabindex="-1">{"".join(sections)}
    </div>
  </main>
  <footer class="faq-footer">
    <div class="wrap">
      <p>Pour corriger une réponse ou ajouter un sujet, modifiez le fichier de son thème dans <code>data/faq/</code>
        (mode d'emploi : <code>docs/guide-equipe.md</code>).</p>
    </div>
  </footer>
</body>
</html>
"""


def render_error_page(issues: Sequence[str]) -> str:
    """The page shown while a theme file cannot be read (an edit in progress): what is wrong."""
    items = "".join(f"<li>{_e(issue)}</li>" for issue in issues) or "<li>Un fichier de thème est illisible.</li>"
    return f"""<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Questions fréquentes : fichiers de thèmes à corriger</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/static/faq.css">
</head>
<body>
  <main class="wrap">
    <h1>Questions fréquentes de l'assistant</h1>
    <p>La page ne peut pas être affichée : les fichiers de thèmes (<code>data/faq/</code>) contiennent une erreur.
      Corrigez-la, enregistrez, puis rechargez la page.</p>
    <ul>{items}</ul>
    <p><a href="{DEMO_URL}">Retour à la page de démonstration</a></p>
  </main>
</body>
</html>
"""


def faq_page(request: Request) -> Reply:
    """`/faq/`: GET or HEAD only; the page rendered from the theme files as they are now."""
    if request.method not in ALLOWED_METHODS:
        return Reply(HTTPStatus.METHOD_NOT_ALLOWED,
                     "Méthode non permise : cette page se consulte seulement.\n".encode("utf-8"),
                     PLAIN_TEXT, {"Allow": ", ".join(ALLOWED_METHODS)})
    try:
        topics, themes = load_catalogue(FAQ_DIRECTORY)
    except (ValueError, yaml.YAMLError):
        return Reply(HTTPStatus.INTERNAL_SERVER_ERROR, render_error_page(problems(FAQ_DIRECTORY)).encode("utf-8"),
                     headers=dict(HEADERS))
    body = render_faq_page(topics, themes, request.param("q"))
    return Reply(HTTPStatus.OK, body.encode("utf-8"), headers=dict(HEADERS))
