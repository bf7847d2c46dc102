"""Twilio SMS and WhatsApp: signed form posts get French answers through the Messages API;
an invalid signature gets 403 and no reply; choices come as one numbered message and a
typed number picks one."""

import base64
import hashlib
import hmac
import re
import time
from typing import Dict, List
from urllib.parse import urlencode

from tests.channels import conftest
from tests.channels.webhook import post

SMS_USER = "+33611223344"
WHATSAPP_USER = "whatsapp:+33655667788"


def _form(sender: str, text: str) -> Dict[str, str]:
    # https://www.twilio.com/docs/messaging/guides/webhook-request (incoming message)
    return {
        "ToCountry": "FR", "SmsMessageSid": "SM" + "1" * 32, "NumMedia": "0", "ToCity": "",
        "FromState": "", "SmsSid": "SM" + "1" * 32, "SmsStatus": "received", "Body": text,
        "To": conftest.TWILIO_NUMBER, "From": sender, "MessageSid": "SM" + "1" * 32,
        "AccountSid": conftest.TWILIO_SID, "NumSegments": "1", "ApiVersion": "2010-04-01",
    }


def _signature(form: Dict[str, str], token: str = conftest.TWILIO_TOKEN,
               url: str = conftest.TWILIO_WEBHOOK) -> str:
    # https://www.twilio.com/docs/usage/webhooks/webhooks-security: HMAC-SHA1 of the public
    # URL followed by each field name and value, sorted by name; base64.
    data = url + "".join(name + form[name] for name in sorted(form))
    return base64.b64encode(hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()).decode()


def _send(servers, sender: str, text: str, signature: str = "") -> int:
    form = _form(sender, text)
    status, _ = post(f"{servers.rasa_url}/webhooks/twilio/webhook", urlencode(form).encode(),
                     {"Content-Type": "application/x-www-form-urlencoded",
                      "X-Twilio-Signature": signature or _signature(form)})
    return status


def _replies(platforms, recipient: str, already: int) -> List[dict]:
    """The messages sent to `recipient` after the first `already` ones."""
    sent = platforms["twilio"].wait_for(lambda r: r["body"].get("To") == recipient, count=already + 1)
    return [r["body"] for r in sent[already:]]


