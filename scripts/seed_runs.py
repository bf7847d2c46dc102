"""Trains the project from scratch with other random seeds and scores each model on the gates
that depend on training: the held-out NLU sets (`nlu_gate.py`) and the outside set through the
real servers (`score_as_user.py`). Run on demand (several minutes per seed); figures in
docs/nlu-evaluation.md.

The seed is that of the one trainable Rasa model left (TEDPolicy, the dialogue); the project's
NLU classifiers are deterministic. Each seed trains with an empty Rasa cache, in a temporary copy
of config.yml, into results/seeds/seed-N.tar.gz.

Usage: .venv/bin/python scripts/seed_runs.py [SEED ...]   (default: 1 2 3)
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
SEEDED = {"TEDPolicy"}


def config_with_seed(seed: int) -> str:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    for component in config["pipeline"] + config["policies"]:
        if component["name"] in SEEDED:
            component["random_seed"] = seed
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def run_seed(seed: int) -> int:
    out = ROOT / "results" / "seeds"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.yml"
        config.write_text(config_with_seed(seed), encoding="utf-8")
        env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2", PYTHONPATH=str(ROOT),
                   RASA_CACHE_DIRECTORY=str(Path(tmp) / "cache"))
        subprocess.run([str(ROOT / ".venv" / "bin" / "rasa"), "train", "--config", str(config), "--domain",
                        "domain.yml", "--data", "data", "--out", str(out), "--fixed-model-name", f"seed-{seed}"],
                       cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    model = out / f"seed-{seed}.tar.gz"
    print(f"\n=== seed {seed}: {model}", flush=True)
    gate = subprocess.run([PY, "scripts/nlu_gate.py", str(model), "--out", str(out / f"heldout-{seed}")], cwd=ROOT)
    outside = sorted(str(p) for p in (ROOT / "tests" / "nlu_outside").glob("*.yml"))
    user = subprocess.run([PY, "scripts/score_as_user.py", *outside, "--model", str(model), "--min-direct", "0.95",
                           "--json", str(out / f"outside-{seed}.json")], cwd=ROOT)
    return gate.returncode or user.returncode


def main() -> int:
    seeds = [int(s) for s in sys.argv[1:]] or [1, 2, 3]
    failed = [seed for seed in seeds if run_seed(seed) != 0]
    print(f"\nseeds failing a gate: {failed or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
