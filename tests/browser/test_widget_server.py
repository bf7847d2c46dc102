"""The widget's static file server over real HTTP (no browser, no Rasa): only the files of
widget/, with their content types, no listing, nothing outside, and the demo page pointing to
the Rasa server it was started with."""

import http.client

import pytest

from launcher.widget_server import WidgetServer

PORT = 8205  # the browser tests' widget port; their servers are stopped between modules


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
    assert status in (302, 404)
    assert b"import" not in body and b"Index of" not in body


def test_demo_page_talks_to_the_configured_server(server):
    _, _, body = get("/widget/demo.html")
    page = body.decode("utf-8")
    assert 'data-server="http://127.0.0.1:5999"' in page
    assert 'data-retention-days="45"' in page
    assert page.count("<script") == 1  # the one tag a site needs


def test_head_sends_no_body(server):
    status, headers, body = get("/widget/assistant-ml.js", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0
