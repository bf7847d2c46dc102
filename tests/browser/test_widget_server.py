"""The widget's static file server over real HTTP (no browser, no Rasa): only the files of
widget/, with their content types, no listing, nothing outside, and the demo page pointing to
the Rasa server it was started with."""

import http.client
import socket

import pytest

from launcher.widget_server import WidgetServer
from tests.browser.browser_settings import WIDGET_PORT as PORT  # stopped between modules


@pytest.fixture(scope="module")
def server():
    running = WidgetServer(PORT, "http://127.0.0.1:5999", days=45).start()
    yield running
    running.stop()


def get(path: str, method: str = "GET"):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
    connection.request(method, path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


@pytest.mark.parametrize(
    "path,content_type",
    [
        ("/widget/assistant-ml.js", "text/javascript; charset=utf-8"),
        ("/widget/assistant-ml.css", "text/css; charset=utf-8"),
        ("/widget/demo.html", "text/html; charset=utf-8"),
    ],
)
def test_widget_files_are_served_with_their_type(server, path, content_type):
    status, headers, body = get(path)
    assert status == 200
    assert headers["Content-Type"] == content_type
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert int(headers["Content-Length"]) == len(body) > 0


def test_root_redirects_to_the_demo_page(server):
    status, headers, _ = get("/")
    assert status == 302
    assert headers["Location"] == "/widget/demo.html"


@pytest.mark.parametrize(
    "path",
    [
        "/widget/",  # a folder is redirected, never listed
        "/widget/../launcher/servers.py",
        "/widget/%2e%2e/launcher/servers.py",
        "/widget/..%2flauncher%2fservers.py",
        "/launcher/servers.py",
        "/README.md",
        "/widget/missing.js",
        "/widget/.gitignore",
    ],
)
def test_nothing_else_is_served(server, path):
    status, headers, body = get(path)
    if path == "/widget/":
        assert (status, headers["Location"]) == (302, "/widget/demo.html")
    else:
        assert status == 404
        assert body == "Page introuvable.\n".encode("utf-8")


def test_demo_page_talks_to_the_configured_server(server):
    _, _, body = get("/widget/demo.html")
    page = body.decode("utf-8")
    assert 'data-server="http://127.0.0.1:5999"' in page
    assert 'data-retention-days="45"' in page
    assert page.count("<script") == 1  # the one tag a site needs


def test_head_sends_no_body(server):
    # http.client never reads a body after HEAD, so read the raw socket to the end
    with socket.create_connection(("127.0.0.1", PORT), timeout=5) as sock:
        sock.sendall(b"HEAD /widget/assistant-ml.js HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        raw = b""
        while chunk := sock.recv(65536):
            raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 200") and b"Content-Length: " in head
    assert body == b""
