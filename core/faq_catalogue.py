"""Catalogue of the FAQ topics answered through the `faq` retrieval intent.

Each topic key matches a response `utter_faq/<key>` in `domain.yml` and a
group of training examples `faq/<key>` in `data/nlu/`. The label is what a
button shows when the assistant asks the user to choose between topics; the
question is the button's payload: a plain French question that the NLU
model is trained on, so a button works on every channel (a text-only
channel can send the same words).

Plain Python, no Rasa import: the tests and the actions both read it.
"""

from typing import Dict, NamedTuple


class Topic(NamedTuple):
    label: str
    question: str
    theme: str


TOPICS: Dict[str, Topic] = {
    # --- young people's first questions (faits.md) ---
    "ml_definition": Topic("Qu'est-ce qu'une mission locale ?", "C'est quoi une mission locale ?", "public"),
    "public_age": Topic("Pour qui ? (16-25 ans)", "Les missions locales sont pour qui ?", "public"),
    "age_plus_26": Topic("J'ai 26 ans ou plus", "J'ai 26 ans ou plus, je peux aller à la mission locale ?", "public"),
    "age_moins_16": Topic("J'ai moins de 16 ans", "J'ai moins de 16 ans, je peux aller à la mission locale ?", "public"),
    "obligation_formation": Topic("L'obligation de formation (16-18 ans)", "C'est quoi l'obligation de formation des 16-18 ans ?", "public"),
    "gratuit": Topic("Est-ce gratuit ?", "Est-ce que la mission locale est gratuite ?", "public"),
    "aides": Topic("Les aides proposées", "Quelles aides propose la mission locale ?", "public"),
    "cej": Topic("Le contrat d'engagement jeune (CEJ)", "C'est quoi le contrat d'engagement jeune ?", "dispositifs"),
    "cej_allocation": Topic("L'allocation du CEJ", "Combien on touche avec le CEJ ?", "dispositifs"),
    "pacea": Topic("Le PACEA", "C'est quoi le PACEA ?", "dispositifs"),
    "garantie_jeunes": Topic("La Garantie jeunes", "La Garantie jeunes existe encore ?", "dispositifs"),
    "france_travail": Topic("Mission locale ou France Travail ?", "Quelle différence entre la mission locale et France Travail ?", "dispositifs"),
    "rencontrer_conseiller": Topic("Rencontrer un conseiller", "Comment rencontrer un conseiller de la mission locale ?", "public"),
    "reseau_pour_emploi": Topic("Le Réseau pour l'emploi", "C'est quoi le Réseau pour l'emploi ?", "dispositifs"),
    "handicap": Topic("Situation de handicap", "Je suis en situation de handicap, la mission locale peut m'aider ?", "dispositifs"),
    "service_civique": Topic("Le service civique", "La mission locale propose du service civique ?", "dispositifs"),
    # --- governance (reference text) ---
    "gouvernance": Topic("La gouvernance", "Comment sont gouvernées les missions locales ?", "gouvernance"),
    "gouvernance_creation": Topic("Qui a créé les missions locales ?", "Qui a créé les missions locales ?", "gouvernance"),
    "gouvernance_president": Topic("Qui préside une mission locale ?", "Qui préside une mission locale ?", "gouvernance"),
    "gouvernance_statut": Topic("Le statut juridique", "Quel est le statut juridique d'une mission locale ?", "gouvernance"),
    "gouvernance_ca_role": Topic("Le rôle du conseil d'administration", "À quoi sert le conseil d'administration d'une mission locale ?", "gouvernance"),
    "gouvernance_ca_composition": Topic("Qui siège au conseil d'administration ?", "Qui siège au conseil d'administration d'une mission locale ?", "gouvernance"),
    "gouvernance_bureau": Topic("Le bureau", "À quoi sert le bureau d'une mission locale ?", "gouvernance"),
    # --- operational team ---
    "equipe": Topic("L'équipe et ses trois pôles", "Comment est organisée l'équipe d'une mission locale ?", "equipe"),
    "equipe_conseiller": Topic("Les conseillers en insertion", "Que fait un conseiller en insertion socio-professionnelle ?", "equipe"),
    "equipe_relations_entreprises": Topic("Les relations entreprises", "Que fait un chargé de relations entreprises ?", "equipe"),
    "equipe_fonctions_support": Topic("Les fonctions support", "Que font les fonctions support d'une mission locale ?", "equipe"),
    # --- funding ---
    "financement": Topic("Qui finance les missions locales ?", "Qui finance les missions locales ?", "financement"),
    "financement_fse": Topic("Le Fonds social européen (FSE)", "L'Europe finance les missions locales ?", "financement"),
    "financement_chiffres": Topic("Le budget en chiffres", "Quel est le budget des missions locales ?", "financement"),
    # --- regional organisation ---
    "regional_organisation": Topic("L'organisation régionale", "Comment sont organisées les missions locales au niveau régional ?", "organisation"),
    "regional_interlocuteurs": Topic("Les interlocuteurs régionaux", "Qui sont les interlocuteurs des associations régionales ?", "organisation"),
    "dreets": Topic("DIRECCTE ou DREETS ?", "C'est quoi la DIRECCTE ?", "organisation"),
    "arefie": Topic("L'AREFIE (Hauts-de-France)", "C'est quoi l'AREFIE ?", "organisation"),
    "regional_coordonnees": Topic("Contacter une association régionale", "Où trouver les coordonnées des associations régionales ?", "organisation"),
    # --- national organisation ---
    "national_organisation": Topic("L'organisation nationale", "Comment sont organisées les missions locales au niveau national ?", "organisation"),
    "national_chiffres": Topic("Le réseau en chiffres", "Combien y a-t-il de missions locales en France ?", "organisation"),
    "unml": Topic("L'UNML", "C'est quoi l'UNML ?", "organisation"),
    "unml_propositions": Topic("L'UNML et les politiques publiques", "L'UNML fait des propositions sur les politiques publiques ?", "organisation"),
    "unml_centre_ressources": Topic("L'UNML, centre de ressources", "Quels services l'UNML rend aux missions locales ?", "organisation"),
    "convention_collective": Topic("La convention collective", "Quelle est la convention collective des missions locales ?", "organisation"),
    # --- young people's practical questions (faits_complement.md) ---
    "inscription": Topic("S'inscrire, quels papiers", "Comment s'inscrire à la mission locale et quels papiers apporter ?", "pratique"),
    "horaires": Topic("Les horaires d'ouverture", "Quels sont les horaires de la mission locale ?", "pratique"),
    "logement": Topic("Trouver un logement", "La mission locale peut m'aider à trouver un logement ?", "pratique"),
    "permis": Topic("Aide au permis de conduire", "Quelles aides pour payer le permis de conduire ?", "pratique"),
    "faj": Topic("Besoin d'argent en urgence", "J'ai besoin d'argent en urgence, quelle aide existe ?", "pratique"),
    "sante": Topic("La santé", "La mission locale peut m'aider pour ma santé ?", "pratique"),
    "mobilite": Topic("Se déplacer (transport)", "Quelles aides pour mes transports vers un emploi ou une formation ?", "pratique"),
}


def label(key: str) -> str:
    """Human-readable label of a topic key, or a readable fallback."""
    topic = TOPICS.get(key)
    return topic.label if topic else key.replace("_", " ").capitalize()
