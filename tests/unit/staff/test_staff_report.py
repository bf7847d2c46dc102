"""The report of what the assistant did not understand (staff/report.py), on conversations written
to a real SQLite file by Rasa's own SQL tracker store. The end-to-end test
(tests/e2e/test_staff_report.py) does the same with messages sent through the real servers."""

import asyncio
import csv
import io
from datetime import datetime, timedelta

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from core.faq_choice import CLARIFY_GENERIC_TEXT, CLARIFY_TOPICS_TEXT
from launcher import database
from staff import report as reports

DAY = datetime(2026, 11, 20, 15, 0, tzinfo=reports.LOCAL_TIME)


def _ts(days: int = 0, seconds: int = 0) -> float:
    return (DAY + timedelta(days=days, seconds=seconds)).timestamp()


def _save(store, sender, events):
    tracker = DialogueStateTracker(sender, slots=[])
    for event in events:
        tracker.update(event)
    asyncio.run(store.save(tracker))


def _user(text, intent, ts):
    return UserUttered(text, intent={"name": intent, "confidence": 0.9}, timestamp=ts)


def _menu(ts, text=CLARIFY_TOPICS_TEXT):
    return [ActionExecuted("action_clarifier", timestamp=ts),
            BotUttered(text, {"buttons": [{"title": "Le CEJ", "payload": "C'est quoi le contrat d'engagement jeune ?"},
                                          {"title": "Autre chose", "payload": "aide"}]}, timestamp=ts)]


def _url(tmp_path):
    url = database.database_url(tmp_path)
    database.prepare(url)
    return url, SQLTrackerStore(dialect="sqlite", db=str(tmp_path / "conversations.db"))


def test_each_kind_of_miss_is_found_and_understood_messages_are_counted(tmp_path):
    url, store = _url(tmp_path)
    _save(store, "a", [_user("Qui finance les missions locales ?", "faq", _ts()),
                       ActionExecuted("utter_faq", timestamp=_ts())])
    _save(store, "b", [_user("la recette des crêpes ?", "hors_sujet", _ts(seconds=10)),
                       ActionExecuted("utter_hors_sujet", timestamp=_ts(seconds=10))])
    _save(store, "c", [_user("blorp zkrrt", "nlu_fallback", _ts(seconds=20)),
                       *_menu(_ts(seconds=20), CLARIFY_GENERIC_TEXT)])
    _save(store, "d", [_user("truc machin cej ?", "nlu_fallback", _ts(seconds=30)), *_menu(_ts(seconds=30)),
                       _user("aide", "capacites", _ts(seconds=40))])
    _save(store, "e", [_user("les horaires du bidule", "nlu_fallback", _ts(seconds=50)), *_menu(_ts(seconds=50)),
                       _user("laissez tomber", "au_revoir", _ts(seconds=60))])
    _save(store, "f", [_user("un papier pour le cej", "nlu_fallback", _ts(seconds=70)), *_menu(_ts(seconds=70)),
                       _user("C'est quoi le contrat d'engagement jeune ?", "faq", _ts(seconds=80))])
    _save(store, "g", [_user("je cherche ma mission locale", "chercher_mission_locale", _ts(seconds=90)),
                       _user("Zzyzxville", "nlu_fallback", _ts(seconds=100)),
                       SlotSet("lieu_probleme", "introuvable", timestamp=_ts(seconds=100))])
    built = reports.build_report(url, DAY.date(), DAY.date())
    found = {(m.category, m.text) for m in built.misses}
    assert found == {
        (reports.OUT_OF_SCOPE, "la recette des crêpes ?"),
        (reports.NOT_UNDERSTOOD, "blorp zkrrt"),
        (reports.MENU_OTHER, "truc machin cej ?"),
        (reports.MENU_NO_CHOICE, "les horaires du bidule"),
        (reports.PLACE_NOT_FOUND, "Zzyzxville"),
    }
    # understood: a, "aide", "laissez tomber", f (picked a topic) and its topic, the place question
    assert built.understood_by_day == {DAY.date(): 6}
    assert built.missed_by_day == {DAY.date(): 5}


def test_only_the_period_counts(tmp_path):
    url, store = _url(tmp_path)
    _save(store, "avant", [_user("hier pas compris", "hors_sujet", _ts(days=-1))])
    _save(store, "pendant", [_user("aujourd'hui pas compris", "hors_sujet", _ts())])
    built = reports.build_report(url, DAY.date(), DAY.date())
    assert [m.text for m in built.misses] == ["aujourd'hui pas compris"]
    assert reports.build_report(url, DAY.date() + timedelta(days=1), DAY.date() + timedelta(days=2)).misses == []


def test_same_words_are_grouped_most_frequent_first(tmp_path):
    url, store = _url(tmp_path)
    for n, text in enumerate(["Blorp ZKRRT !", "blorp zkrrt", "zkrrt, blorp ?", "un autre truc"]):
        _save(store, f"s{n}", [_user(text, "hors_sujet", _ts(seconds=n))])
    groups = reports.build_report(url, DAY.date(), DAY.date()).groups
    assert [g.count for g in groups] == [3, 1]
    assert set(groups[0].examples) == {"Blorp ZKRRT !", "blorp zkrrt", "zkrrt, blorp ?"}
    assert groups[0].categories == {reports.OUT_OF_SCOPE: 3}


def test_phone_numbers_e_mails_and_long_digit_runs_are_masked():
    assert reports.mask("appelez le 06 12 34 56 78 svp") == "appelez le [téléphone] svp"
    assert reports.mask("+33 6 12 34 56 78") == "[téléphone]"
    assert reports.mask("mon 0612345678.") == "mon [téléphone]."
    assert reports.mask("ecrire a jeune.test+ml@exemple.fr") == "ecrire a [courriel]"
    assert reports.mask("dossier 1234567890123") == "dossier [numéro]"
    # a postcode and an age stay: they are what the staff need to read
    assert reports.mask("59100 roubaix j'ai 17 ans") == "59100 roubaix j'ai 17 ans"


def test_the_csv_export_holds_the_groups_masked(tmp_path):
    url, store = _url(tmp_path)
    _save(store, "x", [_user("rappelez moi au 07 11 22 33 44", "hors_sujet", _ts())])
    _save(store, "y", [_user("Rappelez-moi au 0711223344 !", "hors_sujet", _ts(seconds=5))])
    text = reports.to_csv(reports.build_report(url, DAY.date(), DAY.date()))
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == reports.CSV_HEADER
    assert rows[1][0] == "2" and "[téléphone]" in rows[1][1] and "Hors sujet (2)" in rows[1][3]
    assert "07" not in text and "44" not in text
