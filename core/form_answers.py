"""Short answers to the forms' questions: yes, no, and "stop asking". Plain Python.

While the assistant asks "Dans quelle commune habitez-vous ?", a cancel phrase ("laisse tomber",
"annule", "c'est pas grave", "non merci") ends the search instead of being read as a commune.
After "Vous parlez de la commune de … ?", "oui" takes the commune offered and "non" asks again.
On SMS (Twilio), "STOP" is the platform's opt-out: Twilio handles it before the message reaches
the assistant, and nothing here unsubscribes anyone; on the other channels "stop" ends the search.
"""

import re

from core.text import plain_words

# A short message (a few words, no digits) holding one of these is a wish to stop, not a place:
# giving up, changing one's mind, not knowing, not wanting to say, later, something else, a mistake.
_CANCEL = re.compile(
    r"\b(?:laisse(?:z)?(?: tomber| beton)?|lache(?:z)? (?:l affaire|moi)|annul\w*|oubli\w*|pas grave|tant pis|"
    r"plus tard|une autre fois|on verra|pas (?:maintenant|mtn|ojd|aujourd hui|pour l instant|le temps|le tps)|"
    r"arret\w*|stop|osef|balek|ballec|flemme|relou|pas envie|"
    r"j?prefere (?:ne )?pas|(?:j?veux|voulais|souhaite|desire) (?:pas|plus)|(?:ne|jveux) pas dire|jte dis pas|"
    r"(?:te|vous) regarde pas|sa te regarde|garder (?:ca|cela) pour moi|prive|secret|sans facon|"
    r"non merci|nan merci|merci|c est bon|ca ira|pas besoin|rien|bof|abandon\w*|passe(?:z)? ton chemin|"
    r"je passe|jpasse|chang\w* d avis|en fait non|finalement|(?:plus )?interess\w* plus|plus interess\w*|"
    r"(?:pas|aucune) importan\w*|peu importe|on s en fout|"
    r"(?:je )?(?:ne )?j?sais (?:pas|plus)|jsp|chai pas|chepa|aucune idee|"
    r"autre (?:chose|question)|retour|revenir|menu|erreur|trompe\w*|debrouill\w*|"
    r"nvm|never ?mind|forget(?: it| about it)?|skip|cancel|no thanks|nah|nop|nope|nn|"
    # later, refusing or asking why, annoyance, a mistake, something else, not sure, indifference
    # (2026-12-02, a second development set of refusals)
    r"reviendr\w*|j?reviens|repasser\w*|a plus|pourquoi (?:tu|vous|cette|ca|c est)|pk tu|pq tu|"
    r"en quoi (?:ca|cela) (?:vous|te|nous)|pas (?:tes|vos) affaires|anonym\w*|confidenti\w*|"
    r"saoul\w*|soule\w*|encore cette question|(?:toujours|tjr|tjrs|tjs) la meme|meme question|"
    r"mauvaise manip|fausse manip|pas ca que je|une autre info|change(?:r)? de sujet|"
    r"pas sure?|pa sure?|ouais nan|nan en fait|non en fait|pas important|pa important|"
    r"(?:m est|c est|tout m est) egal|n importe (?:laquelle|lequel|ou|quoi)|s en fiche|"
    r"chang\w* d ?avis|(?:mdr|lol|ptdr) non|non (?:mdr|lol|ptdr)|demander a (?:ma|mon) conseill\w*|"
    # personal data kept, not knowing where one lives, giving up in other words (2026-12-02, third
    # session, a third development set of refusals)
    r"pas (?:vos|tes) oignons|donnees? (?:perso|personnelles?)|rgpd|"
    r"(?:donne|dis|dirai|donnerai|mets|mettrai|transmets|indique|communique)s? pas|"
    r"(?:peux|peut|peu) pas (?:transmettre|donner|dire|communiquer|indiquer)|pas? oblige\w*|"
    r"faire quoi (?:de|avec) (?:mes|ces|les) (?:infos|informations|donnees)|pourquoi (?:faut|il faut)|ca change quoi|"
    r"entre deux|bouge souvent|pas (?:vraiment )?(?:une|de) (?:seule )?(?:commune|adresse|ville)|"
    r"connais pas (?:le nom|ma commune|ma ville|la commune)|"
    r"m en (?:fiche|fous|fou)|niet|c bon|ce bon|jlaisse|^passe$|sauter (?:cette|l) etape|faire sans|juste pour voir|"
    r"test(?:ais|ait|e) (?:juste|seulement)|gentil mais non|not now|(?:m|me) interesse pas|veut (?:pas|plus)|pa besoin|"
    # leaving (fourteenth session, dev-RI)
    r"(?:je|j) ?quitte|ouste|je me casse|jme casse|bye|"
    # (twenty-fourth session, from the development sets' cancel phrases the search had kept) leaving, skipping, misspelled,
    # not one's business, calling instead ("nan jvais appeler direct", thirty-eighth session, dev-ZZR)
    r"quitter|zappe|jzappe|pas la peine|passons|regarde (?:que|ke) moi|aime pas (?:donner|dire)|pa grave?|c pa grav|"
    r"laise(?:z)? to[nm]b\w*|lesse to[nm]b\w*|aucune envie|(?:j ?vais|vais|plutot) appeler direct(?:ement)?|^fin$|"
    r"c mort|(?:je|j) ?me (?:tire|barre)|tchao|ciao|chang\w* ?davis|^suivant$|khlass|5lass|"
    r"demander a (?:ma|mon) (?:mere|pere|daronne|daron|conseill\w*)|sto+p|^termine|au revoir|bsx|bisous|"
    r"(?:je |j)?do(?:i|is|it) y aller|presse|j?revien|(?:tes|vos) oignons|anul\w*|j?donne pas)\b"
)
MAX_CANCEL_WORDS = 14
# Stopping the call-back form, whose questions take free answers ("non merci" is no message, "rien"
# may be one): only the words that say stop ("Écrivez « annuler » à tout moment pour arrêter").
_STOP = re.compile(r"\b(?:annul\w*|laisse(?:z)? tomber|laisse(?:z)? beton|stop|arret\w*|abandon\w*|oubli(?:e|ez) (?:ca|tout)|"
                   r"(?:veux|voulais) plus|chang\w* d avis|cancel)\b")
