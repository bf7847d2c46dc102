"""The scale mode without its services: the run command stops at once with a message in French
and English naming what is missing, and starts nothing (Rasa would retry forever)."""

import os
import subprocess
import sys

import pytest

from launcher import ports
from launcher.paths import ROOT

NOTHING_LISTENS = 5499  # a port where no PostgreSQL and no Redis answer


def _run_scaled(tmp_path, **settings):
    env = dict(os.environ, ML_DATA_DIR=str(tmp_path), ML_REPLICAS="2",
               ML_RASA_PORT=str(ports.SCALE.rasa), ML_ACTION_PORT=str(ports.SCALE.action), **settings)
    return subprocess.run([sys.executable, "-m", "launcher", "run"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("settings,french,english", [
    ({"ML_DATABASE_URL": f"postgresql://postgres@127.0.0.1:{NOTHING_LISTENS}/assistant_ml"},
     "PostgreSQL ne répond pas", "PostgreSQL is unreachable"),
    ({"ML_DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/postgres",
      "ML_REDIS_URL": f"redis://127.0.0.1:{NOTHING_LISTENS}/0"},
     "Redis ne répond pas", "Redis is unreachable"),
    ({"ML_DATABASE_URL": "sqlite:////tmp/conversations.db"},
     "garde les conversations dans PostgreSQL", "keeps conversations in PostgreSQL"),
], ids=["no PostgreSQL", "no Redis", "SQLite"])
def test_the_scale_mode_stops_at_once_without_its_services(tmp_path, settings, french, english):
    result = _run_scaled(tmp_path, **settings)
    assert result.returncode == 3, result.stdout + result.stderr
    assert french in result.stderr and english in result.stderr
    assert "The assistant is ready" not in result.stdout
    assert not (tmp_path / "logs").exists()  # no server was started
