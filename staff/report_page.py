"""The staff pages of the report (what the assistant did not understand): HTML and CSV, in French.
The report itself is built by staff/report.py; access is checked by staff/web.py."""

from datetime import date
from html import escape
from typing import List, Optional, Tuple

from launcher.widget_server import Reply, Request
from staff import report as reports
from staff.access import Account
from staff.names import Names

MAX_PERIOD_DAYS = 366
CHART_HEIGHT = 120
BAR_WIDTH = 14


def page_html(title: str, body: str, account: Account) -> bytes:
    """A staff page: the shared skeleton, its title and body (already escaped)."""
    who = "administrateur du réseau" if account.is_admin else f"équipe : {Names().structure(account.structure or '')}"
    return f"""<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} – Assistant Missions Locales</title>
<link rel="stylesheet" href="/static/staff.css">
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="staff-header">
  <p class="brand">Assistant Missions Locales : espace des équipes</p>
  <nav aria-label="Pages des équipes">
    <ul>
      <li><a href="/equipe/">Accueil</a></li>
      <li><a href="/equipe/rapport">Messages non compris</a></li>
      <li><a href="/equipe/demandes">Demandes de rappel</a></li>
      <li><a href="/faq/">Questions fréquentes</a></li>
    </ul>
  </nav>
  <p class="who">Connecté : {escape(account.name)} ({escape(who)})</p>
</header>
<main id="contenu">
<h1>{escape(title)}</h1>
{body}
</main>
</body>
</html>
""".encode("utf-8")


def index(request: Request, account: Account, context) -> Reply:
    body = """<p>Les pages réservées aux équipes. Elles contiennent des données personnelles masquées :
ne les partagez pas hors de votre structure.</p>
<ul class="cards">
  <li><a href="/equipe/rapport">Ce que l'assistant n'a pas compris</a> : les messages tombés dans
  « je n'ai pas compris », hors sujet, les menus sans réponse et les lieux introuvables, regroupés.</li>
  <li><a href="/equipe/demandes">Demandes de rappel</a> : les personnes qui ont demandé à être recontactées
  par leur mission locale.</li>
  <li><a href="/faq/">Questions fréquentes</a> : toutes les réponses de l'assistant, à copier.</li>
</ul>"""
    return Reply(200, page_html("Espace des équipes", body, account))


def _parse_day(value: str) -> Optional[date]:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def period_of(request: Request) -> Tuple[date, date, str]:
    """The period asked for (du, au: YYYY-MM-DD), the default one (the last 30 days) when absent,
    and an error message in French when what was asked cannot be read."""
    start, end = reports.default_period()
    asked_start, asked_end = request.param("du"), request.param("au")
    error = ""
    if asked_start or asked_end:
        parsed_start = _parse_day(asked_start) if asked_start else start
        parsed_end = _parse_day(asked_end) if asked_end else end
        if parsed_start is None or parsed_end is None:
            error = "Date illisible : utilisez le format AAAA-MM-JJ. La période par défaut est affichée."
        elif parsed_end < parsed_start:
            error = "La date de fin précède la date de début. La période par défaut est affichée."
        elif (parsed_end - parsed_start).days >= MAX_PERIOD_DAYS:
            error = f"Période trop longue ({MAX_PERIOD_DAYS} jours au plus). La période par défaut est affichée."
        else:
            start, end = parsed_start, parsed_end
    return start, end, error


