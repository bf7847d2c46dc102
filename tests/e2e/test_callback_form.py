"""The call-back form through the real servers (REST), with the requests read back from the real
conversation database: the happy path and the follow-up after it, each invalid field, the retry
limit, cancel, consent refused, under 15, homonym communes. Expected structures written by hand
from the UNML coverage file (../shared/data/missions_locales/couverture_2026/: communes_to_ml.csv
and ml_seats.csv): Roubaix (59512) -> "59-ML ROUBAIX", 92 av jean baptiste lebas; Saint-Denis
(93066) -> "93-ML ST DENIS"."""

import uuid

import pytest

from core import callback_requests

START = "je voudrais être rappelé par un conseiller"  # the button under "rencontrer un conseiller"
ROUBAIX_ML, SAINT_DENIS_93_ML = "59512", "93066"


class Conversation:
    def __init__(self, chat):
        self.chat = chat
        self.sender = f"e2e-rappel-{uuid.uuid4().hex[:8]}"

    def say(self, text):
        replies = self.chat.send(text, self.sender)
        return replies, "\n".join(m.get("text", "") for m in replies)


def stored(servers, contact):
    return [r for r in callback_requests.list_requests(servers.database_url) if r.contact == contact]


def unique_phone():
    digits = f"{uuid.uuid4().int % 10**8:08d}"
    return "06 " + " ".join(digits[i:i + 2] for i in range(0, 8, 2))


def start(chat):
    conversation = Conversation(chat)
    _, text = conversation.say(START)
    assert "quelques questions courtes" in text and "Quel âge avez-vous ?" in text, text
    return conversation


def test_the_happy_path_stores_the_request_for_the_structure_then_answers_follow_ups(servers, chat):
    phone = unique_phone()
    c = start(chat)
    assert "prénom" in c.say("j'ai 19 ans")[1]
    assert "téléphone" in c.say("Inès")[1]
    assert "commune" in c.say(phone.replace(" ", ""))[1]
    assert "message" in c.say("Roubaix")[1]
    replies, text = c.say("Je travaille le matin, appelez l'après-midi")
    assert "Roubaix" in text and "30 jours" in text and "d'accord" in text
    assert [b["title"] for b in replies[-1].get("buttons", [])] == ["Oui, j'accepte", "Non, annuler"]
    assert stored(servers, phone) == []  # nothing before consent
    _, text = c.say("oui")
    assert "C'est noté, Inès" in text and "Roubaix" in text and phone in text
    [request] = stored(servers, phone)
    assert (request.structure_code, request.commune_code, request.first_name) == (ROUBAIX_ML, "59512", "Inès")
    assert request.message == "Je travaille le matin, appelez l'après-midi" and request.handled_at is None
    # the follow-up is about the structure the request went to
    _, text = c.say("c'est où ?")
    assert "92" in text and "Lebas" in text, text


@pytest.mark.parametrize("question_index, wrong, expected", [
    (0, "beaucoup", "Indiquez-le en chiffres"),
    (1, "12345 !!", "Écrivez seulement votre prénom"),
    (2, "06 12 34", "Ce n'est pas un numéro de téléphone français"),
    (2, "moi@", "Ce n'est pas un numéro de téléphone français"),
    (3, "Zzyzxville-sur-Plouf", "Je n'ai pas trouvé cette commune"),
])
def test_each_invalid_answer_is_explained_and_asked_again(chat, question_index, wrong, expected):
    answers = ["18", "Karim", unique_phone(), "Roubaix"]
    c = start(chat)
    for answer in answers[:question_index]:
        c.say(answer)
    _, text = c.say(wrong)
    assert expected in text, text
    _, text = c.say(answers[question_index])  # the right answer is then accepted
    assert expected not in text


def test_three_wrong_answers_stop_the_form_and_nothing_is_stored(servers, chat):
    c = start(chat)
    c.say("20")
    c.say("Léo")
    for _ in range(2):
        assert "Ce n'est pas un numéro" in c.say("pas de numéro")[1]
    _, text = c.say("toujours pas")
    assert "Je n'arrive pas à enregistrer votre demande" in text and "rien n'a été enregistré" in text
    assert "Quelle" not in text  # not asked again
    assert [r for r in callback_requests.list_requests(servers.database_url) if r.first_name == "Léo"] == []


def test_cancel_at_any_question_stores_nothing(servers, chat):
    phone = unique_phone()
    c = start(chat)
    c.say("22")
    c.say("Sami")
    c.say(phone)
    _, text = c.say("annuler")
    assert "j'annule la demande" in text and "rien n'a été enregistré" in text
    assert stored(servers, phone) == []


def test_consent_refused_stores_nothing(servers, chat):
    phone = unique_phone()
    c = start(chat)
    for answer in ("17", "Yanis", phone, "59100", "non"):
        c.say(answer)
    _, text = c.say("non")
    assert "rien n'a été enregistré" in text
    assert stored(servers, phone) == []


def test_under_15_is_sent_to_a_parent_and_nothing_is_stored(chat):
    c = start(chat)
    _, text = c.say("j'ai 14 ans")
    assert "moins de 15 ans" in text and "parent" in text and "Rien n'a été enregistré" in text
    assert "prénom" not in text


def test_homonym_communes_are_offered_and_the_choice_decides_the_structure(servers, chat):
    phone = unique_phone()
    c = start(chat)
    for answer in ("21", "Awa", phone):
        c.say(answer)
    replies, text = c.say("Saint-Denis")
    buttons = replies[-1].get("buttons", [])
    assert "Plusieurs communes" in text and len(buttons) >= 2
    [seine_saint_denis] = [b for b in buttons if "(93)" in b["title"]]
    assert "message" in c.say(seine_saint_denis["payload"])[1]
    c.say("non")
    _, text = c.say("oui")
    assert "C'est noté, Awa" in text
    [request] = stored(servers, phone)
    assert request.structure_code == SAINT_DENIS_93_ML and request.message == ""


def test_distress_inside_the_form_gets_the_numbers_first(chat):
    c = start(chat)
    c.say("19")
    replies, _ = c.say("je veux mourir")
    assert "3114" in replies[0].get("text", "")


def test_a_call_back_request_during_the_place_search_starts_the_call_back_form(chat):
    c = Conversation(chat)
    assert "commune" in c.say("je cherche ma mission locale")[1]
    _, text = c.say(START)
    assert "quelques questions courtes" in text and "Quel âge avez-vous ?" in text, text
    assert "Je n'ai pas trouvé" not in text
