"""What the servers expose: loopback only, no HTTP API by default, CORS limited to the
configured origins (the e2e servers allow only the demo page's origin)."""

import urllib.error
import urllib.request

import pytest

from tests.e2e.conftest import ALLOWED_ORIGIN


def _listening_addresses(port: int):
    """Local addresses listening on `port`, read from the kernel's socket tables."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as handle:
            next(handle)
            for line in handle:
                fields = line.split()
                address, hex_port = fields[1].rsplit(":", 1)
                if int(hex_port, 16) == port and fields[3] == "0A":  # 0A = LISTEN
                    found.add(address)
    return found


def test_rasa_and_action_servers_listen_on_loopback_only(servers):
    for port in (servers.rasa_port, servers.action_port):
        addresses = _listening_addresses(port)
        assert addresses, port
        assert addresses <= {"0100007F"}, f"port {port} listens on {addresses}"  # 127.0.0.1 only


@pytest.mark.parametrize("path", ["/status", "/model/parse", "/conversations/x/tracker"])
def test_http_api_is_off_by_default(servers, path):
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{servers.rasa_url}{path}", timeout=10)
    assert refused.value.code in (404, 405)


def _preflight(servers, origin: str):
    request = urllib.request.Request(
        servers.rest_webhook, method="OPTIONS",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.headers.get("Access-Control-Allow-Origin")
    except urllib.error.HTTPError as error:
        return error.headers.get("Access-Control-Allow-Origin")


def test_cors_allows_the_configured_origin(servers):
    assert _preflight(servers, ALLOWED_ORIGIN) == ALLOWED_ORIGIN


def test_cors_refuses_other_origins(servers):
    assert _preflight(servers, "https://site-malveillant.example") is None
