"""Local fakes of the messaging platforms' APIs (Telegram Bot API, Meta Graph API,
Slack Web API, Twilio REST API).

They are fakes because the real platforms cannot be reached from here (and must not
receive test traffic): each records what the assistant sends it and answers the way
the platform documents it, with only the fields Rasa's connectors read.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Tuple
from urllib.parse import parse_qs, urlsplit

HOST = "127.0.0.1"

Received = Dict[str, Any]  # {"path": ..., "query": {...}, "headers": {...}, "body": {...}}
Answer = Tuple[int, Dict[str, Any]]


def _parse_body(content_type: str, raw: bytes) -> Dict[str, Any]:
    if not raw:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(raw.decode("utf-8"))
    return {key: values[0] for key, values in parse_qs(raw.decode("utf-8"), keep_blank_values=True).items()}


class FakeApi:
    """One platform's API on 127.0.0.1:port, answering with `answer(received)`."""

    def __init__(self, port: int, answer: Callable[[Received], Answer]) -> None:
        self.port = port
        self.answer = answer
        self.received: List[Received] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                url = urlsplit(self.path)
                received = {
                    "path": url.path,
                    "query": {k: v[0] for k, v in parse_qs(url.query).items()},
                    "headers": dict(self.headers),
                    "body": _parse_body(self.headers.get("Content-Type", ""), raw),
                }
                with fake._lock:
                    fake.received.append(received)
                status, payload = fake.answer(received)
                data = json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((HOST, port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> "FakeApi":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def matching(self, predicate: Callable[[Received], bool]) -> List[Received]:
        with self._lock:
            return [r for r in self.received if predicate(r)]

    def wait_for(self, predicate: Callable[[Received], bool], count: int = 1,
                 timeout: float = 30, settle: float = 0.5) -> List[Received]:
        """The matching requests, once at least `count` came and no other for `settle` s."""
        deadline = time.monotonic() + timeout
        while len(self.matching(predicate)) < count and time.monotonic() < deadline:
            time.sleep(0.1)
        seen = len(self.matching(predicate))
        while True:
            time.sleep(settle)
            now = len(self.matching(predicate))
            if now == seen:
                return self.matching(predicate)
            seen = now


def telegram_answer(bot_username: str) -> Callable[[Received], Answer]:
    """Bot API: POST /bot<token>/<method>; {"ok": true, "result": ...}."""
    counter = {"message_id": 100}

    def answer(received: Received) -> Answer:
        method = received["path"].rsplit("/", 1)[-1]
        body = received["body"]
        if method == "getMe":
            return 200, {"ok": True, "result": {"id": 123456789, "is_bot": True,
                                                "first_name": "Assistant", "username": bot_username}}
        if method == "setWebhook":
            return 200, {"ok": True, "result": True, "description": "Webhook was set"}
        if method == "sendMessage":
            counter["message_id"] += 1
            return 200, {"ok": True, "result": {
                "message_id": counter["message_id"], "date": int(time.time()),
                "chat": {"id": int(body["chat_id"]), "type": "private"}, "text": body.get("text", ""),
            }}
        return 200, {"ok": True, "result": True}

    return answer


def messenger_answer(received: Received) -> Answer:
    """Send API: POST /<version>/me/messages?access_token=...; {"recipient_id", "message_id"}."""
    recipient = (received["body"].get("recipient") or {}).get("id", "")
    if "sender_action" in received["body"]:
        return 200, {"recipient_id": recipient}
    return 200, {"recipient_id": recipient, "message_id": f"m_fake{len(recipient)}"}


def slack_answer(received: Received) -> Answer:
    """Web API: POST /api/chat.postMessage; {"ok": true, "channel", "ts", "message"}."""
    body = received["body"]
    return 200, {"ok": True, "channel": body.get("channel"), "ts": f"{time.time():.6f}",
                 "message": {"type": "message", "text": body.get("text", ""), "bot_id": "B0FAKE"}}


def twilio_answer(received: Received) -> Answer:
    """REST API: POST /2010-04-01/Accounts/<sid>/Messages.json; 201 and the message resource."""
    body = received["body"]
    account = received["path"].split("/")[3]
    return 201, {
        "sid": "SM" + "0" * 32, "account_sid": account, "to": body.get("To"), "from": body.get("From"),
        "body": body.get("Body", ""), "status": "queued", "num_segments": "1", "direction": "outbound-api",
        "api_version": "2010-04-01", "date_created": "Sat, 28 Nov 2026 08:00:00 +0000",
        "date_updated": "Sat, 28 Nov 2026 08:00:00 +0000", "date_sent": None, "price": None,
        "error_code": None, "error_message": None, "uri": received["path"],
    }
