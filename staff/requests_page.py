"""The staff pages of the call-back requests: the list (newest first, by structure), "mark
handled", and the CSV export. A structure's staff see only their structure's requests; a network
administrator sees all and may filter by structure. Access is checked by staff/web.py."""

import csv
import io
from datetime import datetime
from html import escape
from typing import List, Optional

from core import callback_requests
from launcher.widget_server import Reply, Request
from staff.access import Account
from staff.names import Names
from staff.report import LOCAL_TIME
from staff.report_page import page_html

LIST_PATH = "/equipe/demandes"
HANDLE_PATH = "/equipe/demandes/traiter"
DELETE_PATH = "/equipe/demandes/supprimer"
CSV_PATH = "/equipe/demandes.csv"
CSV_HEADER = ["numéro", "date", "structure", "prénom", "contact", "commune", "message", "traitée le", "traitée par"]


def when(timestamp: Optional[float]) -> str:
    return datetime.fromtimestamp(timestamp, LOCAL_TIME).strftime("%d/%m/%Y %H:%M") if timestamp else ""


def visible_structure(request: Request, account: Account) -> Optional[str]:
    """The structure whose requests this account sees: its own, or (administrator) the one chosen."""
    return (request.param("structure").strip() or None) if account.is_admin else account.scope


def requests_for(context, request: Request, account: Account) -> List[callback_requests.CallbackRequest]:
    return callback_requests.list_requests(context.database_url, visible_structure(request, account))


def _filter_form(account: Account, chosen: Optional[str], names: Names, context) -> str:
    if not account.is_admin:
        return f"<p>Demandes de la structure : <strong>{escape(names.structure(account.structure or ''))}</strong>.</p>"
    codes = sorted(callback_requests.structures_with_requests(context.database_url), key=names.structure)
    options = ['<option value="">Toutes les structures</option>'] + [
        f'<option value="{escape(code)}"{" selected" if code == chosen else ""}>{escape(names.structure(code))}</option>'
        for code in codes]
    return (f'<form class="period" method="get" action="{LIST_PATH}"><div><label for="structure">Structure</label> '
            f'<select id="structure" name="structure">{"".join(options)}</select></div>'
            '<button type="submit">Afficher</button></form>')


def list_page(request: Request, account: Account, context) -> Reply:
    names = Names()
    chosen = visible_structure(request, account)
    rows = []
    token = context.form_token(account)
    for item in requests_for(context, request, account):
        hidden = f'<input type="hidden" name="id" value="{item.id}"><input type="hidden" name="jeton" value="{token}">'
        if item.handled_at:
            state = f"Traitée le {when(item.handled_at)} par {escape(item.handled_by or '')}"
        else:
            state = (f'<form method="post" action="{HANDLE_PATH}">{hidden}'
                     f'<button type="submit">Marquer comme traitée<span class="sr-only"> (demande n° {item.id})'
                     "</span></button></form>")
        state += (f'<form method="post" action="{DELETE_PATH}">{hidden}'
                  f'<button type="submit" class="secondary">Supprimer<span class="sr-only"> la demande n° {item.id}, '
                  "retirée par la personne</span></button></form>")
        cells = [("N°", str(item.id)), ("Date", when(item.created_at)),
                 ("Structure", escape(names.structure(item.structure_code))),
                 ("Prénom", escape(item.first_name)), ("Contact", escape(item.contact)),
                 ("Commune", escape(names.commune(item.commune_code))),
                 ("Message", escape(item.message) or "—"), ("État", state)]
        # data-label: on a phone, each row is a card whose cells say what they are (staff.css)
        rows.append("<tr>" + "".join(f'<td data-label="{label}">{value}</td>' for label, value in cells) + "</tr>")
    table = ('<div class="table-wrap"><table class="groups requests"><caption>Demandes de rappel, les plus récentes d\'abord'
             '</caption><thead><tr><th scope="col">N°</th><th scope="col">Date</th><th scope="col">Structure</th>'
             '<th scope="col">Prénom</th><th scope="col">Contact</th><th scope="col">Commune</th>'
             f'<th scope="col">Message</th><th scope="col">État</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
             if rows else "<p>Aucune demande de rappel.</p>")
    query = f"?structure={escape(chosen)}" if account.is_admin and chosen else ""
    done = {"1": "Demande marquée comme traitée.", "supprimee": "Demande supprimée."}.get(request.param("fait"), "")
    done = f'<p class="notice" role="status">{done}</p>' if done else ""
    body = f"""<p>Les personnes qui ont demandé, dans l'assistant, à être recontactées par leur mission locale, avec
leur accord. Ces demandes sont effacées automatiquement au bout de la durée de conservation ; une personne qui
retire sa demande avant : « Supprimer ».</p>
{done}
{_filter_form(account, chosen, names, context)}
<p><a class="button" href="{CSV_PATH}{query}" download>Exporter en CSV</a></p>
{table}"""
    return Reply(200, page_html("Demandes de rappel", body, account))


def handle(request: Request, account: Account, context) -> Reply:
    """POST: marks one request handled (one of this account's structure, unless administrator)."""
    return _change(request, account, "1", "Demande inconnue ou déjà traitée.",
                   lambda request_id, structure: callback_requests.mark_handled(
                       context.database_url, request_id, account.name, structure))


def delete(request: Request, account: Account, context) -> Reply:
    """POST: deletes one request that the person withdrew (one of this account's structure, unless
    administrator)."""
    return _change(request, account, "supprimee", "Demande inconnue.",
                   lambda request_id, structure: callback_requests.delete(context.database_url, request_id, structure))


def _change(request: Request, account: Account, done: str, unknown: str, change) -> Reply:
    """A POST that changes one request, `change(request_id, structure)` (the account's structure,
    or None for an administrator), then back to the list with the notice `done`."""
    plain = "text/plain; charset=utf-8"
    if request.method != "POST":
        return Reply(405, "Méthode non permise.\n".encode("utf-8"), plain, {"Allow": "POST"})
    try:
        request_id = int(request.form().get("id", ""))
    except ValueError:
        return Reply(400, "Demande inconnue.\n".encode("utf-8"), plain)
    if not change(request_id, account.scope):
        return Reply(404, (unknown + "\n").encode("utf-8"), plain)
    return Reply(303, b"", plain, {"Location": f"{LIST_PATH}?fait={done}"})


def to_csv(items: List[callback_requests.CallbackRequest], names: Names) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for item in items:
        writer.writerow([item.id, when(item.created_at), names.structure(item.structure_code),
                         item.first_name, item.contact, names.commune(item.commune_code),
                         item.message, when(item.handled_at), item.handled_by or ""])
    return "\ufeff" + out.getvalue()


def export_csv(request: Request, account: Account, context) -> Reply:
    text = to_csv(requests_for(context, request, account), Names())
    return Reply(200, text.encode("utf-8"), "text/csv; charset=utf-8",
                 {"Content-Disposition": 'attachment; filename="demandes-de-rappel.csv"'})