_YES = re.compile(r"^(?:oui|ouais|ouai|yes|yep|exact|exactement|c est ca|c est bien ca|tout a fait|voila|"
                  r"oui c est ca|oui c est bien ca|oui exactement|oui voila|affirmatif|d accord|ok)(?:\s+(?:merci|svp|stp|c est ca))*$")
_NO = re.compile(r"^(?:non|nan|nn|no|nope|nop|pas du tout|non pas du tout|non c est pas ca|non ce n est pas ca|"
                 r"c est pas ca|ce n est pas ca|pas celle la|non pas celle la|aucune des deux|une autre)$")


def _short_wish(text: str, wish: "re.Pattern[str]") -> bool:
    """A short message without digits that holds one of `wish`'s words."""
    words = plain_words(text)
    return (bool(words) and len(words.split()) <= MAX_CANCEL_WORDS and not re.search(r"\d", words)
            and bool(wish.search(words)))


def is_cancel(text: str) -> bool:
    """"laisse tomber", "annule", "c'est pas grave", "non merci", "jsp", "j'ai changé d'avis"...: a
    wish to stop the place search."""
    return _short_wish(text, _CANCEL)


def ends_the_search(text: str, status: str, named: bool) -> bool:
    """Whether an answer to "Dans quelle commune habitez-vous ?" ends the search: a cancel phrase or "non", unless
    the place reading (`status`, a `Finding.status`) hesitates between homonyms, or found a commune the answer
    names explicitly or accepts (`named`): "Nîmes merci" is a place ("je voulais…" is no Voulangis)."""
    return status != "ambiguous" and (is_no(text) or is_cancel(text)) and not (status == "found" and named)


def is_stop(text: str) -> bool:
    """"annuler", "stop", "laisse tomber", "j'ai changé d'avis": a wish to stop the call-back form,
    whose questions take free answers."""
    return _short_wish(text, _STOP)


def is_yes(text: str) -> bool:
    return bool(_YES.match(plain_words(text)))


def is_no(text: str) -> bool:
    """A plain "no" (not "non merci", which cancels)."""
    return bool(_NO.match(plain_words(text)))
