"""A small web server for the web widget, its demo page and the staff pages.

Serves the files of `widget/` under the URL path `/widget/` (so the embed URL is
`http://host:port/widget/assistant-ml.js`) and the staff pages' files (`staff/static/`) under
`/static/`; `/` redirects to the demo page. No directory listing, no hidden files, a fixed list
of file types. When serving `demo.html` it writes the Rasa server's URL and the retention period
into the widget's script tag, so the demo page talks to the server started with it. Generated
pages (the FAQ page, the staff pages) are `Page` callables registered by path (`pages`).

Run alone: `python -m launcher.widget_server` (ML_WIDGET_PORT, default 8080; ML_RASA_PORT,
default 5005; ML_RETENTION_DAYS, default 30).
"""

import html
import logging
import re
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Dict, List, Mapping, Optional
from urllib.parse import parse_qs, unquote, urlsplit

from core import settings
from launcher.database import retention_days
from launcher.paths import ROOT

logger = logging.getLogger(__name__)

WIDGET_DIR = ROOT / "widget"
PREFIX = "/widget/"
STATIC_DIR = ROOT / "staff" / "static"
STATIC_PREFIX = "/static/"
MAX_BODY_BYTES = 64 * 1024  # the staff pages' forms are small
DEMO_PAGE = "demo.html"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}


