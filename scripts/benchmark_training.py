"""Training benchmark (run on demand; the tests never assert speed).

Measures, in one run on this machine:
  1. the project's training from scratch (an empty Rasa cache), with each
     component's start and end read from the training log;
  2. a bare Rasa bot trained the same way: the `rasa init` data, with the
     project's pipeline minus the project's own components (Rasa's
     CountVectorsFeaturizer and LogisticRegressionClassifier stand in for
     the intent classifier, so that the bot has one), a reference for this machine's speed of the day;
  3. retraining the project with the warm cache after an answer-text edit
     (one FAQ answer in domain.yml) and after a one-example edit (one more
     training example), each on a copy of the project;
  4. the time from starting the servers to the first REST reply.

Usage: .venv/bin/python scripts/benchmark_training.py [--config config.yml] [--skip-edits]
Figures: docs/benchmarks.md.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from launcher import ports  # noqa: E402
from launcher.paths import VENV_BIN  # noqa: E402

EVENT = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) .*(Starting to train|Finished training) component '([^']+)'")


def train(workdir: Path, config: Path, cache: Path, out: Path, name: str) -> Tuple[float, str]:
    """Trains in `workdir`; returns (seconds, training log)."""
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", PYTHONPATH=str(ROOT),
               RASA_CACHE_DIRECTORY=str(cache), TF_CPP_MIN_LOG_LEVEL="2")
    start = time.monotonic()
    run = subprocess.run(
        [str(VENV_BIN / "rasa"), "train", "--config", str(config), "--domain", "domain.yml", "--data", "data",
         "--out", str(out), "--fixed-model-name", name],
        cwd=workdir, env=env, capture_output=True, text=True,
    )
    seconds = time.monotonic() - start
    if run.returncode != 0:
        sys.exit(f"training failed in {workdir}:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
    return seconds, run.stdout + run.stderr


def component_times(log: str) -> List[Tuple[str, int]]:
    """(component, seconds) in training order, from the log's start/end lines (1 s resolution)."""
    started: Dict[str, float] = {}
    times: List[Tuple[str, int]] = []
    for line in log.splitlines():
        match = EVENT.match(line)
        if not match:
            continue
        stamp = time.mktime(time.strptime(match.group(1), "%Y-%m-%d %H:%M:%S"))
        if match.group(2) == "Starting to train":
            started[match.group(3)] = stamp
        elif match.group(3) in started:
            times.append((match.group(3), int(stamp - started.pop(match.group(3)))))
    return times


def project_copy(target: Path) -> Path:
    for name in ("config.yml", "domain.yml"):
        shutil.copy(ROOT / name, target / name)
    shutil.copytree(ROOT / "data", target / "data")
    return target


def bare_bot(target: Path, project_config: Path) -> Path:
    """The `rasa init` data and the project's pipeline minus its own components."""
    import rasa.cli

    template = Path(rasa.cli.__file__).parent / "initial_project"
    shutil.copy(template / "domain.yml", target / "domain.yml")
    shutil.copytree(template / "data", target / "data")
    config = yaml.safe_load(project_config.read_text(encoding="utf-8"))
    pipeline = []
    for component in config["pipeline"]:
        if component["name"].startswith("nlu_components."):
            if component["name"].endswith("IntentClassifier"):  # Rasa's own, which needs features
                pipeline += [{"name": "CountVectorsFeaturizer"}, {"name": "LogisticRegressionClassifier"}]
            continue
        if component["name"] == "ResponseSelector":  # no retrieval intent in the rasa init data
            continue
        pipeline.append(component)
    config["pipeline"] = pipeline
    (target / "config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return target


def edit_an_answer(project: Path) -> None:
    path = project / "data" / "faq" / "public.yml"
    text = path.read_text(encoding="utf-8")
    anchor = '  gratuit:\n    label: "Est-ce gratuit ?"\n    question: "Est-ce que la mission locale est gratuite ?"\n    answer: "'
    assert anchor in text, "the benchmark edits the answer of the topic gratuit"
    path.write_text(text.replace(anchor, anchor + "Bonne nouvelle : ", 1), encoding="utf-8")


def add_an_example(project: Path) -> None:
    path = project / "data" / "faq" / "public.yml"
    text = path.read_text(encoding="utf-8")
    anchor = '  gratuit:\n'
    start = text.index(anchor)
    examples = text.index("    examples:\n", start) + len("    examples:\n")
    path.write_text(text[:examples] + '      - "faut-il sortir sa carte bleue a la mission locale"\n' + text[examples:],
                    encoding="utf-8")


def server_ready_seconds(model: Path) -> float:
    from launcher.servers import Servers

    with tempfile.TemporaryDirectory() as state:
        start = time.monotonic()
        with Servers(model, rasa_port=ports.TRAINING_BENCHMARK.rasa, action_port=ports.TRAINING_BENCHMARK.action,
                     data_dir=Path(state)):
            return time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=ROOT / "config.yml")
    parser.add_argument("--skip-edits", action="store_true", help="only the two trainings from scratch")
    args = parser.parse_args()
    config = args.config.resolve()
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs, config {config.name}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "project").mkdir()
        (tmp / "bare").mkdir()
        project = project_copy(tmp / "project")
        shutil.copy(config, project / "config.yml")
        seconds, log = train(project, project / "config.yml", tmp / "cache", tmp / "models", "scratch")
        print(f"\nproject, from scratch: {seconds:.0f} s")
        for name, spent in component_times(log):
            print(f"  {name:<36} {spent:>4} s")

        bare = bare_bot(tmp / "bare", config)
        bare_seconds, bare_log = train(bare, bare / "config.yml", tmp / "bare-cache", tmp / "models", "bare")
        print(f"\nbare Rasa bot (rasa init data), from scratch: {bare_seconds:.0f} s")
        for name, spent in component_times(bare_log):
            print(f"  {name:<36} {spent:>4} s")
        print(f"\nratio project / bare: {seconds / bare_seconds:.1f}")

        if not args.skip_edits:
            edit_an_answer(project)
            answer_seconds, log = train(project, project / "config.yml", tmp / "cache", tmp / "models", "answer")
            retrained = [name for name, _ in component_times(log)]
            print(f"\nafter an answer-text edit, warm cache: {answer_seconds:.0f} s; retrained: {', '.join(retrained)}")
            add_an_example(project)
            example_seconds, log = train(project, project / "config.yml", tmp / "cache", tmp / "models", "example")
            retrained = [name for name, _ in component_times(log)]
            print(f"after a one-example edit, warm cache: {example_seconds:.0f} s; retrained: {', '.join(retrained)}")

        ready = server_ready_seconds(tmp / "models" / "scratch.tar.gz")
        print(f"\nservers started, first reply possible after: {ready:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
