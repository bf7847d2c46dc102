"""Every message gets a French reply within a few seconds, whatever fails behind the
Rasa server: knowledge base unreadable, action server frozen, action server killed.

One start of the real servers for the module, with a 4 s reply deadline and a
knowledge-base directory whose files are corrupt. Tests run in file order: the
action server is frozen, then resumed, then killed for good.
"""

import json
import os
import shutil
import signal
import urllib.error
import urllib.request

import pytest

from launcher import ports
from launcher.model import ensure_trained
from launcher.paths import ROOT
from launcher.servers import Servers
from tests.reliability.conftest import TECHNICAL, apologies_sent_by_rasa, joined, post

DEADLINE_S = 4.0
BOUND_S = 4 * DEADLINE_S  # the liveness bound: 4 times the configured deadline
API_TOKEN = "jeton-de-test-0123456789"


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    broken_kb = tmp_path_factory.mktemp("kb")
    for name in os.listdir(ROOT / "kb"):
        shutil.copy(ROOT / "kb" / name, broken_kb / name)
    (broken_kb / "communes.json").write_text("{ ceci n'est pas du JSON", encoding="utf-8")
    running = Servers(
        ensure_trained(), rasa_port=ports.RELIABILITY.rasa, action_port=ports.RELIABILITY.action,
        data_dir=tmp_path_factory.mktemp("state"), enable_api_token=API_TOKEN,
        extra_env={"ML_REPLY_DEADLINE_S": str(DEADLINE_S), "ML_KB_DIR": str(broken_kb)},
    )
    with running:
        yield running


def test_faq_needs_no_action_server(servers):
    messages, _ = post(servers.rest_webhook, "c'est payant la mission locale ?")
    assert "gratuit" in joined(messages)


def test_unreadable_knowledge_base_gets_an_apology_with_the_directory(servers):
    before = apologies_sent_by_rasa(servers)
    messages, seconds = post(servers.rest_webhook, "mission locale de Quimper")
    text = joined(messages)
    print(f"reply with an unreadable knowledge base in {seconds:.2f} s")
    assert TECHNICAL in text
    assert "lannuaire.service-public.fr" in text
    assert apologies_sent_by_rasa(servers) == before  # the action server apologised itself, not the Rasa server


def test_frozen_action_server_gets_the_guard_reply_in_time(servers):
    before = apologies_sent_by_rasa(servers)
    process = servers.named["actions"]
    os.killpg(process.pid, signal.SIGSTOP)  # a hung action server: accepts, never answers
    try:
        messages, seconds = post(servers.rest_webhook, "je cherche ma mission locale")
    finally:
        os.killpg(process.pid, signal.SIGCONT)
    print(f"reply with a frozen action server in {seconds:.2f} s (deadline {DEADLINE_S} s)")
    assert TECHNICAL in joined(messages)
    assert apologies_sent_by_rasa(servers) == before + 1  # by the Rasa server, the action server being frozen
    assert "3114" in joined(messages) and "115" in joined(messages)
    assert seconds < BOUND_S


def test_resumed_action_server_answers_again(servers):
    before = apologies_sent_by_rasa(servers)
    messages, _ = post(servers.rest_webhook, "je cherche ma mission locale")
    # the action server's own apology (its knowledge base is still unreadable), not the guard's
    assert TECHNICAL in joined(messages)
    assert apologies_sent_by_rasa(servers) == before


def test_killed_action_server_gets_the_guard_reply_in_time(servers):
    before = apologies_sent_by_rasa(servers)
    servers.kill("actions")
    messages, seconds = post(servers.rest_webhook, "je cherche ma mission locale")
    print(f"reply with the action server down in {seconds:.2f} s")
    assert TECHNICAL in joined(messages)
    assert apologies_sent_by_rasa(servers) == before + 1
    assert seconds < BOUND_S


def test_distress_still_gets_the_numbers_with_the_action_server_down(servers):
    # the emergency replies are the Rasa server's own responses: no custom action involved
    messages, _ = post(servers.rest_webhook, "je dors dehors ce soir")
    assert "115" in messages[0].get("text", "")  # the number for no roof tonight, first
    assert TECHNICAL not in joined(messages)


def test_http_api_requires_the_token(servers):
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{servers.rasa_url}/status", timeout=10)
    assert refused.value.code == 401
    with urllib.request.urlopen(f"{servers.rasa_url}/status?token={API_TOKEN}", timeout=10) as response:
        assert response.status == 200
        assert "model_file" in json.loads(response.read())
