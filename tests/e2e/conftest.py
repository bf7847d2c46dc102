"""One start of the real servers (action server + Rasa server), shared by all
end-to-end tests, exactly as the run command starts them."""

import json
import urllib.request
import uuid
from typing import Dict, List

import pytest

from launcher import ports
from launcher.model import ensure_trained
from launcher.servers import Servers


class Chat:
    """Talks to the assistant over the REST channel, like a website would."""

    def __init__(self, webhook: str) -> None:
        self.webhook = webhook

    def send(self, text: str, sender: str = "") -> List[Dict]:
        body = json.dumps({"sender": sender or f"e2e-{uuid.uuid4().hex[:10]}", "message": text})
        request = urllib.request.Request(
            self.webhook, data=body.encode("utf-8"), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read().decode("utf-8"))

    def texts(self, text: str, sender: str = "") -> List[str]:
        return [m.get("text", "") for m in self.send(text, sender)]


ALLOWED_ORIGIN = "http://127.0.0.1:8080"  # the demo page's origin, the run command's default


@pytest.fixture(scope="session")
def servers(tmp_path_factory):
    model = ensure_trained()
    data_dir = tmp_path_factory.mktemp("state")
    with Servers(model, rasa_port=ports.E2E.rasa, action_port=ports.E2E.action, data_dir=data_dir,
                 cors=[ALLOWED_ORIGIN], widget_port=ports.E2E_WEB) as running:
        yield running


@pytest.fixture(scope="session")
def chat(servers) -> Chat:
    return Chat(servers.rest_webhook)