@dataclass
class Request:
    """What a generated page sees of an HTTP request."""

    method: str
    path: str
    query: Dict[str, List[str]]
    headers: Mapping[str, str]
    client: str  # the peer's IP address
    body: bytes = b""

    def param(self, name: str, default: str = "") -> str:
        values = self.query.get(name)
        return values[0] if values else default

    def form(self) -> Dict[str, str]:
        """The fields of a form POSTed as application/x-www-form-urlencoded (first value of each)."""
        try:
            fields = parse_qs(self.body.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            return {}
        return {name: values[0] for name, values in fields.items()}


@dataclass
class Reply:
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: Dict[str, str] = field(default_factory=dict)


Page = Callable[[Request], Reply]


def render_demo(page: str, rasa_url: str, days: int) -> str:
    """The demo page with the widget's data-server and data-retention-days set."""
    server = f'data-server="{html.escape(rasa_url, quote=True)}"'
    page = re.sub(r'data-server="[^"]*"', lambda _: server, page, count=1)
    return re.sub(r'data-retention-days="[^"]*"', lambda _: f'data-retention-days="{int(days)}"', page, count=1)


def resolve(url_path: str, root: Path = WIDGET_DIR, prefix: str = PREFIX) -> Optional[Path]:
    """The file under root that a <prefix>... URL path names, or None (outside, hidden, unknown type)."""
    path = unquote(urlsplit(url_path).path)
    if not path.startswith(prefix):
        return None
    relative = path[len(prefix):]
    if not relative or "\\" in relative or "\x00" in relative:
        return None
    parts = relative.split("/")
    if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
        return None
    candidate = (root / relative).resolve()
    base = root.resolve()
    if base not in candidate.parents or not candidate.is_file():
        return None
    if candidate.suffix not in CONTENT_TYPES:
        return None
    return candidate


def make_handler(rasa_url: str, days: int, root: Path = WIDGET_DIR, pages: Optional[Dict[str, Page]] = None):
    demo = render_demo((root / DEMO_PAGE).read_text(encoding="utf-8"), rasa_url, days).encode("utf-8")
    pages = dict(pages or {})

    class WidgetHandler(BaseHTTPRequestHandler):
        server_version = "assistant-ml-widget"
        sys_version = ""

        def _send(self, status: int, body: bytes, content_type: str, head_only: bool,
                  headers: Optional[Dict[str, str]] = None) -> None:
            self.send_response(status)
            sent = {"Content-Type": content_type, "Content-Length": str(len(body)),
                    "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache", **(headers or {})}
            for name, value in sent.items():
                self.send_header(name, value)
            self.end_headers()
            if not head_only:
                self.wfile.write(body)

        def _redirect(self, location: str) -> None:
            self.send_response(HTTPStatus.FOUND)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _text(self, status: int, message: str, head_only: bool) -> None:
            self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8", head_only)

        def _page(self, page: Page, method: str, head_only: bool) -> None:
            parts = urlsplit(self.path)
            length_header = (self.headers.get("Content-Length") or "0").strip()
            if not length_header.isdigit():
                self._text(HTTPStatus.BAD_REQUEST, "Requête mal formée.", head_only)
                return
            length = int(length_header)
            if length > MAX_BODY_BYTES:
                self._text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "Requête trop longue.", head_only)
                return
            body = self.rfile.read(length) if length else b""
            request = Request(method=method, path=parts.path, query=parse_qs(parts.query),
                              headers={k.lower(): v for k, v in self.headers.items()},
                              client=self.client_address[0], body=body)
            try:
                reply = page(request)
            except Exception:  # noqa: BLE001 - the person gets a French page, the server stays up
                logger.exception("page %s failed", parts.path)
                self._text(HTTPStatus.INTERNAL_SERVER_ERROR,
                           "Désolé, cette page ne peut pas s'afficher pour l'instant. Réessayez dans quelques minutes.",
                           head_only)
                return
            self._send(reply.status, reply.body, reply.content_type, head_only, reply.headers)

        def _serve(self, head_only: bool, method: str = "GET") -> None:
            path = urlsplit(self.path).path
            if path in ("/", PREFIX.rstrip("/"), PREFIX):
                self._redirect(PREFIX + DEMO_PAGE)
                return
            if path in pages:
                self._page(pages[path], method, head_only)
                return
            if path + "/" in pages:
                self._redirect(path + "/")
                return
            if method != "GET":
                self._send(HTTPStatus.METHOD_NOT_ALLOWED, "Méthode non permise.\n".encode("utf-8"),
                           "text/plain; charset=utf-8", head_only, {"Allow": "GET, HEAD"})
                return
            file = resolve(self.path, root) or resolve(self.path, STATIC_DIR, STATIC_PREFIX)
            if file is None:
                self._text(HTTPStatus.NOT_FOUND, "Page introuvable.", head_only)
                return
            if file.name == DEMO_PAGE:
                body = demo  # rendered once: the server URL and retention period do not change
            else:
                body = file.read_bytes()
            self._send(HTTPStatus.OK, body, CONTENT_TYPES[file.suffix], head_only)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._serve(head_only=False)

        def do_HEAD(self) -> None:  # noqa: N802
            self._serve(head_only=True)

        def do_POST(self) -> None:  # noqa: N802
            self._serve(head_only=False, method="POST")

        def log_message(self, format: str, *args) -> None:  # quiet: the run command prints what matters
            pass

    return WidgetHandler


class WidgetServer:
    """The widget file server in a background thread, bound to 127.0.0.1."""

    def __init__(self, port: int, rasa_url: str, host: str = "127.0.0.1", days: Optional[int] = None,
                 pages: Optional[Dict[str, Page]] = None) -> None:
        self.host = host
        self.pages = dict(pages or {})
        self.port = port
        self.rasa_url = rasa_url
        self.days = days if days is not None else retention_days()
        self._httpd: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{PREFIX}"

    @property
    def demo_url(self) -> str:
        return self.url + DEMO_PAGE

    def start(self) -> "WidgetServer":
        self._httpd = ThreadingHTTPServer((self.host, self.port), make_handler(self.rasa_url, self.days, pages=self.pages))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="widget-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None


def main() -> None:
    port = settings.integer("ML_WIDGET_PORT")
    rasa_url = f"http://127.0.0.1:{settings.integer('ML_RASA_PORT')}"
    server = WidgetServer(port, rasa_url).start()
    print(f"Widget demo page: {server.demo_url} (talks to {rasa_url}); Ctrl-C to stop.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
