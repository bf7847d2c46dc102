"""Which blind gate sets `make test` scores (tests/e2e/gate_scope.py): the newest by number, or all."""

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "gate_scope", Path(__file__).resolve().parent.parent / "e2e" / "gate_scope.py")
gate_scope = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(gate_scope)


def test_the_window_keeps_the_newest_sets_by_number_not_by_spelling(monkeypatch):
    monkeypatch.delenv("ML_TEST_GATES", raising=False)
    names = sorted(f"distress_t{n}" for n in range(1, 31))  # spelling order: t1, t10, t11, ..., t2, t20, ...
    kept = gate_scope.scored(names)
    assert sorted(gate_scope.number(n) for n in kept) == list(range(7, 31))
    assert kept == [n for n in names if n in kept]  # in the given order


def test_the_first_round_without_a_number_is_the_oldest(monkeypatch):
    monkeypatch.setenv("ML_TEST_GATES", "window")
    rounds = ["place_questions.yml"] + [f"place_questions_{n}.yml" for n in range(2, 27)]
    assert gate_scope.scored(rounds) == rounds[2:]


def test_full_mode_scores_every_set_and_a_misspelt_mode_is_refused(monkeypatch):
    monkeypatch.setenv("ML_TEST_GATES", "FULL")
    assert gate_scope.scored(["round 1", "round 2"] + [f"round {n}" for n in range(3, 90)]) == [
        f"round {n}" for n in range(1, 90)]
    monkeypatch.setenv("ML_TEST_GATES", "fulll")
    with pytest.raises(ValueError):
        gate_scope.scored(["round 1"])