def _chart(report: reports.Report) -> str:
    """Daily bars (understood below, not understood on top), an image for sighted users; the same
    figures are in the table that follows."""
    days = report.days
    highest = max([report.understood_by_day.get(d, 0) + report.missed_by_day.get(d, 0) for d in days] + [1])
    width = len(days) * (BAR_WIDTH + 4) + 4
    bars: List[str] = []
    for i, day in enumerate(days):
        ok, missed = report.understood_by_day.get(day, 0), report.missed_by_day.get(day, 0)
        x = 4 + i * (BAR_WIDTH + 4)
        ok_h = round(CHART_HEIGHT * ok / highest)
        missed_h = round(CHART_HEIGHT * missed / highest)
        bars.append(f'<rect x="{x}" y="{CHART_HEIGHT - ok_h}" width="{BAR_WIDTH}" height="{ok_h}" fill="#2e6b3a"/>')
        bars.append(f'<rect x="{x}" y="{CHART_HEIGHT - ok_h - missed_h}" width="{BAR_WIDTH}" height="{missed_h}" '
                    'fill="#b3261e"/>')
    return (f'<figure class="chart"><svg role="img" aria-labelledby="chart-title" viewBox="0 0 {width} {CHART_HEIGHT}" '
            f'width="{width}" height="{CHART_HEIGHT}"><title id="chart-title">Messages par jour : compris en vert, '
            f'non compris en rouge (chiffres dans le tableau ci-dessous)</title>{"".join(bars)}</svg>'
            '<figcaption><span class="key ok">■</span> compris <span class="key missed">■</span> non compris '
            '(les mêmes chiffres sont dans le tableau « Messages par jour »)</figcaption></figure>')


def _daily_table(report: reports.Report) -> str:
    rows = "".join(
        f"<tr><th scope=\"row\">{d:%d/%m/%Y}</th><td>{report.understood_by_day.get(d, 0)}</td>"
        f"<td>{report.missed_by_day.get(d, 0)}</td></tr>" for d in report.days)
    return ('<div class="table-wrap"><table class="daily"><caption>Messages par jour</caption>'
            '<thead><tr><th scope="col">Jour</th><th scope="col">Compris</th><th scope="col">Non compris</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")


def _groups_table(report: reports.Report) -> str:
    if not report.groups:
        return "<p>Aucun message non compris sur cette période.</p>"
    rows = []
    for g in report.groups:
        others = "".join(f"<li>{escape(t)}</li>" for t in g.examples[1:4])
        more = f'<ul class="others">{others}</ul>' if others else ""
        rows.append(f"<tr><td class=\"count\">{g.count}</td><td><span class=\"message\">{escape(g.examples[0])}</span>"
                    f"{more}</td><td>{escape(reports.categories_text(g))}</td></tr>")
    return ('<div class="table-wrap"><table class="groups"><caption>Messages non compris, regroupés par mots '
            "(accents, majuscules et petits mots mis de côté), les plus fréquents d'abord</caption>"
            '<thead><tr><th scope="col">Nombre</th><th scope="col">Message (et autres formulations)</th>'
            f'<th scope="col">Raisons</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def report(request: Request, account: Account, context) -> Reply:
    start, end, error = period_of(request)
    built = reports.build_report(context.database_url, start, end)
    missed = sum(built.missed_by_day.values())
    query = f"du={start.isoformat()}&amp;au={end.isoformat()}"
    body = f"""<form class="period" method="get" action="/equipe/rapport">
  <div><label for="du">Du</label> <input type="date" id="du" name="du" value="{start.isoformat()}"></div>
  <div><label for="au">Au</label> <input type="date" id="au" name="au" value="{end.isoformat()}"></div>
  <button type="submit">Afficher</button>
</form>
{f'<p class="error" role="alert">{escape(error)}</p>' if error else ''}
<p class="summary">Du {start:%d/%m/%Y} au {end:%d/%m/%Y} : <strong>{missed}</strong> message(s) non compris sur
{built.total_messages}. Les numéros de téléphone, adresses électroniques et longues suites de chiffres sont masqués.</p>
<p><a class="button" href="/equipe/rapport.csv?{query}" download>Exporter en CSV</a></p>
<h2>Par jour</h2>
{_chart(built)}
{_daily_table(built)}
<h2>Messages non compris</h2>
{_groups_table(built)}"""
    return Reply(200, page_html("Ce que l'assistant n'a pas compris", body, account))


def report_csv(request: Request, account: Account, context) -> Reply:
    start, end, _ = period_of(request)
    built = reports.build_report(context.database_url, start, end)
    name = f"non-compris-{start.isoformat()}-{end.isoformat()}.csv"
    return Reply(200, reports.to_csv(built).encode("utf-8"), "text/csv; charset=utf-8",
                 {"Content-Disposition": f'attachment; filename="{name}"'})

