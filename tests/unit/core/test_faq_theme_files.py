"""The check of the FAQ theme files (data/faq/): a malformed edit gets a French message naming
the file, the line and the fix (the messages staff read, docs/guide-equipe.md)."""

from core.faq_catalogue import domain_responses, load_topics, problems

GOOD_EXAMPLES = "\n".join(f'      - "question numéro {i} sur les horaires"' for i in range(30))


def write(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")


def topic(key, answer='"Chaque mission locale fixe ses horaires."', extra="", examples=GOOD_EXAMPLES):
    return (f"  {key}:\n    label: \"Les horaires\"\n    question: \"Quels horaires ?\"\n"
            f"    answer: {answer}\n    source: \"annuaire officiel\"\n{extra}    examples:\n{examples}\n")


def test_a_well_formed_file_has_no_problem_and_becomes_a_response_with_its_buttons(tmp_path):
    write(tmp_path, "pratique.yml", "theme: pratique\ntitle: \"Les questions pratiques\"\ntopics:\n"
          + topic("horaires", extra="    related: [trouver_ma_mission_locale, etre_rappele]\n"))
    assert problems(tmp_path) == []
    topics = load_topics(tmp_path)
    (response,) = domain_responses(topics)["utter_faq_horaires"]
    assert response["text"] == "Chaque mission locale fixe ses horaires."
    assert response["buttons"] == [{"title": "Trouver ma mission locale", "payload": "je cherche ma mission locale"},
                                   {"title": "Être rappelé par un conseiller",
                                    "payload": "je voudrais être rappelé par un conseiller"}]


def test_each_kind_of_mistake_is_named_in_french_with_its_line(tmp_path):
    few = "\n".join(f'      - "autre question {i}"' for i in range(3))
    write(tmp_path, "pratique.yml", "theme: pratique\ntopics:\n"
          + topic("horaires")
          + topic("long", answer='"' + "x" * 501 + '"')
          + topic("peu", examples=few)
          + topic("double", examples=GOOD_EXAMPLES)  # every example already in « horaires »
          + "  sans_reponse:\n    label: \"x\"\n    question: \"x ?\"\n    source: \"s\"\n    examples:\n" + few + "\n"
          + topic("lien", extra="    related: [pas_un_sujet]\n"))
    found = problems(tmp_path)
    text = "\n".join(found)
    # after the 2 header lines, topic() takes 6 lines (key, 4 fields, "examples:") + its examples:
    # « horaires » 3-38, « long » 39-74, « peu » 75-83 (3 examples), « double » from 84, its first
    # example on line 90 (the duplicate's own line, not the line of the topic it copies)
    assert "pratique.yml, ligne 39, sujet « long » : la réponse fait 501 caractères, 500 au plus" in text
    assert "pratique.yml, ligne 75, sujet « peu » : 3 exemples de questions, 25 au moins" in text
    assert "pratique.yml, ligne 90 : l'exemple « question numéro 0 sur les horaires » est aussi dans le sujet « horaires »" in text
    assert "la réponse fait 501 caractères, 500 au plus" in text
    assert "3 exemples de questions, 25 au moins" in text
    assert "est aussi dans le sujet « horaires »" in text
    assert "il manque « answer »" in text
    assert "« related » cite « pas_un_sujet », qui n'est pas un sujet" in text
    # the file has no title (the theme's heading on the FAQ page)
    assert "pratique.yml, ligne 1 : il manque « title »" in text


def test_an_unreadable_file_is_named_with_its_line(tmp_path):
    write(tmp_path, "public.yml", "theme: public\ntopics:\n  gratuit:\n    label: \"Gratuit ?\n    answer: oui\n")
    (message,) = problems(tmp_path)
    assert message.startswith("public.yml, ligne ") and "pas lisible" in message
