"""What the channel guard says by itself, without NLU or the action server (French)."""

MAX_MESSAGE_CHARS = 1000

EMPTY = "Je n'ai reçu aucun texte. Écrivez votre question en quelques mots, par exemple : « Qu'est-ce qu'une mission locale ? »"

TOO_LONG = (
    "Votre message est très long : je n'en ai lu que les "
    + f"{MAX_MESSAGE_CHARS:,}".replace(",", " ")  # French digit grouping: 1 000
    + " premiers caractères. Pour une réponse précise, posez une question à la fois, en quelques mots."
)

TECHNICAL_PROBLEM = (
    "Désolé, je rencontre un problème technique et je ne peux pas vous répondre pour l'instant. "
    "Réessayez dans quelques minutes. Pour trouver votre mission locale : https://www.unml.info "
    "ou https://lannuaire.service-public.fr\n"
    "En cas de danger : 112 (ou 114 par SMS). Idées suicidaires : 3114. Pas de logement ce soir : 115."
)
