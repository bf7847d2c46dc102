"""The fixed replies that come from neither the domain nor the FAQ files (French), each in one place:
what the channel guard says by itself, without NLU or the action server (an empty or too long
message), and the one technical-problem apology, sent by the guard (Rasa failed or missed the
deadline), by Rasa when a custom action fails (channels/rasa_patches.py) and by the action server
when its knowledge base fails (actions/answers.py). Plain Python, imported by both processes."""

# The official directories every place answer and the apology point to.
ANNUAIRE = "https://lannuaire.service-public.fr"
UNML = "https://www.unml.info"

MAX_MESSAGE_CHARS = 1000

EMPTY = "Je n'ai reçu aucun texte. Écrivez votre question en quelques mots, par exemple : « Qu'est-ce qu'une mission locale ? »"

TOO_LONG = (
    "Votre message est très long : je n'en ai lu que les "
    + f"{MAX_MESSAGE_CHARS:,}".replace(",", " ")  # French digit grouping: 1 000
    + " premiers caractères. Pour une réponse précise, posez une question à la fois, en quelques mots."
)

TECHNICAL_PROBLEM = (
    "Désolé, je rencontre un problème technique et je ne peux pas vous répondre pour l'instant. "
    f"Réessayez dans quelques minutes. Pour trouver votre mission locale : {UNML} "
    f"ou {ANNUAIRE}\n"
    "En cas de danger : 112 (ou 114 par SMS). Idées suicidaires : 3114. Pas de logement ce soir : 115."
)