def test_an_invalid_signature_gets_403_and_no_reply(servers, platforms):
    sender = "+33600000001"
    form = _form(sender, "Qui finance les missions locales ?")
    assert _send(servers, sender, "Qui finance les missions locales ?", _signature(form, "not-the-token")) == 403
    # signed over the URL the server sees rather than the public one: refused too
    local_url = f"{servers.rasa_url}/webhooks/twilio/webhook"
    assert _send(servers, sender, "Qui finance les missions locales ?",
                 _signature(form, url=local_url)) == 403
    # no signature at all
    status, _ = post(local_url, urlencode(form).encode(), {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    time.sleep(1)
    assert not platforms["twilio"].matching(lambda r: r["body"].get("To") == sender)


def test_an_sms_question_gets_the_french_answer(servers, platforms):
    assert _send(servers, SMS_USER, "Qui finance les missions locales ?") == 204
    replies = _replies(platforms, SMS_USER, 0)
    assert {r["From"] for r in replies} == {conftest.TWILIO_NUMBER}
    text = " ".join(r["Body"] for r in replies)
    # data/faq/financement.yml, topic financement
    assert "Les missions locales sont financées par l'État, la Région, le Département" in text


def test_whatsapp_choices_are_numbered_and_a_number_picks_one(servers, platforms):
    assert _send(servers, WHATSAPP_USER, "saint denis") == 204
    replies = _replies(platforms, WHATSAPP_USER, 0)
    assert {r["From"] for r in replies} == {"whatsapp:" + conftest.TWILIO_NUMBER}
    # The four communes named Saint-Denis, largest first (kb/communes.json: La Réunion 155 634
    # inhabitants, Seine-Saint-Denis 149 077, Aude 523, Gard 296), in one message.
    assert [r["Body"] for r in replies] == [
        "Plusieurs communes correspondent. Laquelle est la vôtre ? Ou indiquez votre code postal.\n"
        "1. Saint-Denis (La Réunion)\n"
        "2. Saint-Denis (93)\n"
        "3. Saint-Denis (11)\n"
        "4. Saint-Denis (30)\n"
        "Répondez par le numéro de votre choix."
    ]
    seen = len(replies)

    assert _send(servers, WHATSAPP_USER, "2") == 204
    replies = _replies(platforms, WHATSAPP_USER, seen)
    seen += len(replies)
    answer = replies[-1]["Body"]
    # Saint-Denis (93) has its own mission locale (kb/structures.json, code 93066)
    # UNML coverage: 93066 -> 93066, seat "5 r jean jaures", 93200 Saint-Denis (ml_seats.csv)
    assert answer.startswith("Pour Saint-Denis (93), c'est la mission locale de Saint-Denis qui couvre votre commune.")
    assert "5 rue Jean Jaurès, 93200 Saint-Denis" in answer
    # the follow-up buttons, numbered too (actions/answers.py, followup_buttons)
    assert answer.endswith("1. Son téléphone\n2. L'association régionale\n3. Les autres du département\n"
                           "Répondez par le numéro de votre choix.")

    # "2" again: the regional association of the commune picked
    assert _send(servers, WHATSAPP_USER, "2") == 204
    text = " ".join(r["Body"] for r in _replies(platforms, WHATSAPP_USER, seen))
    # kb/territoires.json: ARML Île-de-France, 01 45 42 27 57
    assert "Pour Île-de-France, l'association régionale des missions locales est : ARML Île-de-France" in text


def test_a_number_with_no_such_choice_is_answered_in_french(servers, platforms):
    sender = "+33600000002"
    assert _send(servers, sender, "saint denis") == 204
    seen = len(_replies(platforms, sender, 0))
    assert _send(servers, sender, "7") == 204
    assert [r["Body"] for r in _replies(platforms, sender, seen)] == [
        "Répondez par un numéro entre 1 et 4, ou écrivez votre question."
    ]


def test_distress_by_sms_gets_its_number_first_even_inside_the_place_form(servers, platforms):
    sender = "+33600000003"
    assert _send(servers, sender, "je cherche ma mission locale") == 204
    seen = len(_replies(platforms, sender, 0))  # the form asks for the commune
    assert _send(servers, sender, "laisse tomber, mon copain me frappe depuis des mois") == 204
    first = _replies(platforms, sender, seen)[0]["Body"]
    # the number for violence against women first (../shared/knowledge/faits.md: 3919)
    assert re.search(r"(?<!\d)3919(?!\d)", first), first


def test_the_call_back_form_works_by_sms_with_numbers(servers, platforms):
    from core import callback_requests

    sender, contact = "+33600000004", "07 98 76 54 32"
    steps = [
        ("je voudrais être rappelé par un conseiller", "Quel âge avez-vous ?"),
        ("19", "Quel est votre prénom ?"),
        ("Nadia", "À quel numéro de téléphone"),
        (contact, "Dans quelle commune habitez-vous ?"),
        # homonyms, numbered, largest first (kb/communes.json); 2 is Saint-Denis (93)
        ("Saint-Denis", "2. Saint-Denis (93)"),
        ("2", "1. Pas de message"),
        ("1", "1. Oui, j'accepte\n2. Non, annuler"),
    ]
    seen = 0
    for text, expected in steps:
        assert _send(servers, sender, text) == 204
        replies = _replies(platforms, sender, seen)
        seen += len(replies)
        assert expected in "\n".join(r["Body"] for r in replies), (text, replies)
    assert _send(servers, sender, "1") == 204
    confirmation = "\n".join(r["Body"] for r in _replies(platforms, sender, seen))
    assert "C'est noté, Nadia" in confirmation and contact in confirmation
    [request] = [r for r in callback_requests.list_requests(servers.database_url) if r.contact == contact]
    # UNML coverage: Saint-Denis (93066) -> structure 93066 (communes_to_ml.csv)
    assert (request.structure_code, request.first_name, request.message, request.channel) == (
        "93066", "Nadia", "", "twilio")
