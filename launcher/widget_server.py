"""A small static file server for the web widget and its demo page.

Serves only the files of `widget/`, under the URL path `/widget/` (so the embed URL is
`http://host:port/widget/assistant-ml.js`); `/` redirects to the demo page. No directory
listing, no hidden files, a fixed list of file types. When serving `demo.html` it writes the
Rasa server's URL and the retention period into the widget's script tag, so the demo page
talks to the server started with it.

Run alone: `python -m launcher.widget_server` (ML_WIDGET_PORT, default 8080; ML_RASA_PORT,
default 5005; ML_RETENTION_DAYS, default 30).
"""

import html
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional
from urllib.parse import unquote, urlsplit

from core import settings
from launcher.database import retention_days
from launcher.paths import ROOT

WIDGET_DIR = ROOT / "widget"
PREFIX = "/widget/"
DEMO_PAGE = "demo.html"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}


def render_demo(page: str, rasa_url: str, days: int) -> str:
    """The demo page with the widget's data-server and data-retention-days set."""
    server = f'data-server="{html.escape(rasa_url, quote=True)}"'
    page = re.sub(r'data-server="[^"]*"', lambda _: server, page, count=1)
    return re.sub(r'data-retention-days="[^"]*"', lambda _: f'data-retention-days="{int(days)}"', page, count=1)


def resolve(url_path: str, root: Path = WIDGET_DIR) -> Optional[Path]:
    """The file under root that a /widget/... URL path names, or None (outside, hidden, unknown type)."""
    path = unquote(urlsplit(url_path).path)
    if not path.startswith(PREFIX):
        return None
    relative = path[len(PREFIX):]
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


def make_handler(rasa_url: str, days: int, root: Path = WIDGET_DIR):
    demo = render_demo((root / DEMO_PAGE).read_text(encoding="utf-8"), rasa_url, days).encode("utf-8")

    class WidgetHandler(BaseHTTPRequestHandler):
        server_version = "assistant-ml-widget"
        sys_version = ""

        def _send(self, status: int, body: bytes, content_type: str, head_only: bool) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            if not head_only:
                self.wfile.write(body)

        def _serve(self, head_only: bool) -> None:
            path = urlsplit(self.path).path
            if path in ("/", PREFIX.rstrip("/"), PREFIX):
                self.send_response(HTTPStatus.FOUND)
                self.send_header("Location", PREFIX + DEMO_PAGE)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            file = resolve(self.path, root)
            if file is None:
                self._send(HTTPStatus.NOT_FOUND, "Page introuvable.\n".encode("utf-8"),
                           "text/plain; charset=utf-8", head_only)
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

        def log_message(self, format: str, *args) -> None:  # quiet: the run command prints what matters
            pass

    return WidgetHandler


class WidgetServer:
    """The widget file server in a background thread, bound to 127.0.0.1."""

    def __init__(self, port: int, rasa_url: str, host: str = "127.0.0.1", days: Optional[int] = None) -> None:
        self.host = host
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
        self._httpd = ThreadingHTTPServer((self.host, self.port), make_handler(self.rasa_url, self.days))
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
