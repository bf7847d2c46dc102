"""The generated pages of the run command's web server, by URL path: the public FAQ page, and
the staff pages, which need a staff credential (staff/access.py)."""

import secrets
from pathlib import Path
from typing import Callable, Dict

from launcher.widget_server import Page, Reply, Request
from staff import access
from staff.faq_page import faq_page

STAFF_PREFIX = "/equipe/"
REALM = "equipes-missions-locales"
# Staff pages hold personal data: never cached, never framed, no referrer to other sites (within
# the site, browsers then send the Origin that the forms' check reads: with "no-referrer" a form's
# Origin would be "null"), only this server's files.
PRIVATE_HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
}
StaffPage = Callable[[Request, access.Account, "StaffContext"], Reply]


class StaffContext:
    """What the staff pages share: the accounts file, the conversation database, the failed
    attempts of this server, and the key of its forms' tokens."""

    def __init__(self, state_dir: Path, database_url: str) -> None:
        self.accounts_path = access.accounts_file(state_dir)
        self.database_url = database_url
        self.failures = access.FailedAttempts()
        self.form_key = secrets.token_bytes(32)

    def form_token(self, account: access.Account) -> str:
        return access.form_token(self.form_key, account)


def _text(status: int, message: str, headers: Dict[str, str]) -> Reply:
    return Reply(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8", {**PRIVATE_HEADERS, **headers})


def protected(handler: StaffPage, context: StaffContext) -> Page:
    """The page, for a request with a valid staff credential (HTTP Basic); 401 without one,
    429 after too many failed attempts from one client, 403 for a cross-site form."""

    def page(request: Request) -> Reply:
        wait = context.failures.blocked_for(request.client)
        if wait:
            minutes = int(wait // 60) + 1
            return _text(429, f"Trop de tentatives refusées. Réessayez dans {minutes} minute(s).",
                         {"Retry-After": str(int(wait) + 1)})
        given = access.basic_credential(request.headers)
        account = access.authenticate(access.load_accounts(context.accounts_path), given)
        if account is None:
            if request.headers.get("authorization"):
                context.failures.failed(request.client)
            return _text(401, "Identifiant requis : cette page est réservée aux équipes des missions locales.",
                         {"WWW-Authenticate": f'Basic realm="{REALM}", charset="UTF-8"'})
        if request.method == "POST":
            form = request.form()
            token_ok = access.secrets_equal(form.get("jeton", ""), context.form_token(account))
            if not (access.same_origin(request.headers) and token_ok):
                return _text(403, "Formulaire refusé : rechargez la page et recommencez.", {})
        reply = handler(request, account, context)
        reply.headers = {**PRIVATE_HEADERS, **reply.headers}
        return reply

    return page


def pages(state_dir: Path, database_url: str) -> Dict[str, Page]:
    """Every generated page: the public FAQ page and the staff pages."""
    from staff import report_page, requests_page

    context = StaffContext(state_dir, database_url)
    return {
        "/faq/": faq_page,
        STAFF_PREFIX: protected(report_page.index, context),
        STAFF_PREFIX + "rapport": protected(report_page.report, context),
        STAFF_PREFIX + "rapport.csv": protected(report_page.report_csv, context),
        requests_page.LIST_PATH: protected(requests_page.list_page, context),
        requests_page.HANDLE_PATH: protected(requests_page.handle, context),
        requests_page.DELETE_PATH: protected(requests_page.delete, context),
        requests_page.CSV_PATH: protected(requests_page.export_csv, context),
    }
