"""A staff member edits an answer in its theme file (data/faq/), then starts the assistant with
the run command: the FAQ page and the assistant both give the new answer. Done on a copy of the
project (its own models/ folder, Rasa's cache of this checkout), with the run command as staff
run it; prints the time from the saved edit to the first reply with the new answer
(docs/guide-equipe.md quotes it)."""

import os
import shutil
import subprocess
import time
import urllib.request
import uuid

from launcher import ports
from launcher.paths import ROOT, VENV_BIN
from tests.reliability.conftest import joined, post

THEME_FILE = "data/faq/public.yml"
ANCHOR = '  gratuit:\n    label: "Est-ce gratuit ?"\n    question: "Est-ce que la mission locale est gratuite ?"\n    answer: "'
ADDED = "Réponse modifiée pour le test : "
READY = "The assistant is ready."


def test_an_answer_edited_in_its_theme_file_reaches_the_faq_page_and_the_assistant(tmp_path):
    copy = tmp_path / "projet"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".venv", "models", "results", ".git", ".rasa", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis"))
    (copy / ".venv").symlink_to(ROOT / ".venv")
    theme = copy / THEME_FILE
    text = theme.read_text(encoding="utf-8")
    assert ANCHOR in text, "the test edits the answer of the topic gratuit"
    env = dict(os.environ, PYTHONPATH=str(copy), RASA_CACHE_DIRECTORY=str(ROOT / ".rasa" / "cache"),
               ML_DATA_DIR=str(tmp_path / "state"), ML_RASA_PORT=str(ports.RELIABILITY.rasa),
               ML_ACTION_PORT=str(ports.RELIABILITY.action), ML_WIDGET_PORT=str(ports.RELIABILITY_WEB))
    theme.write_text(text.replace(ANCHOR, ANCHOR + ADDED, 1), encoding="utf-8")
    saved = time.monotonic()
    run = subprocess.Popen([str(VENV_BIN / "python"), "-m", "launcher", "run"], cwd=copy, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        output = []
        for line in run.stdout:
            output.append(line)
            if READY in line:
                break
        assert READY in "".join(output), "".join(output)[-3000:]
        replies, _ = post(f"http://127.0.0.1:{ports.RELIABILITY.rasa}/webhooks/rest/webhook",
                          "Est-ce que la mission locale est gratuite ?", f"edit-{uuid.uuid4().hex[:8]}")
        seconds = time.monotonic() - saved
        assert joined(replies).startswith(ADDED), joined(replies)
        with urllib.request.urlopen(f"http://127.0.0.1:{ports.RELIABILITY_WEB}/faq/", timeout=10) as response:
            assert ADDED in response.read().decode("utf-8")
        print(f"from the saved edit to the assistant's new answer: {seconds:.0f} s (run command, warm cache)")
    finally:
        os.killpg(run.pid, 15)
        run.wait(timeout=60)
