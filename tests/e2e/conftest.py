"""One start of the real servers (action server + Rasa server), shared by all
end-to-end tests, exactly as the run command starts them; and, for the large gate sets only, a
second instance started the same way (`gate_chats`)."""

import json
import threading
import urllib.request
import uuid
from typing import Callable, Dict, List, Sequence, TypeVar

import pytest

from launcher import ports
from launcher.model import ensure_trained
from launcher.servers import Servers

Item = TypeVar("Item")
Result = TypeVar("Result")


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


class Chats:
    """Several assistant instances, each with its own action server, Rasa server and database,
    for the gate sets of thousands of messages: each item (a message sent in a new conversation,
    or one whole conversation) is independent of the others, so the items are shared out between
    the instances, one thread each. One Rasa server answers one message at a time on one core
    (about 1.4 times as many messages per second with two instances on a two-core machine:
    docs/benchmarks.md, "The gate sets on two instances")."""

    def __init__(self, chats: Sequence[Chat]) -> None:
        self.chats = list(chats)

    def map(self, talk: Callable[[Chat, Item], Result], items: Sequence[Item]) -> List[Result]:
        """talk(chat, item) for every item, in the items' order; item i goes to instance i mod n."""
        results: List = [None] * len(items)
        errors: List[BaseException] = []

        def work(k: int) -> None:
            try:
                for i in range(k, len(items), len(self.chats)):
                    results[i] = talk(self.chats[k], items[i])
            except BaseException as error:  # noqa: BLE001 (raised again in the test's thread)
                errors.append(error)

        threads = [threading.Thread(target=work, args=(k,)) for k in range(len(self.chats))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]
        return results

    def send_each(self, texts: Sequence[str], prefix: str = "gate") -> List[List[Dict]]:
        """Each text alone in a new conversation; the replies, in the texts' order."""
        return self.map(lambda chat, text: chat.send(text, f"{prefix}-{uuid.uuid4().hex[:10]}"), texts)


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


@pytest.fixture(scope="session")
def gate_chats(chat, tmp_path_factory) -> Chats:
    """The shared instance and a second one, started as the run command starts it (its own SQLite
    database), for the gate sets (tests/places/, tests/safety/)."""
    data_dir = tmp_path_factory.mktemp("second-state")
    with Servers(ensure_trained(), rasa_port=ports.E2E_SECOND.rasa, action_port=ports.E2E_SECOND.action,
                 data_dir=data_dir, cors=[ALLOWED_ORIGIN]) as second:
        yield Chats([chat, Chat(second.rest_webhook)])
