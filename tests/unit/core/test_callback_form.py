"""The call-back form's answers (core/callback_form.py) and its requests table
(core/callback_requests.py) on a real SQLite file, with the purge of old requests."""

import time

import pytest

from core import callback_form, callback_requests
from launcher import database


@pytest.mark.parametrize("text, age", [
    ("17", 17), ("j'ai 19 ans", 19), ("19ans", 19), ("dix-sept ans", 17), ("quatorze", 14), ("  22 ", 22),
    ("beaucoup", None), ("12 ou 13", None), ("0", None), ("", None), ("150", None),
])
def test_ages(text, age):
    assert callback_form.read_age(text) == age


@pytest.mark.parametrize("text, name", [
    ("Inès", "Inès"), ("je m'appelle inès", "Inès"), ("Jean-Baptiste", "Jean-Baptiste"), ("N'Golo", "N'Golo"),
    ("Marie Claire", "Marie Claire"), ("1234", None), ("<script>", None), ("", None), ("a" * 41, None),
    ("je sais pas trop quoi vous dire la", None),
])
def test_first_names(text, name):
    assert callback_form.read_first_name(text) == name


@pytest.mark.parametrize("text, kept", [
    ("0612345678", "06 12 34 56 78"), ("06 12 34 56 78", "06 12 34 56 78"), ("06.12.34.56.78", "06 12 34 56 78"),
    ("+33 6 12 34 56 78", "06 12 34 56 78"), ("+33612345678", "06 12 34 56 78"), ("0033 1 23 45 67 89", "01 23 45 67 89"),
    ("01 42 00 00 00", "01 42 00 00 00"), ("09 70 00 00 00", "09 70 00 00 00"),
    ("Prenom.Nom@Exemple.fr", "prenom.nom@exemple.fr"),
    ("06 12 34", None), ("00 12 34 56 78", None), ("+44 7700 900123", None), ("moi@", None), ("@exemple.fr", None),
    ("06 12 34 56 78 9", None),
])
def test_contacts(text, kept):
    assert callback_form.read_contact(text) == kept


@pytest.mark.parametrize("text, kept", [
    ("non", ""), ("Non merci", ""), ("pas de message", ""), ("appelez après 17 h", "appelez après 17 h"),
    ("", None), ("x" * 400, "x" * 300),
])
def test_messages(text, kept):
    assert callback_form.read_message(text) == kept


def test_requests_are_saved_listed_newest_first_marked_once_and_purged(tmp_path):
    url = database.database_url(tmp_path)
    database.prepare(url)
    now = time.time()
    old = callback_requests.save(url, callback_requests.CallbackRequest(
        "59512", "59512", "Ancien", "06 00 00 00 01", created_at=now - 40 * 86400))
    lille = callback_requests.save(url, callback_requests.CallbackRequest(
        "59350", "59350", "Lou", "lou@exemple.fr", "le soir", "rest", created_at=now - 60))
    roubaix = callback_requests.save(url, callback_requests.CallbackRequest(
        "59512", "59512", "Inès", "06 00 00 00 02", created_at=now))
    assert [r.id for r in callback_requests.list_requests(url)] == [roubaix, lille, old]
    assert [r.id for r in callback_requests.list_requests(url, "59512")] == [roubaix, old]
    assert not callback_requests.mark_handled(url, lille, "ml-roubaix", structure_code="59512")
    assert callback_requests.mark_handled(url, lille, "admin")
    assert not callback_requests.mark_handled(url, lille, "admin")  # once
    # the purge of the conversations deletes the requests older than the retention period too
    database.purge(url, 30, now=now)
    assert [r.id for r in callback_requests.list_requests(url)] == [roubaix, lille]
