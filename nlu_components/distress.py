"""Distress detection: which emergency situation a message speaks of. Plain Python, no Rasa import.

A message that speaks of a person in danger (the writer or someone else) must get the
emergency number that fits first, whatever the statistical classifier says, and an ordinary
message that merely uses words of death, violence or the street must not. This module
decides both, from hand-written patterns over the message's plain words (lower case, no
accents, Arabic letters kept):

1. innocent idioms are blanked out first ("mort de rire", "du coup", "suicide squad",
   "prévention du harcèlement"...), so that their words cannot trigger anything;
2. each situation has its own patterns; violence is named from two clues: harm done to
   someone (or a danger right now) and who suffers it (a minor, a partner, a relative);
3. the situation returned first is the most specific of those found (SITUATIONS order).

The numbers for each situation are in `domain.yml` (responses `utter_urgence`), from
`docs/sources.md`; this module only names the situation.
"""

import re
from typing import List, Match, Optional

from core.text import lower_without_accents

# Most specific first. A danger "right now" with no more precise situation comes last: the
# replies of the situations before it also give the police number where a danger can be
# immediate (domain.yml, utter_urgence).
SITUATIONS = [
    "urgence_sante",  # a health emergency
    "suicide",  # suicidal thoughts, self-harm
    "violences_sexuelles",
    "enfant_danger",  # a minor in danger
    "violences_conjugales",  # partner violence
    "violences_famille",  # violence from a relative, the victim's age unknown
    "harcelement",  # harassment, online or not (its reply also gives the police number)
    "violences",  # violence, who suffers it unknown
    "sans_abri",  # no roof tonight
    "danger_immediat",  # followed, attacked, a weapon, a break-in
]


def plain_text(text: str) -> str:
    """Lower case, no accents, runs of 3+ identical letters shortened ("mouriiir"),
    everything but Latin letters, digits, Arabic and Cyrillic letters turned into single spaces,
    padded with one space on each side so that patterns can anchor on word edges."""
    text = re.sub(r"(.)\1{2,}", r"\1", lower_without_accents(text))
    text = text.replace("\U0001FAA2", " corde ")  # the knot emoji: "🖤🪢😔 ce soir jcrois" (fourteenth session, dev d56)
    text = re.sub(r"[^a-z0-9\u0620-\u064a\u0671-\u06d3\u0400-\u04ff]+", " ", text).strip()
    return f" {text} "


class _AnyOf:
    """Where any of `patterns` matches, as the alternation of them all would say, but each pattern compiled and
    searched on its own: the standard library's regex engine tries the alternatives of one large alternation one
    after the other at every position, each at the cost of a backtracking point, while a pattern searched alone is
    rejected at most positions by its first test. On the gate sets' messages, the distress patterns searched this
    way took about a third of the time of the joined alternations, with the same findings (docs/benchmarks.md, "The
    gate sets' messages, cheaper")."""

    def __init__(self, *patterns: str) -> None:
        self._parts = tuple(re.compile(p) for p in patterns)
        self._joined = re.compile("|".join(f"(?:{p})" for p in patterns))  # for `sub`, on the few messages it changes

    def search(self, text: str) -> Optional[Match[str]]:
        """The leftmost match of any pattern; at one position, the first pattern's (as an alternation tries them)."""
        best: Optional[Match[str]] = None
        for part in self._parts:
            found = part.search(text)
            if found and (best is None or found.start() < best.start()):
                best = found
                if not best.start():
                    break
        return best

    def sub(self, replacement: str, text: str) -> str:
        """`text` with every match of the alternation replaced, as `re.sub` replaces them."""
        return self._joined.sub(replacement, text) if self.search(text) else text


# ---------------------------------------------------------------- innocent idioms, blanked first
# The idioms of death and cold ("mort de fatigue", "mourir de honte", "un froid de mort"), also used
# alone: the classifier, which reads the whole message, still sees their words (`has_death_idiom`).
# A paper task to do again ("si je dois refaire un atelier", "si je dois encore remplir un formulaire")
_TASK_AGAIN = (r"\bsi (je dois|on me fait|il faut|on doit) (encore )?(refaire|faire|remplir|reecrire|repasser) (encore )?"
               r"(un|une|le|la|les|l|ce|cette|mon|ma|mes)? ?(atelier|formation|stage|cv|dossier|lettre|exercice|reunion|seance"
               r"|module|test|questionnaire|formulaire|entretien|exam|examen|partiel|devoir)s?\b")
_DEATH_IDIOM_PATTERNS = (
    # (twenty-seventh session, dev o146) "ils vont me tuer au boulot si je pose encore un jour"
    r"\b(ils|elles|on) (vont|va) me tuer (au|a la) (boulot|taf|travail|boite|job|bureau|magasin)\b",
    r"\bmort(e|s)? (de|d) (rire|fatigue|honte|faim|froid|chaud|peur|ennui)",
    r"\b(mourir|crever|creve) (de|d) (rire|honte|faim|froid|chaud|chaleur|ennui|fatigue|envie|soif|vieillesse|impatience|stress|bonheur|joie)",
    r"\bfroid de (mort|canard|loup)\b",
    # disappearing under something, of embarrassment, stage fright or too much work: "disparaître sous terre" (eighteenth
    # session, dev o77), "sous la scène" (dev o70), "sous les papiers" (twentieth session, dev o83), "sous ma couette"
    # (twenty-first session, dev o86)
    r"\b(disparaitre|rentrer|cacher|me cacher|rester) sous (terre|la scene|la table|mon bureau|(les|la|ma|mes) (papiers|paperasse"
    r"|dossiers|demarches|cartons|factures|mails|copies|couette|couverture|couvertures|draps|plaid|poussiere|devoirs|boulot))\b",
    # (eighteenth session, dev o72, o77) a thing to break or a game's boss to beat, not a life: "envie de crever mon écran",
    # "je vais crever ce boss"
    r"\bcrever (mon|ton|son|l|le|la|les|mes|tes|ses|ce|cette|un) (ecran|pneu|pneus|tele|manette|clavier|abces|plafond|ballon"
    r"|boss|niveau|jeu|donjon|raid)\b",
    # (fourteenth session, dev o59) "je vais mourir sous la paperasse"
    r"\b(mourir|crever|creve) sous (la paperasse|les dossiers|le boulot|le travail|les devoirs|les mails|le taf)\b",
    r"\b(batterie|telephone|tel|portable|phone) (va|vas|est en train de) (mourir|crever)\b",  # "ma batterie va mourir"
    r"\bnmout b (dehk|d7k|dahk|dhak|l3ya|l3eya|3ya|l3eyya)\b",
    r"\bnmout (mn|men|min) (had|hadi|hada) (l ?attente|lantizar|l ?intidar|sbar|lkhedma|l9raya)\b",  # "… of this wait" (dev o70)  # darija: "I'll die laughing", "… of tiredness"
    # (sixteenth session, dev o68) "ce dossier CAF va me tuer", "ce formulaire de la CAF va me tuer": a thing, not a person
    # (the words between name no one: not "mes partiels, mon père va me tuer")
    r"\b(ce|cette|mon|ma|mes|ces) (dossier|dossiers|paperasse|formulaire|formulaires|demarches?|rapport|memoire|exam|examen|partiel"
    r"|partiels|stage|taf|boulot|cv)(?: (?!(?:ma|mon|mes|son|sa|ses|il|elle|lui|leur|notre|nos)\b)\w+){0,3} (va|vont) (me|nous) tuer\b",
    # (twenty-second session, dev o88, o90) dying of a task done again: "je vais crever si je dois refaire un atelier", "si je
    # dois encore remplir un formulaire je vais mourir"
    rf"\b(vais|va|vas) (mourir|crever) {_TASK_AGAIN}",
    rf"{_TASK_AGAIN}.{{0,20}}\b(je vais|jvais|j vais) (mourir|crever)\b",
    # (twenty-third session, dev o100) "Si je lis encore « votre demande est en cours de traitement » je fais un malaise"
    r"\bsi (je|j) (lis|vois|entends|recois|dois) encore\b.{0,80}\b(je fais|jfais|je vais faire) un malaise\b",
    # (twenty-third session, dev o96) put outside to go for a run: "ma mère m'a mis dehors... pour aller courir"; stifling
    # of heat
    r"\b(mis|mise|foutu|foutue) dehors (pour|histoire d) (aller )?(courir|jouer|prendre l air|faire du sport|faire un tour"
    r"|faire une balade|promener le chien|sortir le chien)\b",
    r"\b(j )?etouff\w* (de|d) (chaleur|chaud|rire)\b",
    # (twenty-third session, dev o94) a toy weapon ("survivre 48h avec une batte en mousse"); a child's bone broken at play
    # ("Mon petit frère de 6 ans s'est cassé le bras au trampoline")
    r"\b(batte|epee|sabre|couteau|pistolet|fusil|hache|arme)s? (en mousse|en plastique|factice|a eau|nerf|laser)\b",  # ("épée laser": dev o206)
    r"\bs est (casse|cassee|foule|foulee|fracture|fracturee|tordu|tordue) (le|la|les|un|une) \w+ (au|a la|en|pendant le|pendant la"
    r"|en faisant du|en faisant de la|en jouant au) (trampoline|foot|football|ski|sport|hand|handball|rugby|basket|skate|velo"
    r"|trottinette|judo|tennis|escalade|match|entrainement|recre|parc|gym|danse)\b",
    # (twenty-third session, dev o92) a heart attack at a price: "crise cardiaque en voyant le prix du permis"
    r"\b(une )?crise cardiaque en (voyant|lisant|recevant|decouvrant) (le|la|les|mon|ma|mes|ce|cette) (prix|facture|tarifs?|devis"
    r"|note|notes|loyer|addition|resultats?|montant)\b",
    # (thirty-second session, dev o206) a goodbye before the holidays, "dernier message de l'année 😊 … bonnes fêtes": the patterns
    # pass it over, the classifier needs more (as for every idiom here)
    r"\bdernier (message|msg) (de l annee|de la semaine|de 20\d\d|avant (les|mes|nos) (vacances|fetes|conges)|avant noel)\b",
)
# Harassment and violence named as a topic, with their article ("le harcèlement scolaire")
_TOPIC = (r"(le |la |les |l )?(cyber ?harcelement( scolaire| moral| sexuel| au travail| en ligne)?|harcelement( scolaire"
          r"| moral| sexuel| au travail| en ligne| de rue)?|violences?( sexuelles| conjugales| faites aux femmes| sexistes"
          r"| intrafamiliales)?)")
_INNOCENT = _AnyOf(
    *_DEATH_IDIOM_PATTERNS,
    # (thirty-fourth session, dev o236) a last message before the holidays; a night at a station after a missed connection or a
    # cancelled train, home since; a knife for the hotel school; "c'était le livreur"; "mon coeur s'est arrêté quand j'ai vu ma
    # note"; a little cousin who threatens to call the police over the sofa; someone "pretending to be" a star, "a scam?"
    r"\bdernier message\b.{0,120}\b(injoignable|vacances|a bientot|en conge|en voyage|pendant \d+ (jours|semaines))\b",
    r"\b(loupe|rate|manque) (ma|la|le|mon) (correspondance|train|bus|dernier train|tgv|ter)\b.{0,80}\b(nuit|dormi)\b.{0,80}"
    r"\b(rentree?|chez moi)\b",
    r"\b(dormi|passe la nuit|nuit) (a|dans) la gare\b.{0,60}\b(train|tgv|ter|bus) (supprime|annule|en retard)\b",
    r"\bcouteaux?\b.{0,60}\b(ecole hoteliere|cap cuisine|bac pro cuisine|mallette|malette|trousse de cuisine|formation cuisine)\b",
    r"\b(il y a|y a) (un homme|un mec|quelqu un|un type) devant chez moi\b.{0,40}\bc etait (juste )?(le|un) (livreur|facteur|voisin"
    r"|plombier)\b",
    r"\bmon coeur s est arrete quand j ai vu\b",
    # (thirty-seventh session, dev o262) "jvais sauter par la fenetre... de joie 🎉🎉 jai eu mon CAP !!!"
    r"\bsauter (par|de) la fenetre de joie\b",
    # (dev o266) "jveux disparaître de la honte 🙈 j'ai appelé ma tutrice maman devant tout le monde"
    r"\bdisparaitre (de|d) (la )?honte\b|\bdisparaitre sous terre\b",
    # (thirty-eighth session, dev o278) a roofer's "la tête dans le vide toute la journée"; a small flat where a child bumps into
    # everything ("Mon studio est une boîte à chaussures, le petit se cogne partout 😅"; not bruises explained away)
    r"\b(la )?tete dans le vide\b|\b(studio|appart|appartement|logement|chambre)\b.{0,60}\bse cogne partout\b",
    # (thirty-eighth session, dev o276) "J'aimerais disparaître… des listes de boursiers, puisque je finis mon master en juin"
    r"\bdisparaitre (de|des|du) (la |les |vos |votre |ma |mes |ces |cette |leur |leurs )?(liste|listes|fichier|fichiers|mailing"
    r"|newsletter|base|bases|registre|registres|effectifs|statistiques|stats)\b",
    # a philosopher quoted on suicide: "Camus écrit qu'il n'y a qu'un problème philosophique vraiment sérieux : le suicide" (dev o276)
    r"\b(camus|cioran|sartre|nietzsche|schopenhauer|montaigne|seneque|durkheim) (ecrit|dit|disait|ecrivait|affirme|explique)"
    r" (qu|que)\b[^.?!]{0,80}\bsuicide\b",
    # (dev o264) "jveux disparaitre de chez mes parents genre avoir mon appart a moi"
    r"\bdisparaitre de chez (mes|mon|ma) (parents|darons|daron|daronne|mere|pere|vieux)\b(?=.{0,60}\b(appart|studio|logement|apl|chez moi)\b)",
    r"\b(cousin|cousine|frere|soeur|neveu|niece)\b.{0,40}\b(allait|va) appeler la police parce que\b",
    r"\b(pretending to be|se fait passer pour|se faisant passer pour|kay9ol ana)\b.{0,80}\b(scam|arnaque)\b",
    # (thirty-fourth session, dev o238) a camp out of doors, "je dors dehors toute la semaine 🏕️ c'est le camp de mon service
    # civique"; a team beaten 4-1; "je me suis fait frapper… par la réalité"
    r"\b(dors|dort|dormons|dormir) dehors\b.{0,40}\b(c est (le|un|mon|notre) (camp|bivouac)|en (camp|bivouac|colo)|avec les scouts"
    r"|pour (le|un|mon|notre) (camp|bivouac))\b",
    r"\b(equipe|club) (s est fait|s est faite|a ete) (battre|battue|ecraser|ecrasee|laminer|laminee)\b",
    r"\bstaps\b",  # the sports degree, no blow ("tap…")
    r"\bje me suis fait (frapper|gifler|tabasser|poignarder)\W*(par la realite|par le prix|par la facture|par mon bulletin)\b",
    # (thirty-fourth session, dev o230) "Plus de batterie, au secours 🔋": a phone's battery or data
    r"\b(plus de|pas de|presque plus de) (batterie|forfait|data|reseau|wifi|credit)\b.{0,5}\bau secours\b",
    # (twenty-seventh session, dev o142) out of breath from running; swollen eyes "on dirait qu'on m'a frappé"; late because
    # one does not wake up; a partner or a relative who waits for one after work; a goodbye letter to one's job
    r"\b(je )?(respire plus|respire pas|suis essouffle\w*)\b.{0,15}\b(j ai couru|jai couru|tellement j ai couru|a force de courir"
    r"|apres avoir couru|tellement j ai (ri|rigole)|tellement je rigole)\b",
    r"\bon dirait (qu on|que quelqu un|que) (m a|m avait|j ai) (frappe|frappee|tabasse|tabassee|cogne|cognee|battu|battue|pris des coups)\b",
    r"\b(yeux|oeil|paupieres?) (tout |tous |tres |trop |super )?gonfle\w*\b.{0,60}\b(allergie|allergique|pollen|conjonctivite|orgelet)\b",
    r"\ben retard (chaque|tous les|le) (matin|matins|lundi|lundis|jour|jours)\b.{0,60}\b(ne )?se reveille(nt)? pas\b",
    r"\b(mon|ma) (copain|copine|mec|mari|femme|mere|pere|daron|daronne|soeur|frere|cousin|cousine|pote) (m|me) attend (chaque|tous)"
    r" (les )?(soirs?|jours?|matins?)\b",
    r"\blettre d adieu (a|pour) (ma boite|mon (taf|boulot|job|patron|employeur|entreprise|equipe|cdi)|mes collegues|l equipe)\b",
    # (twenty-seventh session, dev o144) a little brother who follows one everywhere; a heist in a series; "inconscient de ma part";
    # "I didn't cut myself once" at a knife-skills class
    r"\bquelqu un qui me suit partout (c est |en fait |enfin )?(mon|ma) (petit frere|petite soeur|chien|chat|fils|fille|neveu|niece"
    r"|bebe)\b(?! (est|et) )|\b(mon|ma) (petit frere|petite soeur|grand frere|grande soeur|frere|soeur|chien|chienne|chat|fils|fille|neveu|niece|bebe|cousin"
    r"|cousine|chiot) me suit partout\b",  # ("Mon grand frère me suit partout… il veut que je lui prête mon scooter"; dev o170)
    r"\b(cambriolage|braquage|casse) (du|de la|d une|d un) (louvre|musee|banque|casino|bijouterie)\b",
    r"\binconsciente? de (ma|sa|ta|leur|notre|votre) part\b",
    r"\b(didn t|did not|never|don t|dont) cut myself\b",
    # (twenty-seventh session, dev o152) "Mon patron me menace d'un avertissement si je prends mon jour de congé"
    r"\bmenace\w* d (un|une) (avertissement|sanction|blame|licenciement|mise a pied|amende|retenue sur salaire)\b",
    # (twenty-ninth session, dev o170) waited for "parce qu'on rentre ensemble"; put out "de la voiture"; a knife to bring to a
    # placement; "ma mère va me tuer, j'ai oublié de lui dire…"
    r"\bm attend\w*\b.{0,60}\b((parce qu|pour qu|car|comme) )?on (rentre|repart|part|y va|covoiture|fait la route)\w* ensemble\b",
    r"\bmise? dehors (de|du) (la|sa|ma|le|son) (voiture|caisse|car|bus|camion|bagnole)\b",
    r"\b(stage|formation|apprentissage|cap|alternance)\b.{0,40}\b(apporter|ramener|amener|acheter|fournir|prevoir)\b.{0,30}\bcouteaux?\b",
    r"\b(va|vont) me tuer (j ai|jai) (oublie|rate|perdu|casse|pas (fait|dit|pense))\b",
    # (thirty-sixth session, dev o260) "une mission suicide, le rangement du magasin le vendredi soir"; "jé brulé une tarte ce matin";
    # "j'étouffe dans ma petite ville, je veux partir en mobilité européenne"
    r"\bmission suicide\b|\bsuicide mission\b",
    r"\bbrule\w* (une|la|le|les|mon|ma|mes|des|un) (tarte|gateau|pizza|cake|sauce|plat|poulet|roti|pain|viande|casserole|poele|gigot"
    r"|omelette|crepes?|cookies?|biscuits?|frites|steak|riz|pates|croissants?|baguettes?|brioche|fournee)s?\b",
    r"\bj etouffe (dans|a|en) (ma|mon|cette|ce|la|le) (petite |petit )?(ville|village|bled|quartier|famille|boulot|job|taf|vie|region"
    r"|campagne|appart)\b",
    # (thirty-sixth session, dev o252) "Ce bac pro, c'est un suicide scolaire ou pas ?"
    r"\bsuicide (scolaire|professionnel|social|commercial|politique|financier|sportif)\b",
    # (thirty-sixth session, dev o250) "Mes parents vont me tuer quand je leur dirai que j'arrête la fac"
    r"\b(va|vont) me tuer quand (je (leur|lui) (dirai|annoncerai|dis|annonce)|(ils|il|elle|elles) (sauront|saura|verront|verra))"
    r" (que )?(j arrete|je quitte|j ai rate|j ai loupe|je redouble|j ai redouble|je change|ma note|mes notes|mon bulletin|mes resultats)\b",
    # (thirty-second session, dev o206) a night at the station after a missed connection, home this morning; a quarrel over the washing-up, "elle va me tuer"; the fear of
    # burning or cutting oneself in a kitchen training; an exam "that will kill me", in darija
    r"\b(passe|passee|dormi) (la nuit|une nuit) (a|dans|sur) (la|une|un) (gare|aeroport|quai)\b.{0,60}\b(je suis|jsuis|chui|suis)"
    r" (bien )?(rentre|rentree|arrive|arrivee)\b",
    r"\b(vaisselle|menage|linge|poubelles?|lessive)\b.{0,80}\b(va|vont|allait) me tuer\b",
    r"\b(peur|risque|crainte) de (me|se|te|nous|vous) (bruler|couper)\b(?=.{0,40}\b(four|fours|cuisine|friteuse|plaques?|poele"
    r"|couteaux?|patisserie|mandoline)\b)",
    r"\b(l ?examen|l ?imti?han|l ?code|le code|permis|bac|controle|partiel)\b.{0,30}\b(ghadi|ghad|gha) ?(y|t)qtel(ni|na)\b",
    # (thirty-second session, dev o216) people with nowhere to sleep seen by a night porter; "je vais finir par l'étrangler 🙃
    # (blague)"; a role-play character who "wants to disappear"
    r"\b(des gens|les gens|des personnes) qui n ont nulle part ou dormir\b",
    r"\b(je vais|jvais|vais) (finir par )?l etrangler\b(?=.{0,15}\b(blague|jrigole|je rigole)\b)",
    r"\b(mon|son|ton|notre) (perso|personnage)\b.{0,20}\b(je veux|veux|veut) (disparaitre|mourir|en finir)\b",
    # (thirty-second session, dev o214) "an anti-bullying awareness week" at school
    r"\banti ?bullying (awareness )?(week|day|campaign|workshop|program|programme|talk|session|project)\b",
    # (thirty-second session, dev o210) waited for after work for car-sharing; marks on the wrists from boxing wraps
    r"\bm attend\w*\b.{0,60}\b(on fait du|pour le|pour faire du|on est en) covoit\w*\b",
    r"\b(marques|traces) (sur|aux) (les |mes )?poignets a cause (des|de la|du|de mes) (bandes|boxe|montre|bracelets?|gants|sangles)\b",
    # (dev o206) a little brother's toy: "il va me 'frapper avec son épée laser' 😂"
    r"\b(frapper|taper|tuer|attaquer|trancher|decouper)\w* avec (son|sa|ses|un|une|mon|ma) (epee|sabre|baton|pistolet|fusil)s? (laser|en mousse"
    r"|en plastique|magique|a eau)\b",
    # (dev o178) "c'est mon dernier message ici parce que j'ai signé mon CDI 🎉"; "Il me suit partout depuis que je l'ai adopté, mon chien"
    r"\bdernier message\b.{0,40}\b(parce que|car|vu que|puisque) (j ai|jai|g) (signe|trouve|eu|decroche|obtenu)\b",
    r"\bil me suit partout\b(?=.{0,60}\b(mon|ma) (chien|chienne|chat|chaton|chiot|lapin)\b)",
    # (thirtieth session, dev o184) waited for "vu qu'on n'a qu'une voiture"; pills "pour le rhume"; an "anti-bullying week"; followed
    # on Instagram by someone who likes everything; "je vais mourir à l'entretien"; put out "pour que j'aille déposer des CV"; a
    # night outside "sous une tente… bénévole au festival"; a phone swapped by mistake; odd texts about a parcel (a scam); someone
    # waiting downstairs who is one's cousin driving one to the interview
    r"\bm attend\w*\b.{0,60}\b(vu qu|parce qu|puisqu|car|comme) (on|nous) (n a|a|n avons|avons) qu une (voiture|caisse|bagnole|moto)\b",
    r"\b(cachets?|comprimes?|medocs?|medicaments?|doliprane|gelules?) (pour|pr|contre) (le|la|les|un|une|mon|ma|mes) (rhume|toux|grippe"
    r"|mal de tete|migraine|fievre|mal de gorge|allergies?|crampes|regles|nez bouche)\b",
    r"\banti (bullying|harassment|harcelement) (week|day|workshop|campaign|talk|session|semaine|journee|atelier)\b",
    r"\b(a few words|a talk|talk|speak|a workshop|a session|a presentation) (about|on) (online |cyber ?)?(harassment|bullying"
    r"|cyberbullying)\b",
    r"\bme (suit|follow)\w* sur (insta|instagram|tiktok|twitter|x|facebook|fb)\b(?=.{0,40}\b(like|likes|liker|aime|en fait)\b)",
    r"\b(je vais|jvais|j vais|je vas) mourir (a|au|pendant|en) (l entretien|l oral|l exam\w*|mon entretien|mon oral|le bac|la soutenance"
    r"|ma soutenance|l epreuve|mon examen|mon exam)\b",
    r"\bmise? dehors\b.{0,40}\bpour que (j aille|je sorte|j allais) (deposer|donner|distribuer|chercher du travail|chercher un (job|taf"
    r"|boulot|stage)|faire (des|mes) (candidatures|courses))\b",
    r"\bdormir dehors\b(?=.{0,40}\b(sous (une|la|ma|des) tentes?|festival|camping|bivouac)\b)",
    r"\b(dors|dort) dehors\b(?=.{0,40}\b(festival|camping|bivouac)\b)",  # (not "je dors dehors sous une tente depuis que…"; dev o192)
    r"\b(il|elle) a mon (tel|telephone|portable)\b(?=.{0,40}\b(par erreur|meme modele|echange)\b)",
    r"\b(sms|messages?|mails?|appels?) (bizarres?|louches?|etranges?)\b(?=.{0,60}\b(colis|livraison|arnaque|phishing|chronopost"
    r"|la poste|amende|compte cpf)\b)",
    # (dev o186) "une overdose de tutos YouTube"; "si ma mère apprend que… elle va me faire la peau"
    r"\boverdose (de|d) (?!(medicaments?|medocs?|cachets?|comprimes?|drogues?|heroine|cocaine|coke|alcool|paracetamol|doliprane|xanax"
    r"|insuline|opiaces?|subutex|methadone|fentanyl|lean|codeine|tramadol|ecstasy|mdma|md|ketamine|cannabis|shit|beuh|somniferes?"
    r"|anxiolytiques?|antidepresseurs?|pilules?)\b)[a-z]+\b",
    r"\bsi (ma|mon|mes) (mere|pere|daronne|daron|darons|reum|parents|prof|patron|boss|chef|conseiller|conseillere|soeur|frere) (apprend"
    r"|apprennent|voit|voient|sait|savent|decouvre|decouvrent)\b.{0,60}\b(va|vont) me (faire la peau|tuer|massacrer|defoncer|trucider"
    r"|etrangler)\b",
    # (dev o188) an agency that called six times ("c'est bon signe ?"); a flatmate who nags about the bins; a celebrity's fake account
    # offering a contest; put out of the door "pour sortir le chien"
    r"\b(agence|interim|recruteur|recruteuse|rh|drh|employeur|france travail|pole emploi|mission locale|conseiller|conseillere)\b.{0,40}"
    r"\bm a (encore )?(appele|appelee|ecrit|relance) (\d+|plusieurs|deux|trois|quatre|cinq|six) fois\b",
    r"\b(me|m) harcel\w* pour (que (je|j) )?(sorte|sortir|fasse|faire|range|ranger|lave|laver|passe|passer) (les poubelles|la vaisselle"
    r"|le menage|ma chambre|l aspirateur|le linge|les courses|mes affaires)\b",
    r"\bfaux compte\b(?=.{0,60}\b(concours|cadeau|jeu concours|arnaque|gagner|lots?)\b)",
    r"\bmise? (dehors|a la porte)\b.{0,30}\bpour (sortir|promener|balader) (le|la|les) (chien|chienne|chiens|poubelles)\b",
    # (dev o190) "j'allais me tuer le genou si je reprenais trop vite": a knee, not a life
    r"\b(me|te|se|nous|vous) (tuer|bousiller|flinguer|niquer|detruire|exploser|ruiner) (le|les|la|l|mon|ma|mes|ton|ta|tes|son|sa|ses)"
    r" (genou|genoux|dos|cheville|chevilles|epaule|epaules|poignet|poignets|yeux|oreilles|voix|sante|croises|ligaments)\b",
    # (dev o192) a common remedy taken; a goodbye at the end of one's follow-up or before moving away; bruises from one's boxing; an
    # online training on harassment; a son who does not answer since he left on Erasmus; followed everywhere "sur TikTok"
    r"\b(pris|prendre|prends|pris) (du|un|une|des|mon|ma) (doliprane|dafalgan|efferalgan|ibuprofene|advil|spasfon|smecta|sirop|fervex"
    r"|humex)\b",
    r"\b(dire au revoir|au revoir)\b.{0,40}\b(26 ans|plus suivie?|fin de (mon|l) accompagnement|je demenage|je pars (vivre|habiter))\b",
    r"\bdernier message\b.{0,40}\b(je pars (vivre|habiter|m installer)|je demenage|on demenage)\b",
    r"\b(je fais|je pratique|je joue|je fais de la|je fais du)\b.{0,20}\b(boxe|judo|rugby|mma|karate|kick boxing|lutte|hockey|roller"
    r" derby)\b.{0,60}\b(des bleus|hematomes)\b",
    r"\b(formation|module|atelier|sensibilisation|webinaire)s? (en ligne |obligatoire |en presentiel )?(sur|contre) (le |la |les )?"
    r"(harcelement|violences)( sexuel\w*)?( au travail)?\b",
    r"\bne (me )?repond plus\b.{0,50}\bdepuis qu (il|elle) est (en|au|a l) (erasmus|vacances|stage|colo|voyage|service militaire"
    r"|internat)\b",
    r"\bme suit partout\b.{0,10}\bsur (insta|instagram|tiktok|twitter|x|facebook|fb|snap|youtube|twitch)\b",
    r"\b(quelqu un|un mec|un homme|un gars|on) m attend\w* en bas\b(?=.{0,40}\bc est (mon|ma) (cousin|cousine|frere|soeur|pere|mere"
    r"|copain|copine|pote|oncle|tante|voisin|voisine) qui m (emmene|amene|conduit|accompagne|depose)\b)",
    # (twenty-eighth session, dev o166) a skipping rope; followed "sur LinkedIn"; a scout leader's Swiss knife
    r"\bcordes? a sauter\b",
    r"\bme suit\b.{0,30}\bsur linkedin\b",
    # (the Swiss knife for camping, o160, said before a scout leader's)
    r"\bcouteau suisse\b.{0,40}\b(camping|rando|randonnee|pique nique|bivouac|peche|scout|scoute|scouts|cheftaine|chef scout|eclaireur"
    r"|eclaireuse)\b|\b(scout|scoute|cheftaine)\b.{0,40}\bcouteau suisse\b",
    # (twenty-eighth session, dev o164) a night in the station after a missed connection, home since; a tap on the shoulder
    r"\b(rate|loupe) (ma|la|notre|une) correspondance\b.{0,60}\b(passe la nuit|dormi) (dans|a) la gare\b(?=.{0,60}\b(jusqu au"
    r" (premier|1er)|premier (train|ter|tgv|bus)|bien rentre|bien rentree|suis rentre|suis rentree|repris)\b)",
    r"\b(m|lui|me) (a|ont) tape sur l epaule\b",
    r"\b(me suis|s est|se sont) fait taper sur l epaule\b",  # (thirtieth session, dev o188) "je me suis fait taper… sur l'épaule par le DRH"
    # (twenty-eighth session, dev o160) put out "de mon job d'été" (a contract's end); a neighbour who tried the wrong door; a Swiss
    # knife for camping; put out "pour que j'aille faire du sport"; a nap in one's car at lunch; a black eye from a rugby tackle;
    # a flatmate who takes one's card for the shared shopping
    r"\bmise? a la porte (de|du) (mon|ma|son|sa|la|le|l) ?(job|boulot|travail|taf|stage|entreprise|poste|cdd|contrat|magasin|resto"
    r"|restaurant|equipe|chantier|usine)\b",
    r"\b(essaye|essaie|tente) d (ouvrir|rentrer)\b.{0,60}\bc etait (juste )?(le|la|mon|ma|un|une) (voisin|voisine|coloc|livreur|facteur"
    r"|proprio)\w*\b.{0,30}\b(trompe|trompee)\w* d (etage|appart|appartement|porte|palier|adresse|immeuble)\b",
    r"\bmise? dehors pour (que j aille|aller|que j aille faire|faire) (du sport|courir|prendre l air|jouer|promener le chien|sortir le"
    r" chien|faire du sport|faire un tour)\b",
    r"\bdors dans ma (voiture|caisse|bagnole)( le midi)? pendant (la|ma) (pause|pause dej|pause dejeuner|pause de midi)\b",
    r"\b(rugby|plaquage|plaque|plaquee)\b.{0,60}\bcoquard\b",
    # (dev o168) "des bleus plein les jambes à cause du match de rugby dimanche"
    r"\bbleus\b.{0,40}\b(a cause du|du|au|apres le|depuis le) (match|entrainement|tournoi) (de|du) (rugby|foot|football|hand|handball|boxe|judo"
    r"|basket|hockey|karate)\b",
    r"\bprend ma (carte bleue|carte|cb) pour (faire|payer) (les|nos) courses\b(?=.{0,40}\b(coloc|colocataire|cagnotte|commune)\b)",
    # (twenty-seventh session, dev o158) a night at the station planned after a missed connection; "la dernière fois que je vous
    # écris… pour cette année"
    r"\b(on dort|je dors|on va dormir|je vais dormir) a la gare\b.{0,40}\b(on reprend|je reprends|reprendre) le (premier )?train\b",
    r"\bderniere fois que (je vous ecris|je t ecris|j ecris) (pour|de|avant) (cette annee|l annee|cette semaine|les vacances|les fetes"
    r"|noel|mon depart)\b(?=.{0,40}\b(fetes|noel|vacances|bonne annee|joyeuses|joyeux|rentree|a bientot|annee prochaine)\b)",
    # (twenty-seventh session, dev o154) a hand raised in class "pour répondre"; a finger cut with a cutter, a plaster and done; an
    # ex who writes to get his console back; "enfermée… dans mon boulot"; "en finir… avec mes dettes"; a swollen face after the
    # dentist; put out "pour le week-end" as the family comes; a boss's evening messages "pour me dire bravo"; a black eye from a
    # boxing bout; marks of grease on a trainee's hands
    r"\bleve la main\b.{0,40}\bpour (repondre|parler|poser|demander|participer)\b",
    r"\b(coupe|coupee|entaille)\w* (au|le|les) (doigt|doigts|pouce)\b.{0,30}\bavec (un|le|mon) (cutter|couteau)\b",
    r"\bm ecrit tout le temps pour (recuperer|recup|reprendre|me rendre|rendre)\b",
    r"\b(me sens|me sentais|suis) enfermee? dans (mon|ma) (boulot|job|taf|travail|poste|routine|vie|metier)\b",
    r"\ben finir avec (mes|les|ces|mon|ma|cette|ce) (dettes|credits?|factures|galeres|loyers|papiers|demarches|exams?|partiels)\b",
    r"\b(visage|joue|joues) (tout |toute |tres |trop )?gonfle\w*\b.{0,40}\b(dentiste|dents? de sagesse|piqure|moustique|allergie)\b",
    r"\bvire\w* de la maison pour (le|ce) (week end|weekend|we|soir|repas|apero)\b",
    r"\bm envoie des messages le soir pour (me (dire|feliciter|remercier)|dire bravo)\b",
    r"\b(oeil au beurre noir|coquard|cocard|bleus?) (depuis|a cause de|apres|pendant) (mon|ma|le|la|un|une|notre) (combat|match"
    r"|entrainement|tournoi|gala) de (boxe|mma|judo|karate|rugby|foot|kick|lutte)\b",
    r"\b(marques|traces)\b.{0,40}\b(c est|ce sont|c etait|juste) (des |du |de la )?(traces de )?(cambouis|peinture|encre|feutre|graisse"
    r"|ampoules|farine)\b",
    r"\b(prend|prendre|prise?|prennent) (mon|ma|mes|son|sa|ses|le|la|les) (\w+ ){0,2}en compte\b",  # ("il prend mon salaire en compte ?")
    # (twenty-seventh session, dev o148) a phone borrowed to watch the matches; a card taken by mistake
    r"\bprend (mon|ma) (tel|telephone|portable|phone|tablette|pc|ordi) tout le temps pour ((regarder|mater) (les|des|le|la) (matchs?"
    r"|series?|videos?|films?|foot)|jouer)\b",
    r"\b(pris|prend|garde) (ma|mon|mes) [a-z ]{0,20}par erreur\b",
    # (twenty-seventh session, dev o146) stuck at home by a strike or snow; "me taper le déplacement pour rien"
    r"\bcoince\w* (chez moi|chez nous|a la maison|chez mes parents|a la gare|a l aeroport|dans le train|sur l autoroute)\b"
    r"(?=.{0,30}\b(greve|neige|verglas|tempete|inondations?|travaux|panne|bouchons?|covid|grippe)\b)",
    r"\bme taper (le|la|les|un|une|des|tout le|toute la) (deplacement|trajet|route|voyage|queue|file|vaisselle|menage|corvee"
    r"|aller retour|bouchons|reunion|formation|dossier|paperasse)\b",
    # (twenty-sixth session, dev o136) a place to sleep the night before an interview or an exam
    r"\b(un endroit|un lieu|une chambre|un logement|un hebergement) (ou |pour )?dormir (la veille|pour l entretien|pour mon entretien"
    r"|pendant le stage|pendant la formation|pour le concours)\b",
    # (twenty-sixth session, dev o132) bruises from sport; a night in the car on the way back from a festival
    r"\bbleus? (partout )?(sur|aux|a) (les|mes|ses) (jambes|bras|genoux|tibias|cuisses) (a cause du|a cause de la|au|apres le|apres la"
    r"|avec le|du|de) (rugby|foot|football|hand|handball|judo|boxe|basket|sport|match|entrainement|tournoi|skate|velo|karate)\b",
    r"\b(dormi|dormir|dort|dors|dormons|dormait) dans (la|ma|notre|sa|une) voiture (sur (l|une) aire|en rentrant d\w*|au retour d\w*"
    r"|pendant le festival|au festival)\b",
    r"\b(dors|dormir|dort|dormons) dans (ma|la|notre|son|sa|un|une) (voiture|van|camion|camionnette) amenage\w*",  # (dev o138)
    # (twenty-fourth session, dev o110) gone for a while; a concert that floored one; the assistant's notifications and
    # silence; put out of the bathroom, not the house
    r"\bdisparaitre (une|1|deux|2|trois|3|quelques) (semaine|semaines|jours|mois)\b",
    r"\b(pris|prendre|prends|prend) une (grosse |bonne |sacree |vraie |belle )?claque\b.{0,12}\b(au|a ce|a un|devant le|devant ce) "
    r"(concert|film|spectacle|match|expo|festival|show)\b",
    r"\b(arrete|arretez|arretes) de me harceler avec (tes|vos|ces|tous tes|toutes tes) (notifs|notifications|messages|mails|relances"
    r"|rappels|sms|questions)\b",
    r"\bau secours\b.{0,6}\b(l ia|le bot|le robot|le chatbot|l assistant|ce bot|ton bot|votre bot)\b",
    r"\b(vire|viree|mis|mise|jete|jetee|foutu|foutue) (de la maison|dehors)\b.{0,12}\benfin (de la|du|des) (salle de bains?|cuisine"
    r"|salon|chambre|canape|douche|toilettes|wc)\b",
    # (twenty-fourth session, dev o112) a street's name, a pillow fight, an alarm clock strangled, stuck in a conversation
    r"\b(a la|a la meme) rue\b.{0,4}\b(de la|du|des|de l) \w+\b.{0,30}\b(numero|adresse|bureaux?|locaux|agence)\b",
    r"\b(frappe|frappee|tape|tapee|attaque|attaquee)\w* (avec|a coups de) (un|une|des|son|sa|ses|mon|ma) (coussins?|oreillers?|peluches?"
    r"|doudou|chaussettes?|polochons?)\b",
    r"\b(etrangler|tuer|buter|exploser|defoncer|fracasser|massacrer)\b.{0,4}\b(mon|ma|ce|cette) (reveil|telephone|tel|ordi|ordinateur|pc"
    r"|imprimante|box|wifi|alarme|console|manette)\b",
    r"\bcoince\w*\b.{0,6}\b(dans une|dans un) (conversation|discussion|reunion|boucle|menu|file d attente|embouteillage|bouchon)\b",
    # (dev o114) a noisy group muted; goodbyes to one's team on a last day at work
    r"\b(mis|mets|mettre|mettrai|met) en (sourdine|silencieux|mode avion)\b",
    r"\b(dis|dire|faire|fais|dit) (adieu|au revoir) (a|aux) (toute l equipe|l equipe|mes collegues|les collegues|la team|ma classe|la classe)\b",
    # (dev o116) the assistant's links; a mother's threat to sign one up "si je me bouge pas"
    r"\b(tu me harceles|vous me harcelez) avec (tes|vos|ces) (liens|questions|messages|notifs|notifications|relances|rappels)\b",
    r"\bmenace\w* de (m inscrire|me faire inscrire|m envoyer)\b|\bsi (je|tu|il|elle) (me|te|se) bouges? pas\b",
    # (dev o120) a scene over a liked photo; a song that "me met une claque" (not "pour rigoler" after being shut in: pupils
    # shut in "pour rire" are bullied)
    r"\bfait une scene (de jalousie )?parce que (j ai|jai) (like|likee|repondu|oublie|mis)\b",
    r"\b(chanson|son|album|morceau|film|serie|livre|clip)\b.{0,30}\b(me met|m a mis|m a mise|m a mit) une (grosse |sacree |vraie |belle )?claque\b",
    # (dev o118) a phone taken away for a week; a night at a friend's for a party
    r"\bprive\w* de (telephone|tel|portable|sortie|sorties|console|wifi|tele)\b.{0,12}\b(pendant|parce que|pour) ",
    r"\b(je dors|jdors|je dormirai|on dort) chez (un|une|mon|ma|des) (pote|potes|ami|amie|amis|copain|copine|cousin|cousine)\b.{0,12}"
    r"\bpour (la|une|l) (soiree|fete|anniv|anniversaire|pyjama|match)\b",
    # (twenty-second session, dev o90) blows taken at a combat sport: "je fais de la lutte… je me prends des coups"
    # (the writer's own sport, and no one of home between: not "mon père fait de la boxe et je me prends des coups", nor "je
    # fais du judo mais à la maison je me prends des coups")
    r"\b(je fais|je pratique|je m entraine (a|en)|j en fais) (de la |du |de l |au |a la |en )?(lutte|boxe|judo|karate|mma|rugby"
    r"|kick ?boxing|krav maga|jiu jitsu|jjb|muay thai|sports? de combat)\b"
    r"(?:(?!\b(maison|chez|pere|mere|parents|copain|copine|mec|mari|frere|soeur|daron|daronne)\b).){0,60}"
    r"\b(je me prends|je prends|je m en prends) des coups\b",
    # (twenty-second session, dev o88) a work's title: "mon set s'appelle « Overdose »"
    r"\b(mon|ma|son|sa|le|la|notre|leur) (set|album|morceau|son|single|ep|mixtape|titre|chanson|film|court metrage|livre|roman"
    r"|jeu|podcast|chaine|groupe|spectacle|expo|exposition|collection|projet) s appelle( \w+){1,2}\b",
    # (eighteenth session, dev o77) a simulation on a dummy
    r"\b(simu|simulation|exercice|cas pratique|mise en situation)\b.{0,40}\b(patient |victime )?(inconscient|inconsciente"
    r"|qui respire pas|qui ne respire pas|en arret)\b|\bsur (un|le) mannequin\b",
    # (eighteenth session, dev o76) a topic studied, a part played, emergency numbers listed for a poster, a trade's weapons
    # and knives, a play's ending
    rf"\b(etudier|aborder|traiter|expliquer|presenter)( [a-z]+){{0,2}} {_TOPIC}\b",
    r"\b(clase|taller|charla|curso|materiales?)\b.{0,20}\bsobre (el |la )?(acoso|ciberacoso|violencia)( escolar| de genero)?\b",
    r"\b(jouer|incarner|interpreter) (un|une|le|la) [a-z]+ (harcele|harcelee|battu|battue|viole|violee|agresse|agressee|sdf|suicidaire)\b",
    r"\b(3114|115|119|3919|3018)\b(,? (et |ou )?(le |la )?\b(3114|115|119|3919|3018|17|112|15)\b){2,}",
    r"\breglementation (des|sur les) armes\b|\b(pas avoir|pas|n ai pas|n a pas) peur des couteaux\b"
    r"|\b(manier|manipuler|affuter|aiguiser) (des|les|mes|ses) couteaux\b"
    r"|\bcouteaux? (a|de|du) (desosser|cuisine|pain|chef|beurre|huitres|boucher)\b",  # (and a boning knife, dev o77)
    r"\bdouble suicide (a|de) la fin\b",
    # (eighteenth session, dev o75) whether security guards carry a weapon; money spent ("tout claqué en fringues"); "va me
    # tuer" followed by a mishap of one's own
    r"\b(on|ils|elles|les agents|les vigiles) (porte|portent) (une|des) armes? ou (pas|non)\b",
    r"\b(j ai|jai|g) tout claque\b|\bclaque (en|dans|pour) (fringues|vetements|sapes|bouffe|jeux|sorties|clopes|shopping|uber"
    r"|livraisons|restos?|sneakers|baskets|alcool)\b",
    r"\b(va|vont|vas) me tuer\b.{0,6}\b(j ai|jai|g) (raye|casse|perdu|oublie|rate|abime|bousille|explose|fait tomber|renverse|crame"
    r"|brule|tache) (sa|son|ses|la|le|les|leur)\b",
    # (eighteenth session, dev o73, o74) a match's bruises; a phone taken away for a week or for one's marks; fainting at a
    # blood test; beaten at a game; volunteering with the samu social or a homeless charity; a series' hero stabbed in
    # every episode; a rumour that the writer is a rapist (the harassment, not a sexual violence)
    r"\b(match|entrainement|tournoi|rugby|foot|boxe|judo|hand|basket)\b.{0,30}\b(des )?bleus (partout|de partout|sur)\b",
    r"\bprivee? de (telephone|tel|portable|sortie|sorties|console|wifi|ordi|switch|ps\d)\b( (une|1|deux|2|trois|3|quinze|15) "
    r"(semaine|semaines|jour|jours|mois)| (a cause de|pour) (mon|mes|ma) (bulletin|notes|note|resultats|retard|betises?))\b",
    r"\b(fait|fais|faire) un malaise vagal (a|pendant|lors de) (la|une|ma|un) (prise de sang|vaccin|piqure|don du sang)\b",
    r"\b(defoncer|detruire|massacrer|eclater|exploser|demonter|tuer)\b.{0,15}\b(a|au|sur) (fifa|fortnite|cod|call of duty|lol|valorant"
    r"|mario kart|smash|tekken|street fighter|nba 2k|2k|la play|la ps\d|la switch|la console|ce jeu)\b",
    r"\b(service civique|benevole|benevolat|stage|volontaire|mission|job|poste) (au|a la|avec le|chez le|pour le) samu social\b",
    r"\bhomeless (charity|outreach|association|organisation|organization|project)\b",
    r"\b(se fait|se font|s est fait)\w* (poignarder|tuer|buter|tirer dessus|egorger|massacrer) (a|dans) (chaque|tous les) "
    r"(episode|episodes|film|films|saison|saisons|partie|parties|niveau|niveaux)\b",
    r"\b(dire|dit|disent|ecrit|ecrivent|raconte|racontent|pretend|pretendent) que (je suis|j suis|jsuis) (un|une) (violeur|violeuse"
    r"|pedophile|agresseur)\b",
    # (fourteenth session, dev o55) done with a file, gone from social networks, a cardiac arrest seen on placement
    # ("J'aimerais en finir une bonne fois pour toutes avec mon dossier de bourse"; thirty-seventh session, dev o268)
    r"\ben finir (une bonne fois (pour toutes )?)?avec (ce|cette|cet|ces|mon|ma|mes|le|la|les|son|sa|ses|nos) (petits? |sales? )?(dossier|paperasse|papiers|demarches?|exams?|examens?"
    r"|voeux"  # (thirty-first session, dev o196) "je veux en finir avec ces voeux une bonne fois pour toutes"
    r"|partiels?|memoire|rapport|formulaire|projet|stage|code|permis|candidatures?|cv|devoirs?|revisions?"
    # (sixteenth session, dev o66) "en finir avec mon BTS, plus qu'une épreuve"
    r"|bts|cap|bac|bac pro|licence|master|but|dut|diplome|formation|epreuves?|semestre|alternance|apprentissage|contrat"
    # (seventeenth session, dev o69) "en finir avec les petits boulots, je veux un vrai CDI"
    r"|boulots?|jobs?|interim|cdd|contrats?|parcoursup|chomage"
    r"|etudes|ecole|fac|lycee|college|cours)\b",  # (eighteenth session, dev o77) "je veux en finir avec les études et bosser"
    # (same file) a knife carried or delivered for work; a comedian's "mourir sur scène"; a prevention talk listing the
    # risks; a boxing gym's blows; a streamer who does not move from the chair
    r"\b(livrer|transporter|emporter|ranger|prendre) (un|des|mes|les|ses|son|mon) couteaux?\b(?=.{0,80}\b(client|clients|salon|cap"
    r"|atelier|etui|employeur|attestation|boutique|stage|apprenti|apprentie)\b)",
    r"\bmourir sur (scene|les planches)\b",
    # (dev o70) the adviser who follows one's file; harassed by recruiters or adverts; a night job's day sleep
    r"\b(conseillere?|educat\w*|referente?|coach|tuteur|tutrice|medecin|psy|assistante? sociale?|mission locale|ml|prof|formateur"
    r"|formatrice) (qui )?(me|nous) (suit|suivent|suivait|suivra)\b|\bqui va me suivre\b",
    r"\bharcel\w* par (les |des )?(recruteurs|pubs|notifs|notifications|mails|spams|commerciaux|demarcheurs)\b",
    r"\bje (vis|bosse|travaille) (la|de) nuit et (je )?dors (le|la) (jour|journee)\b",
    r"\b(intervention|atelier|sensibilisation|prevention|module|expose|seance|animation|conference)s? (sur|contre) (les risques|les dangers)\b"
    r".{0,40}\b(cyber)?harcel\w*",
    r"\b(salle|club|cours|gala|ring)s? de (boxe|mma|kick|muay thai|lutte)\b.{0,40}\b(des coups|coups)\b",
    r"\bje (ne )?bouge pas de (ma|mon) (chaise|canape|siege|bureau|fauteuil|lit)\b",
    r"\bdisparaitre (des|de) (reseaux|insta|instagram|snap|snapchat|tiktok|facebook|twitter|x|internet|ligne)\b",
    # (dev o56) gone from a group chat, for a few months abroad; an alarm over a missed appointment; a tent when
    # night fishing; a former boss pressing one to come back with a raise (dev o55 too)
    r"\bdisparaitre (de|du) (ce|mon|le|notre|leur) (groupe|serveur|chat|tel)\b|\bdisparaitre (des radars )?(quelques|deux|trois|\d+) (jours|semaines|mois)\b",
    r"\bau secours\b.{0,15}\b(je me suis trompee?|j ai oublie|jai oublie|je comprends rien|jcomprends rien|(ce|le|ton|votre) (bot|chatbot|robot|formulaire|site)"
    # (nineteenth session, dev o79) "Au secours je me noie dans les sigles"
    r"|je me noie dans (les|mes|ces|tous ces|toutes ces) (sigles|papiers|dossiers|demarches|acronymes|documents|formulaires|infos))\b",
    r"\b(peche|pecher|camping|festival|bivouac|rando|randonnee)\b.{0,60}\b(dort|dors|dormons|dormir|dormi) sous (la|une|ma|notre) tente\b"
    r"|\b(dort|dors|dormons|dormir|dormi) sous (la|une|ma|notre) tente\b.{0,40}\b(peche|camping|festival|bivouac|rando|bord de l eau)\b",
    r"\bharcel\w* (de messages|d appels|de sms) pour que je (revienne|reprenne|accepte)\b.{0,60}\b(augmentation|salaire|poste|cdi|contrat)\b",
    # (dev o57) a boss "harassing" one for a file; colleagues for the Christmas meal; a weekend outside at a festival;
    # an "overdose" of cover letters; the sheet of a workshop on cyber-harassment run in schools
    r"\bharcel\w* pour (ce|cet|cette|le|la|mon|ma|son|sa) (dossier|devis|rapport|planning|compte rendu|projet|facture|tableau)\b",
    r"\b(collegues|potes|amis|copines|copains|patron|boss|chef|equipe|cousins|cousines) (me|m) harcel\w* pour que (je|j) (vienne|aille"
    r"|participe)\b.{0,30}\b(repas|soiree|fete|pot|anniversaire|match|sortie|afterwork)\b",
    r"\bdormi dehors\b.{0,40}\b(festival|camping|bivouac|concert|rando|randonnee)\b",
    r"\boverdose (de|d) (lettres|cv|boulot|travail|taf|cafe|series|reunions|paperasse|devoirs|revisions|candidatures|mails|pubs?)\b",
    # (dev o60) a jump under a bus if one fails the driving test again, a joke; knives bought for a butchery placement;
    # a wait that "will kill" one
    r"\b(je me jette|jme jette|je saute|jsaute|je me pends)\b.{0,30}\bsi je (rate|loupe|foire) (encore )?(le|mon|ce|cet|l|la) (permis|code"
    r"|bac|exam|examen|partiel|entretien|concours|oral)\b",
    r"\b(stage|apprenti|apprentie|apprentissage|cap|bac pro|formation|ecole) (en |de )?(boucherie|cuisine|patisserie|poissonnerie"
    r"|charcuterie|traiteur)\b.{0,60}\bcouteaux\b|\bcouteaux\b.{0,40}\b(chaussures de secu|tenue de cuisine|toque|malette|mallette)\b",
    r"\battente\b.{0,30}\bva me tuer\b",
    # (dev o59) an eyebrow split in a bout, the stitches out; a group shut in an escape game's room
    r"\barcade ouverte (en|au|pendant (le|un|mon)) (combat|match|entrainement|sparring|boxe|compet|competition)\b",
    r"\b(groupe|equipe|joueurs|clients)s? enferme\w* dans la salle\b(?! (de bain|de bains|des profs|de classe))",
    r"\b(atelier|module|seance|intervention|fiche|formation)s?\b.{0,40}\bcyber ?harcelement\b.{0,40}\b(qu on anime|anime|animons"
    r"|dans les (colleges|lycees|ecoles|classes))\b",
    r"\b(on a|j ai|jai|nous avons) (vu|assiste a|gere|pris en charge) (un|une) (arret cardiaque|avc|overdose|hemorragie|crise d epilepsie"
    r"|malaise) (en|pendant (mon|le|la|ma)) (stage|garde|formation|intervention|tp)\b",
    r"\b(je )?(suis|sui|chui|etre|on est|c est) (mort|morte|morts|creve|crevee|mort e) (de|apres|la|ce)\b",
    r"\b(tue|tuer|tuent|tuait) le temps\b",
    # (twelfth session, dev o47) an exam that "will kill" one, said as dying
    r"\b(exam|examen|exams|examens|partiel|partiels|bac|controle|oral|code)\b.{0,20}\bje vais mourir\b"
    r"|\bje vais mourir\b.{0,20}\b(rien revise|pas revise|rien appris)\b",
    # (eleventh session, dev o41) made to watch a film, a door slammed, a topic worked on, a placement's patient,
    # the breath one lost while being strangled (the strangling, not the breath, is the danger)
    r"\b(m a|m ont) (force|forcee|forces) a (regarder|voir|ecouter|manger|gouter|lire|venir|sortir)\b"
    r"|\bclaquen?t? (les|la|sa|ses) portes?\b|\b(sur|contre|prevention des|lutte contre les) les? violences\b"
    r"|\bjusqu a ce que (j|je) (n )?(arrive|arrivais|puisse|pouvais) plus (a )?respirer\b",
    # (thirteenth session, dev o49) ads that "harass", a night outside to be first at a concert
    r"\b(pubs?|publicites?|notifs?|notifications?|spams?|newsletters?|demarcheurs?|appels? commerciaux|operateurs?) (\w+ ){0,3}(me|m|nous) harcel\w*"
    r"( (avec|de|pour) (des |leurs )?(formations?|offres?|pubs?|promos?|produits?))?",
    # (not "je dors dehors pour avoir une place au foyer demain")
    r"\bdor\w* dehors\b.{0,40}\b(pour (etre )?(le |la |les )?(premier|premiere|premiers|premieres) (au|du|a la|de la) (concert|file|queue"
    r"|match|festival|spectacle|vente|soldes)|pour (le|un|ce) concert|pour avoir (des|les|nos) places (au|du|pour le) (concert|match|festival"
    r"|spectacle))\b",
    # (dev o44) "harcelé" by an office's e-mails, blood everywhere in a game or a film
    r"\bharcel\w* par (france travail|pole emploi|la caf|les impots|ma banque|mon banquier|l ecole|la fac|ma mere|mon pere)\b",
    r"\b(zombies?|jeu|film|serie|game|stream)\b.{0,30}\bsang partout\b|\bsang partout\b.{0,30}\b(zombies?|jeu|film|serie|game)\b",
    # (dev o43) beaten at training, in a match
    r"\b(fait|fais|faire) (defoncer|demonter|eclater|detruire|massacrer) (a l entrainement|au match|en sparring|au combat|au foot|au rugby|a la boxe)\b",
    # (thirteenth session, dev o50) strangled in a judo final, its techniques; a toy axe; a brother's threat to tell;
    # nagged to hand in a file; knives as a craft
    r"\b(judo|jjb|jiu ?jitsu|grappling|lutte|mma|compet|competition|finale|ceinture (marron|noire|bleue|verte|jaune|orange|violette))\b.{0,60}\betrangl\w*"
    r"|\betrangl\w*\b.{0,40}\b(au judo|au jjb|en finale|en competition|en compet|au combat)\b",
    # (a prop, not a gun: "un pistolet factice" still threatens; a sibling telling on one, not an ex threatening to tell;
    # a file to hand in, not photos to send)
    r"\b(hache|couteau|sabre|epee|tronconneuse)s? (en plastique|en mousse|de deguisement|en carton)\b",
    r"\b(mon|ma) (petit |petite |grand |grande )?(frere|soeur|cousin|cousine) (m a |ma )?menac\w* de (raconter|tout raconter|le dire a"
    r"|tout dire a|dire a|cafter|cafeter|rapporter)\b",
    r"\bharcel\w* pour (que je (rende|termine|finisse|paie|paye)|(rendre|finir|payer)) (mon|ma|mes|le|la|les) (dossier|cv|devoir|devoirs|loyer"
    r"|facture|papiers|rapport|memoire|candidature)\b",
    r"\b(fabriquer|fabrique|forger|forge|aiguiser|affuter|collectionner|collection de) (des |les |mes )?couteaux\b|\bcoutel\w*",
    r"\bsang partout\b.{0,30}\b(dechocage|bloc operatoire|salle d operation)\b",  # (dev o49) a night shift
    # (dev o52) sleeping on one's feet; no fear of blood or knives; "if I cut his wifi he'll kill me"; recruiters'
    # "harassment"
    r"\bdor\w* debout\b|\bpas peur (du sang|des couteaux|des aiguilles|des piqures|du feu)( ni (du sang|des couteaux|des aiguilles|des piqures|du feu))?",
    # (a son's or a sibling's words, not a partner's: "si je rentre tard il va me tuer")
    r"\b(mon fils|ma fille|mon frere|ma soeur|mon petit frere|ma petite soeur|mon ado)\b.{0,40}\bsi (je|j) (?!(le |la |l )?(quitte|pars|parle"
    r"|porte plainte|dis|denonce|appelle|raconte))\w+\b.{0,30}\b(il|elle) va me tuer\b",
    r"\bharcelement (des|de) (recruteurs|pubs|commerciaux|demarcheurs|notifs|notifications|spams|mails)\b",
    # (dev o51) a dissection in biology; a bone one broke oneself
    r"\b(dissequ\w*|dissection|tp de svt|en svt|au labo|cesarienne|accouchement)\b.{0,50}\bsang partout\b",
    # (dev d53, o54) a fishmonger's knives and fish blood
    r"\bcouteaux (bien )?(aiguises|affutes)\b|\bsang de (poisson|boeuf|porc|cochon|poulet|volaille|bete|animal)\b",
    r"\b(je me suis|je m suis|jme suis|il s est|elle s est|tu t es) (casse|cassee|fracture|fracturee|foule|foulee|tordu|tordue)"
    r" (le|la|les|l|un|une|mon|ma|mes)\b",
    r"\b(dit|dis|disent) que (je|tu) (vais|vas) mourir si\b|\b(mourir|crever) en attendant\b",  # (tenth session, dev o39)
    # (tenth session, dev o38) struck by an idea, burning to do something, a trade's knife carried for work
    r"\b(ca|cela|ce qui) (m|l|nous) a (frappe|frappee|frappes)\b|\b(ca|cela) me brule (de|d)\b"
    r"|\bcouteaux? (de|a) \w+ (dans mon sac )?pour (le taf|le travail|le boulot|mon (travail|boulot|taf|apprentissage|cap))\b",
    r"\b(ca|ce|cette|cet|ces|il|elle|trop|ce taf|ce boulot|ce job|les transports) (me|m) (tue|tuent|saoule|soule|gave)\b",
    # ("il va m'étrangler si je touche encore à sa PlayStation 🙄", "je vais me faire tuer par ma coach si…"; dev o50)
    r"\b(va|vont|vas|allait) (me tuer|m etrangler|me buter|me defoncer|me massacrer) si\b(?! (je|j) (le |la |l )?(quitte|pars|parle|porte plainte|dis|denonce|appelle))",
    # (someone at work or school, not a parent: "je vais me faire tuer par mon père s'il apprend…")
    r"\b(vais|va) me faire (tuer|defoncer|massacrer|etrangler|engueuler) par (ma|mon|le|la) (coach|patron|patronne|prof|chef|formateur"
    r"|formatrice|conseiller|conseillere|tuteur|tutrice|boss|manager) si\b",
    r"\b(va|vont|vas|allait) me tuer quand (il|elle|ils|elles) (va|vont|vera|verront|saura|sauront|apprendra) (savoir|voir|apprendre|que|mes|mon|ma)\b",
    r"\b(patron|boss|chef|cheffe|prof|tuteur|tutrice|coach|manager|n ?1|n\+1|formateur|formatrice|conseiller|conseillere"
    r"|referent|referente) (va|vont|allait) (me|m) (tuer|egorger|buter|defoncer|massacrer|etrangler)\b",
    r"\b(cette|ce|cet|ces|la|le|les|l) (formation|formations|stage|taf|boulot|job|exam|examen|exams|cours|attente|reunion|queue"
    r"|file|appli|application|bot|site|chaleur|semaine|journee|paperasse|administration|dossier) (va|vont|allait) (me|m) (tuer|achever)\b",
    r"\bsuicide (squad|social)\b",
    r"\b(disparaitre|rentrer|cacher) sous (terre|la table|le comptoir|mon bureau)\b|\bj etouffe (dans|de) (cette|la|le|ce|chaud)"
    # (thirty-first session, dev d193) "c'est pas des coups mais j'étouffe": stifled, not choking
    r"|\bc est (pas|meme pas) (des coups|physique|qu il me frappe) mais j etouffe\b"
    # (dev o198) a phone that fell, in darija ("telephone dyali tah w t9ad l'écran"); a star's fake account that offers a paid deal
    r"|\b(telephone|tel|portable|phone|ordi|pc) (dyali |dyal \w+ |dyalo |dyalha )?tah w\b"
    # (dev o200) tackled at rugby: "je me suis fait plaquer au sol des centaines de fois"
    r"|\bplaqu\w* au sol\b.{0,30}\b(des centaines de fois|des milliers de fois|au rugby|a l entrainement|au match|pendant le match|au judo)\b"
    r"|\b(rugby|judo|lutte|entrainement)\b.{0,40}\bplaqu\w* au sol\b"
    r"|\bfaux comptes? (d un|d une|de la|du|de) (rappeur|rappeuse|influenceu\w+|star|celebrite|chanteu\w+|footballeur|joueur|marque|banque"
    r"|entreprise|boite|youtubeu\w+|streameu\w+|acteur|actrice)\b"
    # (thirty-third session, dev o220) "a fake account pretending to be Mbappé offering jobs on Insta, is it a scam?"
    # (dev o224) "Mon stage c'est dans un abattoir, y a du sang partout mais ça me dérange pas"
    r"|\b(abattoir|boucherie|poissonnerie|bloc operatoire)\b.{0,40}\bdu sang partout\b"
    r"|\bfake (account|profile|page)s?\b(?=.{0,80}\b(is it|is this|is that|it s|its) (a |just a )?scam\b)"
    r"|\bj etouffe sous (les|la|le|mes|des|un|une|tous les|toutes les) (papiers|dossiers|dettes|travail|boulot|taf|devoirs|factures"
    r"|paperasse|cours|mails|demandes|candidatures)\b"
    r"|\bil fait \d+ (degres|deg)\b",
    r"\boverdose de (netflix|series?|boulot|travail|taf|cafe|sucre|reunions?|jeux?|chocolat|tiktok|insta|cours|devoirs)\b",
    r"\ba la rue (en|sur|avec) (maths?|francais|anglais|physique|chimie|histoire|info|informatique|excel|word|compta|cours|orthographe|grammaire|code|conduite|le code|la conduite|les maths|techno|technologie|svt|eco|economie|gestion|philo|espagnol|allemand|dessin|geo|geographie)\b|\ba la rue totale?\b",
    r"\btoit ouvrant\b|\btoit (de|sur) (ma|sa|la|notre) (caisse|voiture|bagnole|clio|206|207|208|polo|twingo)\b|\bil caille\b",
    r"\b(coup|coups) de (main|fil|pouce|coeur|foudre|stress|barre|mou|boost|soleil|chaud|vent|bol|gueule|tete|pied de pouce)\b",
    r"\bdu coup\b|\btout a coup\b|\bd un coup\b|\bapres coup\b|\bsur le coup\b|\bcoup d oeil\b|\bcoup d envoi\b|\bvaut le coup\b|\bau coup par coup\b|\bcoups? francs?\b|\bcoup sur coup\b",
    r"\ba la rue (niveau|question|cote|en ce qui concerne|pour (le|la|les|mon|ma|mes)|financierement|cote (thunes|argent|sous))",
    # the same with the topic first: "niveau boulot je suis à la rue 😅" (twenty-fifth session, dev-UW)
    r"\b(niveau|question|cote) (boulot|taf|travail|thunes|argent|sous|forfait|notes|cours|maths|fric|oseille|compte) (je suis|jsuis|chui|j suis|on est|suis) a la rue\b",
    r"\b(prevention|prevenir|atelier|ateliers|supports?|outils?|fiches?|seances?|quiz|formation|formations|sensibilisation|sensibiliser|module|campagne|affiche|affiches|conference|theme|expose|intervention|intervenant|intervenante|charte|protocole|referent|referente|lutte|lutter|politique|plan|theatre forum|sujet|projet|journee|semaine|exposition|documentaire|debat|livre|cours|brochure|flyer|plaquette|temoignage|numero|cellule|powerpoint|ppt|diaporama) (de |du |des |sur |sur le |sur la |sur les |contre |contre le |contre la |au |aux |a la |d |en |de la |pour |pour la |pour le )?(le |la |les |l )?(cyber ?harcelement|harcelement( scolaire| moral| sexuel| au travail| de rue)?|suicide|violences?( sexuelles| conjugales| faites aux femmes| sexistes| intrafamiliales)?|risques? suicidaires?|maltraitance|consentement|secourisme|premiers secours|gestes qui sauvent|addictions?|drogues?)",
    # the topic of a class, a play, a workshop or a thesis, a few words before it: "intervenir dans ma
    # classe sur le harcèlement", "une pièce sur le harcèlement scolaire", "mon mémoire… sur les violences
    # conjugales" (2026-12-02, sixth session, from the cross-validation's false alarms)
    r"\b(intervenir|intervention|interventions|sensibiliser|atelier|ateliers|seance|seances|piece|debat|expose|memoire"
    r"|organiser|organisons|organise|presentation|conference|travaille|affiche|affiches|folleto|folletos|game|jeu|cours)\b( [a-z0-9]+){0,6} (sur|contre|3la|sobre) "
    rf"((les |la |le |l )?[a-z]+ (et|ou) )?{_TOPIC}(( et| ou) {_TOPIC})*\b",
    # a parent's talk with a child about it
    rf"\bparler (du |de |d )?{_TOPIC}( [a-z]+){{0,2}} (avec|a) (mon|ma|mes|nos|les|leurs) (fils|fille|enfants|eleves|ados|jeunes)\b",
    r"\bnumero (du|de|pour le|pour la)? ?(3114|115|119|3919|3018)\b",
    r"\bjeux? video\b.{0,40}\b(tuer|tue|mort)\b",
    r"\bgta\b|\bcall of duty\b|\bfortnite\b|\bvalorant\b|\bzombies?\b|\bserie\b|\bfilm\b|\bnetflix\b|\bmanga\b|\banime\b|\bchanson\b|\bclip\b|\balbum\b|\bson (de|d)\b",
    r"\bcrise de (rire|fou rire)\b",
    # (ninth session, dev o37) the numbers to display for pupils
    r"\b(numeros?|affiches?|infos?) (a |que je dois |je dois |pour )?afficher\b.{0,60}\b(harcelement|violences?|suicide)\b"
    r"(( et| ou)? ?(harcelement|violences?|mal etre|suicide))*",
    # (ninth session, dev o36) what to do if it happens, as a procedure
    r"\b(protocole|procedure|conduite a tenir|marche a suivre)s? (en cas de|face a un|face au|face a|pour (un|le|les)) "
    r"(risque suicidaire|risques suicidaires|harcelement|violences?|suicide|tentative de suicide)\b",
    # (eighth session, dev o33) a school's week against bullying, in English
    r"\banti ?bullying (week|day|poster|campaign|workshop)\b",
    # (same session, dev o34) a heart attack announced for joy, a placement that "will kill me" told at
    # length, advice to talk about it with one's children
    r"\b(je vais|jvais|j vais|tu vas|vais) (faire|me taper|avoir) une crise cardiaque\b",
    r"\b(ce|cette|ces) (stage|formation|boulot|taf|job|apprentissage|alternance|cap|bts|semaine)\b.{0,40}\b(va|vont) (me|m) (tuer|achever)\b",
    rf"\bconseils? pour (leur |lui )?parler (des|du|de la|de|d) .{{0,40}}\b{_TOPIC}\b",
    # (2026-12-02, sixth session, from the cross-validation's false alarms) a battery, a boss of
    # several words, a beat, exhaustion, kitchen knives, a burglary the insurance paid, a burn in
    # the kitchen, a break-up that hurts
    r"\bbatterie( a)? \d+\b.{0,20}\b(crever|mourir)\b",
    r"\b(vais|va|veux|voudrais|compte) pas (dormir|finir|me retrouver|terminer) (sous un pont|dehors|a la rue)\b",
    r"\bformation sentinelle\b|\b(reperage|reperer|prevention) (de |du |des )?(la )?(crise|risque|risques) suicidaire",
    r"\b(match|rugby|foot|film|serie|jeu|combat|boxe|mma)\b.{0,40}\bsang partout\b|\bsang partout\b.{0,40}\b(match|rugby|film|serie|jeu|combat|boxe|mma)\b",
    r"\b(patron|patronne|chef|cheffe|tuteur|tutrice|formateur|formatrice|maitre) (de stage|d apprentissage|de chantier)"
    r" (va|vont|allait) (me|m) (tuer|achever|defoncer|massacrer)\b",
    r"\b(le|ce|un|son|mon|ton) beat\b",
    r"\b(suis|sui|chui|jsuis|est|completement|trop|grave) claque(e|s)?\b",
    r"\b(manipul\w*|utilis\w*|aiguis\w*|affut\w*|manie|manier|manient)\b( [a-z]+){0,4} (couteaux|couteau)\b",
    # (eleventh session, dev o42) children who "will kill" their parent, a subject prepared on a topic
    r"\b(mes|les|ces) (\w+ )?(gosses|enfants|gamins|mioches|ados|petits) (vont|va) me tuer\b",
    r"\bcambriol\w*\b(?=.{0,80}\b(assurance|rembours\w*|duplicata\w*)\b)",
    r"\b(me suis|s est|t es|te suis) brule\w* (la |le |les )?(main|doigt|doigts|bras|langue|pied)\b"
    r"(?=.{0,40}\b(four|friteuse|poele|casserole|plaque|fer|vapeur|huile|cuisine|soleil|cafe|the)\b)",
    r"\bla rupture( avec [a-z]+ [a-z]+)? (me|m) (fait|a fait) (du )?mal\b",
    r"\b(me|te|se) pendre (a|au) ((mon|ma|ton|ta|son|sa|le|la) )?(telephone|tel|portable|phone|cou de)\b|\bpendu au telephone\b",
    # (nineteenth session, review) a parent who waits at the school gate every day is no harassment
    r"\b(mon|ma|mes) (pere|mere|parents|daron|daronne|darons|papa|maman|papi|mamie|grand pere|grand mere) (m|me|nous) attend(ent|ait)?\b"
    r"(?!.{0,60}\b(interdiction|interdit|alors qu|peur|menace))",
    # (nineteenth session, dev o80) "me harcèle… de blagues nulles"; "en danger… de rater mon bus"; "se tuer à la tâche"
    r"\bharcel\w* (de|avec (des|ses|leurs)) (blagues|vannes|jeux de mots|calembours|memes|photos de chats)\b",
    r"\ben danger (de|d) (rater|louper|perdre mon|perdre ma|redoubler|echouer|manquer)\b|\b(me|te|se|nous|vous) tuer a la tache\b",
    # (thirty-third session, dev o226) "si je rate un rdv je suis en danger de la perdre ?" (the allowance); "le CPE m'a menacé d'une
    # heure de colle"; "PSG éliminé, je veux mourir 😭", "Si l'OM perd ce soir j'arrête de vivre"; "je vais disparaître de la surface
    # de la terre si quelqu'un ressort ma photo"; a security course, "apprendre à désarmer quelqu'un avec un couteau"; "un mot sur le
    # cyberharcèlement" in a class
    r"\ben danger (de|d) (la|le|les) perdre\b"
    r"|\bmenace\w* (de|d) (une heure de colle|heures? de colle|une retenue|un avertissement|une exclusion|balancer|cafter|tout dire)\b"
    r"|\b(si (l om|le psg|l ol|le barca|le real|l equipe de france|les bleus) (perd|perdent|est elimine)\w*|(om|psg|ol|barca|real) elimine)\b"
    r".{0,20}\b(je veux mourir|j arrete de vivre|je vais mourir)\b"
    r"|\bdisparaitre de la surface de la terre si\b"
    r"|\b(apprendre a|cours de|techniques? de|comment) (desarmer|se defendre contre) (quelqu un|un agresseur)( (arme )?(avec|d) un (couteau|arme|baton))?\b"
    r"|\b(un mot|parler|une intervention|un atelier|sensibiliser|sensibilisation) sur (le|les) (cyber)?harcelement\b",
    # an exclamation at a task, a hot room, a shock at a price (2026-12-02, sixth session, dev o26)
    r"\bau secours (ce|cette|ces|mon|ma|mes|le|la|les) (cv|lettre|lettres|dossier|devoirs?|dm|exam|examen|partiel|maths?"
    r"|formulaire|parcoursup|stage|rapport|candidature|code|permis|bac|excel|oral|revisions?|paperasse"
    # (twenty-eighth session, dev o162) "au secours la CAF me réclame un trop perçu"; (twenty-ninth session, dev o172) "Au secours !!!
    # France Travail me demande une attestation"
    r"|caf|impots|banque|urssaf|prefecture|mutuelle|facture|administration|pole emploi|france travail)\b"
    r"|\bau secours (caf|impots|urssaf|prefecture|mutuelle|pole emploi|france travail|parcoursup|ameli) (me|m|nous) (a |ont )?(demande|reclame"
    # (thirty-third session, dev o220) "Au secours, France Travail m'a radié parce que j'ai oublié de m'actualiser"
    r"|redemande|relance|envoie|dit|bloque|coupe|radie|suspend|supprime)\w*\b",
    # (twenty-ninth session, dev o174) a gas leak at the neighbour's, evacuated an hour, then home again
    r"\b(fuite de gaz|alerte incendie|alarme incendie|alerte a la bombe)\b(?=.{0,120}\b(on est rentres|on est rentre|on est tous rentres"
    r"|on a pu rentrer|puis rentres|tout va bien|plus de peur que de mal|fausse alerte)\b)",
    # (twenty-ninth session, dev o182) "Je suis à la rue... Victor Hugo" (a street); a burglary at an uncle's during his holidays
    # in August
    r"\b(a la|dans la|de la) rue (victor hugo|jean jaures|de la paix|de la republique|du general \w+|pasteur|gambetta|nationale"
    r"|principale|de la gare|du commerce|voltaire|jean moulin|foch|carnot|de paris|emile zola|des ecoles|du marche|de la liberte)\b",
    r"\b(y a eu|il y a eu) un cambriolage\b(?=.{0,60}\b(pendant (ses|leurs|nos|mes) vacances|en (janvier|fevrier|mars|avril|mai|juin"
    r"|juillet|aout|septembre|octobre|novembre|decembre)|l an dernier|l annee derniere|le mois dernier"
    # (thirty-third session, dev o222) "Il y a eu un cambriolage dans la rue il y a trois mois, depuis on a fait un groupe de voisins
    # vigilants"
    r"|il y a (\d+|deux|trois|quatre|cinq|six|quelques|plusieurs) (mois|ans|annees|semaines))\b)",
    # (dev o172) "il faut que je trouve un logement plus près, sinon les trajets vont me tuer"
    r"\b(les |ces |mes )?(trajets|transports|horaires|heures sup|devoirs|partiels|revisions|bouchons|navettes|allers retours) (vont|va)"
    r" me tuer\b",
    # (dev o162) "la formation commence à 7h du mat, je vais mourir 😴"
    r"\b(commence|commencent|debute|embauche|reprend|reprise|cours|taf|boulot|formation|reveil)\w*\b.{0,25}\b\d{1,2} ?h\b.{0,30}"
    r"\bje vais (mourir|crever)\b",
    r"\bau secours comment (on fait|faire|je fais) (un|une|le|la|mon|ma) (cv|lettre|dossier|candidature)\b",  # (dev o87)
    r"\b(on |j )?etouff\w* (ici|dans|avec|la)\b(?=.{0,40}\b(clim|chaleur|canicule|degres|chaud|ventilo|ventilateur)\b)",
    r"\b(failli|faillir|fait|fais|faire|vais faire|va faire|allais faire) (faire )?(une )?crise cardiaque (en|quand|a cause|devant)\b",
    r"\b(frappe|frapper|frappes) (a la porte|au but|du pied|de balle|un ballon|le ballon|fort au)\b|\bune frappe\b",
    r"\btaper (un|une|mon|ma|des|le|la|les) (cv|lettre|texte|rapport|code|dossier|document)\b|\btape sur les nerfs\b",
    r"\b(se|me|te|nous|vous) bat(s|tre|tent|s)? pour\b|\bbat(tre|s)? le record\b",
    # (thirty-first session, dev o204) a gap after a placement: "ma mission se termine en mars. Après je tombe dans le vide, qu'est-ce
    # que je peux faire ?"
    r"\b(se termine|finit|s arrete|fini|termine)\b.{0,40}\b(apres|ensuite|du coup) je (tombe|vais tomber|suis) dans le vide\b",
    r"\bdisparaitre de la circulation\b|\b(crier|parler|parle|crie|sonne|sonnent|sonnait|appelle|appels?|tape|tapes|taper|ecris|ecrit|ecrire) dans le vide\b",
    # (twenty-fifth session, dev o126) laughing hard: "on se tape des barres 💀"
    r"\b(se|me|nous) (tape|tapent|tapait|tapaient|sommes tapes) (des|une|de ces) barres?\b",
    r"\bharcel\w* (de|avec (des|ses|leurs)) (devoirs|questions|travail|boulot|dm|exos|exercices|pub|publicites?|relances)\b",
    r"\b(j en ai|j ai|en avoir) (ma|marre et ma) claque\b",
    r"\b(ca|cela|c|ce qui|la rupture|tout ca|ce truc) (me|m) (fait|a fait) (du )?mal\b",
    r"\bquelqu un (peut|pourrait|pour) (m aider|me repondre|m expliquer)\b",
    r"\bsuivie? (chez vous|par (la|une|ma|votre) mission locale|par (un|une|mon|ma|votre) conseill\w*|a la mission locale|en mission locale)\b",
    # a law about it, a few words between ("la loi a changé sur le harcèlement scolaire")
    rf"\bloi( [a-z0-9]+){{0,3}} (sur|contre|relative (a|au|aux)) {_TOPIC}\b",
    r"\bcambriolage (de |d )?(l an dernier|l annee derniere|il y a)\b",
    r"\b(ca|cela|rien|le dossier|mon dossier|les choses) (ne )?bouge (pas|plus)\b",
    # nagging, aches, a parent's warning, a bad mark, a queue or a trip (2026-12-02, dev o19)
    r"\b(mere|pere|parents|daronne|daron|darons|maman|papa|soeur|frere|prof|copine|copain) (me|m) harcel\w* pour\b",
    r"\b(dent|dents|tete|ventre|dos|genou|genoux|pied|pieds|gorge|oreille|oreilles|jambe|jambes|bras|epaule|poignet|cheville|hanche"
    r"|carie|caries|molaire|abces|nuque|tendinite|entorse|cicatrice|hernie|verrue|ongle|ampoule|ampoules) qui (me )?(fait|font|faisait) mal\b",
    # (twentieth session, dev d82, o83) breath lost in the corridors before school (anxiety told, not an emergency now);
    # an ex who "était violent mais c fini"
    r"\b(arrive|arrivais|peux|pouvais) (plus|pas) a respirer (dans les couloirs|en cours|au lycee|au college|au travail|quand j y pense)\b",
    r"\b(mon|ma) ex (etait|a ete) (violent|violente)\b(?=.{0,30}\b(c est|c) (fini|termine)\b)",
    # (dev o84) a recruiter who sends offers every day
    r"\b(envoie|envoient|propose|proposent) des (offres|pubs|promos|annonces)( d emploi)? tous les jours\b",
    # (twentieth session, dev o82) a traineeship in an emergency shelter; an eviction months ahead; a school oral on the homeless
    r"\b(stage|stages|job|emploi|poste|benevolat|service civique|travailler|bosser)\b.{0,20}\b(centre|centres) d hebergement( d urgence)?\b",
    r"\b(expulse|expulsee|expulses|expulsees|expulsion)\b.{0,60}\b(en|au mois de|a partir de|fin|debut|d ici) (janvier|fevrier|mars|avril|mai"
    r"|juin|juillet|aout|septembre|octobre|novembre|decembre)\b",
    r"\b(oral|expose|dossier|presentation)( du brevet| du bac| de (francais|svt|ses|histoire|emc))? sur (les|le|la) (sans abris?|sdf|115|maraudes?)\b",
    r"\b(finir|finirai|finiras|finira|terminer) (a la rue|sdf|sous un pont) si\b",
    # (sixth session, dev o29) mails that harass, homework that smothers, a reality show, a tired joke
    r"\bharcel\w* (de|par) (mails|emails|sms|notifs|notifications|appels|pubs?)\b",
    r"\betouff\w* (sous|par) (les|mes|le|la|ces) (devoirs|boulot|travail|dossiers|paperasse|revisions|cours|mails)\b",
    r"\bkoh lanta\b|\btele ?realite\b|\b(sdf|sans abri) non\b",
    r"\bpourrais dormir (sur le trottoir|dehors|par terre|debout|n importe ou)\b",
    r"\b(material|materials|workshop|presentation|lesson|class|resources) (on|about) (online |cyber ?)?(harassment|bullying|cyberbullying)\b",
    r"\boverdose (de|d) (paperasse|papiers|demarches|administratif|mails|emails|formulaires|infos|informations|pub|revisions)\b",
    r"\b(vais|va|vas) pas me (jeter|tuer|pendre|foutre en l ?air)( par la fenetre| du pont)? pour (un|une|des|ca)\b",
    r"\b(dormir|dors|dort|dormons|dormez|nuit|nuits) (dehors )?a la belle etoile\b",
    # (sixteenth session, dev o68) adverts that "harass" one
    r"\b(pubs?|publicites?|notifs?|notifications?|algo|algorithme|spams?)\b.{0,30}\b(me|nous) (harcele|harcelent|harcelait)\b",
    r"\bodeur de gaz\b(?=.{0,60}\b(grdf|coupe le compteur|procedure classique)\b)",  # a leak dealt with at work
    # (sixteenth session, dev o67) bruises from a class one enjoys: "j'ai des bleus partout mais c'est trop bien"
    r"\b(des )?bleus partout mais (c est|c etait|cetait) (trop |tellement |vraiment |super )?(bien|top|cool|genial)\b",
    # (thirty-fourth session, dev o228) bruises from a match won: "j'ai des bleus partout mais on a gagné le tournoi régional !";
    # beaten at a game ("c'est Nathan qui m'a battu au tennis"); locked out by a door that slammed ("je me suis retrouvée enfermée
    # dehors 🙄"); a partner named by a pet name and a first name who waits after work ("Mon chéri Thomas m'attend tous les soirs à la
    # sortie du taf pour me ramener")
    r"\b(des )?bleus partout mais (on|j|nous|l equipe) (a|ai|avons) (gagne|remporte|gagnes)\b",
    # (thirty-fourth session, dev o232) "des bleus plein les bras à cause du volley, mon tuteur va croire que je me bats lol"
    r"\bbleus?\b.{0,40}\ba cause (du|de la|de l) (volley|foot|hand|basket|rugby|boxe|judo|karate|escalade|danse|gym|velo|skate|roller"
    r"|equitation|badminton|handball)\b(.{0,60}\b(croire|penser) que je me (bats|suis battue?)\b)?",
    r"\b(m a|m ont|nous a|nous ont|l a|les a) (encore )?(battu|battue|battus|battues|eclate|eclatee|atomise|atomisee|ecrase|ecrasee) (au|aux"
    r"|a la|en|sur) (tennis|ping|ping pong|echecs|babyfoot|baby|fifa|fortnite|mario kart|belote|tarot|course|sprint|badminton|squash"
    r"|bras de fer|jeu|match|finale|partie|petanque|billard|flechettes|cartes)\b",
    r"\b(la |ma |une |sa )?porte (a |qui a |avait |s est )?claque(e)?\b(.{0,60}\b(enferme|enfermee|bloque|bloquee|coince|coincee) dehors\b)?",
    r"\b(mon|ma) (cheri|cherie|copain|copine|mec|mari|femme|amoureux|amoureuse) [a-z]+ (m|me) attend (chaque|tous)"
    r" (les )?(soirs?|jours?|matins?)\b.{0,40}\bpour (me ramener|me raccompagner|rentrer ensemble)\b",
    # (same file) what a diver learns to handle: "on apprend à gérer un élève qui n'arrive plus à respirer"
    r"\b(apprend|apprenons|apprendre|appris|apprends) a (gerer|secourir|aider|sauver|prendre en charge) (un|une|des|le|la|les) \w+ qui "
    r"(n )?(arrive plus a respirer|respire plus|saigne|est inconscient|est inconsciente|fait un malaise)\b",
    # a thing that "will kill me", the topic of a day or of a job, nights outside at a festival
    # (2026-12-02, dev o21)
    r"\b(ce|cette|ces|mon|ma|mes|le|la|les) (cv|dossier|dossiers|exam|examen|partiel|partiels|stage|rapport|memoire"
    r"|lettre|boulot|taf|travail|job|mise en page|devoir|devoirs|dm|bac|code|permis|formulaire|paperasse|attente|trajet"
    r"|chaleur|semaine|journee|reunion|reunions|tableau|excel|stress|revisions?)( (de|d) [a-z]+)? (va|vont|allait) (me|m) "
    r"(tuer|achever|faire mourir|faire crever)\b",
    r"\b(journee|semaine|mois|campagne|plan) (nationale?|mondiale?|internationale?|europeenne?) (de lutte )?(contre|de|sur)"
    r" (le |la |les )?(cyber ?harcelement|harcelement|violences?|suicide)",
    # shelters as a trade, in the plural or by words no one in need uses ("il me faut une place
    # d'hébergement d'urgence" stays a need), and homeless people counted ("on est des personnes sans
    # domicile" stays one)
    r"\b(nos|vos|les|des|de|aux|leurs) (places|dispositifs|structures|centres|associations|partenaires)"
    r" (d |de l )?(hebergement|mise a l abri)( d urgence)?\b"
    r"|\b(dispositifs?|acteurs?|gestionnaires?|partenaires?|offre) (d |de l )?(hebergement|mise a l abri)( d urgence)?\b"
    r"|\bsans abrisme\b",
    r"\b(combien de|nombre de|part des|pourcentage de|proportion de|les) (jeunes|personnes|publics?|femmes|hommes|familles"
    r"|gens)( accompagnes| suivis)?( qui)?( sont| etaient| seraient)? (sans domicile|sans abri|sdf)\b",
    # a shelter as the writer's workplace ("notre centre d'hébergement d'urgence recrute"), a thrashing
    # at a match, job applications sent again and again (2026-12-02, third session, dev o22)
    r"\b(notre|votre|leur) (centre|structure|association|foyer|service|equipe|dispositif) (d |de l )?(hebergement|mise a l abri)( d urgence)?\b",
    r"\b(pris|prendre|prend|prenons|mis|mettre|met) (une|la|des) (claque|claques|raclee|fessee|branlee|valise|rouste|deculottee)\b"
    r"(?=.{0,30}\b(match|matchs|score|foot|finale|equipe|tournoi|\d+ a \d+|\d+ \d+|entretien|examen|exam|partiel|oral|concours|code)\b)",
    r"\b(je vais|jvais|vais|on va|je compte) (les|le|la|l) harceler (de|avec des|avec mes) (candidatures|cv|relances|mails|appels|coups de fil|lettres|messages)\b",
    # (a festival, not a tent: people without a roof sleep in tents too)
    r"\b(dormir|dors|dort|dormons|dormez|nuits?) dehors\b(?=.{0,40}\b(festival|camping|bivouac|rando|randonnee|scouts?|astronomie|etoiles)\b)"
    r"|\b(festival|camping|bivouac|rando|randonnee|scouts?|astronomie)\b.{0,40}\b(dormir|dors|dort|dormons|dormez|nuits?) dehors\b",
    # (seventh session, dev o30) a near miss of housing told afterwards, the trade's words for a shelter
    # interview, a workshop's title, spotting harassment as a skill taught
    r"\bfailli (etre|me faire|me retrouver) (vire|viree|expulse|expulsee|mise? (dehors|a la porte)|a la rue)\b",
    r"\b(entretiens?|rubriques?|categories?|fiches?|indicateurs?) (de |d |en )?(mise a l abri|hebergement d urgence)\b",
    rf"\b(se proteger|se premunir|reagir face|reperer|reperage|detecter|detection|identifier|reconnaitre|prevenir)"
    rf" (du |de la |des |de |d |au |aux |face au |le |la |les |l )?(situations? (de|d) )?{_TOPIC}\b",
    # (fifteenth session, dev o61) gone from a mailing list; "un vrai cambrioleur" said of oneself; a stage fight's
    # props
    r"\bdisparaitre (de|des) (votre|vos|ta|tes|la|les|leur|leurs) (liste|listes|fichier|fichiers|base|newsletter|mailing"
    r"|contacts|diffusion)\b",
    r"\b(suis|es|est|etais|etait) (un|une) (vrai|vraie|veritable) (cambrioleur|cambrioleuse)\b",
    # (dev o64) burglaries in general, in the plural: "changer des cylindres après des cambriolages"
    r"\b(des|les|aux|de|apres) cambriolages\b",
    # (dev o63) volunteering or working in a shelter
    r"\b(benevole|benevoles|benevolat|stagiaire|salarie|salariee|animateur|animatrice|je travaille|je bosse) (dans|en|au|a)"
    r" (un |une |le |la |l )?(centre|foyer|structure|chrs|cada)( d| de)? ?(hebergement|accueil)( d urgence)?\b",
    r"\bfaux sang\b|\b(fausses?|faux) (gifles?|coups?|bagarres?|baffes?)\b|\b(couteaux?|epees?|armes?|pistolets?|sabres?) (en caoutchouc|en mousse"
    r"|en plastique|factices?|de theatre|de scene)\b",
)

# ---------------------------------------------------------------- clues used in combinations
_MINOR = _AnyOf(
    # (thirty-sixth session, dev d251) a pupil of a primary school's class: "La petite du CE2" (not "assistante maternelle")
    r"\b(du|en|de|au) (cp|ce1|ce2|cm1|cm2|maternelle|grande section|moyenne section|petite section)\b",
    # (thirty-fourth session, dev d229) "mineur battu", the whole message
    r"^ ?(mineur|mineure|mineurs|enfant|enfants|ado|ados|gamin|gamine|gosse)\b(?= (battue?s?|frappee?s?|maltraitee?s?|tabassee?s?)\b)",
    # (thirty-first session, dev d195) children in Spanish: "dejan solos a dos niños pequeños"
    r"\b(los|las|dos|tres|sus|unos|unas|mis|tus) (ninos|ninas|nenes|nenas|crios|bebes)\b",
    # (not a pregnancy lost: "elle a perdu le bébé le mois dernier"; sixteenth session, dev d67)
    r"(?<!perdu )(?<!perdue )\b(mon|ma|mes|son|sa|ses|un|une|des|le|la|les|notre|nos|votre|vos|leur|leurs|cet|cette|ce) (petit |petite |jeune |propre )?(fils|fille|filles|fillette|fillettes|enfant|enfants|gamin|gamine|gamins|gosse|gosses|petit frere|petite soeur|petits freres|petites soeurs|eleve|eleves|ado|ados|adolescent|adolescente|adolescents|bebe|bebes|neveu|niece|filleul|filleule|mineur|mineure|mineurs|collegien|collegienne|lyceen|lyceenne|petit|petite|petits|joueur|joueuse|voisine ado|voisin ado|petite voisine|petit voisin)\b"
    r"(?! (studio|appart|appartement|logement|job|boulot|travail|stage|salaire|peu|moment|mot|message|souci|probleme|truc|cafe|village|coin|budget|loyer"
    r"|resto|restaurant|commerce|magasin|bar|hotel|garage|salon|boutique|entreprise|atelier|snack|camping|cabinet))",  # (dev d49)
    r"\b(tenho|tengo) (1[0-7]|[1-9]) (anos|anos de idade)\b|\bho (1[0-7]|[1-9]) anni\b|\bmibu (1[0-7]|[1-9])\b|\b(1[0-7]|[1-9]) yasind(ayim|a)\b|\bdi (1[0-7]|[1-9]) anni\b|"  # (dev d47, d57, d58; Italian, Turkish)
    # (not "y a 2 ans il m'a cassé le nez": a time ago; dev d50)
    r"(?<!\by )\b(j ai|jai|g|il a|elle a|a|de|ont|age de|agee? de|(il|elle) n a que|qui a) (1[0-7]|[1-9]) ans\b|(?<!depuis )(?<!fait )(?<!pendant )(?<! y a )\b(1[0-7]|[1-9]) ans\b.{0,12}\b(il|elle|mon|ma|je)\b",
    r"\b(ses|leurs|mes|nos|les) (deux|trois|quatre|cinq|\d) (enfants|petits|gosses|gamins|bebes|garcons|filles)\b",
    r"\b(je suis|chui|suis|jsuis|j suis) (mineur|mineure|au college|au lycee|en (3e|4e|5e|6e|seconde|premiere|terminale|troisieme|quatrieme))\b",
    r"\b(child|kid|kids|children|little (brother|sister)|pupil|teenager|minor|my son|my daughter)\b",
    r"\b(tengo|tenho|tiene|tem) (1[0-7]|[1-9]) anos\b|\b(mi|su) (hijo|hija|hermanito|hermanita)\b",
    r"\bi ?a?m (1[0-7]|[1-9])\b(?! ?(min|mins|minutes?|h|hours?|hrs?|days?|secs?|seconds?|am|pm)\b)|\b(1[0-7]|[1-9]) (years old|yo)\b|\b3andi (1[0-7]|[1-9]) (3am|ans)\b",
    r"\b(copilul|copiii|copil)\b|\bde (1[0-7]|[1-9]) ani\b",  # Romanian (fifteenth session, dev d61)
    r"\b(la figlia|il figlio|la bambina|il bambino|la ragazzina|il ragazzino)\b",  # Italian (thirty-sixth session, dev d253)
    r"\b(1[0-7]|[1-9]) year old\b",  # "the 8 year old" (dev d62)
    r"\b(j ai|jai|g|il a|elle a|qui a) (1[0-7]|[1-9]) (piges|balais)\b",  # "ma meuf elle a 14 piges, son daron la tape" (dev d175)
    r"^ ?(1[0-7]) ?(ans|a)\b",  # "16 ans 🏠🔒 enfermée dans ma chambre…" (dev d64); "16a jsuis en danger chez moi" (dev d205)
    r"\b3nd(o|ha|i) (1[0-7]|[1-9]) 3am\b",  # "khouya sghir 3ndo 11 3am" (dev d65)
    r"\b(bebe|nourrisson)s? (de|d) \d+ (mois|semaines|jours)\b",  # "nourrisson de 4 mois" (eighteenth session, dev d76)
)
# A young person whose age is said to be 18 or more ("une élève de 20 ans"): not a minor
_OF_AGE = re.compile(r"\b(petit fils|petite fille) [^\d]{0,40}?\b(1[89]|[2-9]\d) ans\b|"  # (thirty-sixth session, dev d253: "Le petit-fils
                     # d'une de mes bénéficiaires, 22 ans")
                     r"\b((petite |petit )?(eleve|eleves|ado|jeune|fille|fils|neveu|niece|apprentie?|stagiaire|joueuse|joueur"
                     r"|gamin|gamine|gosse|garcon|gars)"  # ("un gamin de 18 ans est devant la porte"; twenty-third session, dev d101)
                     r" (de |d |a )?|(il|elle) a )(1[89]|[2-9]\d) ans\b"
                     # a duration, no age: "son copin la bat depui 2 ans elle a peur" (twenty-third session, dev d99)
                     # ("ma fille a 20 ans et elle vit avec un garçon"; seventeenth session, dev d69)
                     r"|\b(depuis|depui|ca fait|il y a|pendant|durant) (\d+|deux|trois|quatre|cinq|six) ans\b"
                     # an adult's age as a decade: "un gamin d'une vingtaine d'années… ses parents l'ont mis dehors" (twenty-fourth
                     # session, dev d107)
                     r"|\b(un |une |le |la )?(jeune|gamin|gamine|gosse|garcon|gars|fille|fils|mec|type) (d une|de la) (vingtaine|trentaine)\b")
# Control over going out or working: partner violence when a partner is named ("mon copain m'interdit de
# sortir"), not a parent's curfew ("ma mère veut pas que je sorte samedi")
# (twenty-seventh session, dev d141) control by a man named only "il": a tracking app put on one's phone; an appointment he
# forbids and one dares not cross him; leaving him when he holds everything, and fear
# (twenty-ninth session, dev d169) or by his first name alone, opening the message: "Mehdi a mis une appli sur mon portable pour
# savoir ou je suis" (not a parent: "Papa a mis…")
# The man the message is about, named "il" or by a first name opening it: not a relative nor someone in another role ("Papa a
# mis…", "Mon patron me prend…", "La Poste a mis…") (twenty-ninth and thirtieth sessions, dev d169, d183)
_HIM_BY_NAME = (r"^ ?(?!(papa|maman|daron|daronne|mamie|papi|papy|tonton|tata|mere|pere|ma|mon|on|elle|la|le|l|patron|boss|chef"
                r"|etat|caf|banque|loyer|proprio|amazon)\b)[a-z]{3,}")
_HE = rf"(\bil|{_HIM_BY_NAME})"
_TRACKED_BY_HIM = (r"\bil (m )?a (mis|installe) (une|un) (appli|application|app|logiciel|traceur|mouchard) (sur|dans) mon (telephone|tel"
                   r"|portable|phone) pour (savoir|voir|suivre|me suivre|me localiser|me pister)\b"
                   rf"|{_HIM_BY_NAME} (m )?a (mis|installe)"
                   r" (une|un) (appli|application|app|logiciel|traceur|mouchard) (sur|dans) mon (telephone|tel|portable|phone) pour (savoir ou"
                   r" je suis|me suivre|me localiser|me pister)\b")
_TRACKED_BY_HIM += (
    # (thirty-sixth session, dev d253) "un type de 30 ans qui la suit partout avec une appli de géolocalisation"
    r"|\bqui (la|me|m) (suit|surveille|piste|localise) (partout )?(avec|grace a|par) (une|un|son) (appli|application|app|traceur"
    r"|gps)\b"
    # (thirtieth session, dev d183) a GPS tracker slipped into one's bag by "il" or a first name: "Lucas m'a mis un traceur GPS dans
    # mon sac, je l'ai trouvé ce matin dans la doublure"
    rf"|{_HE} (m )?a"
    r" (mis|glisse|cache|planque|colle) (un|une) (traceur|balise|airtag|air tag|mouchard|gps)( gps)? (dans|sous|sur) (mon|ma) (sac"
    r"|voiture|manteau|veste|blouson|sac a dos|scooter|velo|trousse|valise)\b(?!.{0,40}\bpour (pas|ne pas) (que je )?(le|la|les) perd)"
    # (thirty-seventh session, dev d269) "cadeau de mon copain : un traceur gps dans mon sac, je l'ai trouvé ce matin"
    r"|\b(traceur|balise|airtag|air tag|mouchard)( gps)? (dans|sous|cache dans|glisse dans) (mon|ma) (sac|voiture|manteau|veste|blouson|sac a dos"
    r"|scooter|valise)\b.{0,40}\b(trouve|decouvert|decouverte|trouvee)\b")
_HIS_LEAVE_FORBIDDEN = (r"\bil (veut|voulait) pas que (j y aille|j aille|je vienne|je sorte)\b.{0,60}\b(pas|surtout pas) le (contrarier|enerver"
                        r"|facher|provoquer)\b"
                        # (dev d183) an appointment missed because "il veut pas que je sorte"
                        r"|\b(peux|pourrai|pourrais|pourrais) pas (venir|passer|aller)\b.{0,50}\bil (veut|voudra|voulait) (pas|plus) que je"
                        r" (sorte|sortes|vienne|bouge)\b")
_LEAVING_HIM = (r"\b(partir|le quitter|fuir|m en aller)\b.{0,80}\bqu il (a|garde|prend) tout\b.{0,40}\bpeur\b"
                # (thirtieth session, dev d183) "quand on quitte quelqu'un de violent"; "si je la quitte elle fera une connerie"
                r"|\b(quitte|quitter|quittes|fuit|fuir|fuis|partir de chez) (quelqu un|un homme|un mec|un conjoint|mon conjoint|un compagnon"
                r"|mon compagnon|une femme|une personne) (de )?violente?\b"
                r"|\bsi je (la|le) quitte\b.{0,20}\b(elle|il) (va|fera|ferait|se) (faire |fait )?(une connerie|un malheur|du mal|tuer"
                r"|me tuer|nous tuer)\b"
                # (dev d147) "Je veux partir mais il a gardé les papiers du petit"; fled from a man who hit one
                r"|\b(partir|le quitter|fuir)\b.{0,40}\bil (a garde|garde|a pris|a cache|cache) (mes|les|nos) papiers\b"
                r"|\b(quitte|parti de|partie de|fui|enfuie?) (l appartement|l appart|la maison|chez nous|le domicile)\b.{0,30}\b(parce qu|car)"
                r" il me (frappait|frappe|tapait|battait|cognait)\b")
# (twenty-seventh session, dev d143) a photo of where one is owed to him every half hour; insults "devant les enfants"; "sans
# lui je suis à la rue"
_REPORTING_TO_HIM = (r"\b(je dois|faut que je|il faut que je) lui (envoyer|envoye|envoie) (une photo|ma position|ma localisation)\b"
                     r".{0,40}\b(toutes les|sinon)\b"
                     # (thirtieth session, dev d183) "recontacter sur un autre numéro ? celui-ci c'est lui qui le regarde le soir"
                     r"|\b(autre|un autre|nouveau) (numero|tel|telephone|portable|mail)\b.{0,40}\bc est (lui|elle) qui (le |la |les )?"
                     r"(regarde|lit|fouille|controle|verifie)\b")
_INSULTED_BEFORE_THE_CHILDREN = (r"\b(il|elle) me (traite|insulte|rabaisse|humilie)\w*\b.{0,60}\bdevant (les|nos) (enfants|gosses"
                                 r"|petits)\b")
_NOTHING_WITHOUT_HIM = r"\bsans lui (je suis|je serais|jsuis|j suis) (rien|a la rue|dehors|une moins que rien)\b"
# (dev d153) his hold on one's money ("il prend toute mon allocation dès que ça tombe", "il me laisse 10 euros par semaine et il veut
# les tickets de caisse"); coming to check at one's work
_HIS_HOLD = (rf"{_HE} (prend|me prend|garde|me pique|confisque) tout(e|es)? (mon|ma|mes) (allocation|alloc|salaire|paie|paye|argent|rsa"
             r"|caf|bourse)\b|\bil me laisse (que |seulement |juste )?\d+ ?(euros|e|balles) par (semaine|mois|jour)\b.{0,40}\b(il veut|tickets"
             r"|justifier|rendre des comptes)\b|\b(vient|passe) verifier (devant|a) (le magasin|mon travail|mon boulot|mon taf|la boutique)\b")
# his jealousy: a sign of who he is, not itself a harm ("il veut pas que je parle à des hommes… il va me tuer"; "il m'envoie 50 messages
# par heure pour savoir avec qui je suis") (dev d153)
_HIS_JEALOUSY = (r"\bil (veut|voulait) pas que je parle (a|aux|avec) (des |d autres |aucun )?(hommes|mecs)\b"
                 r"|\bil (m envoie|m ecrit)\b.{0,40}\bpour savoir (avec qui|ou) je suis\b"
                 # (twenty-eighth session, dev d159) "il m'a mis des claques parce que j'ai parlé avec un collègue"
                 r"|\bil (m|me) [a-z ]{2,30}\bparce que (j ai|je) (parle|parlais|souri|souriais|rigole|dit bonjour) (a|avec) (un|des|mon|le)"
                 r" (collegue|mec|gars|garcon|homme|pote|ami|client|voisin|serveur|type)s?\b"
                 # (twenty-ninth session, dev d173) "Il m'a foutue dehors… parce que j'avais liké une photo"
                 r"|\bil (m|me) .{2,80}\bparce que (j ai|j avais|je) (like|liker|commente|repondu a|mis un coeur sur) (une|la|sa|son|un)"
                 r" (photo|story|post|message|publication)\b")
# (twenty-ninth session, dev d177) photos shown to everyone "si je porte plainte"; the child taken from one, "il dit qu'il prendra le
# petit et partira au bled"
_HIS_BLACKMAIL = (r"\bsi je porte plainte\b.{0,30}\bil (montrera|va montrer|publiera|va publier|diffusera|va diffuser|balancera"
                  r"|va balancer|enverra|va envoyer) (les|mes|des) (photos|videos)\b"
                  # (thirty-fourth session, dev d231) "il a dit que si je pars il balance mes photos nues a toute ma famille"
                  r"|\bsi je (pars|le quitte|m en vais)\b.{0,20}\bil (balance|va balancer|publie|va publier|montre|va montrer|envoie"
                  r"|va envoyer|diffuse|va diffuser) (mes|des|les) (photos|videos|nudes)\b"
                  r"|\bil (dit qu il|menace de|va|veut) (prendre|prendra|partir avec|enlever|enlevera|garder|gardera) (le|les|mon|mes|nos)"
                  r" (petit|petite|petits|enfants|gosses|bebe|fils|fille)\b"
                  # (thirty-first session, dev d193) "Dylan vient de me mettre dehors en culotte sur le palier et il a gardé mon fils"
                  rf"|{_HE} (vient de me|m a) (mettre|mis|mise|foutre|foutu|foutue) dehors\b.{{0,60}}\bil a garde (mon|ma|mes|nos|notre)"
                  r" (fils|fille|enfant|enfants|bebe|petit|petite)\b")
# (thirty-first session) his rules over one's clothes and trips, and a home that waits in fear for him (dev d197): "il a découpé mes
# robes aux ciseaux", "il note les kilomètres du compteur… je dois m'expliquer", "je fais tout pour qu'il ne s'énerve pas mais ça ne
# suffit jamais", the children who run to their room when they hear his car; the keys taken, "il a pris les clés je peux pas partir"
# (dev d199; not the car's keys, not a trip to work); one's things thrown out "et m'a dit de plus revenir", and, in English, a man named
# by his first name who pushed one down the stairs, the doctor told one slipped (dev d201)
# a message about "il" that names no relative, boss or teacher who could be him (thirty-second session, dev d209)
_NO_RELATIVE_NOR_BOSS = r"^(?!.*\b(pere|papa|daron|mere|maman|frere|oncle|patron|chef|boss|prof)\b)"
_HIS_RULES = (r"\bil a (decoupe|dechire|lacere|brule|jete|coupe) (mes|toutes mes) (robes|jupes|vetements|habits|fringues)\b"
              r"(?!.{0,30}\bpour (un|une|son|sa|le|la|ses) (deguisement|projet|costume|atelier|spectacle|defi|creation|collection))"
              r"|\bil (note|verifie|controle|releve|regarde) (les |le )?(kilometres|km|kilometrage|compteur)\b.{0,80}\b(je dois|faut que je"
              r"|il faut que je) (m expliquer|me justifier|justifier|rendre des comptes)\b"
              r"|\bje fais tout pour (qu il|pas qu il) (ne )?s enerve (pas|plus)\b.{0,30}\b(suffit jamais|jamais assez|suffit pas)\b"
              r"|\b(les|mes|nos) (enfants|petits|gosses) (filent|courent|se cachent|se refugient|montent)\w* (dans leur chambre|dans leurs"
              r" chambres|en haut)\b.{0,20}\bdes qu (ils entendent|il rentre|il arrive|ils l entendent)\b"
              r"|\bil a (pris|garde|cache|confisque|planque) (les|mes|toutes les) cles\b(?! (de|du) )(?!.{0,30}\b(voiture|bagnole|caisse|moto"
              r"|scooter)\b).{0,30}\bje (ne )?(peux|peut|pourrai) (pas|plus) (partir|sortir)\b(?! (au|a|en|pour|chez|travailler|bosser)\b)"
              # (not a father who throws them out: "mon pere… il a jeté mes affaires par la fenetre… je sais pas ou dormir"; dev d211)
              rf"|{_NO_RELATIVE_NOR_BOSS}.*\bil a (jete|balance|fout\w*) (toutes )?mes (affaires|fringues"
              r"|vetements) (par la fenetre|dehors|sur le palier|dans l escalier)"
              r"\b.{0,40}\b(plus revenir|pas revenir|degage|ce soir|cette nuit|il fait nuit)\b"
              r"|^ ?[a-z]{3,} (pushed|threw|shoved|hit|slapped|choked|kicked) me\b.{0,60}\b(told|tell) (the doctor|the nurse|my mum|my mom"
              r"|everyone|them|people) (that )?i (slipped|fell|tripped)\b"
              # (thirty-second session, dev d209) made to pay all night for coming home five minutes late; the phone he keeps, "jpeux
              # pas repondre au tel c'est lui qui l'a" (no relative, boss or teacher named)
              rf"|{_NO_RELATIVE_NOR_BOSS}.*\b(rentre|rentrer|rentree)\b.{{0,20}}\ben retard\b"
              r".{0,40}\bil (me )?(le )?fait payer\b"
              # (dev d215) a bag with one's papers hidden at a neighbour's, "la prochaine fois qu'il boit il va me tuer"
              r"|\b(la prochaine fois|quand|des) qu ?il (boit|a bu|rentre saoul|rentre bourre)\b.{0,20}\bil (va|veut) me tuer\b"
              # (dev d213) an ex-partner outside one's building now: "on s'est séparés… là il est en bas, il sonne depuis 20 min"
              r"|\bon s (est|etait) (separe|separes|separees|quitte|quittes)\b(?! (en bons termes|a l amiable|d un commun accord))"
              r".{0,80}\b(il est (en bas|devant (chez moi|ma porte|l immeuble|mon immeuble))(?! pour)|il sonne depuis|il tape a (la|ma) porte"
              r"|il frappe a (la|ma) porte)\b"
              rf"|{_NO_RELATIVE_NOR_BOSS}.*\b(repondre|decrocher) (au|a mon) (tel|telephone"
              r"|portable|phone)\b.{0,10}\bc est lui qui (l a|le garde|le prend|le tient)\b")
_CONTROL = re.compile(f"{_TRACKED_BY_HIM}|{_HIS_RULES}|{_HIS_BLACKMAIL}|{_HIS_LEAVE_FORBIDDEN}|{_LEAVING_HIM}|{_REPORTING_TO_HIM}|{_HIS_HOLD}|"
                      # (twenty-seventh session, dev d143) one's papers hidden, in darija: "khabba liya l passeport dyali" (in
                      # French, `_HARM`: "il garde mon passeport")
                      r"\b(khabba|khba|khbbi|khbat)\w* (liya|lia|li) (l ?passeport|les papiers|l ?papiers|lwra9)\b|"
                      r"\b(refuse|veut pas|interdit) (que je|qu elle|de me laisser|de la laisser) (sorte|sortir|voie|travaille)\b"
                      r"|\bgere (mon|mes|son|ses) (argent|salaire|comptes|mots de passe|frequentations)\b"  # (dev d46)
                      r"|\b(il|elle) (lit|fouille|controle) (encore |toujours )?(tous )?(tout ce que j ecris|mon tel|mon telephone|mes messages)\b"
                      r"|\b(me|la|le|nous) laiss\w* (pas|plus) sortir\b"  # (twenty-first session, dev d85)
                      r"|\ba mis la geoloc sur (mon|ma|son|sa)\b|\bil a ferme la porte a cle et il est parti\b"
                      r"|\bno (me|la|te) deja (salir|ver|trabajar)\b|\bnao (me|a|te) deixa (sair|ver|trabalhar)\b"
                      r"|\b(plus|pas) le droit de (sortir|voir|travailler|parler|mettre (de |des |une |un )?(jupe|jupes|robe|robes|short"
                      r"|maquillage))\b"
                      # (twenty-third session, dev d103) "il lit ses messages, lui interdit de nous voir"
                      r"|\b(il|elle) (lit|fouille|controle) (ses|mes) (messages|sms|mails)\b|\b(lui|m) interdit de (nous |me |les )?(voir|sortir|travailler)\b")
# (fourteenth session, dev d54) "femme battue. besoin aide."
_BATTERED = (r"\bfemme battue\b.{0,20}\b(besoin|aide|aidez|svp|help|urgent)"
             # (thirty-fourth session, dev d227) "c quoi le num pour les femmes battues ? c pour moi, Alex est sous la douche"
             r"|\b(num|numero|tel|telephone) (pour|des|d aide pour) (les )?femmes battues\b.{0,20}\b(c est|c|c etait) pour moi\b")
# (thirty-sixth session, dev d253) a flight prepared from a man who comes home: "Valise prête sous le lit. Il rentre à 19h." (harm
# and who does it, both)
_FLIGHT_FROM_HIM = r"\bvalise (prete|faite|cachee)\b.{0,40}\bil rentre\b"
_PARTNER = _AnyOf(
    # (thirty-sixth session, dev d253) in German, "von ihrem Mann geschlagen"; "Valise prête sous le lit. Il rentre à 19h."
    r"\b(ihrem|meinem|ihr|mein) (mann|freund|partner|ehemann)\b",
    _FLIGHT_FROM_HIM,
    # (thirty-sixth session, dev d253) "Ma demi-sœur Inès, 19 ans, vit avec un type de 30 ans qui la suit partout avec une appli"
    r"\b(vit|vivent|habite|habitent|vis|habites) avec un (type|mec|gars|homme) (de|d) \d+ ans\b",
    # (thirty-fifth session, dev d241) the fall he tells everyone of: "Lui il dit à tout le monde que je suis tombée."
    _NO_RELATIVE_NOR_BOSS + r".*?\b(lui )?il (dit|raconte) (a tout le monde|aux gens|partout|a ma famille|a mes parents|aux voisins) que"
    r" je (suis|me suis) (tombee|cognee)\b",
    # (thirty-fifth session, dev d239) the fall one tells at work, and who it was: "c'est ce que je raconte au boulot. en vrai c'est lui"
    _NO_RELATIVE_NOR_BOSS + r".*?\b(je suis|me suis|jsuis) (tombee?|rentree? dans|cognee?)\b.{0,60}\bc est ce que je (raconte|dis|leur dis|leur raconte) (au boulot|au travail|aux collegues|a tout le monde"
    r"|a ma mere|a mes parents|a ma famille)\b.{0,10}\b(en vrai|en fait|mais|la verite c est que) c est lui\b(?! qui)",
    # (thirty-fourth session, dev d227) a bruise one lied about, named by a first name: "j'ai dit à ma formatrice que c'était le
    # sport. c'est pas le sport c'est Nathan."; gone from "chez lui" with one's daughter after he hit one; a woman who follows one
    # everywhere and calls forty times a day, then scratched one's face
    _NO_RELATIVE_NOR_BOSS + r".*?\b(bleu|bleus|marques?|coquard|cocard|griffures?|hematomes?)\b.{0,100}\bc est pas (le sport"
    r"|l escalier|les escaliers|une chute|la porte|le chat|le chien|le boulot|le foot|la boxe)\b.{0,5}"
    r"\bc est (?!(mon|ma|mes|un|une|le|la|les|pas|vrai|faux|tout|moi|lui|elle)\b)[a-z]{3,}\b",
    _NO_RELATIVE_NOR_BOSS + r"(?=.*\b(sortir|sortie?|partir|partie?|fuir|fui|enfuie?|barree?|sauvee?) de chez lui\b).*?\bil (m a|ma) (frappee|giflee|tapee"
    r"|battue|cognee|etranglee|poussee|secouee)\b",
    rf"(\b(il|elle)|{_HIM_BY_NAME}) (me suit partout|m appelle \d+ fois)\b.{{0,120}}"
    r"\b(il|elle) (m a|ma) (griffe|griffee|frappe|frappee|gifle|giflee|mordu"
    r"|mordue|pousse|poussee|tape|tapee)\b",
    # (thirty-third session, dev d223) the father of one's child, named "il": "il me laisserait plus voir la petite"; a man who
    # comes home drunk, hidden from; phone control, "si je décroche pas il m'attend à la sortie"
    r"\bil me (laisserait|laissera|laisse) (plus|pas|jamais) voir (la petite|le petit|les petits|ma fille|mon fils|les enfants"
    r"|mon bebe|notre fille|notre fils|nos enfants)\b",
    r"\bquand il rentre (bourre|saoul|soul|ivre|defonce)\b.{0,40}\bje (vais dormir|dors|m enferme|me cache|me barricade)\b",
    r"\bsi je (decroche|reponds) pas\b.{0,20}\bil (m attend|vient|debarque)\b",
    # (thirty-third session, dev d219) the man of a pregnancy, named only "il": "depuis que je suis enceinte il me bouscule"
    r"\b(je suis|jsuis|chui|suis) enceinte\b.{0,30}\bil (me|m)\b",
    r"\b(kocam|sevgilim|erkek arkadasim)\b",  # Turkish (twenty-sixth session, dev d131)
    _TRACKED_BY_HIM, _HIS_LEAVE_FORBIDDEN, _LEAVING_HIM,  # (a man named only "il"; twenty-seventh session, dev d141)
    _REPORTING_TO_HIM, _INSULTED_BEFORE_THE_CHILDREN, _NOTHING_WITHOUT_HIM,  # (dev d143)
    # (thirtieth session, dev d183) "il a défoncé la porte de la salle de bain pcq je m'étais enfermée dedans"
    r"\bil a (defonce|enfonce|casse|explose|force|pete) la porte\b.{0,60}\bje m etais (enfermee|barricadee|refugiee)\b",
    _HIS_HOLD, _HIS_JEALOUSY, _HIS_BLACKMAIL, _HIS_RULES, r"\b(3aycha|3aysha|saknat|sakna) m3a (wahed|wa7ed|rajel|chi wahed)\b",  # (dev d153; living with a man, in darija)
    r"\bmy (bf|boyfriend|husband|partner|gf|girlfriend|wife|ex)\b",  # (twenty-fifth session, dev d127)
    # (twenty-eighth session, dev d159) "he took my passport and my bank card and he says if i call anyone…"
    r"\bhe (took|takes|keeps|kept|hid|hides|has) my (passport|papers|id|bank card|residence permit)\b",
    r"\b(le|son) pere de (ma|mon|mes) (fille|fils|enfants?|bebe|petite?)\b",  # (eleventh session, dev d40)
    r"\b(vit|vis|habite|vivait) avec (un|son|ce|le) (gars|mec|type|homme|keum|garcon)\b",
    # (not a classmate: "ma copine de classe a 15 ans… sa mère lui a dit qu'elle allait la tuer"; twenty-seventh session, dev d141)
    r"\b(mon|ma|son|sa|notre|leur) (?!(copain|copine) (de classe|d ecole|du lycee|du college|de promo|de fac|d enfance)\b)(copain|copin|copine|mec|meuf|mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|ex|petit ami|petite amie|petit copain|petite copine|cheri|cherie|fiance|fiancee|gars(?! (a |de )?([1-9]|1[0-7]) ans\b)|concubin)\b|\b(mari|conjoint|compagnon|ex) (violent|jaloux)\b|^ ?(mari|copain|mec|conjoint|ex)\b",
    r"\b(sotul|iubitul|barbatul|fostul) meu\b",  # Romanian (thirteenth session, dev d49)
    # (twentieth session, dev d82) "le copain d'une de mes équipières"
    # (not "le copain de ma mère", who beats a child: the child's line)
    r"\b(a minha|minha|da minha|pela minha) (namorada|mulher|companheira|esposa)\b",  # (twenty-third session, dev d105)
    # "mon homme a la main lourde quand il boit", "voilà ma vie avec lui" (twenty-third session, dev d95, d97)
    r"\bmon homme\b|\bma vie avec lui\b",
    # (twenty-eighth session, dev d167) "il ma attachée au radiateur pour que je sorte pas"
    r"\bil (m a|ma|m avait) (attache|attachee|enferme|enfermee|ligote|ligotee)\b.{0,30}\bpour que je (ne )?(sorte|parte|m en aille)\b",
    # (twenty-eighth session, dev d165) "il a caché un couteau sous le matelas et il dit que c'est pour moi si je pars"
    r"\bil (dit|a dit|m a dit|menace|me menace|a menace|repete|repetait|hurle|m ecrit)\b.{0,40}\bsi je (pars|le quitte|m en vais"
    r"|le laisse)\b",
    # (thirty-first session, dev d193) "Il m'a dit ce soir qu'il avait acheté un couteau « pour moi si je le trahis »"
    r"\bil (m a dit|a dit|dit|m a ecrit)\b.{0,60}\b(couteau|arme|flingue|pistolet|fusil|hache)\b.{0,20}\bpour moi si je (le trahis|le trompe"
    r"|pars|le quitte|le laisse)\b",
    # (dev d193) "il me laisse pas sortir sauf avec lui" (not a father's rule)
    r"^(?!.*\b(pere|papa|daron|oncle|frere|parrain|grand pere|beau pere|tonton|mere|maman|daronne)\b).*?\bil (ne )?me laisse (pas|plus|jamais)"
    r" sortir (sauf|sans) (avec )?lui\b",
    # (twenty-ninth session, dev d181) a child of one's own with him, "On a un bébé de 8 mois"; locked in the bathroom at night "pour
    # qu'il m'approche pas quand il a bu" (not where a father is named)
    r"\bon a (un|une|deux|trois|des) (bebe|bebes|enfant|enfants|fils|fille|petit|petite|gosses)\b",
    r"^(?!.*\b(pere|papa|daron|oncle|frere|parrain|grand pere|beau pere|tonton)\b).*?\bpour qu il (ne )?m approche (pas|plus)\b.{0,30}"
    r"\bquand il (a bu|boit|a trop bu|est bourre|est saoul)\b",
    # (twenty-eighth session, dev d163) "c lui quand il a bu et il a recommencé a boire ce soir"
    # (not a father's drinking: "j'ai 15 ans… c'est lui quand il a bu, mon père")
    r"^(?!.*\b(pere|papa|daron|oncle|frere|parrain|grand pere|beau pere|tonton)\b).*?\b(c est|c|c etait) lui quand il (a bu|boit|a trop bu"
    r"|est bourre|est saoul)\b",
    # (twenty-third session, dev d82 beside d93's hidden bruises) "… et il fouille mon téléphone. Voilà ma vie de couple."
    r"\b(ma|notre|la) vie de couple\b|\bmon couple\b",
    # (dev d89) the man she flees, unnamed, who comes home from work: "je veux partir avant qu'il rentre du boulot"
    # (twenty-ninth session, dev d169) "comment je fais pour partir avec le bébé sans qu'il le sache ?"
    r"\b(partir|fuir|m en aller|me sauver|me barrer|m enfuir) avec (le|mon|ma|mes|les|nos) (bebe|petit|petite|petits|enfants|gosses"
    r"|fils|fille)\b.{0,20}\bsans qu il\b",
    r"\b(partir|fuir|m enfuir|me barrer|me sauver) avant qu il (rentre|revienne)\b",
    r"\b(le|un) (copain|mec|petit ami|petit copain|compagnon|mari|conjoint) (d une|de cette|de (ma|sa|notre) (collegue|equipiere"
    r"|employee|apprentie|stagiaire|amie|copine|soeur|cousine|voisine|cliente|eleve))\b",
    # (fourteenth session, dev d54) "that man" one would leave, in Antillean creole; a battered woman asking for help
    r"\bnonm (mwen|la|lasa)\b",
    r"\bch ?l?opak\w*",  # Polish, "chłopak" ("ł" is lost in the plain text; eighteenth session, dev d72)
    # (dev d59) "ma coloc a un copain qui fait des crises"; "mein Freund", in German
    # (not "y a un mec qui me suit sur tous mes comptes": there is a man; twenty-eighth session, dev d165)
    r"(?<!\by )(?<!\bil y )\b(a|avec) un (copain|mec|petit ami|petit copain) qui\b|\bmein (freund|mann|ex)\b",
    _BATTERED,
    # (thirty-fourth session, dev d231) "ça fait un an qu'on vit ensemble", "vivimos juntos y él me pega"
    r"\bon (vit|habite) ensemble\b|\b(vivimos|moramos|vivemos) juntos\b",
    r"\ben couple (depuis|avec)\b|\bon est (ensemble|maries|pacses)\b|\b(maries|ensemble) depuis\b|\bl ex (de|d)\b",
    r"\b(pelo|o|seu|meu|do) (namorado|marido|companheiro)\b|\bsi je (le|la|l) quitte\b|\bquand je (le|la|l) quitte\b|\b(mi|su) (marido|novio|esposo|pareja|ex)\b|\b(my|her|his) (boyfriend|husband|partner|ex|girlfriend|wife)\b|\bزوجي\b|راجلي|\b(rajli|rajel dyali|zawji)\b",
)
_FAMILY = _AnyOf(
    r"^ ?(papa|maman|daron|daronne|darons|reup|reum)\b|\b(papa|maman|mon daron|ma daronne) (me|m|nous) ",
    r"\b(l|le) oncle\b|\b(mon|ma|mes|son|sa|ses|leur|leurs|notre|nos) (petit |petite |grand |grande )?(pere|mere|daron|daronne|darons|parents|beau pere|belle mere|frere|freres|grand frere|soeur|oncle|tante|cousin|cousins|famille|papa|maman|reup|reum|grand pere)\b|\bma famille\b",
    r"\bmon tonton\b|\bma tata\b",  # ("Mon tonton i bat amoin"; thirty-fifth session, dev d243)
    r"\b(bba|baba|bouya|mmi|yemma)\b",  # darija (twenty-ninth session, dev d169: "bba jerrni mn dar")
    r"\b(mio|mia) (padre|madre|patrigno|matrigna|fratello|zio)\b|\b(babam|annem|uvey babam|abim|uvey babasi|babasi|annesi)\b|\bil patrigno\b",  # Italian, Turkish (dev d48, d49)
    r"\b(mi|su) (papa|padre|madre|mama|padrastro|madrastra|tio|hermano|familia)\b|\b(minha|meu) (mae|pai|padrasto|madrasta|tio|irmao|familia)\b|\b(my|her|his) (father|dad|mother|mum|mom|parents|stepfather|stepmother|stepdad|uncle|brother|family)\b|\b(moms?|mums?|mothers?) (boyfriend|partner)\b|\b(baba|bouya|yemma|mama) (ydrabni|kaydrbni|drabni)\b",
)
# (ninth session, dev d34) harm told with a smile: "le cendrier a encore volé jusqu'à ma tête", "il a rangé la
# cuisine avec ma tête"; bleeding that does not stop ("ça pisse le sang depuis 20 min")
_THROWN_AT_HEAD = (r"\b(cendrier|assiette|verre|chaussure|telecommande|ceinture|bouteille|chaise|tasse)s? (a |ont )?(encore )?vole\w*"
                   r" (jusqu )?(a|sur|dans|contre) (ma|sa) (tete|gueule|figure|tronche)\b|\b(a|ont) (encore )?\w+ (la|le|les|l) \w+ avec (ma|sa) tete\b"
                   # (thirteenth session, dev d48) "ma meuf m'a encore lancé une poêle hier, 4 points de suture … haha"
                   r"|\b(m|me|lui|l|nous) (a |ont )?(encore |deja )?(lance|balance|jete) (une|un|la|le|des|sa|son) (poele|assiette|verre|bouteille"
                   r"|chaise|couteau|casserole|cendrier|telecommande|tasse)s?\b(?! (a la poubelle|par la fenetre))"
                   # (sixteenth session, dev d66) "il lance des assiettes. la dernière m'a ouvert l'arcade"
                   r"|\b(m|lui) a (ouvert|pete|fendu) l arcade\b"
                   # (twenty-ninth session, dev d179) "mon pere m'a encore pété la levre hier"
                   r"|^(?!.*\b(dentiste|orthodontiste|accident|sans faire expres|sans le faire expres|en jouant|au foot|au rugby|au match"
                   r"|a la boxe|au basket|au hand|a l entrainement)\b).*?\b(m|lui|l) a (encore |deja )?(pete|explose|eclate|fendu|casse|defonce)"
                   r" (la levre|le nez|une dent|les dents|la machoire"
                   r"|les cotes|le bras)\b")
# (not "m'appelle" as on the phone: "ma mère m'appelle tous les jours", "il m'appelle le soir")
_CALLED_NAMES = (r"\b(m|me) ((appellent|appelle)(?! (tous|toutes|chaque|tout|pour|au|sur|jamais|souvent|encore|pas|plus|le soir"
                 r"|le matin|le midi|la nuit|ce soir|demain|hier|apres|avant|quand|des|vers|dans|a \d))|surnomment|surnomme"
                 # ("me trète de débile", thirty-fifth session, dev d243; "il me trait de gogol", thirty-sixth session, dev d249)
                 r"|insulte|insultent|traitent de|traite de|trete de|tretent de|trait de)\b")
_AGAIN_AND_AGAIN = (r"\b(tous les jours|tout le temps|chaque jour|a chaque fois|\d+ (mois|semaines) que (ca|c) dure"
                    r"|depuis la rentree"  # ("depuis la rentrée on m'appelle la grosse dans le bus"; thirty-sixth session, dev d257)
                    r"|(tou|ts) les jours?|tt le temps)\b")  # ("tou les jour"; thirty-fifth session, dev d243)
# (twelfth session, dev d44) a hooded man in one's garden, a fact a smile does not undo
_HOODED_INTRUDER = (r"\b(type|mec|homme|gars|individu|inconnu|quelqu un)s? (en )?cagoule\w*\b.{0,30}\b(dans|devant) (mon|ma|le|la|notre)"
                    r" (jardin|cour|escalier|hall|porte|maison|appart|chambre|garage)\b")
# (twelfth session, dev d45) the one thing left is a bridge, the void, a rope
_ONLY_WAY_LEFT = (r"\b(seul truc|seule chose|seule solution|seule issue|seul moyen) qui (me |lui )?reste c est (le pont|la corde|le vide"
                  r"|les rails|le train|sauter|de sauter|d en finir|de tout arreter)\b")
# (tenth session, dev d37) a rope that gave way, told with a laugh ("même la corde a lâché 😂")
_ROPE_GAVE_WAY = r"\b(meme )?(la|ma) corde (a )?(lache|cede|casse|craque)\b"  # ("même ma corde a lâché hier soir"; dev d135)
# (twenty-sixth session, dev d135) too much codeine, said with a laugh; the head against the wall
_OVERDOSED = (r"\b(trop|beaucoup trop) (force|forcer|abuse|pris) (sur |de )?(la |les |du |des |mes )?(codeine|tramadol|lean|xanax"
              r"|morphine|somniferes)\b")  # (drugs only: not "trop abusé sur les cachets de vitamine C lol")
_HAZING = r"\bbizut(e|ee|es|er)\b"  # "mon frère en service civique se fait bizuter" (twenty-sixth session, dev d139)
# (twenty-sixth session, dev d135) "mdr mon coloc confond 'non' et 'peut-être', il est encore rentré dans mon lit cette nuit"
_IN_MY_BED = (r"\b(il|elle|coloc|colocataire|beau pere|oncle|cousin|voisin|patron) (est |s est )?(encore |re)?(rentre|entre|venu|glisse"
              r"|couche)e? dans mon lit\b")
_HEAD_AGAINST_WALL = r"\bmur avec ma (tete|crane|figure)\b|\bma (tete|crane) contre (le|un) mur\b"  # (one's own head, someone else's hand)
_BLEEDING_ON = r"\b(pisse|pissait|coule|saigne|saignait) (le sang |du sang )?depuis \d+ ?(min|mn|minutes|h|heures?)\b"
# a blow given, as people say it ("il m'a mis une droite")
_A_BLOW = r"(une droite|une gauche|un coup de poing|une patate|une beigne|une mandale|un pain)"
# harm done to someone: physical violence, confinement, deprivation, threats
_HARM = _AnyOf(
    # (thirty-sixth session, dev d251) a pupil who comes every morning without a coat, with marks, and freezes when her parents are
    # named; "une ado de 15 ans avec des traces de strangulation"
    r"\b(arrive|arrivent|vient|viennent)\b.{0,25}\bsans (manteau|blouson|gouter|avoir mange|petit dejeuner)\b.{0,60}\b(marques|bleus"
    r"|traces|se fige|a peur|sursaute)\b",
    r"\btraces? de (strangulation|coups|brulures? de cigarettes?)\b",
    # (dev d259) bruises hidden, "col roulé en juillet"
    r"\b(col roule|manches longues|foulard|echarpe) en (juillet|aout|plein ete|pleine canicule)\b",
    # (thirty-seventh session, dev d267) in Italian, a neighbours' girl of 8 "sempre sola in casa… con lividi sul viso"
    r"\b(con|dei|di) lividi\b|\b(sempre|spesso) (sola|solo|soli|sole) in casa\b",
    # (thirty-seventh session, dev d265) an injury written down as a fall, then denied: "trois côtes fêlées et le médecin des urgences
    # a noté chute dans l'escalier. c'était pas l'escalier"
    r"\b(chute|tombee?|tombe) (dans|de) l escaliers?\b.{0,40}\b(c etait|c est|cetait) pas (l escalier|une chute|vrai)\b",
    # (thirty-seventh session, dev d263) in Spanish, a son of 15 "recibe amenazas de un grupo que lo obliga a vender droga"
    r"\b(recibe|recibo|reciben|recibimos) amenazas\b|\b(lo|la|los|me|nos) (obliga|obligan) a (vender|robar|traficar|transportar)\b",
    # (dev d257) in Spanish, "mi pareja me empuja y me insulta todos los días"
    r"\bme (empuja|empujo|pega|pego|golpea|golpeo|ha pegado|ha golpeado|ha empujado)\b",
    # (dev d255) a boy of 9 with his arm in a cast "et une version des faits qui change toutes les dix minutes"
    r"\b(platre|attelle|bras casse|jambe cassee|fracture|bleus?|hematomes?|cocard)\b.{0,80}\b(version|histoire|explication)s?"
    r" (des faits )?(qui change|qui changent|differente)\b",
    # (dev d253) the number asked for beaten children; a neighbours' girl who screams every evening, her arm bandaged, in Italian; a
    # man who beats the young mother, in German; a suitcase ready under the bed, "Il rentre à 19h"
    r"\b(num|numero|tel|telephone|appeler|appelle|signaler|signale)\b.{0,25}\b(enfants?|mineurs?|gamins?) (battus?|battues?"
    r"|maltraitee?s?|frappee?s?|en danger)\b",
    r"\b(urla|piange) ogni (sera|notte)\b.{0,60}\b(braccio|gamba) (fasciato|rotto|ingessato)\b|\b(la|lo) picchi\w*\b",
    r"\b(wird|werde|wurde) von (ihrem|meinem|seinem) (mann|freund|partner|ehemann) geschlagen\b|\bschlagt (mich|sie)\b",
    _FLIGHT_FROM_HIM,
    # (dev d253) "Nourrisson de 3 mois, fracture du fémur, les parents disent qu'il est tombé du canapé"
    r"\b(fracture|fractures|hematomes?|brulures?|bleus|traces)\b.{0,60}\b(disent|dit|pretend\w*|racont\w*) qu (il|elle) (est|s est)"
    r" (tombee?|cognee?)\b",
    # (thirty-fourth session, dev d237) "il casse la vaisselle, puis mon poignet, puis il pleure"
    r"\b(il|elle) (m a )?(casse|tordu|brise) (la vaisselle|des assiettes|tout)\b.{0,15}\bpuis (mon|ma) (poignet|bras|nez|doigt|machoire)\b",
    # (thirty-fourth session, dev d233) a pupil left without food at home: "chez moi y a jamais a manger, ma mere dort toute la
    # journée, je mange qu'a la cantine du collège"
    r"\b(chez moi|a la maison) (il )?(y a|ya) (jamais|plus|rien) (a|de quoi) manger\b.{0,80}\b(je mange (qu|que) a la cantine"
    r"|la cantine)\b",
    # (thirty-fourth session, dev d229) "mineur battu"; "c'est normal que ma mère me jette des objets dessus quand elle a bu ?"
    r"^ ?(mineur|mineure|mineurs|enfant|enfants|ado|ados|gamin|gamine|gosse) (battue?s?|frappee?s?|maltraitee?s?|tabassee?s?)\b",
    r"\b(me|m|lui|nous) (jette|jettent|lance|lancent|balance|balancent) des (objets|trucs|choses|assiettes|verres|bouteilles) (dessus"
    r"|a la (figure|tete|gueule)|au visage)\b",
    # (thirty-fourth session, dev d227) "un bleu sur tout le bras… c'est pas le sport c'est Nathan"; "elle m'a griffé le visage
    # jusqu'au sang"
    r"\b(un|des) bleus? (sur|a) tout (le|la) (bras|visage|dos|jambe|cou|ventre)\b",
    # (thirty-fifth session, dev d243) in Réunion Creole, "Mon tonton i bat amoin kan li lé sou"; bruises no door made: "les bleus sur
    # mes bras c'est pas la porte du placard"
    r"\b(i|li|zot|lu) (bat|tap|tape|frap|frappe|cogne) (amoin|a moin|moin|ali|aou)\b",
    # (thirty-fifth session, dev d245) the fall one tells, and no more said: "je suis encore tombée dans l'escalier... enfin c'est ce
    # que je raconte au taf"
    r"\b(je suis|me suis|jsuis) (encore tombee?|tombee? dans (l|les) escaliers?|(encore )?rentree? dans (une|la) porte)\b.{0,60}\b(enfin|du moins"
    r"|en tout cas) c est ce que je (raconte|dis|leur dis|leur raconte)\b",
    r"\b(les |des |mes )?(bleus|marques|hematomes|traces) (sur|a) (mes|mon|ma|les) \w+\b.{0,10}\bc est pas (la porte|l escalier|les escaliers"
    r"|une chute|le sport|le placard|la porte du placard)\b",
    # (thirty-fifth session, dev d239) "je suis tombée dans l'escalier, encore. c'est ce que je raconte au boulot. en vrai c'est lui"
    r"\b(je suis|me suis|jsuis) (tombee?|rentree? dans (une|la) porte|cognee? (contre|dans) \w+)\b.{0,80}\bc est ce que je (raconte|dis"
    r"|leur dis|leur raconte)\b.{0,40}\b(en vrai|en fait|mais|la verite c est que) c est (lui|elle)\b(?! qui)",
    r"\b(m a|ma) (griffe|griffee) (le visage|la figure|le cou)\b.{0,20}\bjusqu au sang\b",
    # (thirty-third session, dev d225) "Couvre-feu 18h chez moi sinon c'est les coups"; "c'est le câble du chargeur sur les jambes";
    # "Ma mère appelle ça de l'éducation, moi j'appelle ça la ceinture"
    r"\bsinon c est (les coups|la ceinture|les claques|les baffes|le martinet)\b",
    r"\b(le )?cable (du chargeur |du telephone )?sur (les|mes|ses) (jambes|bras|fesses|cuisses|dos)\b",
    r"\bj appelle ca (la ceinture|des coups|de la violence|des claques)\b",
    # (thirty-third session, dev d223) hiding from him for the night in the one room that locks; the fear of what he would do once
    # the police had gone; pulled by the arm or the hair; "throws things at me… I needed stitches"; a child made to sleep in a car
    # as a punishment
    r"\bje (vais dormir|dors|m enferme|me cache|me barricade) dans la salle de bain\b(?=.{0,40}\b(verrou|a cle|seule piece))",
    r"\b(trop )?peur de ce qu il (ferait|va faire|fera|pourrait faire)\b(?=.{0,60}\b(police|flics|partis|parti)\b)"
    r"|\b(police|flics)\b.{0,80}\b(trop )?peur de ce qu il (ferait|va faire|fera|pourrait faire)\b",
    r"\bil m a (tiree?|traine|trainee) par (le bras|les cheveux|le col)\b",
    r"\b(throws|threw|throwing) (things|stuff|plates|glasses|a glass) at me\b|\bneeded stitches\b",
    r"\b(dort|dorment|dormir) dans (la voiture|le garage|la cave|le balcon|la niche)\b.{0,40}\bquand (il|elle) est puni",
    # (thirty-third session, dev d221) "un jour où il est au boulot, sinon il lira les messages et ça finit encore aux urgences"
    r"\bil\b.{0,60}\b(ca finit|ca se finit|ca se termine|je finis|j ai fini) encore aux urgences\b",
    # (thirty-third session, dev d219) "il m'a fait tomber exprès dans l'escalier", "il me bouscule dès que je dis non"
    r"\b(il|elle) m a (fait tomber|poussee?) (expres|dans l escalier|dans les escaliers)\b"
    r"|\bil me (bouscule|pousse)\b(?=.{0,20}\b(des que|quand|chaque fois que|a chaque fois que) je (dis non|refuse|parle|reponds)\b)",
    # (thirty-third session, dev d219) a child of 6 to 15 for whom home is hell: "🥺 chez moi c'est l'enfer, j'ai 11 ans"
    r"\b(chez moi|a la maison|chez nous)\b.{0,6}\bc est (l enfer|un enfer|invivable)\b(?=.{0,40}\bj ai (1[0-5]|[6-9]) ans\b)"
    r"|\bj ai (1[0-5]|[6-9]) ans\b.{0,40}\b(chez moi|a la maison|chez nous)\b.{0,6}\bc est (l enfer|un enfer|invivable)\b",
    # (thirtieth session, dev d183) a school social worker who must report a pupil: "je dois faire une information préoccupante pour une
    # mineure de 17 ans suivie chez vous" (a child-protection report about a real minor, not the procedure in general)
    r"\b(je dois|on doit|on va|je vais|j ai du|je viens de) (faire|rediger|transmettre|envoyer) une information preoccupante (pour|sur"
    r"|concernant) (un|une|mon|ma|cet|cette|notre) (mineur|mineure|eleve|jeune|ado|enfant|adolescent|adolescente)\b",
    # (twenty-ninth session, dev d177) "jsuis marquée de partout"
    r"\b(je suis|jsuis|suis|j suis|chui) (couverte?|marquee?) (de bleus |de coups )?(de partout|partout)\b",
    # (twenty-ninth session, dev d173) put out half dressed onto the landing or the balcony, a punishment, not a night without a
    # roof: "Il m'a foutue dehors en culotte sur le palier à 2h du mat", "mon pere la mis dehors en pyjama sur le balcon"
    r"\b(m a|ma|l a|la|m ont|l ont|nous a|nous ont|les a|les ont) (mis|mise|mises|foutu|foutue|jete|jetee|vire|viree) dehors (en (pyjama|culotte|slip|calecon|sous vetements|chaussettes|t shirt"
    r"|tee shirt) )?sur le (palier|balcon)\b",
    # (twenty-eighth session, dev d167) tied to the radiator
    r"\b(attache|attachee|ligote|ligotee)\w* (au|a un|a une|a la|a le) (radiateur|lit|chaise|poteau|tuyau)\b",
    # (twenty-eighth session, dev d163) "des traces de doigts sur mes bras"; "chedni mn cha3ri w jerrni" (grabbed by the hair and
    # dragged), in darija
    r"\b(traces|marques) de doigts (sur|autour de|autour du) (mes|ses|mon|son|ma|sa|les|le|la) (bras|cou|poignets?|gorge|cuisses?"
    r"|visage|joues?|epaules?)\b",
    r"\b(chedni|chdni|cheddni|chedha|chdha) (mn|men|f) (cha3ri|sh3ri|cha3r|cha3rha|sh3rha)\b|\b(jerrni|jarni|jerni|jerrha)\b",
    # (twenty-eighth session, dev d159) "un gars qui demande l'adresse d'un petit de 10 ans et qui lui dit qu'il viendra le chercher à la
    # sortie de l'école"
    r"\b(gars|mec|type|homme|inconnu|adulte|joueur|quelqu un)\b.{0,30}\b(demande|a demande|veut|voulait) l adresse (d un|d une|de mon|de ma|de notre|du|de la|de son|de sa) (petit|petite|gamin|gamine"
    r"|enfant|fille|fils|gosse|eleve|ado)\b.{0,80}\b(viendra|va venir|vient|passera) (le|la|les) (chercher|recuperer|attendre)\b",
    # (twenty-seventh session, dev d153) "kayedrebha" (he beats her), in darija
    r"\b(kayedrebha|kaydrebha|kaydrbha|kaydarbha|kayedrebni|kaydrebni|kaydrbni|kayedrbha)\b",
    # (twenty-seventh session, dev d147) "Ses parents… ne l'envoient plus au lycée et elle maigrit à vue d'œil"
    r"\bne (l|la|le|les) (envoient|envoie|envoyent) plus (a l ecole|au college|au lycee|en cours)\b|\bmaigrit a vue d oeil\b",
    # (twenty-seventh session, dev d145) "Mon mec m'a offert un joli bleu à l'œil pour mon anniv 🎁"
    r"\bm a (offert|fait|mis|colle) un (joli |beau |gros |petit )?(bleu a l oeil|coquard|cocard|oeil au beurre noir)\b"
    r"|\bm a offert un (joli |beau |gros |petit )?bleu\b",
    # (twenty-seventh session, dev d143) insults in front of the children; one's things thrown out of the window
    _INSULTED_BEFORE_THE_CHILDREN,
    r"\b(jete|jetes|balance|balances|lance) (toutes )?(mes|ses) (affaires|fringues|vetements) par la fenetre\b",
    # (twenty-seventh session, dev d141) "une photo d'un garçon attaché à une chaise chez lui… c'est son père qui l'a prise"
    r"\b((garcon|fille|gamin|gamine|enfant|petit|petite|ado|bebe|fils|eleve|frere|soeur)s? (etait |est |a ete )?|(l|m|les|nous)"
    r" (a|ont|avait|avaient) )attache\w* (a|sur) (une|un|sa|son|la|le) (chaise|lit|radiateur)\b",
    _HEAD_AGAINST_WALL,  # "mon daron a encore testé la solidité du mur avec ma tête 😅 j'ai 15 ans" (twenty-sixth session, dev d135)
    # (twenty-sixth session, dev d131) made to sleep on the landing for a bad grade; "après c'est moi qui prend"; in Turkish
    r"\b(me|le|la|les|nous) (fait|fasse|font|fassent|faisait|faisaient) dormir (sur le palier|dehors|dans la cave|sur le balcon"
    r"|dans le couloir|par terre|dans la baignoire)\b",
    r"\bc est (moi|lui|elle) qui (morfle|trinque|deguste)\b|\bc est (moi|lui|elle) qui (prend|prends) ?$",  # (not "qui prends le relais")
    r"\b(bana |beni )?(vuruyor|dovuyor|vurdu|dovdu|doviyor)\b",
    # (twenty-fifth session, dev d127) "he held my wrist so hard there's still a mark"
    r"\b(held|grabbed|squeezed|twisted) my (wrist|arm|neck|throat)\b.{0,30}\b(mark|marks|bruise|bruises|hurt)\b",
    # (twenty-fifth session, dev d125) "le petit du bat C il se fait défoncer par son reuf, il a 12 piges"
    r"\b(se fait|se faisait|s est fait|me fais|me fait|m suis fait|me suis fait) (defoncer|tabasser|frapper|taper|cogner|massacrer|demonter)"
    r" par (son|sa|ses|mon|ma|mes|leur|leurs) ",
    # (twenty-fourth session, dev d117) kept to work unpaid, no school, not allowed out: "Je vis chez une dame qui ne me paie pas,
    # je garde ses enfants et je fais le ménage toute la journée, je ne vais pas à l'école et je n'ai pas le droit de sortir"
    r"\b(ne me paie pas|ne me paye pas|sans etre paye)\b.{0,100}\b(pas le droit de sortir|(ne vais|vais) pas a l ecole)\b",
    # (twenty-first session, dev d85) strangled until one faints; "ma petite soeur. battue."
    r"\bm a serre (la gorge|le cou)\b.{0,40}\b(perde connaissance|perdu connaissance|tombe dans les pommes|plus respirer|evanoui\w*)\b"
    r"|\b(il|elle) (m a|ma) serre (la gorge|le cou)\b",
    r"\b(ma|mon|sa|son|notre) (petite soeur|petit frere|petite|fille|fils|niece|neveu) (battue?|frappee?|tabassee?|maltraitee?)\b",
    # (dev d86) belt marks; shoes hidden to keep a teenager in; a child alone for days; a shoulder dislocated by a
    # boyfriend; writing from the toilets while "il croit que je prends une douche"
    r"\bbelt marks\b|\bmarques? de ceinture\b",
    r"\b(ma mere|mon pere|mes parents|ma belle mere|mon beau pere|ma daronne|mon daron) (cache|confisque|enleve|prend) mes chaussures\b",
    # (twenty-third session, dev d93) blows to come if one speaks: "j'ai 15 ans. si je parle il va recommencer encore plus fort";
    # bruises hidden: "lunettes noires, manches longues, fond de teint bien épais"
    r"\bsi (je|j) (parle|le dis|en parle|dis quoi que ce soit)\b.{0,20}\b(il|elle|ils) (va|vont) (recommencer|me tuer|me frapper"
    r"|me defoncer|me buter)\b",
    r"\b(lunettes noires|lunettes de soleil|manches longues|fond de teint|col roule)\b.{0,30}\b(lunettes noires|lunettes de soleil"
    r"|manches longues|fond de teint|col roule)\b",
    # (dev d105) pushed down the stairs and threatened with a knife, in Portuguese
    r"\b(empurrou|empurra|bateu|bate|agrediu|agride) ?me\b|\bameaca ?me com (uma|um) (faca|arma|pistola)\b",
    # (dev d105) "Elle a un bleu au poignet", beside a boyfriend's threats
    r"\b(un|des) bleus? (au|aux|sur le|sur la|sur les|a la) (poignet|poignets|bras|visage|joue|oeil|cou)\b",
    # (dev d97) a girl's fractures that do not match the fall told
    r"\b(fractures?|blessures?|bleus|marques|hematomes?|brulures?) ne (collent|correspondent|colle|correspond) (pas|plus)\b",
    # (twenty-third session, dev d89) a bag packed in secret to leave before he comes home ("j'ai préparé un sac avec le
    # carnet de santé du petit… je veux partir avant qu'il rentre du boulot"): a flight from home
    r"\b(prepare|fait|cache) (un|mon|le|des) (sac|sacs|valise|valises)\b.{0,150}\b(partir|fuir|m enfuir|me barrer|me sauver)"
    r" avant qu (il|elle) (rentre|revienne|se reveille)\b",
    r"\btoute? seule?\b.{0,80}\b(maman|papa|mere|pere|parents?) (revient|rentre|reviennent|rentrent) dans (plusieurs|\d+) (dodos|jours|nuits)\b",
    r"\b(copain|copine|mec|mari|conjoint|compagnon|ex) (m a|vous a|lui a|t a|ma) (demis|demise|luxe|luxee|casse|cassee|fracture|fracturee)"
    r" (l epaule|le bras|le poignet|le nez|la machoire|une cote|des cotes|deux cotes)\b",
    r"\b(je vous ecris|j ecris|jecris|je tape|je suis) (depuis|dans|de|cachee? dans) (les|la) (toilettes|salle de bain|salle de bains)\b"
    r".{0,40}\b(il|elle) (croit|pense) que\b",
    # (twenty-first session, dev d84) harm begun and promised to go on: "il rentre à 18h et il a dit qu'il finirait ce
    # qu'il a commencé" (no one named: violence, whose reply gives the police and the partner-violence numbers)
    r"\b(il|elle) (a dit|m a dit|a jure|m a promis|a promis|dit|a ecrit) qu (il|elle) (finirait|finira|allait finir|va finir)"
    r" ce qu (il|elle) a commence\b",
    # (eighteenth session, dev d76) fractures of different ages; a story that changes every time about a baby
    r"\bfractures?\b.{0,30}\bd ages differents\b",
    r"\b(bebe|nourrisson|enfant|petit|petite|fils|fille)\b.{0,80}\b(change|changeait|changent) (\w+ )?de version a chaque fois\b",
    # (twentieth session, dev d83) a cover story at the emergency ward ("j'ai dit que j'étais tombée de vélo. Je n'ai pas de vélo"); a
    # child's hair torn out in patches
    r"\b(j ai|jai|elle a|il a) dit que (j etais|je suis|elle etait|il etait) (tombee?|rentree? dans une porte|tombee? dans l escalier)\b"
    r".{0,40}\b(n ai|n a|ai|a) (pas|jamais) (de|d)\b",
    r"\b(plaques? sans cheveux|cheveux (comme )?arraches|touffes? (de cheveux )?arrachees?)\b",
    # (dev d82) "ce soir elle est arrivée avec la lèvre fendue et des manches longues"
    r"\b(levre|arcade) (fendue|eclatee|ouverte)\b",
    # (dev d81) a bag hidden at a neighbour's "au cas où il recommence"
    r"\b(cache|prepare|planque)\w* (un sac|une valise|mes papiers|un sac de fringues)\b.{0,80}\bau cas ou (il|elle) (recommence|revient)\b",
    # (dev d80) a concealer that hides the purple since a partner's "bad evenings"; (eighteenth session, dev d75) make-up
    # put on a cheek to hide what he did
    r"\b(correcteur|fond de teint|maquillage|anticernes)\b.{0,40}\b(violet|bleu|bleus|hematomes?|coquard|cocard)\b.{0,80}"
    r"\b(depuis que|quand|apres que) (mon|ma) (copain|mec|mari|compagnon|copine|femme|conjoint)\b",
    r"\b(mis|mets|mettre|remis) du (fond de teint|maquillage|correcteur|anticernes)\b.{0,30}\b(joue|oeil|yeux|bleu|bleus|cou|bras|levre)\b",
    # (eighteenth session, dev d74) a baby's injury whose story keeps changing
    r"\b(bebe|enfant|petit|petite|fils|fille|gamin|gamine)\b.{0,80}\b(change|changeait|changent) (\w+ )?(fois )?de version (sur|pour"
    r"|concernant) (la|sa|une|le|son) (chute|blessure|bleu|bleus|brulure|fracture|bosse)\b",
    # things thrown at one's head (eighteenth session, dev d73: "il me jette des trucs à la tête… trois points de suture")
    r"\b(me|lui|m|l) (jette|jettent|jetait|lance|lancent|lancait|balance|balancent|balancait) (des |un |une |le |la |les )?"
    r"(?!vannes|vanne|piques|pique|reproches|remarques|blagues|regards?|compliments|insultes)\w+ (a|dans) "
    r"la (tete|figure|gueule|tronche)\b",
    r"\b(on )?(ja|mnie) bije\b",  # Polish, "he beats her" (eighteenth session, dev d72)
    # (fifteenth session, dev d60) a threat to keep one silent: "if i tell anyone… he'll kill me", "il va casser ma tête
    # si je parle"; beating, in European Portuguese ("o marido está a bater-lhe")
    r"\bif i (tell|say)\b.{0,50}\b(kill|hurt) (me|her|him)\b|\b(kill|hurt) (me|her|him) if (i|she|he) (tell|tells|say|says)\b"
    r"|\b(me tuer|casser ma tete|me casser la tete|me frapper|me defoncer) si je (parle|dis|raconte|le dis)\b",
    r"\b(esta|estao|estava) a (bater|espancar)\b|\bbater lhe\b",
    r"\b(hits|beats|hit|beat) (the|his|her|their) (\d+ year old|kid|kids|child|children|son|daughter|boy|girl|baby)\b",  # (dev d62)
    # (dev d65) beaten, in European Portuguese and darija; a child left alone with no food, the parents gone
    r"\b(bate|batem|batia|batiam) me\b|\b(kaydrebni|kaydrebo|kaydrbo|kaydrebha|kaydrbha|kaydrebhom)\b",
    r"\b(ses|mes|leurs|nos) parents sont partis\b.{0,80}\b(seule?|seuls|rien mange|rien a manger)\b"
    r"|\b(rien|pas) mange depuis (samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|\d+ jours)\b",
    # (twenty-second session, dev d89) no longer fed: "ils me nourrissent plus"
    r"\b(me|nous) (nourrissent|nourrit|nourrissaient|nourrissait) plus\b|\b(me|nous) (donnent|donne) plus (a|rien a) manger\b",
    # (dev d64) "ce soir je paierais pour…", a threat; shut in one's room for days, fed once a day; a back covered with marks
    r"\b(ce soir|quand il rentre|quand il revient|il revient)\b.{0,30}\bje (paierai|paierais|vais payer|vais morfler|vais deguster|vais prendre cher)\b",
    r"(?<! s )\benfermee? dans (ma|sa|la) chambre depuis\b|\b(donnent|donne) a manger (qu )?(1|une) (seule )?fois par jour\b",
    r"\b(dos|corps|bras|jambes) (est |sont )?(couvert|couverte|couverts|couvertes|plein|pleins) de (traces|bleus|marques|hematomes|brulures)\b",
    # (dev d63) a young child put out of the home: "un enfant de 9 ans… sa maman l'a mis dehors"
    # (a child: no age of 18 or more said; not "mon petit frère a 18 ans, ma mère l'a mis dehors")
    r"^(?!.*\b(1[89]|2\d) ans\b).*\b(enfant|fillette|bebe|gamin|gamine|petit garcon|petite fille)\b.{0,150}\b(l a|l ont) (mis|mise|foutu"
    r"|foutue|jete|jetee) dehors\b",  # ("un enfant de 8 9 ans seul dans mon tram… son père l'a jeté dehors"; sixteenth session, dev d67)
    # (sixteenth session, dev d67) pulled by the arm by her boyfriend every evening; a threat to douse her in petrol
    r"\b(la|le|me|m|les) (tire|tirait|tirent|traine|trainait|empoigne|empoignait) par (le|les) bras\b"
    r"|\bmenac\w* de (l|la|le|me|m|les|nous) (asperger|bruler|cramer|defigurer|egorger|vitrioler)\b",
    # (seventeenth session, dev d70) the marks of a cord on the legs
    r"\b(traces?|marques?) (de|d) (la |une |sa )?(rallonge|ceinture|cable|fil|ceinturon|cravache)\b",
    # (seventeenth session, dev d69) sent abroad to be married; a child outside that no one lets in; the next blow promised
    # (twenty-third session, dev d93: "veut l'envoyer au pays cet été pour la marier")
    r"\b(envoyer|renvoyer|emmener|amener) au (pays|bled)\b.{0,20}\bpour (la|le|me|nous|les) marier\b",
    r"\b(dehors|dans la cour|sur le palier|dans l escalier|devant la porte|sans manteau)\b.{0,60}\bpersonne (ne |n )?(lui|leur) (a |ont )?(ouvert|ouvre)\b",
    r"\b(la prochaine fois|apres|bientot) c est moi qu (il|elle|ils) (casse|frappe|tape|cogne|defonce|tue|massacre)\b",
    # (same file) a baby crying day and night behind a door nobody opens
    r"\b(bebe|enfant|enfants|petit|petite)\b.{0,40}\bpleure\w* (jour et nuit|sans arret|depuis)\b.{0,120}\bpersonne (n )?ouvre\b",
    r"\b(me|m|te|t|la|le|l|les|nous|vous|lui|leur|se|s) ?(a |ont |avait |vont |va |fait |font |est fait |sont fait |suis fait |suis faite )?"
    r"((encore|deja|souvent|toujours|encore une fois|de nouveau|juste) )?(frapp\w*|frape|frapee|frapes|bat|battent|battu|battue|battus|battait|battaient|tap(?!is|as\b)\w*|cogn\w*|gifl\w*|etrangl\w*|maltrait\w*|brutalis\w*|tabass\w*|secou(e|ee|es|ent|er|ait)|pousse(?!tte)\w* (dans|contre|par terre)|jete\w* (contre|par terre)|tire les cheveux|tiree? par les cheveux|traine\w* par terre|(?<! s )enferm\w*|sequestr\w*|menac\w*|racket\w*|defigur\w*|crache dessus|prive\w* de (manger|bouffe|nourriture|repas|sortir|telephone)|fait mal|faire mal|fais mal)\b",
    r"\b(me|m|te|t|se|s|la|l) ?(a |ont |est )?brul(e|ee|es|ent|er|ait|aient)\b",  # (not "je me suis brûlé": dev o40)
    r"\bme (bate|batem|batia|bateu|espanca\w*|tranca|trancou|pega|pego|pegaba|golpea|golpeo)\b",
    r"\b(bate|batem|bateu|batia) em (mim|nos|ela|ele)\b",  # Portuguese (fourteenth session, dev d56)
    # (dev d59) "on se fait corriger" at home and cannot sit any more; beaten, in German
    r"\b(on|je|il|elle) (se|me) (fait|fais|font) corriger\b|\bpeux plus m asseoir\b|\bschlagt (mich|sie|ihn)\b",
    # (dev d57) "mon mari il frappe moi", simple French; beaten, in Turkish; a pupil no one came to collect, again
    r"\b(frappe|tape|bat|cogne) moi\b|\bdov(uyor|du|uyorlar|duler)\b",
    r"\bpersonne (n )?(est|etait) (pas )?venue? (la|le|les) chercher\b.{0,40}\b(\d+e fois|encore|ne repond pas|injoignable)\b",
    r"\b(la|lo|los|las) dejan sol[oa]s?\b",
    _THROWN_AT_HEAD,
    _BATTERED,
    r"\b(ka|k) bat (mwen|li|nou)\b",  # beats me, in Antillean creole (fourteenth session, dev d54)
    r"\b(a|avoir|il a) (juste )?la main (un peu |trop |bien )?lourde\b",  # (dev d55) "il a juste la main un peu lourde"
    # (tenth session, dev d38) the punching-ball at home, burn marks in English, assaulted in Portuguese
    r"\b(je|j) ?(me )?(prends|prend|suis pris|suis prise) (des|une) portes?\b",
    # (dev d43) a small child left with no adult, abuse going on since a young age told for the first time
    r"\baucun adulte (a l interieur|a la maison|avec (elle|lui|eux)|dans la maison)\b"
    r"|\b(maman|papa|sa mere|son pere|ses parents) (est|sont) partie?s? depuis (longtemps|\d+ jours|des jours)\b",
    r"\b(ca dure|ca a commence|il le fait|elle le fait) depuis mes (\d+|onze|douze|treize|quatorze) ans\b.{0,80}"
    r"\b(premiere personne|jamais dit|personne (ne )?(le )?sait)\b",
    rf"\b(m a|ma|m ont|mont|lui a|l a) (encore )?(mis|mit|colle|balance|envoye) {_A_BLOW}\b",  # (dev d42)
    # (eleventh session, dev d41) a fall made up for others, injuries after a quarrel
    r"\b(dit|dis|disent|raconte|racontent) (a tout le monde|aux profs|a l ecole|au medecin|a l infirmiere|aux voisins) que"
    r" (je suis|j suis|jsuis|il est|elle est) tombee?\b",
    r"\bdisput\w*\b.{0,80}\b(bras (un peu )?tordu|dents? qui bougent|levre (fendue|ouverte)|oeil (gonfle|au beurre noir))\b",  # "on va dire" (eleventh session, dev d40)
    r"\b(c est moi le|sert de|sers de|servir de) punching ?ball\b|\b(burn marks|cigarette burns)\b|\b(agredid[ao]|espancad[ao]) (pelo|pela|por)\b",
    # (ninth session, dev d35) left alone for days, nothing to eat
    r"\b(laisse|laissent|a laisse|ont laisse) (les|ses|mes|leurs|nos) (enfants|petits|gosses|freres|soeurs)\b.{0,20}\bseuls?\b"
    # (thirty-first session, dev d195) in Spanish: "Los padres dejan solos a dos niños pequeños toda la noche"
    r"|\b(dejan|deja|dejaron|dejo) solos? a (los |sus |dos |tres |unos )?(ninos|nenes|hijos|crios|pequenos|bebes)\b"
    r"|\bseuls? (des jours entiers|depuis (vendredi|samedi|dimanche|lundi|mardi|mercredi|jeudi|hier|\d+ jours))",
    r"\b(m|t|lui|l|nous|vous) ?(a|ont|avait|avaient) (casse|cassee|fracture|fracturee|brise|pete) (le|la|les|un|une|mon|ma|son|sa)"
    r" (doigt|doigts|bras|nez|dent|dents|cote|cotes|jambe|poignet|machoire|epaule)\b"
    r"|\b(he|she|they|dad|father|stepfather|boyfriend|husband|partner|mum|mom|mother) (has |had )?(broke|broken|breaks) (my|her|his) (arm|nose|finger|wrist|jaw|ribs?|leg)\b"
    r"|\b(m|t|lui|l) ?(a|ont|avait) (defonce|defoncee|eclate|eclatee|explose|demonte|casse) (la gueule|la tete|le crane|la figure|le visage)\b"
    r"|\boeil (tout )?(bleu|noir|violet)\b",
    r"\b(frapp(e|ent|ait|aient|er)|bat|battent|battait|tap(e|ent|ait|aient)|cogn(e|ent|ait)|gifl(e|ent|ait)|maltrait(e|ent|ait)|tabass(e|ent|ait)|secou(e|ent|ait)) (mon|ma|mes|son|sa|ses|le|la|les|leur|leurs|notre|nos|sa propre|son propre) (petit|petite|petits|fils|fille|filles|enfant|enfants|gamin|gamine|gosse|gosses|bebe|femme|copine|soeur|frere|mere)\b",
    r"\b(papa|maman|daron|daronne|mon pere|ma mere|mon beau pere|ma belle mere) (tape|frappe|cogne|bat) (fort|encore|souvent|dur"
    r"|tout le temps|tous les jours|quand il boit|quand elle boit)\b",
    r"\b(pris|prend|prends|prendre|recu|recoit|mis|met|mettre) (une|des|encore une) (raclee|raclees|rouste|roustes|derouillee|trempe|branlee)\b",
    # (sixth session, from the cross-validation's misses) a tooth lost because of him, finger marks on the
    # neck, bruises, a black eye in English, "il va me défoncer" when going home
    r"\b(plus de|perdu|perdu une|casse) (dent|dents)\b.{0,20}\ba cause (de lui|de mon|de ma|de son|d elle)\b",
    r"\bmarques de ses doigts\b|\bblack eye\b(?=.{0,60}\b(husband|boyfriend|partner|again)\b)",
    r"\b(il|elle|ils) (va|vont) me (defoncer|frapper|taper|tabasser|cogner)\b(?=.{0,40}\b(rentre|rentrer|maison|ce soir)\b)"
    r"|\b(j?ose plus|j?ose pas|peur de|veux pas) rentrer\b.{0,30}\b(va|vont) me (defoncer|frapper|taper|tabasser|cogner)\b",
    r"\b(des coups|plein de coups|recu des coups|prend des coups|prends des coups|met des coups|mets des coups|roue de coups|coups de (poing|pied|ceinture|couteau|tete)|des bleus|plein de bleus|bleus partout|ses bleus|mes bleus|marques partout|des marques|marques de coups|cocard|coquard|oeil au beurre noir|gifles?|baffes?|claques?|tarte dans la gueule|leve la main|lever la main|levait la main|serre le cou|serrer le cou|casse (le|la|les) (bras|nez|dents|jambes|cote|cotes|machoire)|casser (le|la|les) (bras|jambes|gueule))\b",
    r"\bviolent(e|s)? (avec|envers|contre) (moi|elle|lui|eux|nous|ma|mon|sa|son)\b|\bmaltraitance|\bviolences? (physiques?|a la maison|chez (moi|nous|lui|elle|eux)|familiales?|conjugales?|domestiques?|intrafamiliales?)\b|\b(mari|conjoint|compagnon|pere|beau pere|ex|copain|mec) violent\b",
    r"\b(mis|mets|met|mettre|mettait|colle|coller|collait) (une|des|encore une) (droite|droites|gauche|patate|patates|beigne|beignes|baffe|baffes|mandale|mandales|tarte|tartes|gifle|gifles)\b"
    r"|\bplaque\w* (contre|au|a) (le |la )?(mur|sol|porte|terre)\b|\b(tu|elle|il) (finis|finiras|finira|finit) a l hopital\b",
    r"\b(laisse|laissee|laissent|laissait|abandonne|abandonnee|oublie|oubliee) (son|sa|ses|le|la|les|un|une|leur|leurs) ((deux|trois|quatre|\d) )?(bebe|bebes|enfant|enfants|petit|petite|gamin|gamine|gamins|fils|fille|garcon|garcons)\b"
    r".{0,40}\b(seul|seule|seuls|dehors|dans la voiture|sur le trottoir|toute la nuit)\b"
    r"|\b(l|les) (a|ont|avait) (laisse|laissee|laisses|abandonne|abandonnee|oublie|oubliee) (seul|seule|seuls|dehors)\b"
    # (twelfth session, dev d45) "il la laisse seule dans le studio pendant qu'il bosse"
    r"|\b(la|le|les|l) (laisse|laissent|laissait|laissaient) (toute? )?(seule?s?) (dans|a la maison|chez|toute la journee|toute la nuit|pendant)\b",
    r"\b(est|sont|reste|restent) (souvent |toujours |encore |tout le temps )?(laisse|laissee|laisses|laissees) (seul|seule|seuls|seules|tout seul|toute seule)\b",
    r"\b(oeil|yeux|visage|levre|levres|joue|arcade|nez) (un peu |tout |bien |completement )?(gonfle|gonflee|gonfles|gonflees|enfle|enflee|enfles|enflees|tumefie|tumefiee|fendu|fendue|ouverte|en sang|au beurre noir)\b",
    r"\b(brulures?|bleus?|marques?) (ronde|rondes|de cigarette|de ceinture|sur (le|les|son|ses) (bras|dos|visage|corps|cou|jambes?))\b"
    r"|\ba peur de rentrer (chez (lui|elle|eux|moi|nous|ses parents|son pere|sa mere)|a la maison)\b",
    r"\b(traine|trainee|tire|tiree|attrape|attrapee|trainer|tirer)\b.{0,25}\bpar les cheveux\b",  # (dev d47)
    # (thirteenth session, dev d48) "m'a saisie à la gorge"
    r"\b(m|me|l|la|le|nous) ?(a |ont )?(saisie?|prise?|attrapee?|empoignee?) (a la gorge|par le cou|a la nuque)\b",
    r"\b(ceinture|martinet)\b.{0,30}\b(tape|frappe|marques|coups)\b|\b(tape|frappe|frapper|taper|eclate|eclatee|defonce|defoncee|fouette|fouettee|eduque|eduquee|corrige|corrigee)\b.{0,20}\b(ceinture|martinet)\b",
    r"\b(garde|prend|pris|confisque|cache|cassé|casse) (mes|ses|leurs) (papiers|telephone|clefs|cles)\b|\bcontrole (tout|mes|ses)\b|\bregarde (mes|ses) messages\b",
    r"\b(garde|prend|pris|confisque|cache) (toute )?(ma|mon|mes|sa|son|ses) (carte d identite|carte bleue|cb|passeport|paie|salaire|titre de sejour|carte vitale)\b",
    r"\bmarier (de force|au bled|contre (mon|son) gre)\b|\bmariage force\b|\b(veulent|veut) (me|la) marier\b|\bexcision\b",
    r"\b(me|la|le|nos|te) (pega|pegan|pegaba|pego|golpea|golpean|golpeaba|golpeo|maltrata|maltratan|bate|batem|batia|espanca|espancam)\b|\b(hit|hits|hitting|beat|beats|beating|beaten|abuse|abuses|abused|abusing|hurt|hurts|hurting|chokes|choked|locks|threw (a|an|the) \w+ at) (me|her|him|them|us)\b|\bdomestic (violence|abuse)\b|\bbeats? (me|her)\b",
    # (dev d52) not safe at home
    r"\b(je suis|jsuis|chui|je me sens|on est) pas en securite (chez moi|chez nous|a la maison)\b",
    # (thirteenth session, dev d50) Lingala: "papa na ye abetaka ye makasi" (her father beats her hard)
    r"\b(abetaka|abeti|babetaka|azobeta|abetaki)\b",
    # (thirteenth session, dev d49) Italian "mi picchia", Romanian "mă bate"
    r"\b(mi|lo|la|li) (picchia|picchiano|picchiava|ha picchiato|hanno picchiato|maltratta|maltrattano)\b|\b(ma|o|ne) (bate|loveste|a batut|a lovit)\b"
    r"|\ba fost (batut|batuta|lovit|lovita)\b",  # (fifteenth session, dev d61) "a fost bătut din nou"
    # (thirteenth session, dev d48) Turkish: "babam … annemi ve beni dövüyor"
    r"\b(beni|bizi|annemi|kardesimi|kiz kardesimi|erkek kardesimi) (\w+ ){0,2}dov(uyor|uyorlar|du|duler|meye)\b|\bdayak (atiyor|atiyorlar|yiyorum)\b",
    r"(يضربني|ضربني|كيضربني|يضربنا|تضربني|ضرب|يعنفني)|\b(ydrabni|ydrbni|kaydrbni|kidrabni|kaydrabni|drabni|darbni|kayedrebni|kaydrebni|kayderbni|tayedrebni|kaydarbni|tdrabni|kaydrabha|ydrabha|drabha)\b",
)

# ---------------------------------------------------------------- one pattern set per situation
# going under a train, however lightly said: "jvais aller faire un ptit tour sous le TER demain 🚆😂" (dev d42)
# groped, or punched by a partner: facts a laugh or an eye-roll does not undo (dev d42)
_GROPED = (r"\b(mis|met|mettent|mettait|pose) (la|sa|une|les|ses) mains? (aux|sur les|sur mes|sur ses) fesses\b|\bmains? aux fesses\b"
           # (dev d49: "le prof de sport qui me masse les cuisses après chaque cours 🙂🙂 c normal hein")
           r"|\b(me|m) (masse|caresse|tripote|pelote) (la |les |ma |mes )?(cuisse|cuisses|seins|poitrine|fesses|entrejambe)\b")
_PUNCHED_BY_PARTNER = (r"\b(mon mec|mon copain|mon keum|mon mari|mon conjoint|mon ex|mon compagnon"
                       r"|mon daron|ma daronne|mon pere|ma mere|mon beau pere|mon reup)"  # (dev d49: "mon daron m'a encore mis une patate … mdrr")
                       r" (m a|ma) (encore )?(mis|colle|balance)"
                       rf" {_A_BLOW}\b")
_WATCHED_AGAIN = (r"\b(\d+|deux|trois|quatre|plusieurs) fois (que je vois|que je croise|que je remarque) (la meme|le meme|une|un)"
                  r" (voiture|bagnole|camionnette|moto|scooter|mec|type|gars|homme)\b"
                  # (twentieth session, dev d80) "la même berline aux vitres teintées fait le tour pour la 4e fois"
                  r"|\b(la meme|le meme|une|un) (voiture|berline|bagnole|camionnette|van|moto|scooter|mec|type|gars|homme)\b.{0,40}"
                  r"\b(fait|refait|tourne) (le tour|des tours|autour)\b.{0,30}\b(\d+e|\d+eme|deuxieme|troisieme|quatrieme|cinquieme|\d+) fois\b")
_RACING_HEART = r"\b(coeur|palpitations?) (bat|qui bat|tape|qui tape|a) (a )?(1[6-9]\d|2\d\d)\b"
_UNDER_A_TRAIN = (r"\b(me jeter|me jette|me mets|me mettre|sauter|saute|aller|vais|faire un (petit |ptit )?tour|passer|finir) (sous|devant) (le|un)"
                  r" (train|ter|tgv|rer|metro|tram|camion)\b"
                  r"|\b(sauter|me jeter|me jette|saute) (du|d un|depuis le|du haut du) (pont|viaduc|toit)\b")  # a bridge (dev d43)


# someone who says they know where one lives and when one finishes work: a threat a laugh does not undo ("c'est juste des
# messages anonymes qui disent qu'ils savent où j'habite et à quelle heure je finis le taf lol"; twenty-first session, dev d85)
_KNOWS_WHERE = (r"\b(ils|il|elle|on|qui) (savent|sait|connaissent|connait) (ou (j habite|je vis|je dors|je bosse)|mon adresse)\b"
                r".{0,40}\b(a quelle heure|quand) (je|j)\b")


# "follows me" in Arabic script, and "on a social network" after it: followed in the street is a danger now, followed on
# Instagram harassment ("كيتبعني فالإنستغرام"; twentieth session, dev d80)
_FOLLOWED_AR = "(تابعني|تبعني|كيتبعني|يلاحقني|يتبعني)"
_ON_SOCIAL_AR = " ?(ف|في|على) ?(ال)?(انستغرام|انستا|فيسبوك|فيس|تيكتوك|تيك توك|سناب|واتساب)"
# followed on social networks, in Italian: harassment, not a danger now ("un ragazzo mi segue su tutti i social con profili falsi")
_ON_SOCIAL_IT = r"su (tutti )?(i )?(social|instagram|tiktok)"

_PATTERNS = {
    "urgence_sante": _AnyOf(
        # (thirty-fourth session, dev d229) in German, a deep cut that does not stop bleeding
        r"\b(hort|hoert) nicht (mehr )?auf zu bluten\b|\bblutet (sehr |ganz )?(stark|heftig)\b",
        # (thirty-fourth session, dev d227) a child who swallowed a cleaning product, in Portuguese or Spanish ("o meu filho de 2 anos
        # engoliu produto de limpeza")
        r"\b(engoliu|bebeu|tomou|trago|se trago|bebio|se bebio) (o |un |el |la |uma |um )?(produto de limpeza|produto|lixivia|agua sanitaria"
        r"|detergente|lejia|cloro|desatascador|producto de limpieza|veneno)\b",
        # (thirty-first session, dev d193) cannot breathe, the face swollen, in darija ("ma9derch ytnfes", "wjho tnfekh"); a
        # neighbour who does not answer after a heavy thud in the night
        r"\bma ?(9|q|k)?derch? ((y|t|n)(e|a)?)?tn(a|e)?ff?e?s\b|\bma ?ka(y|t|n)(e|a)?tn(a|e)?ff?e?s(ch|sh)?\b|\bwjh(o|ha|i|ou) (t|m)nf(e)?kh\b",
        r"\bne repond (pas|plus)\b.{0,100}\b(gros|grand) bruit (sourd )?(cette nuit|hier soir|dans la nuit)\b.{0,30}\b(plus rien|rien depuis)\b",
        # (twenty-seventh session, dev d155) a feverish baby "he shake and eyes go up"
        r"\b(eyes go(ing)? up|eyes roll\w* (back|up)|yeux (qui )?(se revuls\w*|partent en arriere))\b",
        # (twenty-seventh session, dev d149) "Hémorragie à la cuisse, garrot posé avec ma ceinture."
        r"\bgarrot (pose|fait|mis) avec\b|\bhemorragie (a|au|a la) (cuisse|bras|jambe|cou|tete|ventre)\b",
        # (twenty-seventh session, dev d147) "cut her arm really deep, there is blood everywhere"; "Bébé pas réveille. Moi peur.";
        # bleeding hard, in Romanian
        r"\bcut (her|his|my|their) (arm|wrist|wrists|leg|hand) (really |very |so |too )?deep\b|\bblood everywhere\b",
        r"\bbebe (ne se reveille pas|pas reveille|reveille pas|respire (pas|plus))\b(?=.{0,30}\b(peur|aide|vite|urgent|quoi faire)\b)",
        r"\bsangereaza (tare|mult|puternic|foarte)\b",
        # (twenty-sixth session, dev d139) "she took a bunch of pills"
        r"\b(took|taken|swallowed) (a bunch of|a lot of|all (my|her|his|the)|too many|loads of|a handful of|a whole box of) (pills|tablets|meds)\b",
        # (twenty-sixth session, dev d135) "trop forcé sur la codéine, mon cœur fait du breakdance 😅"; "un médecin maintenant svp"
        _OVERDOSED,
        r"^ ?(un|besoin d un|il me faut un|il faut un) (medecin|docteur|toubib) (maintenant|tout de suite|vite|en urgence|urgent)\b"
        r"(?!.*\b(ou demain|rdv|rendez vous|visite|certificat|bilan|embauche)\b)",
        # (twenty-fourth session, dev d113) "une dose létale de somnifères… j'en ai pris une partie il y a vingt minutes"
        r"\bdose (letale|mortelle)\b.{0,80}\b(j en ai|jen ai) (pris|avale)\b",
        # (twenty-third session, dev d105) "UNE PROJECTION DE METAL EN FUSION DANS L'OEIL ET JE VOIS PLUS RIEN"
        r"\b(dans l oeil|dans les yeux|a l oeil)\b.{0,40}\b(je|j|il|elle) (ne )?(vois|voit) plus\b",
        # (twenty-third session, dev d97) too many pills and no longer waking up, in Romanian
        r"\b(prea multe pastile|nu se mai trezeste|nu mai respira)\b",
        # (twentieth session, dev d83) "il ne reprend pas connaissance"
        r"\b(ne )?(reprend|reprennent|reprenait) (pas|toujours pas|plus) connaissance\b",
        # (nineteenth session, dev d77) a burn whose skin comes off ("brûlé au four, peau qui part")
        r"\bbrul\w*\b.{0,40}\bpeau (qui )?(part|se decolle|s arrache|s en va|tombe)\b|\bpeau (qui )?(part|se decolle|s arrache)\b.{0,40}\bbrul\w*",
        r"\b(pris|prise|avale|avalee) une dose excessive\b",  # (eighteenth session, dev d74)
        # (eighteenth session, dev d73) a shock after an anaesthesia; pale and no longer answering
        r"\b(fait|fais|faire) un choc (anaphylactique|allergique|apres)\b|\b(tres )?pale\b.{0,30}\b(ne )?(repond|reagit) plus\b",
        # (fifteenth session, dev d65) fallen in the bathroom, not answering, the head bleeding, in darija
        r"\b(ta7et|ta7|tahet|ta7t)\b.{0,30}\b(ma katjawebch|ma kayjawebch|ma katjaweb|fih ddem|fiha ddem)\b|\bras(ha|o|i|so) fih ddem\b",
        # (fifteenth session, dev d64) unable to breathe, the face swelling, in Arabic; lips turning blue, collapsed
        r"(لا أستطيع التنفس|لا استطيع التنفس|ما نقدرش نتنفس|وجهي ينتفخ)",
        r"\b(isn t|is not|isnt) breathing\b|\blips (are )?(turning |going )?blue\b|\bjust collapsed\b",
        # (fifteenth session, dev d63) too many pills, unconscious, hardly breathing, in Turkish
        r"\b(bilinci yerinde degil|bilincini kaybetti|nefes alamiyor|zor nefes aliyor|cok fazla hap|bayildi|nefes almiyor)\b",
        # (fifteenth session, dev d62) a high fever with a stiff neck or purple spots (meningitis)
        r"\b(fievre|temperature|de fievre)\b.{0,60}\b(nuque raide|taches violettes|taches violacees|taches pourpres)\b"
        r"|\b(nuque raide|taches violettes|taches violacees|taches pourpres)\b.{0,60}\bfievre\b",
        # (fifteenth session, dev d60) a product splashed in the eye: "du décolorant dans l'œil… je vois plus rien"
        r"\b(decolorant|javel|acide|soude|produit chimique|produit menager|chlore|ammoniaque|solvant|detartrant)\b.{0,25}"
        r"\bdans (l|les|mon|mes|son|ses) (oeil|yeux)\b",
        # (fourteenth session, dev d54) all the boxes swallowed; a mouth twisted after a fall, said in Réunion creole
        # (a stroke's sign)
        r"\b(j ai|jai|il a|elle a|a) (pris|avale|gobe) toutes (les|mes|ses|leurs) (boites|plaquettes)\b",
        # (twenty-ninth session, dev d171) a small child who "vient d'avaler de la lessive liquide, elle vomit"
        r"\b(avale|avaler|avalee|bu|bue|boire|mange|croque) (de la |du |des |une |un |sa |la )?(lessive|capsule de lessive|capsules de"
        r" lessive|dosette de lessive|pastille de lave vaisselle|produit vaisselle|destop|debouche evier|white spirit)\b",
        r"\b(bouche|bouch) (le |est )?(tordue?|de travers)\b(?! de (rire|degout))",
        # (dev d53) a heart racing after cocaine
        _RACING_HEART,
        # (dev d52) fainted and not waking, in Portuguese
        r"\b(esta|ta) desmaiad[oa]\b|\bnao acorda\b",
        # (thirteenth session, dev d51) pills counted, in English
        r"\b(took|taken|swallowed) (like |about |around )?\d+ (paracetamol|pills|tablets|xanax|doliprane|ibuprofen|sleeping pills)\b",
        r"\b(overdose|surdose|od)\b",
        r"\bnu mai respira\b|\b(a lesinat|e inconstient|e inconstienta)\b",  # (sixteenth session, dev d66) Romanian
        # (dev d67) many pills taken, unable to stay awake, in Portuguese
        r"\btomei (muitos|demasiados|todos os|uma caixa de) (comprimidos|remedios|medicamentos)\b|\bnao consigo ficar acordad[oa]\b",
        # (dev d68) "j'ai avalé tout ce qu'il y avait dans l'armoire à pharmacie"
        r"\b(avale|avalee|pris|prise|bu|gobe)\b.{0,15}\btout ce qu il y avait dans (l armoire a pharmacie|la pharmacie|le placard|la boite a pharmacie)\b",
        # (ninth session, dev d34) fell with foam at the mouth, bleeding that does not stop
        r"(الرغوة من فم|الرغوة من فمو|طاح فالأرض وكت)",
        r"\b(ne )?reconnait plus (personne|ses|sa|son|les|ou il est|ou elle est)\b",  # a blow to the head (dev d36)
        _BLEEDING_ON,
        r"\b(estoy|esta|estas) sangrando\b|\bsangra mucho\b|\b(estou|esta) sangrando\b",  # Spanish, Portuguese (dev d70)
        r"\bperde (tanto|molto|un sacco di) sangue\b|\bnon (risponde|respira) piu\b|\b(e|ha) svenut[oa]\b",
        r"\b(avale|avaler|avalee|pris|prise|prendre|bouffe|gobe|mange) (toute? (la|une|ma|sa) (boite|plaquette|bouteille)|tous (mes|ses|les)|plein de|trop de|beaucoup de|une boite|des dizaines de|une (dizaine|vingtaine|trentaine|poignee) de|\d+|des|du|de la) ?(de |d )?((ses|mes|tes|les|leurs) )?(medocs?|medicaments?|cachets?|cachetons?|pilules?|comprimes?|doliprane|paracetamol|xanax|somniferes?|anxiolytiques?|produit|produits|javel|champignons?)"
        # (twenty-seventh session, dev o142) "j'ai pris des cachets pour le rhume ce matin"
        r"\b(?! (pour|contre) (le|la|les|mon|ma|mes|un|une) (rhume|grippe|toux|migraine|allergies?|fievre|regles|angine|gorge"
        r"|mal de (tete|gorge|dos|ventre|dents)))",
        r"\b(melange|melanger|melangee) .{0,20}(alcool|cachets?|medocs?|drogue)\b.{0,30}\b(mal|tourne|vomi|respire|leve|bouge)",
        r"\b(inconscient|inconsciente|perdu connaissance|perd connaissance|(s est )?evanouie?(?! en cours| ce matin| hier| avant hier)|reagit plus|ne reagit pas|bouge plus|bouge pas|ne bouge plus|ne bouge pas|ne se reveille pas|se reveille pas|se reveille plus)\b",
        r"\b(du mal a|arrive (pas|plus) a|peux (pas|plus)) garder les yeux ouverts\b",
        r"\b(respire plus|respire mal|respire pas bien|respire difficilement|du mal a respirer|mal a respirer|j?arrive (pas|plus|pu) a respirer|peu(x|t) (plus|pas|pu) respirer|etouffe|s etouffe|levres (bleues|violettes)|gorge (gonfle|qui gonfle|enfle))\b",
        r"\b(convulse|convulsions?|crise d epilepsie|crise d asthme|crise cardiaque|arret cardiaque|(?<=un )avc|(?<=fait )avc|douleur (dans|a) la poitrine|mal (dans|a) la poitrine|plus d insuline|choc anaphylactique)\b",
        r"\bvient de tomber\b.{0,40}\b(repond plus|ne repond pas|repond pas|bouge plus|ne bouge pas|respire (plus|pas|mal))\b",  # (dev d57)
        r"\b(fait|a fait|fais|en) (un )?malaise\b(?! dans| ce matin| ce midi| en cours| hier| avant hier| la semaine derniere)",  # (dev d55, d65)
        r"(?<!nez qui )(?<!le nez )\b(saigne|saignent|saignait|perd|perds|pisse|pissent) (beaucoup|enormement|de partout|abondamment|trop|du sang|beaucoup de sang|sans arret|le sang)\b|\b(s arrete|arrete) (pas|plus) de saigner\b|\bsang (partout|qui coule|gicle|s arrete pas|arrete pas)\b|\b(coupure|coupe|entaille) (profonde|tres profonde|trop profond|trop profonde)\b|\btrop profond\b",
        r"\b(intoxique|intoxiquee|intoxication|empoisonne|empoisonnee|a bu de la javel|bu du produit|respire du gaz|fuite de gaz|monoxyde)\b",
        r"\b(tombe|tombee|chute) (du|d un|de|en|dans) .{0,20}\b(peut|peux|arrive) (pas|plus) (bouger|se lever|me lever|me relever|se relever)\b|\bangle bizarre\b|\bseringue\b|\bos qui sort\b",
        r"\b(can t breathe|cannot breathe|unconscious|not breathing|(?<!almost )(?<!nearly )passed out|overdosed|took (all|too many) (my |the |of )?(pills|tablets)|bleeding a lot|(?<!next time i )won t wake up)\b",
        r"\b(ma bqach kayfiq|ma kayfiqch|tah w)\b|(فقد الوعي|ما كيتنفسش)",
        r"(ما بقاش|مابقاش|ما بقاتش|ما بقىش) ?(كيتنفس|كتتنفس|يتنفس|تتنفس)",  # no longer breathing well (twelfth session, dev d44)
        r"\b(katnzef|kaynzef|tatnzef|katenzef|kaynzf|katnzf|tanzef) bzaf\b",  # bleeding a lot, in darija (dev d45)
        r"\b(j ai|jai|il a|elle a|a) (pris|avale|gobe) (toute? (la|sa|ma) (boite|plaquette)|tout le (tube|flacon))\b"
        r"(?! (de|d) (chocolats?|bonbons?|biscuits?|gateaux?|cereales?|mouchoirs?|kleenex|cookies|pizza|oeufs|capotes))",
        r"\b(tomo|tome|se tomo|ha tomado|tomaste) (muchas|todas (las|sus|mis)?|un monton de|demasiadas) (pastillas|pildoras)\b"
        r"|\bno se despierta\b|\bno respira\b",
        r"\b(fait|fais|faire|en train de faire) une hemorragie\b",  # (twenty-first session, dev d84) a midwife at a home
        r"\bhemorragie (abondante|importante|massive|qui s arrete pas)\b|\btraverse (la|le) (compresse|pansement|bandage)\b",
        r"\bodeur de gaz\b|\b(crache|vomi|vomit|vomis) du sang\b|\bplaie\b(?:(?! pas ).){0,25}\bprofonde\b"
        r"|\b(tombe\w*|chute|accident)\b.{0,60}\b(sent|sens) plus (ses|mes) jambes\b"
        r"|\b(s est|vient de s) effondre\w*\b(?=.{0,60}\b(repond plus|repond pas|respire|bouge plus|par terre|au sol|inconscient|pale)\b)"
        r"|\bdem bzaf\b|\bma bqach kaytn?ff?es\b|ما عم يفيق",
        r"\b(esta|estou|esta a|ta) (sangrando|sangrar) (muito|mucho|sem parar|sin parar)\b|\bperdendo muito sangue\b",
    ),
    "danger_immediat": _AnyOf(
        # (thirty-fifth session, dev d245) someone who stabbed a pupil "rôde devant le lycée… L'élève est dans mon bureau, terrorisé"
        r"\b(rode|rodent)\b (devant|autour de|autour du|pres de|pres du|en bas de)\b.{0,120}\b(terrorise|terrorisee|terrorises"
        r"|panique|paniquee|tremble)\b",
        # (thirty-fourth session, dev d237) "une bande est en train d'attaquer mes joueurs sur le parking"
        r"\b(est|sont) en train d (attaquer|agresser|frapper|tabasser|lyncher) (mes|les|des|un|une|mon|ma|son|sa|nos|ses) (joueurs?|eleves?"
        r"|amis?|potes?|collegues?|fils|fille|frere|soeur|voisins?|voisine|mere|pere|gens|jeunes?|clients?|cliente|mec|femme|homme|gars)\b",
        # (thirty-fourth session, dev d229) "suivie dans la rue", the whole message
        # (thirty-eighth session, dev d271) "suivi par trois", the whole message
        r"^ ?(je suis |jsuis |j suis )?(suivie?|poursuivie?) (dans la rue|par un (mec|homme|type|inconnu|gars)|par (deux|trois|quatre"
        r"|plusieurs|des|2|3|4)( mecs| hommes| types| inconnus| gars)?)( la| maintenant| depuis \d+ ?\w*)? ?$",
        # (thirty-fourth session, dev d227) "HELP on m'agresse": a call for help, then someone attacking one
        r"\b(help|aide|aidez moi|aide moi|au secours|sos|svp)\b.{0,15}\b(on|ils|il|quelqu un|un mec|des mecs) (m|me) (agresse|agressent"
        r"|attaque|attaquent)\b",
        # (thirty-second session, dev d217) "aidez moi svp mon beau pere", a call for help naming a relative and nothing else
        r"^\s*(aidez|aide|aider) (moi|nous)( svp| stp| vite| please)? (mon|ma) (beau pere|pere|daron|oncle|belle mere|frere|mere)\s*$",
        # (thirty-second session, dev d209) writing from the cellar, the door broken in and people in the flat
        r"\b(on a|ils ont|quelqu un a|des gens ont) (casse|force|defonce|enfonce|fracture) (la|notre|ma) porte\b.{0,60}\b(y a|il y a)"
        r" (des gens|quelqu un|des mecs|des types|des hommes) (dans|a l interieur|chez)\b",
        # (thirty-first session, dev d199) a break-in, hiding in a wardrobe, in German
        r"\b(ist|sind) (gerade )?in (meine|unsere) wohnung eingebrochen\b|\bich verstecke mich\b(?! nicht)",
        # (thirty-first session, dev d195) "mon conjoint m'a dit qu'à la prochaine dispute il me tuerait"
        r"\b(prochaine (dispute|fois|engueulade|crise|embrouille)|si je (pars|le quitte|la quitte|parle|porte plainte|m en vais))\b.{0,30}"
        r"\b(il|elle) me (tuerait|tuera|buterait|butera|egorgerait)\b",
        # (thirtieth session, dev d187) in Spanish: someone inside the house, steps heard downstairs
        r"\bhay (alguien|un hombre|gente) (dentro de|en) (mi|la|nuestra) casa\b|\boigo pasos\b",
        # (twenty-fourth session, dev d115) someone following her from the station, in darija
        r"\b(kayteb3ni|kaytba3ni|kaytab3ni|kayt3ba|teb3ni|tab3ni)\b",
        # (twenty-fourth session, dev d109) someone forcing one's door, in Ukrainian ("Хтось ломиться в мої двері"), or Russian
        r"\bломит\w* в\b",
        r"\bagress?ion en cours?\b",  # "agréssion en cour devan le lycé" (twenty-third session, dev d95)
        # (twenty-second session, dev d89) followed, in German
        r"\b(verfolgt mich|folgt mir|verfolgen mich|folgen mir)\b",
        # (nineteenth session, dev d78) someone trying to break the door, in Romanian
        r"\b(incearca sa sparga|sparge|sparg) usa\b",
        # (dev d79) an armed intruder; a door being broken in, in Portuguese; a father under a contact ban who has just
        # come in shouting
        r"\bintrus (arme|armee|armes)\b|\bintrusion armee\b|\ba arrombar a porta\b|\bgritar por socorro\b",
        r"\binterdiction (de contact|d approcher|d approche|de s approcher)\b.{0,60}\b(vient d|viennent d|est entre|debarque|est la)\b",
        r"\bau secours\b.{0,20}\bagress\w*|\bagression en cours\b",  # (nineteenth session, dev d77) "AU SECOURS AGRESSION"
        # (eighteenth session, dev d75) a door being broken, in English; followed, in Spanish
        r"\b(break|breaking|kick|kicking) (the|my) door\b|\bme (estan|esta) siguiendo\b",
        r"\bdes pas derriere moi\b|\bj entends des pas\b.{0,30}\b(derriere|suivent|suit)\b",  # (eighteenth session, dev d74)
        r"(переслідує|переслідують|йде за мною|йде за нею)",  # followed, in Ukrainian (sixteenth session, dev d67)
        r"\b(ma|o|il|te) (urmareste|urmaresc)\b|\bare un cutit\b",  # followed by a man with a knife, in Romanian (dev d68)
        # "un jeune homme vient de se faire poignarder" (dev d71); not a game's character nor a part played ("mon perso
        # s'est fait poignarder dans GTA", "je poignarde le roi tous les soirs sur scène", "poignardé au deuxième acte";
        # dev o36, o56, o59, o61)
        r"\b(?<!perso )(?<!personnage )(?<!avatar )(vient de se faire|viens de me faire|s est fait|s est faite|se fait|a ete"
        r"|ont ete|ai ete|vient d etre|viennent d etre) poignard(e|ee|es|ees|er)\b",
        r"\b(man|iemand|jongen) met een (mes|pistool|wapen)\b|\bmit (einem|nem) messer\b",  # a man with a knife, in Dutch, German (dev d70)
        # (twenty-ninth session, dev d175) "ein Spieler hat ein Messer gezogen und bedroht den Trainer"
        r"\b(ein|das|sein|einen) (messer|waffe|pistole) gezogen\b|\b(zieht|zog) (ein|das|sein|eine) (messer|waffe|pistole)\b",
        # (sixteenth session, dev d66) followed by someone with a knife, hiding in a shop, in Turkish
        r"\b(beni )?takip ediyor\b.{0,40}\b(bicak|silah|saklandim|yardim)\b|\belinde (bicak|silah) var\b",
        # (fourteenth session, dev d55) someone following me from the station, in darija
        r"\b(chi wa7ed|wa7ed|chi wahed|wahed|rajel|chi rajel) (kay)?(tab3ni|tba3ni|tab3ani)\b",
        # (dev d57) followed, in Italian; locked in the bathroom with a knife at the door, in Portuguese
        r"\b(alguem|um homem|uns homens) entrou na minha casa\b|\bescondid[ao] no (armario|banheiro|quarto)\b|"  # Portuguese (dev d58)
        r"\b(entrou|esta|chegou) com uma (faca|arma|pistola)\b|"  # (fifteenth session, dev d61)
        r"\bhomens armados\b|\b(entraram|entrou) .{0,20}\barmad[oa]s?\b|"  # (dev d65)
        r"\btessons? de bouteille\b|\bmenace\w* .{0,40}\bavec (un|une) (cutter|couteau|arme|barre|batte|tesson)\b|"  # (dev d64)
        rf"\b(mi|la|lo|ci) (stanno seguendo|sta seguendo|seguono|segue)\b(?! {_ON_SOCIAL_IT})|\b(batendo na porta|bate na porta) com uma faca\b|\b(trancad[ao]) no banheiro\b",
        # (thirteenth session, dev d49) threatened with a knife in Italian; the same car or man seen again and again
        r"\bminacciat[oa] con un coltello\b",
        _WATCHED_AGAIN,
        r"\b(homem|hombre|cara|tipo|tio) armado\b",  # (eleventh session, dev d40)
        # followed, in Portuguese or Spanish (twelfth session, dev d47)
        # (not online: "me persegue no Instagram" is harassment)
        r"\bme (seguindo|segue|seguiu|sigue|esta siguiendo)\b(?! (no|na|nas|nos|en|por) (instagram|insta|whatsapp|redes|tiktok|snap|facebook|internet))",
        r"\b(just )?(broke in|breaking in|broken into)\b|\bhiding in (the|a|my) (closet|bathroom|wardrobe|cupboard)\b",  # (dev d38)
        r"\b(kaytb3ni|kayt3ni|tb3ni|tab3ni|kaytab3ni|kaytb3ouni)\b.{0,60}\b(mos|moss|mous|sekkin|sken|couteau)\b",
        r"\b(chi wa7ed|wa7ed|chi 7ed|chi rajel|chi drari)\b.{0,15}\b(kaytb3ni|tb3ni|tab3ni|kaytab3ni|taba3ni)\b",  # "someone follows me"
        # ("un jeune qu'on suit": one the writer accompanies)
        r"\b((?<!qu )(?<!que )on|quelqu un|un mec|un homme|un type|des mecs|des types|un gars|des gars|une voiture|un inconnu|des inconnus|\d+ gars|\d+ mecs|\d+ types|(deux|trois|quatre|plusieurs) (mecs|types|gars|hommes|jeunes|inconnus)|deux|trois|plusieurs|yen a \d+|il y en a \d+) (qui )?(me |nous |m |la |le |l |les )?(suit|suivent|suivait|poursui\w*|traque\w*|guette\w*|coince\w*|encercl\w*|attend\w* (en bas|devant|a la sortie))\b"
        # (not on a network: "un type qui me suit sur insta… menace de les envoyer à toute ma famille"; twenty-sixth session, dev d129)
        r"(?! (sur|sr|on) (insta|instagram|snap|snapchat|tiktok|twitter|x|les reseaux|facebook|fb|twitch|youtube|discord)\b)",
        r"\bje (suis|me sens) suivie?\b(?! (par|depuis|a la|en|au|aux|chez|pour|a l|psy|medicalement|regulierement))|\b(quelqu un|qlq|qqn|qq1|kelkun|kelk1) me suit\b|\b(suivie?|poursuivie?) (la maintenant|maintenant|depuis (le|la) (metro|gare|bus|arret|sortie))\b|\broule au pas\b|\b(m a|m ont|nous a|nous ont) (suivie?|suivis|suivies) jusqu.{0,40}\b(encore la|est la|sont la|devant|en bas|m attend)\b",
        r"\b(est|sont|attend|attendent|tape|tapent|frappe|frappent|cogne|cognent) (devant|derriere|contre|a|sur) (ma|la|notre|mon) (porte|fenetre|immeuble|vitre)\b"
        r"(?! (chaque|toutes les|tous les) (nuit|nuits|soir|soirs)\b)",  # (every night: harassment's, below; dev d209)
        r"\b(essaie|essaye|essayent|essaient|veut|veulent|tente|tentent) (d entrer|de rentrer|de defoncer|d enfoncer|de casser|d ouvrir) (la|ma|notre) (porte|fenetre)\b|\bdefonce(r|nt)? (la|ma|notre) porte\b|\brentre(nt)? (chez moi|dans l appart|dans la maison) par la fenetre\b",
        r"\b(un|une|son|sa|des|avec un|avec une|avec des|sorti un|sortit un|sorti une|a un|a une) (couteau|couteaux|arme|armes|flingue|pistolet|fusil|machette|lame|cutter|batte|barres de fer|barre de fer|hache)\b|\b(mouss|mos)\b",
        r"\bavec (un|le|son|une|la|sa) (sabre|machette|hache|couteau|flingue|pistolet|fusil)\b.{0,60}\b(il est la|il est encore la|dans le hall|devant ma porte|en bas)\b",  # (dev d41)
        r"\b(dit|dis|ecrit|envoye|crie|repete|menace)\b.{0,25}\bje (te|vais te|vais t|t) ?(tue|tuer|bute|buter|creve|crever|egorge|egorger)\b|"
        r"\b(menace|menaces|menacee|menace) de mort\b|\b(a jure|jure|a promis|promis) de (me|la|nous|l) ?(tuer|buter|retrouver et)\b|\b(veut|veulent|va|vont|menace de|menacent de|a essaye de|a voulu|essaie de|essaye de|allait|allaient|vais me faire) (me|nous|la|le|les|l|m|te) ?(tuer|buter|planter|egorger|cramer|bruler|defigurer|faire la peau)\b|\b(me|m) (buter|egorger)\b",
        r"\b(au secours|appelez la police)\b.{0,60}\b(il|ils|elle|me|m|on|quelqu un|porte|frappe|tape)\b|\b(il|ils|on|quelqu un)\b.{0,60}\bau secours\b",
        r"\b(intentando|intenta|intentan|quiere|quieren|tentando|tenta|tentam|quer|querem) (entrar|meterse|forzar|arrombar)\b"
        r".{0,40}\b(casa|piso|puerta|ventana|porta|janela|apartamento)\b",
        r"\b(on|il|ils|quelqu un|des mecs|un mec) (m|me) (agresse|agressent|attaque|attaquent)\b( la| maintenant| en ce moment)",
        r"\b(esta|estan|ta) entrando en (mi|la|nuestra) (casa|piso|cuarto|habitacion)\b",
        r"\b(verrouille|bloque) les portes\b|\b(ils|elles) (m|nous) (ont|on) encercle\w*\b"
        r"|\bsuivie? par (\d+|deux|trois|des|un|une) (gars|mecs|types|hommes|inconnus|voitures?|scooters?|scoots?|motos?|bagnoles?"
        r"|caisses?|camionnettes?)\b",
        # (twentieth session, dev d81) "trois types m'entourent sous le pont"; someone trying to get in right now, in Romanian
        r"\b(types|mecs|gars|hommes|inconnus|keums) (m|nous) (entoure|entourent|encerclent)\b",
        # (twenty-third session, dev d91) "cineva încearcă să intre acum pe ușă"
        r"\bincearca sa (intre|intra) (acum )?(in (casa|apartament)|pe usa)\b",
        # (dev d82) a woman heard begging him to stop, sounds of falling
        r"\b(femme|fille|voisine|dame)\b.{0,20}\b(supplie|suppliait|crie|hurle) (qu il|qu ils|de) (arrete|arreter|arretent)\b",
        # (ninth session, dev d33) an intruder at someone's home
        r"\b(un |des )?intrus (chez|dans|a la maison|a l appart)\b",
        # (twenty-sixth session, dev d131) "il va rentrer dans 20 min et il a dit que ce soir je vais comprendre"
        r"\b(ce soir|quand il rentre|quand elle rentre|en rentrant)\b.{0,40}\b(je vais|tu vas|jvais) (comprendre|le payer|payer|morfler"
        r"|prendre cher|deguster)\b(?! (le|la|les|l|pourquoi|comment|ce|que|mieux|tout|un|une|des))",
        # (twenty-sixth session, dev d129) "13015 et y a des tirs dehors là"
        r"\b(y a|ya|il y a|j entends|on entend|ca tire|ils tirent)( des)? (tirs|coups de feu|rafales)\b(?! (au but|a l arc|de feux?|d artifice|dans (le|un|mon) (jeu|film)))"
        r"|\bca tire (dehors|en bas|dans la cite|dans le quartier|devant|dans la rue)\b",
        r"\bcambriolage en cours\b|\b(cambriol\w*|quelqu un (est )?(rentre|entre|entre dans|dans|marche dans) (chez moi|ma maison|mon appart|la maison|ma chambre|l appart))\b|\bcachee? (sous|dans) (le lit|la salle de bain|les toilettes|un placard|l armoire)\b",
        r"\b(je suis|suis|chui|jsuis|on est|nous sommes|il est|elle est) en danger\b|\ben danger de mort\b|\bpeur pour (ma|sa|leur|notre) vie\b|\b(je vais|il va|elle va|on va) me faire tuer\b",
        # (not oneself: "Elle s'enferme dans sa chambre", withdrawal; twenty-fourth session, dev d115)
        # (not transport: "je serai en retard, je suis coincé dans le RER"; twenty-sixth session, dev o130)
        r"(?<!s est )(?<!me suis )(?<!s etait )(?<! s )\b(enferme\w*|sequestr\w*|coince\w*) (dans|chez|a clef|a cle|depuis)\b"
        r"(?! (le |les |un |une |l )?(rer|metro|train|tgv|ter|tram|tramway|bus|car|navette|bouchons?|embouteillages?|trafic|circulation|periph\w*)\b)|\bveut pas (la|me|le) laisser (sortir|descendre|partir)\b",
        r"\b(i m in danger|someone is following me|following me|he has a (knife|gun)|call the police|breaking in)\b",
        r"\b(je )?(ne )?(peux|peu|peut|jpeux|jpeu) (pas|pa|plus) parler\b.{0,30}\b(il|elle|ils) (est|sont) (la|ici|a cote|dans la piece|ds la piece|dans la chambre|derriere la porte)\b",
        # (twentieth session, dev d80) "je peux pas appeler à voix haute, il est dans la pièce d'à côté"
        r"\b(peux|peu|jpeux|pouvons) (pas|plus) (appeler|telephoner|parler|repondre)( \w+)? (a voix haute|fort|au telephone)\b.{0,30}"
        r"\b(il|elle|ils) (est|sont) (la|a cote|juste a cote|dans la piece|dans la chambre|derriere la porte|dans l appart|a la maison)\b",
        # (not help with a task: "3awnouni nrevisi", help me revise; thirty-second session, dev o206)
        r"(ساعدوني|النجدة|في خطر)|\b(3tkouni|kayhded|kayhdedni)\b|\b(3awnouni|3awenouni)\b(?! n(revis|rivis|dir|l9a|lqa|kteb|qra|9ra|fhem"
        r"|sejel|sajel|inscri|t9ayed|tqayed|dfe3|khdem|lqa)\w*)",
        # (twelfth session, dev d44) he is beside her, she cannot call, only write (the 114's case); a hooded man at home
        # ("oui il est dans la maison là. je peux pas parler fort"; seventeenth session, dev d70)
        r"\b(il|elle|ils) (est|sont) (encore |toujours )?(la|a cote|juste a cote|dans la piece|derriere la porte|dans la maison|a la maison"
        r"|dans l appart|rentre|rentree|rentres|revenu|de retour)\b.{0,40}\b(je )?(ne )?(peux|peu|jpeux|pouvons)"
        r" (pas|plus) (appeler|telephoner|parler)\b",
        _HOODED_INTRUDER,
        # (eighth session, dev d30) followed, in Arabic script; a door forced; a fire one cannot get out of
        # (not online: "كيتبعني فالإنستغرام", followed on Instagram, is harassment; twentieth session, dev d80)
        rf"({_FOLLOWED_AR}|جنوي|يلاحقها|يلاحقنا|يتبعها)(?!{_ON_SOCIAL_AR})",  # (fifteenth session, dev d60: "يلاحقها")
        r"\b(en train de )?defonce(r|nt)? (sa|leur|la porte de|sa porte d)\b.{0,15}\bporte\b|\b(en train de|essaie de) defoncer (sa|leur) porte\b",
        r"\b(y a|ya|il y a) le feu (dans|a) (l immeuble|l appart|la maison|la cuisine|ma chambre|le batiment|l escalier)\b"
        r"|\b(peut|peux|pouvons|arrive) (pas|plus) sortir\b.{0,40}\bfumee\b|\bfumee\b.{0,40}\b(peut|peux|pouvons|arrive) (pas|plus) sortir\b",
        r"\b(sa mi|sa ne|imi|ne|mi) (sparga|sparge|sparg) usa\b",  # someone breaking one's door, in Romanian (twenty-first session, dev d85)
    ),
    "suicide": _AnyOf(
        # (thirty-fourth session, dev d237) in darija, "ma nhebch n3ich, nkhemmem nqtel rouhi"; in Italian, "voglio morire"
        r"\b(nqtel|n9tel|nektel|nqtl|nqetel) (rouhi|rohi|rou7i|ro7i)\b|\bma (nhebch|bghitch|nbghich|n7ebch) n3ich\b",
        r"\bvoglio morire\b|\bmi voglio (uccidere|ammazzare)\b",
        # (thirty-seventh session, dev d263) "non ho più forza, voglio solo farla finita"
        r"\b(farla finita|togliermi la vita|non voglio piu vivere)\b",
        # (dev d267) "j'ai tout préparé, les médocs sont alignés sur la table", after answering the town
        r"\b(medocs|medicaments|cachets|pilules|comprimes|boites de \w+) (sont |tous |toutes )?(alignes|alignees|etales|etalees|comptes"
        r"|comptees)\b",
        # (thirty-fourth session, dev d235) "j'ai plus de raison de rester", "une liste de qui récupère quoi quand je serai parti"
        r"\b(j ai|jai|g|je n ai) (plus|pu) (de|aucune) raisons? de rester\b(?! (dans|a|au|aux|chez|en|ici|la bas|sur|avec|pour))",
        r"\bqui recupere quoi quand je (serai|serais) (parti|partie|plus la|mort|morte)\b",
        # (thirty-fourth session, dev d233) the danger in the last sentence: "Si ça marche pas non plus, j'avalerai tout ce qu'il y a
        # dans l'armoire à pharmacie, c'est décidé."
        r"\b(j avalerai|je vais avaler|j vais avaler|jvais avaler|je prendrai|je vais prendre|je vais gober)\b.{0,15}\btout ce qu il y a"
        r" dans (l armoire a pharmacie|la pharmacie|le placard a pharmacie|la boite a pharmacie|la boite de medocs)\b",
        # (thirty-fourth session, dev d229) a hunting rifle kept at home, "tous les soirs je pense à m'en servir sur moi"
        r"\b(fusil|arme|flingue|pistolet|revolver|couteau|lame|corde|cachets|medocs|medicaments)\b.{0,80}\b(pense|pensais|envie|tente"
        r"|tentee) (a |de )?(m en servir|l utiliser|le retourner|la retourner|les prendre) (sur|contre) moi\b",
        # (thirty-third session, dev d225) "je saigne juste un peu beaucoup du poignet"; "j'ai testé le lacet autour du cou"; "au pire
        # je disparais, ça vous fera une ligne de moins dans vos stats"
        r"\bje saigne\b.{0,25}\b(du|des|au) poignets?\b",
        r"\b(lacet|corde|ceinture|cable|fil|foulard) autour (du|de mon) cou\b",
        r"\b(ca|ca vous|ca leur|ca te) fera (une ligne|un dossier|un jeune|une personne|une bouche) de moins\b",
        # (thirty-third session, dev d223) "une jeune de ma section se brûle les avant-bras au briquet pendant les pauses"
        r"\bse brul\w* (les |ses )?(avant bras|bras|poignets|cuisses|mains|jambes) (au|avec un|avec le|a la|avec une) (briquet|cigarette|clope)\b",
        # (thirty-third session, dev d219) "Jsuis fatiguée d'exister"
        r"\b(fatiguee?|lasse?|marre) d exister\b",
        # (thirty-second session, dev d217) "c ma derniere nuit", alone
        r"^\s*(c est|c|cest|ce sera) ma derniere nuit\s*$",
        # (thirty-second session, dev d215) "mes poignets saignent encore un peu sous le pull"
        r"\b(mes|ses) poignets (saignent|saignaient|saigne|ont saigne)\b",
        # (thirty-first session, dev d195) "il a écrit 'dernier post' sur facebook" (not before leaving for somewhere); "fresh cuts on
        # her wrists… she wants to disappear for good"
        r"\b(a|avait) (ecrit|poste|publie|mis) (un |son )?dernier post\b(?!.{0,40}\bavant (de|son|sa|d))",
        r"\b(has|have|got|had) (fresh |new |deep )?(cuts|scars) on (her|his|my|their) (wrists?|arms?|legs|thighs)\b"
        r"|\b(wants?|wanna|want) to disappear for good\b",
        # (thirty-first session, dev d201) the town's highest bridges searched
        r"\b(recherches?|cherche\w*|googl\w*) (sur (internet|google|l ordi|l ordinateur|son tel|son telephone) )?(sur )?(les|des) (ponts"
        r"|immeubles|falaises|viaducs) les plus hauts (de la ville|du coin|du quartier|de la region|d ici|du secteur)\b",
        # (thirty-first session, dev d193) "sur l'ordinateur il a cherché la hauteur des ponts de la ville"; a live showing cuts;
        # "سمحي ليا ماما" (forgive me, mum) sent by a son gone for two nights
        r"\b(cherche|recherche|googl\w*|regarde)\w* (sur (internet|google|son telephone|son tel|l ordi|l ordinateur) )?la hauteur des"
        r" (ponts|viaducs|falaises|immeubles)\b(?!.{0,30}\bpour (mon|le|un|son|notre|ce) (camion|bus|car|poids lourd|semi|fourgon|convoi"
        r"|expose|projet|devoir|cours))",
        r"\b(showing|shows|showed|showing off) (fresh |new |deep )?(cuts|scars) on (her|his|their) (arm|arms|wrist|wrists|legs|thighs)\b",
        r"(سمحي ليا|سامحيني|سمحيلي|سامحني|سمحني) (يا )?(ماما|مي|أمي|امي|بابا|الوالدة)",
        # (thirtieth session, dev d191) searches for "painless ways"; in darija, a girl who cuts her hands with a blade and hides it
        r"\bpainless ways?\b|\b(searching|searches|googling|googled|looks? up) (for )?(ways to die|how to die|how to end it)\b",
        r"\bkatjr[ae]7 (yddiha|ydiha|yeddiha|rasha|rassha)\b",
        # (thirtieth session, dev d187) "vous entendrez plus parler de moi après ce soir"; one's affairs settled for after one's death
        # ("le contrat d'engagement jeune s'arrête tout seul si on meurt ? C'est pour que ma mère ait pas de soucis après")
        r"\b(vous|tu|on) (n )?(entendrez|entendra|entendras) (plus|jamais plus) parler de moi\b",
        r"\bsi (on|je) (meurt|meurs|decede|n est plus la|ne suis plus la)\b.{0,60}\b(pour que|comme ca)\b.{0,30}\b(ma mere|mon pere|mes"
        r" parents|ma famille|ma soeur|mon frere)\b.{0,30}\b(soucis|probleme|problemes|galere|payer|dettes)\b",
        # (thirtieth session, dev d185) "j'ai dit c'était le chat mais en vrai c moi qui me coupe"; "je rêve tous les soirs de pas me
        # réveiller le lendemain"; fresh scars where they do not show ("nouvelle collection cette semaine 😎 sur les cuisses")
        r"\b(c est|c|cest) moi (qui|ki) (me|m) (coupe|scarifie|fais du mal|brule|taillade|ouvre les bras)\b(?! (les|mes|la|ma|le|mon|des"
        r"|du|un|une|en|avec|au|aux)\b)",  # (not "c'est moi qui me coupe les cheveux")
        r"\b(reve|reves|revais|rever|prie|priais|espere|esperais) (tous les soirs |chaque soir |toutes les nuits |souvent )?de (ne )?(pas"
        r"|plus|jamais) me reveiller\b(?! (a \d|a \w+ ?h|avant|aussi tot|si tot|tot|le matin|la nuit|en pleine nuit|pour|au son|avec))",
        r"\b(cicatrices|coupures|entailles)\b(?! (d acne|de l operation|de mon operation|de chirurgie|de la cesarienne|du tatouage|de varicelle))"
        r".{0,60}\b(cette semaine|ce matin|hier soir|nouvelles?|fraiches)\b.{0,40}\bsur (les|mes)"
        r" (cuisses|hanches|bras|avant bras|ventre)\b",
        # (thirtieth session, dev d183) a farewell note on a door ("il ne sort plus et il a collé un mot sur sa porte 'merci pour
        # tout'"); a farewell posted, then no answer ("publicó en Instagram 'perdón a todos' y no contesta")
        r"\b(colle|laisse|scotche|affiche|accroche|mis) un (mot|papier|message) sur (sa|la|son|le) (porte|table|bureau|frigo|lit|oreiller)\b"
        r".{0,20}\b(merci pour tout|adieu|pardon a tous|pardonnez moi)\b",
        r"\b(perdon a todos|adios a todos|pardon a tous|adieu a tous|desculpem todos|adeus a todos)\b.{0,60}\b(no contesta|no responde"
        r"|ne repond (plus|pas)|repond plus|nao atende|nao responde|decroche (plus|pas))\b",
        # (twenty-eighth session, dev d159) "deixou uma carta de despedida em cima da mesa e saiu de casa sem telemóvel"
        r"\b(deixou|deixa|dejo|deja|ha dejado|escreveu|escribio) (uma|una) carta de despedida\b",
        # (twenty-seventh session, dev d153) a guitar given away "ya no la va a necesitar"; pills in her bag and "ghadi nertah 9rib"
        r"\b(me|le|te) (regalo|dio|dejo)\b.{0,40}\b(me|le|te) dijo que ya no (la|lo|los|las) (va|voy) a necesitar\b",
        r"\bdwa\b.{0,60}\b(ghadi|gha|ghad) (nertah|nrtah|nrta7|nertaH)\b",
        # (twenty-seventh session, dev d149) "des marques partout sur les cuisses, je fais ça avec un compas depuis la 4e"; "demain 6h
        # gare de Creil, le premier train de marchandises. je voulais dire merci à ma conseillère avant"
        r"\b(marques|cicatrices|coupures|entailles)\b.{0,60}\bje (me )?(fais|fait) (ca|ça) avec (un|une|mon|ma) (compas|lame|cutter|rasoir"
        r"|ciseaux|couteau|briquet)\b",
        r"\b(gare|quai|voie|voies)\b.{0,40}\btrain de marchandises\b.{0,80}\b(voulais|veux|voudrais) (dire|vous dire) (merci|au revoir"
        r"|adieu)\b.{0,40}\bavant\b",
        # (twenty-ninth session, dev d169) "ma nièce a posté une photo de médicaments alignés sur son lit avec écrit bientôt fini";
        # "mon petit fils dort avec une lame sous l'oreiller depuis 1 semaine, j'ai trouvé du sang sur les draps"
        r"\bphotos? (de|des|avec des) (medicaments|medocs|cachets|pilules|comprimes|boites de medicaments)\b.{0,60}\b(ecrit|legende|caption)"
        r" (:? )?(bientot fini|bientot la fin|c est la fin|adieu|plus pour longtemps|fini tout ca)\b",
        r"\b(lame|lames|cutter|rasoir|rasoirs)\b.{0,10}\bsous (l|son|mon|ton) oreiller\b.{0,60}\bsang\b",
        # (twenty-ninth session, dev d177) a bridge's photo posted "avec écrit 'dernière vue'"; asking "de quelle hauteur il faut tomber
        # pour pas se rater"
        r"\bphotos? (d un|du|d une|de la|des) (pont|falaise|toit|viaduc|voie ferree|rails|balcon)\b.{0,40}\b(ecrit|legende|caption)\b"
        r".{0,5}\b(derniere vue|dernier coucher de soleil|adieu|au revoir)\b",
        r"\b(quelle hauteur|combien de metres|combien d etages)\b.{0,30}\b(tomber|sauter)\b.{0,20}\b(pas se rater|pas me rater|mourir|en finir"
        r"|que ca marche)\b",
        # (twenty-ninth session, dev d175) "Arme chargée. Dernière nuit."
        r"\b(arme|flingue|pistolet|fusil) (est )?chargee?\b.{0,30}\b(derniere nuit|dernier soir|c est la fin|adieu)\b",
        # (twenty-eighth session, dev d161) "je viens de trouver des lames et des pansements pleins de sang dans sa poubelle"
        r"\b(trouve|trouver|trouvee|decouvert|decouverte|decouvrir)\b.{0,15}\b(des|ses) (lames|lames de rasoir)\b.{0,40}\b(sang|pansements|compresses)\b",
        # (twenty-seventh session, dev d145) "jai des lames dans mon tiroir et je men sers tous les soirs en ce moment"
        r"\b(lames?|rasoirs?|cutter)\b.{0,40}\b(je m en sers|j m en sers|je men sers|jmen sers|je m en sert) (tous les soirs|chaque soir"
        r"|toutes les nuits|chaque nuit|en ce moment|encore|sur (moi|mes bras|mes poignets|mes cuisses))\b",
        # (twenty-fourth session, dev d113) short notes and plans: "ce soir c fini"; "marre. je saute"; "oui j'ai un plan. c'est
        # pour dimanche"; "J'ai fixé une date. Le 31."; "Penso todos os dias em acabar com tudo. Já comprei os remédios."; a
        # playlist for one's funeral; "je me jette du 5e"; a will written and debts settled
        r"^ ?(ce soir|cette nuit|demain) (c est|c|tout est|tout sera|ca sera) (fini|termine|la fin) ?$",
        # (twenty-fifth session, dev d125) a viewer's "dernier live" and a photo of empty medicine boxes; "how many paracetamol it
        # takes"; an apprentice's bandaged wrists and "la prochaine fois elle ferait ça bien"
        r"\b(boites?|plaquettes?) (de|d) (medicaments|medocs|cachets|comprimes|doliprane|paracetamol)\b.{0,3}\bvides?\b",
        r"\bhow many\b.{0,30}\b(paracetamol|pills|tablets|sleeping pills)\b.{0,20}\b(it takes|to take|would (it )?take|does it take)\b",
        # (twenty-fifth session, dev d127) self-harm back; "19 ans. plus pour longtemps"; a letter to one's mother and "smhouli";
        # going to heaven "quand on faisait ça soi-même"; belongings given away, farewells posted, a will without a notary
        r"\b(les |mes |ses )?(coupures|scarifications|scarif|scarifs)\b.{0,10}\b(sont revenues|reviennent|ont repris|recommencent)\b",
        r"\b\d{2} ans\b.{0,5}\bplus pour longtemps\b",
        # (twenty-sixth session, dev d137) "dites juste à Sandrine que c'était pas sa faute"; belongings given to a little
        # brother, the room tidied, "je me sens calme", the file closed
        r"\b(dites|dis|dites lui|dis lui|dire) (juste |bien )?(a [a-z]+ )?que (c etait|c est|ce n etait|c etais) (pas|jamais) (sa|ta|leur|votre) faute\b"
        r"(?! (si|pour|de|d|quand|parce|car|mais)\b)",  # (not "… pas sa faute si j'ai raté le bus")
        r"\b(j ai|jai|g) (donne|distribue|offert) (ma|mes) (console|fringues|affaires|vetements|jeux|ps5|ps4|switch|velo|baskets|sneakers)\b"
        r".{0,80}\b(range ma chambre|calme|adieu|cloturer|fermer mon dossier|plus besoin)\b",
        # (twenty-sixth session, dev d139) "she… wants to sleep forever"; "ma copine se brûle les bras avec un briquet"
        r"\bwants? to sleep forever\b",
        r"\b(se|me) (brule|brulent|coupe|coupent|scarifie|scarifient|mutile)\w* (les|ses|mes) (bras|poignets|cuisses|jambes)\b",
        # (twenty-sixth session, dev d135) "je compte plus me réveiller bientôt lol"; "regarder combien de cachets il faudrait";
        # "pienso en tirarme a las vías del tren"; "juste pour que je fasse pas de bêtise cette nuit"
        # (twenty-seventh session, dev d141) "c'était mon dernier entraînement coach, prends soin des autres"
        r"\bdernier\b.{0,60}\bprends? soin (des autres|d eux|de (ma|mon) (mere|maman|pere|papa|soeur|frere|petit frere|petite soeur))\b",
        # (twenty-seventh session, dev d141) how many pills it takes, found in someone's browsing history
        r"\bhistorique\b.{0,80}\bcombien de (cachets|comprimes|medocs|medicaments|pilules|somniferes) (il )?(faut|faudrait)\b"
        r"|\bcombien de (cachets|comprimes|medocs|medicaments|pilules|somniferes) (il )?(faut|faudrait)\b.{0,60}\bhistorique\b",
        r"\b(compte|veux|voudrais|aimerais|prefererais) (plus|ne plus|pas|ne pas|jamais) me reveiller\b"
        r"(?! (avant|tot|de bonne|a \d|ce matin|demain matin|le matin|le week end|samedi|dimanche))",
        r"\b(regarde\w*|cherche\w*|calcule\w*|compte\w*) combien de (cachets|comprimes|medocs|medicaments|pilules|somniferes)\b"
        r".{0,10}\b(il faudrait|faudrait|pour (mourir|en finir|partir|ne plus))\b",  # (not "il faut prendre par jour")
        r"\b(tirarme|lanzarme|aventarme) (a las vias|al tren|por la ventana|de un puente|del puente|al vacio)\b",
        r"\b(que je|pour pas que je|pour que je) (ne )?(fasse|fais) (pas |plus )?(de |une |des )?(betise|betises|connerie|conneries)\b"
        r".{0,30}\b(ce soir|cette nuit|maintenant|aujourd hui)\b",
        # (twenty-sixth session, dev d131) "c'est quoi le moyen le moins douloureux"; scars on one's arms reopened; "esta noche
        # termino con todo"
        r"\b(moyen|facon|methode|maniere) (le |la )?(moins douloureu\w*|sans souffrir)( de partir| d en finir| pour partir"
        r"| pour en finir| de mourir| pour mourir)? ?$",
        r"\b(cicatrices|coupures|plaies|entailles) (sur|de|a|aux) (mes|ses) (bras|poignets|cuisses|jambes)\b.{0,20}\brouv\w*",
        r"\b(termino|acabo|acabar|terminar|terminare|acabare) con todo\b",
        # (twenty-sixth session, dev d129) "Dernier message. Bisous." alone; "creo que no voy a estar aquí mucho tiempo más"
        r"^ ?(mon |mn )?(dernier|denier) (message|msg)( (bisous|bises|adieu|bye|ciao|salut|pardon|merci pour tout|je vous aime|je t aime|a tous|love))* ?$",
        r"\b(creo que|siento que|se que) no (voy a|vaya a) (estar|seguir) (aqui|aca) (mucho|por mucho)\b",
        r"\bktebt (risala|bra|lettre)\b.{0,40}\b(smhouli|sm7ouli|sam7ouli)\b",
        r"\bau (ciel|paradis)\b.{0,12}\bquand on (fait|faisait|le fait|le faisait) ca (soi meme|tout seul)\b",
        r"\bgave away (his|her|my)\b.{0,80}\bthanks for everything\b",
        r"\b(a|ai|as|ont) (distribue (toutes )?|donne toutes |legue (toutes )?)(ses|mes|leurs) affaires\b|\bleguer (ses|mes) affaires\b",
        r"\b(poste|postent|publie|publient|ecrit|envoie)\w* ses adieux\b",
        r"\bla prochaine fois (je|j|elle|il) (le |la )?(ferai|ferait|ferais|reussirai|reussira|reussirait) (ca |le )?(bien|pour de vrai|jusqu au bout)\b",
        # (twenty-fifth session, dev d121) "j'ai regardé combien d'étages il faut pour que ça marche à coup sûr"; a boy of 16 who
        # posted a rope's photo and leaves "définitivement" tonight
        r"\bcombien d etages?\b.{0,40}\b(pour que ca marche|pour mourir|pour pas (se |me )?rater|a coup sur|pour etre sure?)\b",
        r"\b(photo|image|dessin) d une corde\b.{0,80}\b(definitivement|ce soir|cette nuit|adieu|pour toujours)\b",
        r"\b(marre|plus la force|j en peux plus|jen peux plus)\b.{0,10}\bje (saute|me jette|me lance) ?$",
        # (dev d115) "dormir pour de bon"; "ma mort coûterait moins cher… que mon RSA"; "je me fai du mal avec le couteau"; burns
        # an apprentice gives himself at the oven
        r"\bdormir (pour de bon|pour toujours|sans me reveiller)\b|\bma mort (couterait|coute|rapporterait|arrangerait|soulagerait)\b",
        r"\bje me (fai|fe|fait|fais) du mal\b|\bbrulures? qu (il|elle) se fai\w* (lui|elle) meme\b",
        r"\b(j ai|jai) un plan\b.{0,20}\bc est pour (ce soir|demain|cette nuit|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|bientot)\b",
        r"\b(j ai|jai) (fixe|choisi) (une|la|ma) date\b(?! (pour|de|d|du|avec|a|au))",
        r"\bacabar com tudo\b|\b(ja )?comprei os remedios\b",
        r"\b(playlist|songs?|music) for my funeral\b|\bdone with everything\b",
        r"\bme (jette|jeter|jete) (du|d un|par la|de la) (\d+e|\d+eme|cinquieme|sixieme|septieme|huitieme|dixieme|fenetre|pont|toit)\b",
        r"\b(redige|ecrit|fait|prepare) mon testament\b.{0,60}\b(resilie|regle|rendu|donne|vide)\b",
        # (twenty-fourth session, dev d109) a pupil who computed "ses chances de survivre à une chute du cinquième étage"
        r"\b(chances?|probabilite|probabilites) de (survivre|mourir|y rester)\b.{0,40}\b(chute|tomber|saut|sauter|etage|pont|vide)\b",
        # (twenty-third session, dev d91) one's exit planned, "je commence à planifier ma sortie de scène, et pas celle du marché
        # du travail"
        r"\b(planifie|planifier|prepare|preparer|organise|organiser|programme|programmer) ma (sortie de scene|derniere sortie"
        r"|sortie definitive)\b",
        # (twenty-second session, dev d89) at the end of one's tether, a cable or a rope at hand: "jsuis a bout… j'ai le cable
        # dans le coffre"
        r"\b(a bout|en peux plus|plus la force|marre de tout)\b.{0,60}\b(j ai|jai|g) (le|la|un|une|ma|mon) (cable|corde)\b",
        # (twentieth session, dev d81) one's books bequeathed; "ça sert à rien… je serai plus là la semaine prochaine"
        r"\b(a qui )?leguer (mes|toutes mes|ma|mon)\b",
        # (twenty-third session, dev d103) "j'ai compté combien de comprimés il reste dans l'armoire"
        r"\b(compte|compter|recompte) (combien de |les |mes )?(comprimes|cachets|medocs|pilules|somniferes)\b",
        # (twenty-third session, dev d101) a brother who wrote that he would say goodbye to everyone tonight, in Arabic
        r"(سيودع|يودع|ودع|نودع|غادي نودع|بيودع) (الجميع|الكل|كلشي|كل الناس)",
        # (twenty-third session, dev d99) "i just want to disappear. nobody would even notice if i was gone"
        r"\bnobody would (even )?(notice|care|miss me) if i (was|were|m) (gone|dead)\b",
        # (twenty-third session, dev d97) affairs put in order: "J'ai trié mes affaires, écrit les lettres, rendu les livres"
        r"\b(j ai|jai) (trie|range|donne) (toutes )?mes affaires\b.{0,80}\b(ecrit|laisse|redige) (les|des|mes) (lettres|mots)\b",
        # (twenty-third session, dev d95) a bridge, then "ce soir c est la derniere fois"; a note saying one will not be there
        # "et comment elle compte s'y prendre"
        r"\b(pont|viaduc|toit|falaise|voie ferree|rails)\b.{0,40}\b(c est|ce sera|ca sera) la derniere fois\b",
        r"\b(ne sera|ne serai|ne serait) plus la\b.{0,60}\bcomment (elle|il|je) (compte|va|vais|compt\w*) (s y|m y) prendre\b",
        # (twenty-third session, dev d93) one's things given away "pour après": "m'a donné ses bijoux et son chat… d'en prendre
        # bien soin 'après'"
        r"\b(donne|donnait|laisse) (ses|mes|tous ses|toutes ses|tous mes|toutes mes) (bijoux|affaires|vetements|fringues|livres|jeux"
        r"|plantes|chat|chien|consoles?)\b.{0,80}\b(prendre (bien )?soin|apres|quand (je|elle|il) (ne )?(serai|sera) plus la)\b",
        # (dev d83) a teenager at the bottom of the pool who "espérait un jour ne pas remonter"
        r"\b(esper\w*|voudrait|veut|aimerait|souhaite)\b.{0,12}\bne (pas|plus) (remonter|refaire surface|se reveiller)\b",
        # (dev d82) belongings sorted and letters written to a sister; a brother who "veut plus se réveiller"
        r"\b(fait le tri|trie|range|donne|vide)\w* (dans )?(mes|toutes mes) (affaires|fringues|vetements)\b.{0,60}\b(ecrit|laisse|prepare)\w* des lettres\b"
        r"|\b(ecrit|laisse|prepare)\w* des lettres\b.{0,60}\b(fait le tri|trie|range|donne|vide)\w* (dans )?(mes|toutes mes) (affaires|fringues)\b",
        r"\b(il|elle) (dit qu (il|elle) )?(ne )?(veut|voudrait) plus (se reveiller|vivre|exister)\b",
        r"\b(sert a rien|pas la peine|inutile)\b.{0,60}\bje (ne )?(serai|serais) (plus|pu) la\b",
        # (eighteenth session, dev d76) to come back tonight "pour se noyer" (not drowning in work)
        r"\b(pour|vais|va|vas|veut|veux|aller) (se |me |te )?noyer\b(?! sous\b)(?! dans (un verre|(le|les|la|ses|mes|son|mon) (travail"
        r"|boulot|dossiers|papiers|devoirs|taf|mails|paperasse|candidatures|revisions|cours|exams?)))",
        # (eighteenth session, dev d75) pills bought again and again, "la dernière fois"; sitting on a railing, in English;
        # no wish to live and to kill oneself, in Dari
        r"\b(paracetamol|doliprane|cachets|comprimes|medicaments)\b.{0,80}\b(le maximum|plusieurs boites|chaque fois)\b.{0,100}"
        r"\bla derniere fois\b",
        r"\b(sitting|standing|sat|sit) on the (balcony |bridge )?(railing|ledge|parapet)\b",
        r"نمی ?خواهم زنده باشم|خودم را بکشم",
        # (eighteenth session, dev d74) a goodbye with one's keys or pet given away, in English
        r"\b(say|said) goodbye\b.{0,80}\b(gave me (her|his|their) (keys|things|stuff)|look after (her|his|their) (cat|dog|pet))\b",
        # (eighteenth session, dev d73) the day chosen, alone; no need of an adviser when one "won't be there"
        r"\b(j ai|jai|g) (deja |meme )?choisi (le jour|la date)( et (l heure|le lieu|l endroit|comment))? ?$",
        # (nineteenth session, dev d79) "j'ai décidé de me tuer ce week-end"; "mon projet : ne plus exister d'ici la fin du mois"
        r"\b(decide|decidee|choisi|choisie|resolu|resolue) de (me|se) (tuer|suicider|foutre en l air)\b|\bne plus exister\b",
        # (nineteenth session, dev d78) the same said of someone else: "elle m'a dit qu'elle avait déjà choisi le jour"
        r"\b(elle|il) (a|avait) (deja |meme )?choisi (le jour|la date)\b",
        # (dev d78) a little brother who "bgha ymout" and cuts himself with a razor, in Arabic script
        r"(بغا يموت|بغات تموت|بغيت نموت|كيجرح راسو|كتجرح راسها|يجرح راسو|تجرح راسها)",
        r"\bpas la peine de\b.{0,50}\b(je serai|jserai|je serais) (plus|pas) la\b",
        # (eighteenth session, dev d72) a pupil asking how many pills it takes "pour ne plus se réveiller"
        r"\bcombien de (doliprane|dolipranes|cachets|comprimes|medocs|medicaments|pilules|paracetamol|boites)\b.{0,40}"
        r"\bpour (ne )?(plus|pas|jamais) (se|me|te) reveiller\b",
        # (fifteenth session, dev d65) paracetamol bought in several pharmacies; a note "sorry for everything" and no answer
        r"\b(paracetamol|doliprane|cachets|comprimes|medicaments)\b.{0,60}\b(plusieurs|deux|trois|quatre|cinq|\d) pharmacies\b",
        r"\bsorry for everything\b.{0,80}\b(won t answer|wont answer|not answering|doesn t answer|is locked)\b",
        r"\bnu mai (vrea|vreau|vreu) sa (traiasca|traiesc)\b",  # Romanian
        # (fifteenth session, dev d64) a viaduct "one way or another"; a rifle and "sorry for everything"; "je vais faire une
        # bêtise"
        r"\b(viaduc|pont|quai)\b.{0,30}\bd une (facon|maniere) ou d une autre\b",
        r"\b(rifle|gun|pistol|shotgun|pills)\b.{0,80}\bsorry for everything\b|\bsorry for everything\b.{0,80}\b(rifle|gun|pills|bridge)\b",
        r"\b(je vais|jvais|jvai|jve|jvé|j vais|je vai) (faire|fair|fer) une (betise|connerie)\b",
        # (fifteenth session, dev d62) gone next week, with "all that is needed" in the medicine cabinet
        r"\b(je serai|jserai|je serais) (plus|pas) la\b.{0,80}\btout ce qu il (me )?faut\b.{0,30}\b(armoire a pharmacie|medocs"
        r"|medicaments|cachets)\b",
        # (fifteenth session, dev d61) every box of medicine laid out; not wanting to live, in Turkish; a goodbye
        # relayed to teammates with "je reviendrai pas"
        r"\btoute?s? (les|mes) (boites|medocs|medicaments|cachets|comprimes|pilules|plaquettes)\b.{0,80}\b(alignee?s?|etalee?s?)\b",
        r"\b(yasamak istemiyorum|olmek istiyorum|kendimi oldurecegim|intihar edecegim)\b",
        r"\b(dis|dites) (aux|a) \w+.{0,60}\b(c etait cool|merci pour tout|je les aime|je vous aime)\b.{0,40}"
        r"\bje (reviendrai|reviens) (pas|plus|jamais)\b",
        # (fifteenth session, dev d60) joining the dead "up there"; a note leaving one's passwords or pet, then
        # "pardon maman"
        r"\brejoindre (mon|ma|mes) \w+( \w+)? (la haut|au ciel|au paradis)\b(?! (a|en|dans|au|sur|pour|chez|vers)\b)",
        r"\b(mots? de passe|a qui (donner|confier|laisser) (mon|son|ma|sa|mes|ses) (chat|chien|chats|chiens|lapin|affaires))\b"
        r".{0,80}\bpardon (maman|papa|a tous|mes parents|la famille)\b",
        # (thirteenth session, dev d51) marks on one's wrists; "à minuit ce sera fini"; no
        # one would miss him, his head against the wall; the hunting rifle that is left; swimming far for one who
        # cannot swim; on the roof, "c'est haut"; mixing pills and vodka; darija in Arabic
        # letters, "I can't live any more"
        r"\b(marques|cicatrices|coupures|entailles|traces) (sur|aux) (les |mes |ses )?poignets\b",
        # (fourteenth session, dev d54) "c la fin pour moi dsl" closing the message
        # (not the end of a contract, a season, a game: "mon CDD s'arrête vendredi, c'est la fin pour moi")
        r"^(?!.*\b(cdd|cdi|contrat|stage|saison|boulot|job|taf|formation|interim|equipe|club|match|jeu|partie|tournoi|concours)\b)"
        r".*\bc (est )?la fin pour moi( (dsl|desole|desolee|pardon|adieu|bye|merci pour tout))?\s*$",
        r"\b(a minuit|cette nuit) (ce sera|tout sera) fini\b|\btout sera fini (a minuit|cette nuit|ce soir)\b",
        r"\bpersonne (ne )?(me|le|la|nous) (regretterait|regretterai|regretteraient|regrettera)\b"
        r"|\b(se|me) (tape|tapait|cogne|cognait|frappe) la tete contre (le|les|un) murs?\b",
        r"\bil (me|m|lui) reste (le|un|son|mon) (fusil|flingue|revolver|pistolet)\b",
        r"\bnager loin\b.{0,40}\b(sait|sais) (pas|plus) nager\b",
        r"\b(je suis|jsuis|chui|suis) (sur|au bord du) (le )?toit\b.{0,50}\b(c est haut|ca fait haut|je saute|je vais sauter)\b",
        r"\b(died|die) from mixing\b|\bmixing (xanax|pills|meds|benzos) (and|with) (vodka|alcohol|booze)\b",
        r"(قادر نعيش|قادرة نعيش)",
        # (thirteenth session, dev d52, after the blind measure) no longer there next week and no point any more; a dream
        # of jumping from a bridge, thought of awake
        r"\bplus la peine\b.{0,60}\bje (ne )?serai plus la\b|\bje (ne )?serai plus la\b.{0,60}\bplus la peine\b",
        # (dev d259) a meeting booked "mais je sai pas si je serai encor la lundi"; "j'ai surtout calculé la hauteur de la passerelle
        # au-dessus du périph"
        r"\b(rdv|rendez vous)\b.{0,60}\b(sais|sai|sait) pas si (je|j) (serai|serais|srai) (encore|encor) la\b",
        r"\b(calcule|mesure|regarde|estime)\w* la hauteur (de|du) (la|le|l) ?(passerelle|pont|immeuble|toit|falaise|viaduc|tour)\b",
        # (dev d257) "jai envi de tou arété. pa le travaille. tou."; "I don't think I'll need a job anymore, I've made up my mind about
        # tonight"
        r"\b(envie|envi) de (tout|tou|tt) (arreter|areter|arete|arrete)\b.{0,20}\b(pas|pa) (le|la|mes|l) (travail|travaille|boulot|taf"
        r"|formation|etudes|cours|fac) (juste |vraiment )?(tout|tou|tt)\b(?! (le|la|les|ce|de|d|mon|ma|mes)\b)",
        r"\b(made up my mind|decided) about tonight\b|\b(won t|will not|don t think i ll|dont think ill) need (a job|anything|it)"
        r" (anymore|any more)\b",
        # (dev d253) "mes parents vont me tuer / enfait non c moi qui vais le faire 🔪"; burns on one's arms "pour sentir quelque chose"
        r"\b(va|vont) me tuer\b.{0,30}\b(en fait|enfait|nan|non)\b.{0,10}\b(c est|c) moi qui (vais|va) (le faire|me tuer|m en charger)\b",
        r"\b(brulures?|coupures?|entailles?|cicatrices?)\b.{0,80}\bpour (sentir quelque chose|ressentir quelque chose|se sentir vivante?"
        r"|me sentir vivante?|avoir mal)\b",
        # (thirty-sixth session, dev d249) the dates of Parcoursup, "bon en vrai osef jserai plus la en juin"
        r"\b(osef|on s en fout|on s en fou|a quoi bon|sert a rien)\b.{0,30}\b(je (ne )?serai|jserai|j serai) plus la\b",
        r"\bsaut\w* (du|d un) pont\b.{0,80}\bj y pense\b",
        # (thirteenth session, dev d50) jumping from one's balcony, in English
        r"\b(thinking about|think about|thought about|want to|wanna|gonna|going to) (jumping|jump) (from|off) (my|the|a|this) (balcony|bridge|roof|window|building)\b",
        # (thirteenth session, dev d48) Turkish: suicide, "I want to die", "I'll kill myself"
        r"\b(intihar|olmek istiyorum|kendimi oldurecegim|kendimi oldurmek)\b",
        # (eleventh session, dev d42) a rope bought, a "walk" under a train
        r"\b(achete|acheter|trouve|prepare) (une|la|ma) corde\b(?! (a sauter|d escalade|de guitare|de violon|pour (l escalade|le sport|la muscu|grimper|le camping)))"
        # (twenty-seventh session, dev o142) "jai acheté une corde et un baudrier, je commence l'escalade en salle"
        # (thirty-fourth session, dev o232) "une corde de 60 m pour la falaise avec mon club"
        r"(?!.{0,60}\b(baudrier|escalade|grimpe|grimper|alpinisme|via ferrata|mousquetons?|falaise|rappel|canyoning|speleo)\b)",
        _UNDER_A_TRAIN,
        # (dev d43) not around next month, charcoal and a taped window, a gun thought of every day, a farewell
        # letter left before going up on a roof
        r"\b(won t|will not|wont) be (around|here) (next|much longer|anymore|any more|by)\b",
        r"\b(achete|prepare|j ai) (le|du) charbon\b.{0,40}\b(scotche|calfeutre|bouche)\w*|\bscotche (la|les|toutes les) fenetres?\b",
        r"\b(fusil|arme|flingue|corde|cachets|medocs)\b.{0,60}\bj y pense (tous les jours|tout le temps|souvent|chaque jour)\b",
        r"\b(lettre|mot)\b.{0,40}\bparents\b.{0,60}\b(toit|toit terrasse|pont|rails|fenetre)\b",
        r"suicid(?!e social)",
        # (tenth session, dev d38) belongings given away, "won't need them any more"
        r"\b(donne|donnee|donnes|offert|offerte|distribue)\b.{0,60}\b(n en (aura|aurait|aurai|aurais) plus besoin)\b",
        _ROPE_GAVE_WAY,
        # (tenth session, dev d39) a truck sent off the road, pills saved up and a date, "bientôt libre" by the rails
        r"\b(vais|va|vas|veux) (mettre|foutre|envoyer|planter|jeter) (le|la|ma|mon|sa|son) (camion|voiture|caisse|bagnole|scooter|moto)"
        r" (dans le decor|contre un arbre|dans un arbre|contre un mur|dans le mur|dans le ravin)\b",
        r"\b(pills|tablets) saved up\b|\b(picked|chosen|chose) a date\b|\b(rails|voie ferree|pont|vide)\b.{0,40}\bbientot libre\b",
        # burns one gives oneself on purpose ("je me suis brûlée exprès", "… avec une cigarette")
        r"\bme suis (brule|brulee|coupe|coupee)\b.{0,25}\b(expres|avec (une|la|ma|des|mes) (cigarette|clope|briquet|lame))\b",
        # standing over the void: "je suis sur le pont au-dessus de la voie ferrée"
        r"\b(sur|au bord d[eu]) (le |un |du )?(pont|toit|parapet|rebord)\b.{0,30}\b(voie ferree|rails|vide|autoroute)\b",
        # (twenty-fourth session, dev d107) "3h du mat, pont de la Guillotière, j'ai posé mon téléphone et mes clés sur le parapet"
        r"\b(pose|laisse|depose|range)\w* (mon|mes|ma) (telephone|tel|portable|phone|cles|affaires|chaussures|sac|portefeuille)\b"
        r".{0,30}\b(sur|au bord d[eu]) (le |du )?(parapet|rebord|garde corps|rambarde)\b",
        r"\b(keep|kept|started|been) cutting\b|\bcut(ting)? myself\b",
        r"\b(tuyau|tube)\b.{0,40}\bpot d echappement\b",  # a car's exhaust piped inside
        # (sixth session, from the cross-validation's misses) fresh cuts, a near hanging, counting the days,
        # the least painful way, looking down from a height, "vous serez tranquilles", English
        r"\bcoupures\b.{0,40}\b(cuisses|avant bras|poignets)\b|\b(cuisses|avant bras|poignets)\b.{0,30}\bcoupures\b"
        r"|\bouvert les (veines|poignets)\b",
        r"\bfailli me (pendre|tuer|jeter|suicider|foutre en l ?air)\b|\bcompte les jours avant de (tout arreter|en finir)\b",
        r"\b(facon|maniere|methode) la moins douloureuse\b|\b(bientot|apres moi) vous serez (tous )?(tranquilles|debarrasses)\b",
        r"\b(en haut|au bord|au sommet) (du|d un|de l|de la) (parking|immeuble|pont|toit|falaise|tour)\b.{0,40}\b(regarde en bas|sauter|le vide)\b",
        r"\b(no|any) reason to (keep )?liv(e|ing)\b|\bwant to end it\b|\bend it all\b",
        # (twelfth session, dev d44) "thinking about killing myself", "he's gonna end it tonight" (not "end it with him")
        r"\bkilling (myself|himself|herself)\b|\b(gonna|going to|wanna|wants to) end it\b(?! (with|between|here|there|for))",
        _ONLY_WAY_LEFT,  # (dev d45)
        # (twelfth session, dev d46) what will be left of one, the world better off without one, a note of apology
        # then a door that does not open
        r"\bil (restera|reste) (au moins )?(ca|quelque chose) de moi\b|\bse porter\w* (tres |bien |beaucoup )*(bien|mieux) sans moi\b"
        r"|\b(mot|lettre|message)\b.{0,80}\b(desolee?|pardon)\b.{0,120}\b(n ouvre (pas|plus)|ne repond (pas|plus)|repond (pas|plus))\b",
        r"\b(a part|sauf|que de|qu a) (me|m) (tuer|foutre en l ?air|pendre|suicider|jeter)\b",  # "plus rien dans la tête à part me foutre en l'air"
        # a goodbye, then silence: "une photo du viaduc avec écrit « dernière vue » et il répond plus"
        r"\b(derniere vue|dernier coucher de soleil|derniere photo|dernier selfie|pardon pour tout|adieu)\b.{0,80}\b(repond plus|repond pas|coupe son (tel|telephone|portable)|injoignable|eteint son)\b"
        r"|\b(texted|sent|messaged|told) (me |us )?(a )?goodbye\b.{0,80}\b(not answering|isn t answering|won t answer|doesn t answer|no answer)\b",
        r"\b(je|j|jveux|jvais|veux|vais|voudrais|envie de|envi de|pense a|penser a|besoin de|essaye de|essaie de|tente de|tenter de|prete? a|peur de|faire) (me|m|se|s) (tuer|buter|pendre|foutre en l ?air|ouvrir les veines|jeter sous|jeter d|jeter du|jeter par|balancer (du|d un|par)|flinguer|supprimer)\b",
        # "tu veux te tuer" (a friend), not "je vais te tuer" (a threat, below in danger_immediat)
        r"(?<!je )(?<!j )\b(veux|voudrais|envie de|envi de|pense a|penser a|besoin de|essaye de|essaie de|tente de|tenter de|prete? a|peur de) (te|t) (tuer|pendre|foutre en l ?air|ouvrir les veines|jeter sous|jeter d|jeter du|jeter par|flinguer|suicider)\b",
        r"\b(je|j|il|elle|va|veut) (me|m|se|s) (suicide|pend|fous en l ?air|fout en l ?air)\b|\bme suicider\b|\bse suicider\b",
        r"\b(veux|veut|vais|va|voudrais|pense a|envie d|besoin d|prefere|aimerais|decide d|pret a|prete a|jveux|jvais|prevu d|compte) en finir\b",
        # (fourteenth session, dev d56) "des vacances de moi. définitives"; a rope (said by its emoji) tonight
        r"\bvacances de moi\b.{0,15}\bdefinitive|\bcorde (ce soir|cette nuit|demain)\b",
        # (dev d59) a goodbye "comme si c'était la dernière fois"
        r"\b(dit|fait|dire) (au revoir|adieu)\b.{0,30}\b(comme si c etait la derniere|pour la derniere fois|definitivement)\b",
        # (dev d58) dead "by Sunday", planned; a friend on the roof who says he will jump
        r"\bmort\b.{0,60}\b(prevu|compte|decide) de l etre\b|\b(dit|menace|crie|annonce|dire) qu (il|elle) va sauter\b",
        # (dev d57) the doses calculated, "after a death"; no other way out
        r"\bcalcule\w* (les|mes) doses\b.{0,80}\b(deces|mort|mourir|fini|pile)\b|\bje (ne )?vois (pas|plus) (d )?autre (sortie|issue|solution)\b",
        # (fourteenth session, dev d55) "mon seul projet c'est d'en finir avant dimanche"; on the window's ledge; at the
        # platform's edge, in English
        # (dev d70) "ce matin j'ai regardé le pont de la départementale un peu trop longtemps"
        r"\b(regarde|regarder|regardais|fixe|fixer|fixais)\b.{0,25}\b(le pont|le viaduc|le vide|les rails|la voie ferree|le quai)\b"
        r".{0,40}\btrop longtemps\b",
        r"\bprojet c est (d )?en finir\b|\ben finir avant (demain|ce soir|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|noel"
        r"|la fin de la semaine)\b",
        r"\b(assise?|debout|perchee?) sur le rebord\b(?! (du trottoir|de la piscine|de la baignoire))",
        r"\b(standing|sitting|stood|sat) (at|on) the edge of the (platform|bridge|roof|cliff|balcony)\b",
        r"\ben finir( (une bonne fois( pour toutes)?|avec (la vie|tout|moi|ma vie|tout ca|cette vie)|pour de bon|definitivement|ce soir|cette nuit|aujourd hui))?\s*$",
        r"\b(envie|envi|besoin|hate|le droit) de (mourir|crever|disparaitre|plus exister|plus etre la|partir pour toujours|m endormir pour toujours)\b",
        r"\b(j ?ve(u|ux|ut)|veux|veut|veu|voudrais|voulait|voulais|vx|vais|prefere|prefererais|aimerais|souhaite|souhaiterais|pourrais) (juste |bien |vraiment |plus )?(mourir|crever|disparaitre|plus exister|plus etre la|plus vivre|ne plus vivre|ne plus exister|ne plus etre la|plus me reveiller|ne plus me reveiller|ne plus jamais me reveiller|plus jamais me reveiller|dormir pour toujours|partir pour toujours|m endormir)\b",
        r"\b(j en peux plus|j en peux pu|jpeux plus|je peux plus|peux plus|jpp|fatiguee? de|marre de|lasse? de) (de )?(vivre(?! (chez|avec|dans|a |en |ici|au |sous))|la vie|de la vie|ma vie|cette vie|exister)\b",
        r"\b(plus|pu|pas|aucune|perdu l) envie de (vivre|me lever|exister|continuer)\b|\b(?<!donne )(?<!donnent )(?<!trouve )la force de (vivre|continuer)\b",
        r"\bidees? (noires?|de mort|suicidaires?)\b|\bpensees? (noires?|suicidaires?|de mort)\b|\bpense(r)? (a|a la) (la )?mort\b|\b(fait|ca fait) mal de mourir\b",
        r"\bscarif|\bmutil|\bautomutil|\b(me|m) (faire|fais|suis fait|suis faite|fait|suis encore fait|suis encore faite) du mal\b"
        # ("je me suis encore fait du mal hier soir avec un cutter", thirty-seventh session, dev d269; not "du mal au dos au chantier")
        r"(?! (au|a la|a l|aux|en) (dos|genou|genoux|cheville|epaule|poignet|sport|muscu|entrainement|match|foot|chantier|travail|boulot))|\bme blesser (expres|volontairement)\b",
        r"\b(me|m) (couper|coupe|suis coupe|suis coupee|suis ouvert|suis ouverte|taillade|taillader|entaille|entailler|suis entaille|suis entaillee) (encore )?(les |le |la )?(veines|bras|poignets?|cuisses?|peau|jambes?)\b|\bje me coupe\b|\bme coupe encore\b|\bentaille le poignet\b",
        r"\b(sauter|me jeter|me balancer|se jeter|se balancer) (du|d un|d une|de la|par la|par|sous|dans le vide)\b|\bsous (un|le) (train|metro|rer|camion|bus)\b|\bdans le vide\b|\bun pas suffirait\b|\b(sur|au bord) (du|d un) (pont|toit|quai)\b.{0,40}\b(sauter|fini|finir|plus|adieu)\b",
        r"\ba quoi (bon|ca sert de|ca sert que je) (vivre|continuer|me lever|etre la|exister|sois encore la)\b|\b(sert|servira) a rien (de|que je) (vivre|continuer|continue)\b|\bma vie (ne )?(sert|vaut) (a )?rien\b|\bma vie n a plus (aucun )?sens\b",
        r"\bsi je (disparaissais|disparais|mourais|meurs|etais plus la|n etais plus la|me tuais|partais pour de bon|m endormais pour de bon)\b|\bmieux (sans moi|mort|morte|si j etais mort|si j etais morte)\b|\bsans moi (tout le monde|ils|elle|il|ma famille)\b|\bplus la (semaine prochaine|demain)\b|\bcompte plus etre la\b",
        # (eleventh session, dev d41) "mon projet c'est de plus être là dans 5 jours", a long sleep with everything ready
        r"\b(de |ne )?plus etre la dans (\d+|deux|trois|quelques) (jours|semaines)\b"
        r"|\bdormir (tres |vraiment |super )?longtemps\b.{0,50}\btout est pret\b",
        r"\b(que|veux que|voudrais que|envie que) (tout|ca|la douleur) s arrete\b|\bque tout s arrete\b|\btout arreter (pour de bon|definitivement)\b|\btout lacher definitivement\b",
        r"\b(plus|pus) (un|une) (probleme|poids|fardeau) (pour (personne|vous|eux|ma famille)|bientot)\b|\bserai plus (un|une) (probleme|poids|fardeau)\b",
        r"\b(mettre|mets|mis) fin a (mes|ses) jours\b|\bmettre fin a (ma|sa) vie\b|\blettres? d adieu\b|\bmessage d adieu\b|(?<!lui )(?<!leur )(?<!me )(?<!m )(?<!te )(?<!t )\becrit (mes|une|des) lettres?\b|\bdire adieu a tout\b|\bpartir pour de bon\b|\bm endormir (pour toujours|et ne plus me reveiller)\b|\bdonne (toutes )?mes affaires\b|\bj en aurai plus besoin\b|\bprevu comment (faire|je vais faire)\b|\bj ai pris ma decision\b",
        r"\b(cachets|medocs|medicaments) de cote\b|\bcorde (dans|au|a la)\b|\b(accroche|accrocher|prepare|preparer) une corde\b",
        r"\b(kill (myself|himself|herself)|suicide|suicidal|(want|wants|wanted) to die|wanna die|(end|ending|take|taking) (it all|my life|his life|her life|my own life)|self harm|cut (myself|himself|herself)|cutting (myself|himself|herself)|don t want to live|dont want to live|no reason to (keep )?liv(e|ing)|better off dead|better off without me)\b",
        r"\b(quiero|quiere) (morir|matarme|suicidarme|desaparecer)\b|\bme quiero (morir|matar)\b|\bno quiero (seguir )?(vivir|viviendo)\b|\bno quiero (despertar|despertarme|volver a despertar)\b",
        r"\bquero (morrer|sumir|me matar)\b|\bnao aguento mais\b",
        r"\b(been cutting|cutting again|cut again)\b",
        r"\b(recommence|recommencer|recommencee|continue|arrete pas|arrive pas a arreter) (a|de) me (couper|scarifier|faire du mal|taillader|blesser)\b",
        r"\bplus rien (qui|pour) me (retient|retenir)\b|\brien (ne )?me retient\b",
        # "plus vraiment envie d'être là, ni au stage ni nulle part" (not "d'être là demain", "au rdv")
        r"\bplus (vraiment |du tout |trop )?envie d etre (la|ici)\b(?! (a|au|aux|en|dans|chez|pour|demain|lundi|mardi"
        r"|mercredi|jeudi|vendredi|samedi|dimanche|le matin|ce|cette|a la))",
        r"\b(cachets?|cachetons?|medocs?|medicaments?|pilules?|comprimes?|somniferes?)\b.{0,80}\b(les|tout) (gober|gobe"
        r"|avaler|avale|prendre|prends|prend) (tous|toutes|d un coup|en meme temps|ce soir)\b",
        r"\bme (tape|cogne|frappe) la tete contre\b",
        r"\bparle(nt)? (de|d) (mourir|se tuer|en finir|disparaitre|se suicider|se foutre en l ?air|se pendre)\b",
        r"\b(va|vont|veut|voulait|allait) (se|s) (tuer|pendre|suicider|foutre en l ?air|jeter sous|jeter d|jeter du|flinguer)\b",
        r"\b(je|j|jme) ?(me|m)? ?(brule|brulee|taillade|entaille|entaillee|scarifie|lacere) (avec|a|au|les|le|la|un|une|mes|ma|depuis|encore|tous)\b|\bjme (fais du mal|coupe|brule|taillade)\b|\bme suis (juste )?(entaille|entaillee|taillade|tailladee|coupe|coupee) (un peu )?(le|la|les|au|aux) (bras|avant bras|poignet|poignets|cuisse|cuisses|veines|jambe|jambes|ventre|hanches?)\b",
        r"\b(suiside|suicde|sucide|suisside|suiscide)\w*",
        r"\battends? d avoir le courage\b|\ble prochain (train |metro |rer )?(passe|arrive) dans\b|\b(ceinture|corde|cable) autour (du|de mon|de son) (crochet|cou|poutre)\b",
        r"\bplus qu a disparaitre\b|\b(pas|plus) (rester|resterai) (longtemps |bien longtemps )?sur (cette )?terre\b|\bsi je (suis|serai) (encore|toujours) (la|en vie)\b|\bj en aurai (pas|jamais) \d+\b",
        # (sixteenth session, dev d66) "18 ans. et j'ai pas l'intention d'en avoir 19"; a note left in a book that reads like
        # farewells to his family
        r"\b(pas|aucune|aucunement) (l )?intention (d en avoir|de feter mes|d arriver a) \d+\b"
        r"|\b(mot|lettre|message|texto)s?\b.{0,30}\b(ressemble|ressemblent|ressemblait) (a )?(des|un) adieux?\b",
        r"\bderniere fois que (j ecris|je vous ecris|vous aurez de mes nouvelles|vous m entendez|tu m entends|vous me lisez)\b|\bmon mot est (deja )?ecrit\b|\b(une|des) lettres? pour chacun\b|\bcomment (mourir|me tuer|se tuer|se suicider|me suicider|en finir)\b",
        r"\b(boulet|poids|fardeau) pour (tout le monde|tt le monde|ma famille|mes parents|tous|vous tous)\b|\bdebarrasser le plancher\b|\bsortie,? definitive\b|\b(fait|fais|refait|refaire) une ts\b",
        r"\bmoteur (allume|qui tourne|tourne) dans (le|un|mon) garage\b|\b(jour|date) (que|ou|qu) j ai (choisi|choisie) pour (partir|mourir|en finir)\b|\bderniers? jours? sur terre\b|\b(me|m) (fais|fait|faire) des marques\b|\b(compte|comptait|prevoit) (d )?en finir\b",
        r"\b(wrote|written|writing|left|leave) (my |a |the )?goodbye (letters?|notes?)\b"
        r"|\b(ecrit|ecris|ecrire|laisse|laisser|prepare|preparer|redige|rediger)\b.{0,20}\blettres? d adieu\b",
        # (eighth session, dev pair d29/o31) a relapse of self-harm, a goodbye, a question of what happens
        # after "if something happens to me" said at the end of one's strength
        r"\b(me suis|m suis|je me) recoup\w*\b"
        # (eighth session, from the cross-validation's misses) scars and straight cuts, nothing left behind,
        # "tell him it was not his fault", pills laid out, a plan to kill oneself, one's own grave, a blade
        r"|\b(cicatrices|coupures)\b.{0,40}\b(cuisses|avant bras|poignets)\b|\b(cuisses|avant bras|poignets)\b.{0,60}\bcoupures\b"
        r"|\brien laisser derriere moi\b|\b(dites|dis) (lui|leur) que c (etait|est) pas (sa|leur|ta|votre) faute\b"
        r"|\b(tous )?mes (medocs|medicaments|cachets)\b.{0,30}\b(sur la table|devant moi|je les regarde)\b"
        r"|\b(plan|moyen) pour (me|se|s|m) (tuer|suicider|foutre en l ?air)\b|\b(sa|ma) propre tombe\b"
        r"|\blame\b.{0,60}\bbientot fini\b|\bpk (je|j) ?continue\b.{0,10}\ba quoi bon\b"
        # (same session, dev d32) stopping everything, even breathing; "I no longer want to live" in darija
        r"|\b(tout|tt) arreter\b.{0,30}\bmeme (de )?respirer\b|\bma ?(bqitch|b9itch|bqitsh|b9itsh) (baghi|bghit|bagha) n3ich\b|\bnsali m3a (rasi|hyati)\b"
        r"|\b(desolee?|pardon) pour tout\b.{0,40}\b(merci (quand meme|pour tout)|adieu|prenez soin)\b"
        r"|\bplus la force\b.{0,40}\b(desolee?|pardon) pour tout\b"
        r"|\b(s il|si jamais il) m arrive (quelque chose|qqch|un truc)\b.{0,100}\b(au bout|plus la force|en peux plus)\b",
        # (ninth session, dev d33) cut wrists shown, "sa dernière nuit", how one means to die on a day
        r"\b(ses|mes|les|des) poignets (coupes|ouverts|entailles|taillades)\b|\b(c est|ce sera|ca sera) (sa|ma) derniere nuit\b",
        r"\b(je|il|elle|j) (compte|comptes|prevoit|prevois|a prevu|ai prevu) (de )?(mourir|en finir|me tuer|se tuer|me suicider)\b",
        # (sixteenth session, dev d67) which piece is played at funerals, "et lequel il faudrait pour le sien"
        r"\benterrements?\b.{0,60}\bpour le (sien|mien)\b|\b(musique|morceau|chanson)s? (pour|a) mon (propre )?enterrement\b",
        # (sixteenth session, dev d67) his boots and shirt given away "en disant qu'il n'en aurait plus besoin"; marks on the
        # forearms hidden under long sleeves
        r"\b(donne|a donne|distribue|offert|file)\w*\b.{0,80}\b(n )?en (aura|aurait|aurai|aurais) (plus|plus jamais) besoin\b"
        r"|\b(marques|traces|cicatrices|coupures|entailles)\b.{0,20}\b(avant bras|poignets|cuisses)\b.{0,30}\b(cache|caches|cachait|cachent)\b",
        r"\bautant (crever|mourir|en finir)\b|\b(besoin|pour) apres moi\b|\bc est mon dernier message\b(?! (avant (mon|ma|le|la|mes) (demenagement|depart|stage|service|vacances|conge|rentree|contrat|formation)|a (ma|mon|votre) (conseillere|conseiller)))|\bprogramme mes derniers messages\b",
        r"(انتحار|انتحر|نموت|اموت|أموت|نقتل راسي|نقتل نفسي|اقتل نفسي|أقتل نفسي|بغيت نموت|بدي موت|ابغى اموت|ما بقيتش باغي نعيش|ما بغيتش نعيش|باش نسالي)",
        r"\b(nmout|nmot|nemout|bghit nmout|n9tel rasi|nqtel rasi|n9tel raski|ntehar|intihar|nentehar|bghit nmot)\b",
        # (nineteenth session, dev d77) "khoya gal liya bgha ymout" (a brother wants to die); the things given away by
        # someone who speaks of it every day
        r"\b(bgha|bgh?at|bghaw) (ymout|imout|ymot|tmout|tmot|ymoutou)\b"
        r"|\ben parle (tous les jours|sans arret|tout le temps|souvent)\b.{0,80}\b(donne|offert|distribue)\w* (sa|ses|son|toutes ses|tous ses) ",
        r"\b(ma bghitch|mabghitch|ma bghitsh|mabghitsh|ma bghit) n3i(ch|sh)\b",  # (fifteenth session, dev d62)
        # (same session, dev d36) letters left on the bed, "ceux qui partent d'eux-mêmes", "dormir pour toujours", a goodbye
        # to everyone in Spanish or Portuguese
        r"\bletters? for my (mum|mom|mother|dad|father|brother|sister|family)\b.{0,40}\bon my (bed|desk|pillow)\b"
        r"|\blettres? (pour|a) (ma|mon|mes) \w+.{0,60}\bsur (mon|le) (lit|bureau|oreiller)\b"
        r"|\b(ceux|celles) qui partent d (eux|elles) memes\b|\bdormir pour toujours\b"
        r"|\b(despidiendose|despidio|despedirse|se despediu|despedindo se|despedir se) de todos\b",
        # (ninth session, dev d35) darija in Arabic script, Portuguese, Spanish
        r"(ينتحر|ينتاحر|تنتحر|تنتاحر)|\b(vai|va|quer|queria) se matar\b|\b(vou|quero|queria) me matar\b|\b(quiere|quiero|voy a) matarme\b"
        r"|\bse va a matar\b",
        # (twenty-first session, dev d85) a father's rifle loaded and put under the bed; "il se pendrait après le live"
        r"\b(j ai|jai|il a|elle a) charge (le|un|son|mon|sa) (fusil|flingue|pistolet|revolver|carabine|arme)\b",
        r"\b(se pendrait|se pendra|va se pendre|allait se pendre|veut se pendre|voulait se pendre)\b",
        # (dev d86) a date chosen, "et voulait juste que quelqu'un le sache"
        r"\b(a|ai|j ai|jai) choisi (une|la|sa|ma) date\b.{0,60}\b(quelqu un le sache|pour partir|pour en finir|pour le faire)\b",
        # (twenty-first session, dev d84) an allowance paid to one's relatives "si je ne suis plus là d'ici la fin du mois"
        r"\bsi je (ne )?(suis|serai|serais) plus la (d ici|avant) (la fin|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi"
        r"|dimanche|noel|ce soir|la semaine|le \d+)\b|\b(verse|versee|versees|donne|donnee|reverse|reversee)s? (a|aux) (mes )?proches\b"
        r".{0,30}\bsi je (ne )?(suis|serai|serais) plus la\b",
    ),
    "violences_sexuelles": _AnyOf(
        # (thirty-seventh session, dev d267) washing again and again since a night at someone's: "depuis vendredi soir dans l'appart
        # de son pote je me lave 4 fois par jour et ça part pas"; a foster family's son "pendant 3 ans. je veux porter plainte"
        r"\b(je me lave|jme lave|me laver) (\d+|trois|quatre|cinq|six|dix) fois\b.{0,40}\b(part pas|part plus|sale|salie)\b",
        r"\b(famille d accueil|foyer)\b.{0,40}\bpendant (\d+|deux|trois|quatre|cinq|des) (ans|annees)\b.{0,40}\bporter plainte\b",
        # (thirty-seventh session, dev d263) "Je sais parfaitement qualifier juridiquement ce qu'il m'a fait pendant le gala de la
        # fac. Ce que je ne sais pas, c'est comment me lever demain matin."
        r"\bqualifier (juridiquement |legalement )?ce qu (il|ils) m (a|ont) fait\b"
        r"|\bce qu (il|ils) m (a|ont) fait (pendant|a|apres|lors de) (la|le|cette|ce) (soiree|fete|gala|week end|nuit|vestiaire)\b"
        r".{0,80}\b(me lever|sortir de mon lit|dormir|me laver|porter plainte|en parler a personne)\b",
        # (thirty-sixth session, dev d253) "Une ado de 15 ans du quartier est prostituée par des jeunes majeurs"
        r"\b(est|sont|etre) prostituee?s? par\b|\b(la|les|le) (prostituent|prostitue|font tapiner|fait tapiner)\b"
        # (thirty-eighth session, dev d279) "une jeune de 16 ans en fugue est 'hébergée' par des hommes qui la font coucher avec d'autres
        # contre de l'argent"
        r"|\b(la|les|le) (font|fait|faisait|forcent|force|obligent|oblige) (coucher|couche) avec (d autres|des hommes|des mecs|des clients"
        r"|des inconnus|eux)\b"
        r"|\b(est|sont) (mise?s?|forcee?s?) (a la prostitution|sur le trottoir)\b",
        # (thirty-sixth session, dev d251) "test de grossesse positif. j'ai 16 ans et c'est mon beau-père"
        r"\b(test de grossesse positif|je suis enceinte|jsuis enceinte|chui enceinte|suis enceinte)\b.{0,60}\b(c est|cest|c) (de )?(mon|ma)"
        r" (beau pere|oncle|pere|cousin|grand pere|frere|demi frere|beau frere|daron|tonton)\b",
        # (thirty-fourth session, dev d237) in darija, "ghtasabni": he raped me
        r"\b(ghtasabni|ghtasbni|ightasabni|ghtassabni|ghtasboni|ghtasbouni)\b",
        # (thirty-fourth session, dev d235) a minor paid "pour que je fasse des trucs avec ses potes"
        r"\b(me|lui|leur) (donne|donnent|file|filent|propose|proposent|offre|offrent) (de l argent|des sous|de la thune|du fric|\d+ ?(euros|e|balles))"
        r"\b.{0,20}\bpour que (je|j|elle|il|on) (fasse|fassent|fassions) des (trucs|choses) (avec (lui|ses potes|ses amis|ses copains|eux"
        r"|des (mecs|hommes|inconnus))|sexuel\w*|bizarres?|pas normaux|genants?)\b",
        # (thirty-fourth session, dev d231) a drink spiked at a party, in Spanish, then no memory and bruises
        r"\bme (pusieron|echaron|metieron) algo en (la|mi) (bebida|copa|vaso)\b.{0,80}\b(no recuerdo|desperte|moretones)\b",
        # (thirty-second session, dev d217) a condom taken off without asking
        r"\b(a retire|a enleve|retire|enleve) (le|son|la) (preservatif|capote)\b.{0,25}\bsans (me|lui|nous|m en|lui en) (demander|le dire"
        r"|prevenir|parler)\b",
        # (thirty-second session, dev d209) yes to a kiss, not to the rest; a stepfather who "lui rend visite la nuit"
        r"\b(j ai|jai|g|elle a|il a) dit oui pour (un|le|des) (bisou|bisous|calin|calins)\b.{0,15}\bpas pour (le reste|la suite|plus)\b",
        r"\b(beau pere|pere|oncle|frere|cousin|grand pere|parrain|daron) (lui|me|leur) rend (visite|des visites) (la nuit|le soir|dans (sa|ma)"
        r" chambre)\b",
        # (thirty-second session, dev d205) a girl under 15 pregnant: "cousine 12 ans enceinte", "ma sœur de 13 ans est enceinte"
        r"\b([89]|1[0-4]) ans\b(\s\w+){0,3} enceinte\b",
        r"\b(forced|forces|forcing) (himself|themselves|herself) on (me|her|him)\b",  # (thirty-first session, dev d203)
        # (thirty-first session, dev d199) "si tu t'endors chez un pote après une soirée, tu peux te réveiller avec lui sur toi"
        r"\b(te|me|se) (reveiller|reveille|reveillee|suis reveillee?|est reveillee?) avec (lui|un mec|un gars|quelqu un|un type|il) sur (toi|moi"
        r"|elle)\b",
        # (thirtieth session, dev d191) little girls filmed in a changing room; a test or the morning-after pill after what one did not
        # choose ("c'est pas moi qui voulais", "je l'ai pas choisi")
        r"\bfilm\w* (des|les|une|un|la|le) (petites?|petits?|enfants?|gamines?|gamins?|filles|ados|mineures?)\b.{0,40}\b(vestiaires?"
        r"|douches?|toilettes|cabines?)\b",
        r"\b(mst|ist|pilule du lendemain|test de grossesse|depistage)\b.{0,60}\b(c est pas moi qui (le )?voulais|je (l ai|lai) pas choisi"
        r"|j ai pas choisi|j etais pas d accord|je voulais pas)\b",
        # (thirtieth session, dev d189) "m'a 'aidé à trouver un stage' en échange de trucs que j'avais pas envie de faire"
        r"\ben echange de (trucs|choses|faveurs|services|photos)\b.{0,40}\b(pas envie|voulais pas|voulait pas|j avais pas envie|forcee?"
        r"|oblige\w*)\b",
        # (thirtieth session, dev d183) in Portuguese: "ele me levou pro carro e eu não queria"; evidence asked for days after an
        # assault: "un examen à l'hôpital peut encore montrer quelque chose 3 jours après ? C'est pour une agression."
        r"\bele me (levou|puxou|arrastou|forcou)\b.{0,40}\beu nao queria\b",
        r"\b(examen|prelevements?|preuves?|traces?|test)\b.{0,60}\b(\d+|deux|trois|quatre|cinq) jours apres\b.{0,40}\b(agression|viol|il m a"
        r" force|abus)\b",
        # (twenty-eighth session, dev d165) something put in one's glass, remembering nothing, waking up somewhere unknown, in darija
        r"\b(f|fi) (lkas|l kas|lkass|lkes)\b.{0,40}\b(ma 3a9eltch|ma 3qeltch|ma 3a9eltsh|ma 3e9eltch)\b|\bfi9t f (blassa|blasa) ma"
        r" 3arfhach\b",
        # (twenty-sixth session, dev d135) a roommate "encore rentré dans mon lit cette nuit"
        _IN_MY_BED,
        # (twenty-seventh session, dev d141) "séances de relaxation… les yeux fermés, et ses mains descendent. On est plusieurs filles à
        # l'avoir vécu"
        r"\bses mains (descendent|descendaient|glissent|glissaient|se baladent|se baladaient|trainent|trainaient)\b.{0,80}"
        r"\b(on est plusieurs|plusieurs filles|a l avoir vecu|mal a l aise|j ose pas|j ose rien)\b",
        # (twenty-fourth session, dev d109) "mon patron veut que je reste après la fermeture pour des 'heures spéciales', les
        # autres filles savent de quoi il parle"
        r"\b(patron|chef|manager|boss|responsable|gerant)\b.{0,30}\brest(e|er)\b.{0,20}\bapres (la fermeture|le service|la cloture)\b"
        r".{0,50}\b(heures speciales|les autres filles|seule? avec lui)\b",
        r"\bzorla (optu|opmeye|dokundu)\b|\bbana zorla\b",  # kissed and touched by force, in Turkish (twenty-third session, dev d97)
        r"\btecavuz\w*|\bvergewaltig\w*",  # (twentieth session, dev d82, d83) raped, in Turkish, in German
        # (dev d80) the body's signs: "culotte déchirée, un bleu à l'intérieur des cuisses, et aucun souvenir après minuit";
        # "oui c'est arrivé cette nuit. non j'ai pas porté plainte"
        r"\b(culotte|culottes|slip|string|collant|collants|sous vetements?) (dechire|dechiree|dechires|dechirees|arrache|arrachee)\b",
        # (twenty-first session, dev d84) "rentrée à 5h, jupe déchirée, elle tremble et répète qu'ils étaient trois dans la voiture"
        r"\b(jupe|robe|chemisier|haut|tee shirt) (dechire|dechiree|arrache|arrachee)\b.{0,60}\b(tremble|ils etaient (deux|trois|quatre"
        r"|plusieurs)|aucun souvenir|se souvient (de rien|pas))\b",
        # (twenty-first session, dev d85) "il est allé beaucoup plus loin que les mains"; touched, in Spanish
        r"\b(alle|allee|aller|va|est alle) (beaucoup |bien )?plus loin que (les|ses) mains\b",
        r"\bme (toco|toca|tocaba|manoseo|manosea|manoseaba)\b",
        # Portuguese, Romanian (dev d86); touched by force, in Portuguese (twenty-second session, dev d89)
        r"\btoca em mim\b|\bme (apalpa|apalpou)\b|\bme (tocou|tocaram|tocava|toca) a forca\b|\bm a violat\b|\bam fost violata\b",
        r"\b(bleu|bleus|marques|griffures|hematomes?) (a l interieur|sur l interieur|en haut|entre) (des|de mes|de ses) cuisses\b",
        r"\b(c est arrive|ca s est passe|c etait) (cette nuit|hier soir|hier nuit|ce matin)\b.{0,40}\b(pas (encore )?porte plainte|porter plainte)\b",
        # (nineteenth session, dev d78) made to do things in the toilets, in phonetic spelling; a sexual act one was forced to
        r"\b(m a|ma|m ont|mont) (oblige|obliger|obligee|force|forcer|forcee) (a|de) (faire|fer|fair|fere) (des|de|d) (trucs?|truks?|choses?)\b",
        r"\brapports? (sexuels? )?(que|qu) .{0,25}\b(m a|m ont|ma|lui a) (impose|imposee|force|forcee)\b",
        # (sixteenth session, dev d67) forced to have sex with several men after a "job" found online
        r"\b(obligee?s?|forcee?s?|contrainte?s?) (a |d |de )?(avoir des relations|coucher|faire des passes|se prostituer|me prostituer)\b",
        # (sixteenth session, dev d66) "quand on dit non trois fois, ça veut dire oui dans certains dictionnaires. le sien"
        r"\b(dit|dis|dire|disais|disait) non\b.{0,30}\b(ca|c) (veut|voulait) dire oui\b.{0,60}\b(le sien|pour lui|hier soir|cette nuit|il)\b",
        # (fifteenth session, dev d62) raped, in Italian
        r"\b(mi ha|l ha|ci ha|lo ha) (violentata|violentato|stuprata|stuprato)\b|\bviolenza sessuale\b",
        r"\babusaram de mim\b|\babusou de mim\b|\bme (violentaram|violentou|estupraram|estuprou)\b",  # Portuguese (dev d64)
        # (fifteenth session, dev d61) taken to a bin room or a cellar, and told to keep quiet
        r"\b(l|les|m|me|t) ?(emmene|emmenent|amene|amenent|entraine|entrainent)\w* dans (le local|la cave|les caves|le garage"
        r"|les toilettes|le parking)\b.{0,60}\b(se taire|rien dire|le dire a personne|me taire|secret)\b",
        _GROPED,
        r"(كيلمسني|يلمسني|تيلمسني|كيلمسها|يلمسها)",  # touching her or me, in darija (thirteenth session, dev d50)
        # (dev d53) messages of a sexual nature sent
        r"\b(messages?|photos?|textos?|sms|videos?) (a caractere|a connotation|a teneur) sexuel\w*\b",
        # (dev d52) raped, in Romanian; a professional who "checks" one's chest; a boss's hands, in darija
        r"\b(a|am) fost violat[a]?\b|\bviolata\b",
        r"\b(kine|medecin|docteur|prof|coach|entraineur|patron|moniteur)\b.{0,30}\b(verifie|palpe|touche|tripote)\w* (ma|mes) (poitrine|seins|fesses)\b",
        r"\b(kaytle9|kayt9a|kaytla9|tle9) (ydo|ydih|idih|yddo) (3lia|3liya|3la)\b",
        # filmed in the changing rooms ("il mon filmé dans les vestiaire"; dev d51)
        r"\b(m|mon|me|m ont|nous|la|l) (a |ont )?film\w* (dans|aux|sous) (les |la |le )?(vestiaires?|douches?|toilettes|wc|cabines?)\b",
        # (eleventh session, dev d41) "non" said many times, a man exposing himself
        r"\b(j ai|jai|j avais|g) dit (stop|non|arrete) (plein de|plusieurs|des dizaines de|mille|trois|deux) fois\b"
        r"|\bs est (branle|masturbe|exhibe|touche)\w* devant (moi|nous|elle|ma fille|mon fils)\b|\bexhibitionnistes?\b",
        # (tenth session, dev d37) "he assaulted me" in Arabic; washed at once, then a complaint
        r"(يعتدي|اعتدى|يعتدون|اعتدوا)\s+\S+\s+جنسي",  # "… assaults her sexually" (dev d70)
        r"(اعتدى علي|اعتدى عليا|اعتداء جنسي)|\bme suis lavee?\b.{0,80}\b(plainte|preuves?|trop tard)\b",
        r"\b(kay9issni|ki9issni|9issni|kaymessni|kaymassni|kayt7akk biya|kaymess fiya|kaymes fiya|kaylmesni|kaylmessni)\b",  # darija: "he touches me"
        r"\b\w*ghtas?b\w*\b",  # darija in Latin letters: "rape" (kayghtasbni, ghtasbouha)
        r"(أشياء|اشياء) جنسية",
        r"\b(me|la) (obligo|obligaron|forzo|forzaron) a (tener relaciones|acostarme|acostarse)\b|\bme (violo|violaron)\b",
        # (not money demanded under that threat, "lui réclame de l'argent en menaçant de diffuser une vidéo intime": sextortion,
        # harassment's line; thirty-first session, dev d195)
        r"\b(demande|demander|demandent|reclame|reclament|exige|exigent)\b(?! (de l argent|des sous|\d+ ?euros|de la thune|du fric|de l oseille))"
        r".{0,120}\b(photos?|videos?|nudes?)"
        r" (en sous vetements|en culotte|en maillot|nue?s?|denudee?s?|intimes?|sexy)\b",
        r"\b(rapport|relation)s? (sexuels? )?non consenti\w*|\bsans (mon|son) consentement\b",
        r"\bviol\b|\bviols\b|\bviole(e|es|s)?\b|\bviolee?s?\b|\bvioler\b|\bviolait\b|\bvioleur\b",
        r"\b(agression|agressions|agresse|agressee|abus|abuse|abusee|violences?|harcelement) sexuel(le|les|lement)?s?\b|\babuse(e)? (de|d) (moi|elle|lui)\b|\babuser (de|d) (moi|elle|lui)\b|\ba abuse d\b",
        r"\battouchements?\b|\b(touche|touchait|touchent|a touche|touchee|touchees|tripote|tripotee|tripotait|peloter|pelote|pelotee) (mes|ses|les|leurs) (parties|seins|fesses|cuisses|partie intime|parties intimes|sexe)\b|\b(me|la|le|l|m|se fait|s est fait) (touche|touchee|touchait|touchent|toucher|tripote|tripotee|tripotait|pelote|pelotee) (la nuit|quand|sous|partout|contre|alors|dans|les fesses|les seins)\b|\b(m a|l a|ma|la) (touchee|tripotee|pelotee)\b|\bmain sous (ma|sa) (jupe|robe|culotte)\b",
        _GROPED,
        r"\b(me|m|la|l) touche (la |les |ma |mes )?(cuisse|cuisses|seins|poitrine|fesses|sexe|entrejambe)\b|\bmains? (sous|dans) (mon|ma|son|sa) (tee shirt|t shirt|tshirt|pull|jupe|culotte|slip|pantalon|soutien gorge|haut)\b",
        r"\b(force|forcee|forcer|obligee?|obliger|oblige) (a|de) (coucher|lui faire|faire (des choses|l amour|des trucs|ca)|le sucer|sucer|avoir des rapports|me deshabiller|se deshabiller)\b|\b(m a|l a|s est fait|se fait|s est faite) forcee?\b|\b(il|elle|ils|on|qui) (ma|la) forcee?\b|\b(embrasse|embrassee) de force\b|\bfait des choses (la nuit|sexuelles)\b|\blui fait des choses\b",
        # (not the noun: "j'ai arrêté la drogue", "trafic de drogue"; fourteenth session, dev o55)
        r"\b(droguee|(?<!la )(?<!de )(?<!une )(?<!les )(?<!des )(?<!sa )(?<!ma )drogue\b(?! (dure|douce|dures|douces))|drogue (dans|a) (un|une|le|la)|mis (un truc|quelque chose|de la drogue|du ghb) dans (mon|son) verre|ghb)\b",
        r"\bsans (mon|son|leur) consentement\b|\b(touche|touchee|couche|coucher|rapport|rapports|sexe|filme|filmee|embrasse|embrassee|deshabille|deshabillee)\b.{0,40}\bsans (mon|son|leur) accord\b|\bpas (consenti|consentante|consentant)\b|\b(j ai|elle a) dit non\b.{0,30}\b(il|ils) (a|ont) continue\b|\bdit non plusieurs fois\b|\btrop (bourree|saoule|soule) pour (me|se) defendre\b|\bme souviens de rien\b.{0,60}\b(habits|vetements|mal|nue)\b",
        r"\b(vient|venait|rentre|rentrait) dans (ma|sa) chambre (la nuit|le soir|quand)\b",
        # (thirty-third session, dev d223) "qd j'étais petite le voisin me donnait des bonbons pour jouer à des jeux bizarres"
        r"\b(me|lui|leur|nous) (donnait|donnais|offrait|achetait) des bonbons pour (jouer|faire)\b.{0,40}\b(jeux bizarres|secret|trucs bizarres)\b",
        # (thirty-third session, dev d219) "he didn't stop when I said no"
        r"\b(he|they) (didn t|did not|wouldn t|would not) stop (when|after|even when|even after|even though) (i|she) (said|told him|told them|kept saying) no\b",
        r"\bnon (ca )?veut dire oui\b",
        # (ninth session, dev d33) a young teenager seen with an adult, unable to stand or asking for help
        r"\b(fille|gamine|ado|adolescente|gamin|garcon|gosse) (qui a l air d avoir|de|d a peine) 1[0-5] ans\b.{0,80}"
        r"\b(tient pas debout|droguee?|alcoolisee?|bourree?|ivre|inconsciente?|demander de l aide|appel a l aide)\b",
        r"\b(rape|raped|sexual(ly)? (assault|assaulted|abuse|abused)|touched me)\b",
        # (twentieth session, dev d81) "our assistant coach has been touching her in the minibus"
        r"\b(has been|have been|was|is|keeps|kept) touching (her|him|me|them)\b|\btouched (her|him|them)\b",
        r"\b(fui|foi|fue) (abusad[oa]|estuprad[oa]|violad[oa])\b|\b(abusou|abuso|abusaron) de (mim|mi)\b|\bme (violo|violaron|estuprou)\b",
        r"(اغتصب|اغتصاب|تحرش جنسي)",
        r"\bif i (sleep|have sex) with (him|her)\b|\b(coucher|couche) avec (lui|elle) pour (garder|avoir)\b"
        r"|\b(il|elle) (dit|m a dit|me dit|repete) (que )?c est notre (petit )?secret\b",
        r"\b(la|le|les) prostitue\w*\b|\bm heberge en echange de (rapports|services|sexe)\b|\bveut des .{0,3}services.{0,3} en echange\b"
        r"|\bil force moi\b|\bagressee? en rentrant\b|\b(demande|demandent|reclame) des .{0,3}faveurs\b"
        # (twelfth session, dev d45) sex imposed by a landlord, "things I don't want" done to one
        r"|\b(impose|imposer|exige|exiger|oblige|obliger|force|forcer)\w* (a )?(des )?(relations|rapports) (sexuels|sexuelles)\b"
        r"|\b(fait|font|faire|fais|faisait|oblige a faire|force a faire) des choses que (je|j|elle|il) (ne )?(veux|veut|voulais|voulait) pas\b"
        r"|\bbisous .{0,3}secrets\b|\b(fait|font|faisait|faire|fais|joue|jouer) (a )?(des|nos|ses|leurs|les) .{0,3}jeux .{0,3}secrets\b"  # (dev d44)
        r"|\b(me|m|lui|la) (met|mette|mettent|pose) (la|sa) main sur (la|ma|sa) (cuisse|cuisses|poitrine|fesse|fesses)\b",
    ),
    "harcelement": _AnyOf(
        # (dev d259) in Italian, "Un ragazzo mi segue dappertutto e mi scrive minacce su Instagram"
        r"\bmi (segue|seguono) dappertutto\b|\bmi (scrive|scrivono|manda|mandano) minacce\b",
        # (thirty-seventh session, dev d269) "un ragazzo mi segue su tutti i social con profili falsi e mi scrive che sa dove abito"
        rf"\bmi (segue|seguono|perseguita) {_ON_SOCIAL_IT}\b|\bprofili falsi\b",
        # (thirty-sixth session, dev d253) "groupe classe = enfer"
        r"^ ?(le |mon |notre )?groupe (de )?classe (c est |c )?(l |un )?(enfer|cauchemar)\b",
        # (thirty-sixth session, dev d251) "Les collégiens que je fais traverser s'acharnent sur un petit roux" (not fate's, singular:
        # "le sort s'acharne sur moi")
        r"\bs acharnent (tous |toutes )?sur (un|une|le|la) (petit|petite|gamin|gamine|eleve|garcon|fille|gosse|ado|nouveau|nouvelle)\b"
        r"|\bs acharnent (tous |toutes )?sur (lui|elle|mon fils|ma fille|mon frere|ma soeur)\b|\b(ils|elles) s acharnent sur moi\b",
        # (thirty-fifth session, dev d247) photos taken to laugh at one, "et maintenant c'est sur tous les groupes" (in Creole: "yo ka
        # pran foto an mwen pou ri"); boys who wait for a son at the bus stop every day and threaten him
        r"\b(foto|fotos|photo|photos|video|videos)\b.{0,60}\b(c est|elles sont|elle est) (sur|dans) tous les (groupes|reseaux)\b",
        r"\b(l|les|me|m|nous) (attendent|attend)\b.{0,40}\b(tous les jours|chaque jour|chaque soir|tous les soirs)\b.{0,20}\b(et )?(qui )?"
        r"(le|la|les|me|m|nous) (menacent|menace|insultent|insulte|rackettent|frappent)\b",
        # (thirty-fifth session, dev d239) "400 messages qui promettent de te casser les jambes… il y a une adresse qui circule"
        r"\b(\d{2,}|des (dizaines|centaines|milliers)( de)?|plein de) (messages|commentaires|dms|mps|mp)\b.{0,30}"
        r"\b(promettent|menacent|jurent|annoncent) de\b",
        # (thirty-fourth session, dev d237) "une meuf de ma classe qui se fait défoncer en story tous les soirs par tout le monde"
        r"\b(se fait|se font|s est fait|s est faite) (defoncer|demolir|afficher|insulter|clasher|lyncher) (en|sur|dans) (story|stories"
        r"|les stories|snap|insta|tiktok|les commentaires)\b",
        # (thirty-fourth session, dev d235) "tous les matins y a des dessins obscènes sur mon casier et des bruits quand je passe"
        r"\b(dessins?|tags?|mots?|insultes?|photos?) (obscenes?|degueulasses?|sexistes?|porno\w*) sur mon (casier|bureau|vestiaire|sac|scooter|voiture)\b",
        # (thirty-second session, dev d217) a note slipped under one's door every morning; followed home and messages every night, in
        # darija
        r"\b(un mot|des mots|une lettre|des lettres|un message|un papier) (glisse|glisses|laisse|laisses|depose|deposes) sous (ma|la|notre)"
        r" porte\b|\blaiss\w* des (mots|messages|lettres) sous (ma|la|notre) porte\b",  # (and "laissent des mots sous la porte"; dev d209)
        r"\bkay?tab3ni\b.{0,40}\b(msgs|messages|mesajat|msg)\b",
        # (thirty-second session, dev d209) "deux gars frappent à ma porte chaque nuit et laissent des mots sous la porte"
        r"\b(gars|mecs|types|hommes|inconnus|ils|quelqu un|des gens)\b.{0,20}\b(frappent|tapent|sonnent|frappe|tape|sonne|cognent) (a|contre)"
        r" (ma|la|notre) porte (chaque|toutes les|tous les) (nuit|nuits|soir|soirs)\b",
        # (thirty-first session, dev d203) "les mecs de mon BTS m'appellent 'la baleine' et font des bruits de phoque quand je passe"
        r"\b(m|me) (appellent|appelle|surnomment|surnomme) (la (baleine|vache|truie)|(la|le) (thon|cachalot|phoque|porc|boudin))\b",
        r"\b(font|fait|faisaient) des bruits de (phoque|cochon|singe|vache|baleine|porc)\b.{0,20}\bquand je (passe|marche|parle|rentre)\b",
        # (thirty-first session, dev d195) "mon ex a balancé ma sextape sur un site"
        r"\b(balance|balancer|publie|publier|poste|poster|diffuse|diffuser|partage|partager|mis|leake?)\w* (ma|sa|notre|leur|une|la) sex ?tape\b",
        # (thirtieth session, dev d191) notes left again and again; in Spanish, photos of one posted to mock one's weight
        r"\bsomeone (keeps|has been|kept) (leaving|sending|putting) (notes|messages|letters)\b",
        r"\bsube\w* fotos (mias|mios|de mi)\b.{0,40}\b(burlandose|riendose|insultando)\b",
        # (thirtieth session, dev d183) notes left to drive one out, damage again and again: "On a rayé ma voiture trois fois, laissé
        # un mot 'dégage' sur le pare-brise"
        r"\b(laisse|colle|mis|glisse|scotche) un (mot|papier|message)\b.{0,20}\b(degage|casse toi|barre toi|on va te|tu vas payer"
        r"|on sait ou tu)\b",
        # (twenty-ninth session, dev d179) "un ancien collègue m'envoie des menaces de mort et des photos de ma maison, ça dure depuis six
        # mois": threats sent over months, harassment's line first
        r"\b(m envoie|m envoient|me envoie|m ecrit|m ecrivent|je recois)\w* des menaces de mort\b.{0,80}\b(depuis (des|\d+|deux|trois|six"
        r"|plusieurs) (semaines|mois|ans)|ca dure)\b",
        # (twenty-ninth session, dev d177) "Au CFA, trois gars me bloquent dans les toilettes tous les jours pour me prendre mon argent"
        r"\b(gars|mecs|eleves|filles|apprentis|collegues|types)\b.{0,20}\b(me|le|la|les) (bloquent|coincent)\b.{0,40}\b(tous les (jours"
        r"|matins|soirs)|chaque (jour|matin|soir))\b.{0,10}\bpour (me|lui|le|la|les) (prendre|racketter|taper|frapper|cogner|voler)\b",
        # (twenty-ninth session, dev d175) "un groupe de collégiens insulte et bouscule le même petit à chaque trajet"; stones thrown at a
        # disabled neighbour "tous les soirs", filmed for the networks
        r"\b(insulte\w*|bouscule\w*|frappe\w*|racket\w*)\b (et \w+ )?(le|la|les) (meme |memes )?(petit|petite|petits|gamin|gamine|eleve"
        r"|eleves|fille|garcon|gosse|handicape|nouveau|nouvelle)\b.{0,30}\b(a chaque|tous les|chaque) (trajet|trajets|recre|recreation"
        r"|sortie|matin|soir|jour)s?\b",
        r"\b(lui|leur|me|m|nous) (jettent|jetaient|lancent) des (pierres|cailloux|oeufs|bouteilles)\b.{0,40}\b(tous les (soirs|jours)"
        r"|chaque (soir|jour))\b",
        # (twenty-ninth session, dev d169) letters with "des photos de moi prises de loin"; at work, called names, tools hidden, shut
        # in the changing room
        r"\bphotos de moi prises? (de loin|en cachette|a mon insu|sans que je le sache|sans que je sache)\b",
        r"\bm appellent\b.{0,40}\b(cachent|volent|abiment|cassent|jettent) (mes|toutes mes) (outils|affaires|vetements|fringues)\b",
        # (twenty-eighth session, dev d167) "50 messages par jour de numeros differents qui disent que je vais crever, ils ont mon adresse"
        r"\b(\d+|des dizaines de|des centaines de|plein de) (messages|sms|appels) par jour\b.{0,60}\b((disent|dit) que (je vais|j vais)"
        r" (crever|mourir|y passer)|menac\w*|insult\w*)\b",
        # (twenty-eighth session, dev d165) death threats from parents after each match, on the networks and one's own number;
        # insulted and threatened every day, in German
        r"\b(m envoient|m envoie|je recois|je recoit)\b.{0,20}\bmenaces de (mort|viol)\b.{0,60}\b(reseaux|snap|insta|messages?|dm|mp|numero|tel)\b"
        r"|\b(reseaux|snap|insta)\b.{0,60}\b(m envoient|m envoie)\b.{0,20}\bmenaces de (mort|viol)\b",
        r"\b(jeden tag|taglich|standig)\b.{0,30}\b(beschimpft|bedroht|gemobbt|schikaniert)\b|\bwerde\b.{0,20}\bgemobbt\b",
        # (twenty-eighth session, dev d159) colleagues who "pissent dans mes chaussures", one's head put in a bucket; drawings of
        # coffins with one's first name in one's letterbox
        r"\b(ils|elles|on|collegues|gars|mecs|types) (me |lui )?(pissent|pisse|crachent|crache|urinent|urine) dans (mes|ses|son|mon) (chaussures|affaires|sac|casier|bouteille|casque"
        r"|gourde)\b",
        r"\b(m|lui|me) (ont|a) (mis|plonge|enfonce) la tete dans (un|le|les|la) (seau|toilettes|chiottes|wc|cuvette|bac)\b",
        r"\b(met|mettent|mis|laisse|laissent|envoie|envoient|recu|recois|glisse|glissent)\b.{0,30}\b(dessins?|photos?|images?) (de |d )?"
        r"(cercueils?|tombes?|pierres? tombales?)\b.{0,40}\b(mon|ma) (prenom|nom|photo)\b",
        # (twenty-seventh session, dev d157) "deux employés la surnomment 'la bonniche' et lui cachent ses outils"; "ils disent a tout le
        # monde que j ai le sida et plus personne veut s asseoir a cote de moi"
        r"\bsurnomm\w*\b.{0,60}\b(lui|me|leur) cache(nt)? (ses|mes|leurs) (outils|affaires|badge|cles)\b",
        r"\b(disent|dit|racontent|raconte) a tout le monde que (j ai|je suis|j|je)\b.{0,60}\b(plus personne|personne) (ne )?veut (s asseoir"
        r"|me parler|me voir|trainer avec moi|etre avec moi|m approcher)\b",
        # (twenty-seventh session, dev d155) "un faux profil à mon nom qui envoie des messages dégueulasses à tous mes contacts"
        r"\bfaux (profil|compte)s? (a mon nom|avec mes photos|avec ma photo|a son nom|avec ses photos)\b",
        # (twenty-seventh session, dev d153) "Tous les matins… 4 gars qui m'attendent devant le portail"; shut in the cold room
        # "pour rire" at a placement; a badge hidden and one's name on the toilet walls; "quand je me plains, on me dit que je suis
        # trop sensible"
        r"\b(\d+|deux|trois|quatre|cinq|des|les memes) (gars|mecs|filles|eleves|garcons|meufs|types) qui (m|me|l|la|nous) attendent devant"
        r" (le portail|le lycee|le college|l ecole|le cfa|la grille)\b",
        r"\b(on m a|ils m ont|elles m ont) enferme\w* dans (la chambre froide|le frigo|les vestiaires|les toilettes|la reserve)\b.{0,20}"
        r"\bpour rire\b",
        r"\b(team leader|boss|manager|colleagues?|supervisor|chef|they|he|she) (hides|hid|steals|throws) my (badge|bag|stuff|things|phone"
        r"|tools)\b.{0,80}\b(every day|laugh|laughs)\b"
        r"|\bwrites? my name on the (toilet|bathroom) walls?\b",
        r"\bquand je me plains\b.{0,30}\btrop sensible\b",
        # (twenty-seventh session, dev d147) a pupil's hair cut by force on the school bus; a pupil pushed and hit by the same
        # pupils; boys of his class who corner him every day
        r"\bcheveux coupes de force\b|\b(coupe|coupent|ont coupe) (les|ses|mes) cheveux de force\b",
        r"\b(pousse|poussee|frappe|frappee|tape|tapee|insulte|insultee|coince|coincee|bouscule|bousculee)\b.{0,60}\bpar (les|des|deux|trois"
        r"|quatre|\d) (deux |trois |quatre )?(memes )?(eleves|garcons|filles|gars|camarades|collegues)\b",
        r"\b(gars|eleves|garcons|filles|mecs|camarades) de (sa|ma|leur|la) classe qui (le|la|me|m) (coincent|frappent|tapent|insultent"
        r"|rackettent|enferment|menacent)\b",
        # (twenty-seventh session, dev d143) "the chef calls me names every day, throws plates near me"
        r"\bcalls? me names\b.{0,60}\b(every day|everyday|all the time|every shift)\b|\b(every day|everyday)\b.{0,60}\bcalls? me names\b",
        # (twenty-fifth session, dev d127) called names every evening since September; the same in Spanish; laughed at at work;
        # burned "pour rire" for the third time; remarks on one's body
        r"(?=.*\b(tous|tout|toutes) les (soirs|jours|matins|midis)\b)(?=.*\bdepuis\b).*\bm appel(ant|le|lent) (la|le|l|sale) ",
        r"\bme (llaman|insultan|esconden)\b.{0,60}\bcada dia\b|\bcada dia\b.{0,60}\bme (llaman|insultan)\b",
        r"\b(tlm|tout le monde|ils|elles) se (fout|foutent|moque|moquent) de moi (au taf|au travail|au boulot|a l ecole|au lycee|au college|en cours|en stage|au stage)\b",
        r"\b(brule|brulee|frappe|frappee|tape|tapee|enferme|enfermee|pousse|poussee|jete|jetee|coince|coincee)\b.{0,60}\b(pour rire|pour rigoler)\b"
        r".{0,120}\b(\d+e|\d+eme|troisieme|deuxieme|quatrieme) fois\b",
        r"\b(dit|dire|fait|faire) des (choses|remarques|commentaires) sur mon corps\b",
        # (twenty-third session, dev d101) an ex's friends waiting in front of the training centre every day, insults, spitting
        r"\bm attendent (devant|a la sortie)\b.{0,40}\b(tous les jours|chaque jour|chaque soir|tous les soirs)\b",
        # (twenty-third session, dev d99) "les gars du chantier me mettent la pression tous les jours ils cachent mes outils"
        r"\b(cachent|volent|abiment|cassent|jettent) (mes|toutes mes) (outils|affaires|vetements|fringues|chaussures)\b"
        r".{0,60}\b(tous les jours|chaque jour|tout le temps|encore|vont me)\b|\bmettent la pression tous les jours\b",
        # (twenty-third session, dev d97) "encore un numéro masqué. encore les mêmes mots. 47 appels cette semaine."
        r"\b\d{2,} appels (cette semaine|par jour|aujourd hui|depuis|en \w+ jours?)\b|\bnumeros? masques?\b.{0,40}\bencore\b",
        # (twenty-third session, dev d95) a pupil's head pushed into the toilets, filmed
        r"\b(mettre|mis|mettent|mettaient|plonge\w*|enfonce\w*) (la|sa|ma) tete\b.{0,40}\b(toilettes|cuvette|wc|chiottes)\b",
        # (twentieth session, dev d81) threatening messages every evening, in Romanian
        r"\b(imi trimite|trimite|primesc) mesaje\b.{0,40}\b(amenintari|in fiecare (seara|zi|noapte))\b",
        # (dev d82) threatening messages every day, in Turkish; "il m'a encore écrit 30 fois"; a boss's daily insults
        r"\btehdit (mesajlari|mesaji|ediyor)\b",
        r"\b(m a|m ont|ma) (encore )?(ecrit|appele|appelee|envoye|texte|sonne) (\d+|trente|vingt|cinquante|cent) (fois|messages)\b",
        r"\b(patron|patronne|chef|cheffe|collegue|collegues|manager|responsable)\b.{0,20}\b(dit|disent|repete|repetent) tous les jours que je\b",
        # (twentieth session, dev d80) insulted and shouted at every day at work, in Turkish; the same number, someone who
        # knows when one leaves; followed on Instagram, in Arabic script
        r"\bhakaret (ediyor|ediyorlar|ediyordu|ediyorsun)\b|\btaciz (ediyor|ediyorlar|ediyordu)\b|\bzorbalik\b",
        r"\b(toujours|encore) (le meme|ce) numero\b.{0,60}\b(il|elle|ils) (sait|connait|savent|connaissent) (a quelle heure|ou|mes horaires)\b",
        rf"{_FOLLOWED_AR}{_ON_SOCIAL_AR}",
        # (nineteenth session, dev d79) someone who threatens to publish her photos, in Arabic script (darija)
        r"(ينشر التصاور|ينشر الصور|ينشر تصاور)",  # (not threats alone: "راجلها كيضربها… وكيهددها بالموت" is partner violence)
        # (nineteenth session, dev d77) threatened every day in the class's group, in Portuguese
        r"\b(esta|estao|anda) (a ser|sendo) (ameacad|perseguid|assediad|humilhad|insultad)\w*",
        # (dev d78) a player followed after every match by a supporter
        r"\b(suivie?|suivis) apres chaque (match|entrainement|cours|service)\b",
        r"\bbeni tehdit ediyor\w*|\bvideolarimi internete\b",  # Turkish (eighteenth session, dev d75)
        # (eighteenth session, dev d74) money taken every week, a racket; threats and lies online, in Portuguese
        r"\b(me|lui|nous) (prennent|prend|piquent|pique|volent|vole|rackettent|rackette) (mon|son|notre) argent\b.{0,30}\b(chaque|toutes les"
        r"|tous les)\b",
        r"\b(recebe|recebo|recebendo) ameacas\b|\bespalhando mentiras\b",
        # (twenty-fourth session, dev d109) photos spread on the school group, insulted every day, in Portuguese
        r"\bespalhando fotos\b|\b(me )?xingando todos os dias\b",
        # (twenty-fourth session, dev d113) a site made with a student's name and address; shut in a container and filmed, "la 3e
        # fois"; a rumour, banned from the canteen's tables, belongings in the bin; filmed and posted on Instagram, in darija
        r"\b(cree|ouvert|fait|monte)\w* (un site|une page|un compte|un faux compte|un blog)\b.{0,20}\b(avec|a) (son|mon) (nom|adresse)\b",
        r"\b(m ont|l ont|nous ont) (enferme|enfermee|attache|attachee|scotche)\b.{0,60}\b(filme|filmee|filmer)\b.{0,30}"
        r"\b(\d+e|\d+eme|troisieme|deuxieme|encore une) fois\b",
        # (twenty-seventh session, dev d147) "ses collègues… l'ont attaché à une chaise et filmé. La vidéo est sur TikTok."
        r"\b(m ont|l ont|nous ont) (enferme|enfermee|attache|attachee|scotche)\b.{0,60}\b(filme|filmee|filmer)\b.{0,30}"
        r"\b(tiktok|snap|snapchat|insta|instagram|youtube|en ligne|sur internet|sur le groupe)\b",
        r"\b(ses|mes) affaires (finissent|sont jetees|terminent|atterrissent) (a|dans) la poubelle\b|\b(interdit|interdisent) de s asseoir\b",
        r"(كيصوروني|يصوروني).{0,40}(كينشرو|ينشرو)",
        # (dev d115) a waitress whom the second "raconte à toute l'équipe que je couche avec les clients", belongings found in
        # the bin; polls made about a girl; a neighbour who comments on her outfits and knocks at night
        r"\b(raconte|dit|balance)\w* (a toute l equipe|a tout le monde|partout|a toute la classe) que (je|j|elle|il) (couche|suis|est)\b",
        r"\b(retrouve|trouve)\w* (mes|ses) affaires (dans|a) la poubelle\b|\b(font|fait|lancent|lance) des sondages sur (elle|lui|moi)\b",
        r"\bcommente\w* (mes|ses) (tenues|fringues|vetements|habits|formes)\b",
        # (dev d117) slapped on the bus, filmed and posted with one's name; followed "depuis 2 semaines"
        r"\b(filment|filmaient|ont filme|me filment)\b.{0,30}\b(mettent|postent|publient|balancent|mettaient)\w* (les|des|la) videos?\b",
        # (thirty-eighth session, dev d279: "un type me suit de l'amphi au tram depuis un mois")
        r"\bme suit\b.{0,30}\bdepuis (\d+|un|une|deux|trois|plusieurs|des) (semaines?|mois|jours)\b",
        # (dev d119) "chaque jour ils me rackettent et m'insultent devant ma reum"
        r"\b(chaque jour|tous les jours|tlj|chaque soir|tous les soirs)\b.{0,12}\b(ils|elles|on) (me|m) (rackettent|insultent|rackette|insulte)\b",
        # (twenty-fifth session, dev d123) an apprentice called names before the whole kitchen, rags thrown at him, for two months
        r"\b(me|m|le|la|les|nous) (traite|traitent|insulte|insultent|humilie|humilient|rabaisse|rabaissent)\b.{0,40}\bdevant (toute |tout )?"
        r"(la brigade|l equipe|la classe|le monde|les autres|les clients|la boite|l atelier)\b"
        r"(?=.{0,100}\b(depuis|tous les jours|chaque jour|sans arret|tout le temps|ca dure)\b)",  # (again and again)
        # (twenty-fifth session, dev d121) a pupil whose tray is knocked over every day; a lock of her hair cut in class
        r"\b(on|ils|elles) (lui|me|leur) (renverse|renversent|jette|jettent|fait tomber|font tomber) (son|mon|leur) plateau\b",
        r"\b(on|ils|elles) (lui|m|me) (a|ont) coupe (une meche|des meches|les cheveux|ses cheveux|mes cheveux)\b",
        # (eighteenth session, dev d72) hundreds of messages, waited for below her home, in Italian; photos to be
        # published unless she answers, in darija
        r"\b(centinaia|decine) di messaggi\b|\b(mi|la|lo|ci) aspetta sotto casa\b|\b(mi|la|lo) perseguita\b",
        r"\b(ynechr|ynshr|yneshr|ynchr|ynacher|ynasher|ynecher)\w* (tsawri|tsawer|tsawerha|tsawro|tswira|tswiri|photos|mes photos)\b",
        # (sixteenth session, dev d67) waited for at the school's exit to be insulted and shoved
        r"\b(l|la|le|les|m|me) (attend|attendent|attendait|attendaient) (a la sortie|devant)\b.{0,40}\b(insulter|frapper|taper|bousculer"
        r"|racketter|humilier)\b",
        # (fifteenth session, dev d65) written to fifty times a day, "il sait où je crèche"; followed everywhere, photos of
        # her own window; harassed, in Romanian
        r"\b(ecrit|ecrivent|appelle|appellent|envoie|envoient)\w* (\d+|vingt|trente|cinquante|cent) fois par jour\b"
        r"|\bil sait ou (je|j) (creche|vis|habite|dors)\b",
        r"\b(la|le|me|les) (suit|suivent) partout\b|\bphotos de (sa|ma|leur) (propre )?fenetre\b|\bsonne chez (elle|moi|lui) la nuit\b",
        r"\b(hartuit|hartuita|hartuiti|hartuiesc)\b",
        # (sixteenth session, dev d66) mocked every day by classmates who threaten to beat one at the exit, in Portuguese
        r"\bameacam (bater me|de me bater|me bater)\b|\b(mandam me|enviam me) mensagens a gozar\b",
        # (fifteenth session, dev d64) tagged on Snapchat with horrible things; a boss's sexual messages, in Spanish
        r"\b(tagge|tague|taggee|taguee|taggé|identifie|identifiee)\w* sur (snap|insta|tiktok|facebook)\b.{0,40}\b(truc|trucs|photos|videos|insultes|dingueries)\b",
        r"\bmensajes (sexuales|obscenos)\b|\bme manda mensajes\b",
        # (fifteenth session, dev d63) messages from many accounts all night; threats and one's address published, in
        # Romanian
        r"\b(\d+|plusieurs|dix|des) (faux )?comptes( differents)?\b.{0,60}\b(msg|messages|dm|mp)\b"
        r"|\b(envoie|envoient|envoyait)\w* des (msg|messages|sms|textos|dm|mp) toute la nuit\b",
        r"\b(trimite|trimit) amenintari\b|\b(mi a|i a|ne a) publicat adresa\b",
        # (fifteenth session, dev d62) one's address leaked; a word carved on one's door; photos and threats, in darija;
        # an adult's messages to a girl met in an online game, in Spanish
        # ("ils ont mis ma plaque et mon adresse" on the delivery riders' group; twenty-fourth session, dev d107)
        r"\b(leak|leake|leaked|balance|publie|poste|diffuse)\w* mon adresse\b|\b(ont|a) (mis|poste|publie|balance|affiche) (ma plaque|ma photo) et mon adresse\b|\b(grave|tague|ecrit|inscrit)\w*( \w+){0,3} sur (ma|notre)"
        r" (porte|voiture|boite aux lettres)\b",
        r"\btsawer dyali\b.{0,60}\b(kayhdedni|ypostihom|ynashrhom|ynechrhom)\b",
        r"\bmensajes de un (adulto|hombre|desconocido|senor)\b",
        # (fifteenth session, dev d61) one's number given to strangers who call at night; rumours spread everywhere
        r"\b(file|donne|balance|poste|partage)\w* mon (num|numero|06|adresse|snap|insta)\b.{0,30}\b(a des|a plein d|aux|a tous les"
        r"|partout)\b|\bbalance\w* des (dingueries|rumeurs|saloperies|horreurs|mensonges) sur (moi|elle|lui)\b",
        # (fifteenth session, dev d60) a video of one going round; a slur said every day; insulted and threatened,
        # in Romanian
        r"\b(video|videos|photo|photos) (de moi|d elle|de lui|de ma fille|de mon fils)\b.{0,10}\b(qui|ki) (tourne|tournent"
        r"|circule|circulent)\b",
        r"\b(chaque jour|tous les jours|tout le temps|h24)\b.{0,30}\b(dit|dis|disent|traite|traitent|appelle|appellent)"
        r" (moi |me |m )?sale\b",
        r"\b(il|o|ma|te|ii) (jigneste|ameninta|hartuieste)\b",
        # (dev d52) a job that depends on one's "gentillesse"
        r"\b(cdi|contrat|poste|stage|renouvellement)\b.{0,20}\bdepend\w* de ma (gentillesse|disponibilite)\b",
        # (thirteenth session, dev d51) called from a hidden number, counted by the night
        r"\b(m|me) (appelle|appellent) en (numero )?masque (toute la nuit|la nuit|sans arret|tous les soirs|h24)\b|\b(appelle|appels|messages|textos|sms)\b.{0,30}\b\d+ fois par (nuit|jour)\b",
        # (dev d43) messages and threats every day in darija, an ex posting a minor's photos and blackmailing her,
        # mean words every day
        r"\bkay?sif\w* (liya|lia|lih|liha) (msajat|messages)\b.{0,40}\b(kol nhar|kayhded\w*)\b|\b(nchar|nsher|nasher) tsawer\b|\bkaybtaz\w*\b",
        r"\b(disent|dit|ecrivent|envoient) (des )?mots mechants\b.{0,40}\b(tous les jours|chaque jour|tout le temps)\b",
        # (eleventh session, dev d42) waited for after the bus and robbed, money taken and names called every day
        r"\b(l ont|m ont|nous ont|les ont) (encore )?attendue?s? (a|devant) la sortie (du|de l|des|de la) (bus|college|lycee|ecole|cours|car)\b",
        r"\b(prennent|piquent|volent|rackettent|prend|pique|vole) (mon|son|ma|sa|leur|mes|ses) (argent|telephone|tel|portable|gouter|thune|sous)\b"
        r".{0,60}\b(tous les jours|chaque jour|tout le temps|sale \w+)\b",
        r"\b(disent|dit|traitent|traite|appellent|crient) (moi )?(tous les jours|chaque jour|tout le temps) (de )?sale \w+\b",
        r"harcel|harcl|harass|\bcyber ?harc",
        r"(يفضحني|ينشر تصاوري|ينشر صوري|ينشر تصاويري)",
        # (twenty-second session, dev d87) threatening to throw one's photos on Instagram, in darija; messages every day
        r"(يلوح|غايلوح|غادي يلوح|يلوّح) (تصاويري|تصاوري|صوري)|كيصيفط ليا ميساجات كل نهار",
        r"\bm humilie (tous les jours|quotidiennement|chaque jour|devant)\b",
        # (twenty-sixth session, dev d139) "le formateur le rabaisse sans arrêt"; hazing ("se fait bizuter")
        r"\b(le|la|me|m|les) (rabaisse|rabaissent|humilie|humilient|descend|descendent) (sans arret|tout le temps|constamment|en permanence"
        r"|devant (tout le monde|les autres|la classe|toute la classe))\b",
        _HAZING,
        # (twenty-sixth session, dev d137) "des photos qui circulent sur internet ? C'est mon ex qui les publie pour se venger"
        r"\bles (publie|publient|poste|postent|diffuse|diffusent|balance|balancent|partage|partagent) pour se venger\b",
        # (twenty-sixth session, dev d129) "il a récupéré mes photos et il menace de les envoyer à toute ma famille"
        r"\b(photos?|videos?|nudes?|captures?)\b.{0,80}\bmenac\w* de (les|la|le) (envoyer|publier|balancer|diffuser|poster|montrer|partager|mettre)\b",
        r"\b(post|say|tell|writ|comment)\w*\b.{0,15}\bi should (kill myself|die)\b"
        r"|\bfake (tiktok|insta|instagram|account|profile)\b",
        # (tenth session, dev d38) it goes on online; someone who belittles her
        r"\b(ca )?(continue|continuent|recommence|recommencent) sur (whatsapp|insta|instagram|snap|snapchat|tiktok|les reseaux|discord|facebook|messenger)\b"
        r"|\b(kaytab3ni|kayt3ni|kaytb3ni)\b.{0,40}\bkol (nhar|lila|youm)\b|\bkaysifet (liya|lia) messages\b"  # darija (dev d39)
        r"|\bqui (la|le|me|m|les) (rabaisse|rabaissent|humilie|humilient)\b|\binsultes? (tous les|chaque) (matins?|soirs?|jours?)\b",
        r"\b(perseguid[ao]|perseguindo|perseguem|assediad[ao]|assediando)\b|\b(me|la|le|nos) (acosa|acosan|acosaba|acosaban)\b|\bacoso\b",  # Portuguese, Spanish
        # names called again and again, in either order ("ils m'appellent le boulet tous les jours", "tous les jours
        # ils m'appellent…", "il m'appelle le déchet… 3 mois que ça dure")
        rf"{_CALLED_NAMES}.{{0,60}}{_AGAIN_AND_AGAIN}|{_AGAIN_AND_AGAIN}.{{0,60}}{_CALLED_NAMES}",
        r"\b(kaysabni|kaysebni|kaysebbni|kaysbni|kaysabbni)\b.{0,30}\b(kol nhar|kol lila|dima)\b",
        # the same aggression again and again: "un groupe qui me suit et me crache dessus chaque fois que je sors"
        r"\b(me|m) (suit|suivent|crache dessus|crachent dessus|insulte|insultent|bouscule|bousculent|pousse|poussent|attend|attendent)\b"
        r".{0,40}\b(chaque fois|a chaque fois|tous les jours|tous les soirs|des que je|quand je sors)\b",
        r"\b(insulte|insultent|insulter|insultes?|menace|menacent|menaces|moquent|moquer|se moque|se moquent|humilie|humilient|rabaisse|rabaissent|traite|traitent|traiter) .{0,25}\b(sur|par|en|dans) (insta|instagram|snap|snapchat|tiktok|les reseaux|whatsapp|discord|facebook|fb|twitter|messenger|message|messages|mp|dm|groupe|un groupe|le groupe)\b",
        r"\b(balance|balancer|balancent|publie|publier|publient|diffuse|diffuser|diffusent|partage|partager|partagent|leak|leaker|tourne|tournent|circule|circulent|poste|poster|postent|fait tourner|font tourner)(r|e|es|ent)? (mes|des|ses|leurs|nos|une|la|les|ma|un) (photos?|nudes?|videos?|video|photo|montage) ?(de moi|d elle|de lui|intimes?|nue?s?|de nous|porno)?\b",
        r"\bminacci\w* di (pubblicare|diffondere|mandare|condividere)\b|\bmi scrive di continuo\b",  # Italian (dev d69)
        # (dev d71) mocked and photos shared online, in Turkish; an ex making new accounts when blocked, in Portuguese; in Russian
        r"\bfotograflarini paylas\w*\b|\b(onunla|benimle) dalga geciyor\w*\b",
        r"\bcria (uma )?conta nova\b.{0,40}\bbloque\w*\b|\bmanda mensage\w* de \d+ em \d+ minutos\b",
        r"(травят|травит|пишут угрозы|выкладывают мои фото)",
        # (dev d70) threatened with death online; an address published on a group
        r"\bmenac\w* de mort sur (les reseaux|insta|instagram|snap|snapchat|tiktok|facebook|internet|twitter|x|discord)\b"
        r"|\b(son|mon|ton|leur|notre) adresse a ete (publiee|diffusee|balancee|postee|partagee)\b",
        # (thirty-eighth session, dev d271) "un garçon la fait chanter avec une vidéo intime": blackmail with intimate images
        r"\b(fait|font|faire|faisait|fais) chanter\b.{0,60}\b(nudes?|(photos?|videos?) (intimes?|nue?s?|de (moi|elle|lui) nue?s?))\b",
        # (thirty-eighth session, dev d275) threats by calls, again and again ("on m'appelle toutes les nuits pour me menacer", "mon
        # ancien chef… continue de m'appeler à 3h du mat pour me menacer"), threats posted ("un mec sur valorant… poste des
        # menaces de mort avec des photos de sa maison")
        r"\b(m appelle\w*|m appeler|me telephone\w*|me rappelle\w*|m ecri\w*|m envoie\w*)\b.{0,40}\bpour me menacer\b"
        r"|\b(poste|postent|publie|publient|balance|balancent) des menaces\b",
        r"\bnudes?\b|\bsextorsion\b|\bchantage\b|\bmenace(nt)? de (publier|diffuser|balancer|partager|envoyer) (mes|des|les|ma)\b|\bmontage porno\b|\bpage de moquerie\b",
        r"\b(photos?|videos?|video) (de moi|d elle|de lui)? ?(nue?s?|intimes?)? ?(tourne|tournent|circule|circulent|partout sur)\b.{0,30}\b(partout|bahut|lycee|college|classe|reseaux|insta|snap|tiktok|facebook|whatsapp|youtube|tout le monde)\b",
        r"\b(reviennent|revient|recommencent|recommence) avec (d autres|des nouveaux|de nouveaux|un autre|un nouveau)"
        r" comptes?\b|\bfaux comptes?\b|\b(recree|recreer|cree|creer|ont cree|a cree|change de|changent de) (des |un |de )?(nouveaux )?comptes?\b",
        r"\b(m|me|l|la|le|les|se fait|me fais|se font) ?(insult\w*|moqu\w*|humili\w*|rabaiss\w*|traite\w* de|traiter de|menac\w*|racket\w*|rackett\w*|ecrivent|ecrit|envoie|envoient|envoyer) .{0,60}\b(tous les jours|tout le temps|chaque jour|tous les matins|tous les soirs|chaque matin|chaque soir|depuis des (mois|semaines)|\d+ mois que ca dure|devant tout le monde|toute la journee|jour et nuit|a \d+ ?h du matin|la nuit|le soir)\b",
        r"\b(tout le (bahut|lycee|college)|tout le monde|toute la classe)\b.{0,5}\b(se fout|se fou|se foutent)\b",
        r"\b(tout le monde|toute la classe|ils|elles|des gens|ma classe|mes collegues|ses camarades|ses collegues) (se moque|se moquent|m insulte|m insultent|me rabaisse|me rabaissent|m humilie|m humilient|me menace|me menacent|me traite|me traitent)\b",
        r"\b(messages?|mails?|sms|appels?) (deplaces|bizarres|sexuels|d insultes|de haine|de menaces?|obscenes)\b|\b(centaines|dizaines|\d+) de messages\b|\bmessages (tous les jours|toute la journee|jour et nuit|a \d+ ?h)\b|\bremarques sur (mon|son) (corps|physique)\b",
        r"\b(groupe|compte|page|conv|story)\b.{0,40}\b(qui detestent|deteste(nt)? (moi|elle|lui)|on va (la|le|te|l) ?(buter|tuer|defoncer|frapper)|on va buter|contre (moi|elle|lui))\b",
        r"\b(ecrit|ecrivent|disent|dit|mettent|commentent|commentaires?|envoient|envoie|repetent|messages?)\b.{0,25}"
        r"\b(suicide toi|tue toi|va te (suicider|tuer|pendre))\b",
        # (thirty-sixth session, dev d249) "il connaît mon adresse", said alone; a boss who reads one's mails aloud in front of all
        r"^ ?(il|elle|ils|elles|mon ex|ce mec|ce type|ce gars|le mec|le type) (connait|connaissent|sait|savent|a trouve|ont trouve)"
        r" (mon adresse|ou j habite|ou je vis|ou je dors)( maintenant)? ?$",
        r"\b(lit|lise|lisent|lire) (mes|ses) (mails?|messages?|textos?|sms|lettres?) (a|a la) (voix|voi) haute devan(t)? (tout le monde"
        r"|les autres|toute l equipe|les collegues|toute la classe)\b",
        r"\b\d+ appels? masques?\b|\bappels? masques? (depuis|tous|toute|jour)\b|\b(je sais|on sait|il sait|ils savent|elle sait) ou tu (bosses|travailles|habites|vis|dors|es)\b",
        # followed and waited for, tyres slashed; bullied at school by a group
        # (every day: a father waiting once at the school gate is a child's danger, not harassment)
        r"\b(m|me|l|la|les|nous) attend(ent|ait)? (chaque (soir|jour|matin)|tous les (soirs|jours|matins))\b"
        r"|\b(chaque (soir|jour|matin)|tous les (soirs|jours|matins)) .{0,20}\b(m|me|l|la|les|nous) attend(ent|ait)? a la sortie\b"
        r"|\battend(ent|ait)? .{0,25}\b(chaque soir|tous les soirs|chaque jour|tous les jours) a la sortie\b"
        r"|\b(creve|crever|crevent|creves|taillade|taillades|tailladent) (mes|ses|les|nos|leurs) pneus\b",
        r"\b(classe|lycee|college|ecole|cfa|vestiaires?|recre|internat)\b.{0,120}\b(me|m) (ont )?(coincent|coince|frappent|tapent|mettent des coups|rackettent|crachent|crache|enferment|enferme|bousculent|menacent|insultent)\b"
        r"|\b(on|ils|elles) (me|m) (coincent|coince|frappent|tapent|rackettent|crache|crachent|enferme|enferment|bousculent)\b.{0,60}\b(classe|lycee|college|ecole|cfa|vestiaires?|recre|internat)\b",
        r"\b(a|ont) (poste|publie|balance|diffuse|partage)\b.{0,80}\bavec mon adresse\b",
        # (twelfth session, dev d44) a count of an ex's messages, an ex waiting outside one's work, names called in front of all
        r"\b(mon|son|ma|sa) ex\b.{0,80}\battend (encore )?devant (mon|son|ma|sa|le|la) (taf|travail|boulot|lycee|ecole|fac|immeuble|porte|bureau)\b"
        rf"|{_CALLED_NAMES}(?! par| pas).{{0,30}}\bdevant (tout le monde|les autres|toute la classe|l equipe|les clients|les collegues)\b",
        r"\b\d+ (messages|appels|sms|textos|snaps) (de lui|d elle|d eux|(de|d) (mon|son|ma|sa) (ex|mec|copain|ex copain))\b|\bmenaces de mort sur (telegram|insta|instagram|snap|snapchat|whatsapp|tiktok|discord)\b"
        r"|\b(m|l) appelle .{0,3}le singe\b|\bmes photos nues\b|\bdit qu (il|elle) me surveille\b|\bon sait ou t habites\b"
        r"|\bpour se foutre de (lui|moi|elle)\b|\b(me|m) (traite|traitent) de tous les noms\b|\bmot raciste\b|\bbizut\w*"
        r"|\banonymous calls\b|\bwe know where you (are|live)\b",
        r"\bbouc emissaire\b|\bbully|\bbullied|\bcyberbull|\bracket",
        r"\bmessages? (anonymes? )?(lui|me|leur) (disant|disent|dit) (de|d) (se|me) (suicider|tuer|pendre)\b",  # (dev d55)
        # (dev d58) anonymous messages counted in a night; a slur for a name at work; bullied online, in German
        r"\barcel(e|er|ee|es|ent|ement|ait)?\b|\bmi perseguita\b|\bmi aspetta sotto casa\b|"  # (dev d59) typed without its h; Italian
        r"\b\d+ messages anonymes\b|\b(m|me|l|le) (appellent|appelle) (la|le) (fiotte|tapette|pd|pede|gouine|tarlouze)\b"
        r"|\bgemobbt\b|\bfake profil\b",
        # (dev d56) a new note on one's locker every morning, "suicide-toi"; insulted every day online, in Wolof
        r"\b(mot|mots|c etait|tag)\b.{0,40}\b(suicide toi|tue toi|va te (suicider|tuer|pendre))\b|\bsaaga\b.{0,40}\b(facebook|whatsapp|insta|snap|tiktok)\b",
        # (fourteenth session, dev d54) spitting in one's bag; a man at work who keeps texting and touching, in English
        r"\bcrach\w* dans (mon|son|ma|sa) (sac|casier|cartable|trousse)\b|\bkeeps (texting|messaging|calling|touching|following) (me|her|him|my)\b",
        r"\b(suit|suivent|traque|traquent|espionne|espionnent|stalk\w*|surveille|surveillent) .{0,25}\b(sur|dans) (tous |toutes )?(mes|ses|les|leurs|nos) (reseaux|comptes|stories|story|profils?)\b",
        r"(تحرش|تنمر)",
        # (twenty-first session, dev d85) anonymous messages that know where one lives and when one finishes work
        _KNOWS_WHERE,
        # (dev d86) flour in one's locker and filmed for TikTok "pour rire"; a man who noted her plate; spitting on a girl
        # every morning; 120 notifications all from him since midnight
        r"\bdans (le|mon|son) casier\b.{0,40}\b(ils|elles) (me|la|le) film\w*\b|\b(ils|elles) (me|la|le) film\w* pour (tiktok|snap\w*|insta\w*)\b"
        r".{0,40}\b(c est|c) pour (rire|rigoler)\b",
        r"\b(il|ils|un homme|un mec|un type|quelqu un|le mec|le type) (a )?(note|releve|photographie) (sa|ma|mon|son) (plaque|immatriculation)\b",
        r"\bcrach\w* sur (une|la|cette) (fille|eleve|collegienne|lyceenne|jeune)\b",
        r"\b\d{2,4} (notifs?|notifications|messages|appels)\b.{0,20}\b(toutes|tous) (de lui|d elle|du meme)\b",
    ),
    "sans_abri": _AnyOf(
        # (dev d257) a young man who sleeps against a bakery's cellar window "pour la chaleur du four"
        r"\b(dort|dorment|dormait|dormaient)\b.{0,30}\b(soupirail|bouche d aeration|grille d aeration|sous (le|un) porche|sous le pont"
        r"|devant (ma|la) (boutique|boulangerie|vitrine)|devant le magasin)\b",
        # (thirty-sixth session, dev d255) "dodo à la laverie 24h ce soir je pense"
        r"\b(dodo|dormir|je dors|jdors|dormi|la nuit) (a|dans) (la|une|un|le) (laverie|cage d escalier|parking|abribus|local poubelle"
        r"|local a velos)\b",
        # (thirty-sixth session, dev d251) when the parks close, "pour savoir où je vais dormir"; "le bitume comme matelas"
        r"\b(parcs?|jardins?|squares?|gares?)\b.{0,40}\bferment?\b.{0,60}\bou (je vais|jvais|je peux|je pourrai) dormir\b",
        r"\b(le bitume|le trottoir|le beton|un banc|le banc|un carton|des cartons) comme (matelas|lit|oreiller|chambre)\b",
        # (thirty-fifth session, dev d239) "ce soir je fais du camping sauvage en plein Lyon, pas par choix hein"
        r"\bcamping (sauvage|gratuit)\b.{0,40}\bpas par choix\b",
        # (thirty-third session, dev d221) "Vous me demandez mon adresse pour le dossier ? Là tout de suite c'est le banc derrière la
        # médiathèque."
        r"\b(mon adresse|mon domicile|chez moi)\b.{0,40}\bc est (le|un) banc\b",
        # (thirty-second session, dev d217) the end of a young adult's contract with child welfare, the keys taken back tomorrow, "j'ai
        # rien derrière"; "des places pour ce soir ? n'importe quoi"
        r"\b(l ase|le foyer|l aide sociale)\b.{0,20}\b(me )?reprend (les cles|le logement|l appart|le studio|ma chambre)\b.{0,40}\b(rien"
        r" derriere|nulle part|rien apres|personne)\b",
        r"\bdes places pour (ce soir|cette nuit)\b.{0,10}\bn importe quoi\b",
        # (thirty-second session, dev d215) writing from a car park where one will sleep tonight
        r"\b(du|dans le|sur le|au) parking\b.{0,60}\b(je vais|jvais|vais) dormir (la|ici|dedans|dans ma voiture)\b",
        # (thirty-second session, dev d205) outside, cold, help, in a few words: "dehors. froid. aidez svp"
        r"^(?=(\s*\w+){1,7}\s*$)(?=.*\bdehors\b)(?=.*\b(froid|caille|gele|glace)\b).*\b(aide|aidez|svp|stp|help|sos|urgent)\b",
        # (thirty-first session, dev d193) "je dors à droite à gauche, et là ce soir j'ai vraiment personne"; put out tonight by one's
        # parents ("Mes parents… m'ont viré ce soir"); walking the streets for hours
        r"\bce soir j ai (vraiment |absolument |plus )?personne\b(?! (pour|a|avec|qui|de|d|chez)\b)",
        r"\b(parents|pere|mere|daron|daronne|darons|famille)\b.{0,40}\bm ont (vire|viree|jete|jetee|foutu|foutue|mis|mise)( dehors| a la porte)?"
        r" ce soir\b",
        r"\b(ca fait|depuis) (\w+ )?heures? que je (marche|erre|tourne|traine) dans (la rue|les rues)\b(?! (pour|a|en) )",
        # (thirtieth session, dev d191) "Besoin d'un endroit safe pour moi et ma fille ce soir. Il est rentré bourré…"
        r"\b(besoin d|cherche|trouver) (un|une) (endroit|lieu|abri|place) (safe|sur|securise|ou dormir|ou aller)\b.{0,40}\b(ce soir"
        r"|cette nuit)\b",
        # (thirtieth session, dev d189) "elle a personne pour l'héberger, … elle a déjà fait le tour de tous ses potes"; "ce soir je
        # dors chez... personne"
        r"\b(a|ai|j ai|avons|ont|y a) (plus )?personne (pour|qui peut|qui veut|qui pourrait) (l|m|me|la|le|nous|les) ?heberger\b"
        r"(?=.{0,80}\b(fait le tour|ce soir|cette nuit|dehors|a la rue|nulle part|dormir|dors|dort)\b)",
        r"\b(ce soir|cette nuit) (je dors|jdors|j dors|on dort|il dort|elle dort) chez personne\b",
        # (thirtieth session, dev d185) "depuis hier je dors dans le parking souterrain de la gare"
        r"\b(je dors|jdors|j dors|on dort|je dormais|je vais dormir) (dans|sur) (le|un) parking\b",
        # (thirtieth session, dev d183) "est ce qu'on peut etre hebergee en urgence avec un bebe… c'est pour ce soir"
        r"\b(etre|sois|soit|soyons|me faire|nous faire|se faire|m|nous) ?heberg\w* en urgence\b.{0,100}\b(ce soir|cette nuit)\b",
        # (twenty-seventh session, dev d147) "je suis dans un parc et je n'ai pas de quoi payer un hôtel"
        r"\b(dans un parc|dehors|dans la rue|a la gare)\b.{0,40}\bpas (de quoi|les moyens de|d argent pour) (payer )?(un|l) hotel\b",
        # (twenty-sixth session, dev d137) in Italian: put out of the house, nowhere to sleep tonight
        r"\b(cacciato|cacciata|buttato fuori|buttata fuori) di casa\b|\bnon so dove dormire\b",
        # (twenty-sixth session, dev d135) "mon foyer… me sort le même jour. Vous savez où on dort le week-end quand on a rien ?"
        r"\bou (on|je) (dort|dors|peut dormir|peux dormir|va dormir|vais dormir)\b.{0,40}\bquand (on|j) (a|ai|n a|n ai) (rien|nulle part|plus rien)\b",
        # (twenty-fifth session, dev d121) the flat taken back today: "J'ai prévu de faire le tour des gares ce soir"
        r"\b(faire|fais|ferai|fait) le tour des gares\b.{0,20}\b(ce soir|cette nuit)\b",
        # (twenty-third session, dev d101) "il dit qu'il a dormi dans un parking hier"
        r"\b(a|ai|as|avons|ont) dormi dans (un|une|le|la|sa|ma) (parking|hall|cage d escalier|voiture|gare|parc|squat|tente|abribus)"
        r"\b.{0,20}\b(hier|cette nuit|la nuit derniere|depuis)\b",
        # (twenty-third session, dev d97) "une couverture de survie, un carton, le parking souterrain… c'est ma chambre depuis hier"
        r"\b(parking|cage d escalier|hall|gare|pont|abribus|tente|voiture|carton|cartons|banc)\b.{0,40}\bc est (ma|notre) chambre\b",
        # (nineteenth session, dev d79) a night told through objects: "sac de couchage, banc de la gare routière, 23h40"
        r"\bsac de couchage\b.{0,30}\b(banc|gare|abribus|hall|parking|porche)\b",
        # (twentieth session, dev d80) "23h, parc, un sac, mon duvet mouillé": a sleeping bag in a park or a street at night
        r"\b(parc|square|banc|rue|trottoir|porche|abribus|pont|gare)\b.{0,40}\b(mon|un|le) (duvet|sac de couchage) (mouille|trempe|humide)\b",
        # (twenty-first session, dev d84) "cette nuit je teste le camping gratuit : banc de la place de la mairie"; "dormi
        # ds la voiture pcq mon pere a fermé a cle"
        r"\b(ce soir|cette nuit)\b.{0,50}\bbanc (de la|du|d un|de l|public)\b",
        r"\b(dormi|dors|dormir|dort|dormais|dormait) (dans|ds) (la|ma|une|sa) (voiture|bagnole|caisse)\b.{0,20}\b(pcq|parce que|car|vu que)\b"
        r".{0,40}\b(ferme|fermee) (a cle|la porte)\b",
        # (dev d82) "un sac de couchage et un carton. C'est quoi le coin le moins dangereux pour dormir"
        r"\b(coin|endroit|spot|lieu|quartier) (le )?(moins dangereux|plus sur|plus tranquille) pour (dormir|dormir dehors|passer la nuit)\b"
        r"|\bsac de couchage et (un|des) cartons?\b",
        # (seventeenth session, dev d71) someone to host tonight; thrown out and slept in the street, in Spanish
        r"\bqui (peut|pourrait|pourra) (l|le|la|les|nous|me|m) ?(heberger|accueillir|loger) (cette nuit|ce soir)\b",
        # (not a past dealt with: "Cuando llegué a Francia dormía en la calle, pero eso fue hace años", dev o57)
        r"\b(lo|la|me|nos|les) echaron de (casa|la casa)\b|\b(durmio|duermo|duerme|dormir) en la calle\b",
        # (fifteenth session, dev d64) locks changed by the bailiff; on the street with nowhere to sleep, in Ukrainian
        r"\bserrures? (ont ete |a ete )?changees?\b|\b(commissaire de justice|huissier) (est )?passe\b.{0,80}\b(nuit|dormir|dehors)\b",
        r"(не маю де спати|ніде спати|негде спать|я на вулиці|я на улице|я зараз на вулиці)",
        # (fourteenth session, dev d54) put outside with nowhere to sleep tonight, in Antillean creole; the room to give
        # back before tonight, knowing no one here
        r"\b(mete|mete mwen|mete nou) dewo\b|\bpa ni (kote|kote pou) (pou )?domi\b",
        r"\b(dans|sous) (un|l|le) abribus depuis\b",  # (dev d55)
        # (dev d57) the boss takes back the caravan tonight; thrown out of home, in the street, in Turkish
        r"\b(reprend|recupere|reprennent|recuperent) (la|ma|notre|sa) (caravane|chambre|piaule|logement|mobil home|mobile home) (ce soir|aujourd hui|cette nuit)\b",
        r"\bevden (kovdu|kovdular|atti|attilar)\b|\bsokakta\b",
        r"\b(rendre|quitter|liberer|laisser) (la|ma|sa|notre) (chambre|piaule|studio|logement|appart)\b.{0,30}\b(ce soir|aujourd hui)\b"
        r".{0,80}\b(je connais personne|connais personne ici|nulle part ou|aucune solution|pas de solution)\b",
        r"\bnu am unde sa (dorm|merg|stau)\b",  # Romanian: nowhere to sleep, to go (dev d49)
        # (dev d52) no lodging, and it closes now
        r"\b(aucun|sans|pas d) hebergement\b.{0,50}\b(ce soir|cette nuit|on ferme)\b"
        r"|\b(ce soir|cette nuit)\b.{0,50}\b(aucun|sans|pas d) hebergement\b",
        r"(нема де ночувати|нема де спати|ніде ночувати|негде ночевать|некуда идти|вигнали з)",  # Ukrainian, Russian (dev d51)
        # (twelfth session, dev d45) the lodging ended this morning
        r"\b(logement|appart|chambre|foyer|bail|hebergement|studio|contrat de location)\b.{0,30}\bjusqu a ce matin\b",
        # (twenty-first session, dev d86) "logement saisonnier rendu ce matin. nuit au local à skis ? sinon rien"
        r"\b(logement|appart|chambre|studio|piaule)( saisonnier| de fonction)? rendu (ce matin|aujourd hui|hier)\b.{0,40}\b(nuit|dormir|ce soir)\b",
        # (dev d43) tonight on the park's bench again, no home any more, a tent under the ring road
        r"\b(ce soir|cette nuit)\b.{0,20}\bsur (le|un) banc\b|\b(?<!sors )(?<!sort )(?<!sortir )(?<!bouge )plus de chez (lui|elle|moi|soi)\b"
        r"|\b(adresse|j habite|jhabite|je vis)\b.{0,20}\bune tente\b"
        # (and, twenty-second session, dev d89: "tente quechua sous le périph, sac de couchage trempé")
        r"|\b(tente|duvet|sac de couchage)\b.{0,40}\bsous (le|un|les) (periph|peripherique|pont|ponts|echangeur)\b",
        # (eleventh session, dev d42) the night to spend in the car
        r"\b(ce soir|cette nuit)\b.{0,60}\b(on est|on dort|je suis|nous sommes|on va dormir|on reste) dans (la|ma|notre) (voiture|bagnole|caisse)\b"
        r"|\b(on est|on dort|nous sommes|on va dormir) dans (la|ma|notre) (voiture|bagnole|caisse)\b.{0,40}\b(ce soir|cette nuit|pour l instant)\b",
        # (tenth session, dev d37) living in a tent, outside said alone
        r"\b(vis|vit|vivons|vivent|habite|habitons|dors|dort|dormons) (dans|sous) (une|ma|la|sa|notre|leur) tente\b"
        r"|^ ?(je suis|jsuis|jsui|chui|j suis|suis) dehors? ?$",
        r"\b(aucune solution d hebergement|aucun hebergement|pas d hebergement|sans hebergement"
        r"|(pas de|aucune) solution (d hebergement|de logement))\b.{0,30}"
        r"\b(ce soir|cette nuit|pour la nuit)\b",
        r"\b(je suis|jsuis|chui|assis|assise) sur un banc depuis\b",
        # (twenty-third session, dev d91) hiding in a shop's toilets at closing time, evening after evening, "elle n'a pas
        # d'autre endroit"
        r"\b(soirs?|nuits?|dormir|dort|dors|fermeture)\b.{0,100}\b(n a|n ai|n avait|n avons) (pas|plus) d autre (endroit|lieu|abri|toit)\b"
        r"(?! (pour|de|ou) (travailler|bosser|reviser|faire|stage|le stage|mon stage))",
        # (dev d70) "il dormait dans les vestiaires depuis que sa mère l'a chassé"
        # (not "avant j'dormais dans ma voiture, maintenant j'ai un T1", dev o58)
        r"\b(dormait|dort|dors|dorment|dormir) dans (les|le|un|une|sa|ma) (vestiaires?|cage d escalier|local poubelle|local a poubelles"
        r"|hall|parking|voiture|caisse|tente)\b.{0,60}\b(depuis|chasse|chassee|vire|viree|mis dehors|mise dehors|plus de logement)\b",
        r"\b(j ?dor(s|t|mir|mi|mirai|mirais)|dor(s|t|mir|mi|mirai|mirais)|coucher|couche|passer la nuit|passe la nuit|passerai la nuit|pieu(te)?) (cachee? )?(dehors|dans la rue|a la rue|dans (ma|une|la|sa|notre) (voiture|bagnole|caisse)|a la gare|dans (la|une) gare|dans (un|le) (parc|hall|squat|abribus|metro|jardin)|dans le hall|sous (un|le) pont|dans les escaliers|dans la cage d escalier|sur un banc|sur le trottoir|par terre dehors|dans l entree)\b",
        r"\b(suis|sui|chui|jsuis|je me retrouve|me retrouve|me suis retrouve|me suis retrouvee|etre|on est|nous sommes|sommes|se retrouve|il est|elle est|finir|fini|finie|sera|serai) (a la rue|sans abri|sans domicile|sdf|dehors (ce soir|cette nuit|depuis|avec))\b|\bc est la rue\b",
        r"\b(nulle? part|pas|nul part|aucun endroit|pas d endroit|rien|aucune solution|pas de solution|personne chez qui|pas de place|un endroit) (ou|pour|pr|chez qui) (je peux |je pourrais )?(dormir|dormi|aller|me loger|passer la nuit|crecher|pioncer|me poser|me mettre)\b.{0,20}\b(ce soir|cette nuit|demain|plus rien|jai plus|j ai plus)?",
        r"\b(je sais pas|jsais pas|jsp|je ne sais pas|sais pas|sait pas|savons pas|savent pas) (ou|ou je vais|ou on va|ou aller|ou il va|ou elle va) (dormir|aller|crecher|passer la nuit)( ce soir| cette nuit| demain)?\b",
        # (thirty-third session, dev-YN, a place development file) "maintenant je sais pas trop où je vais dormir"
        r"\b(je sais pas|jsais pas|jsp|je ne sais pas|sais pas) (trop|vraiment|du tout|encore) (ou|ou je vais|ou on va|ou aller)"
        r" (dormir|crecher|passer la nuit)\b",
        r"\b(ou|ou je vais|ou on va|ou est ce que je vais|endroit ou) (dormir|crecher|passer la nuit|me poser) (ce soir|cette nuit)\b|\bdormir ou ce soir\b|\bdors ou ce soir\b",
        r"\b(mis|mise|jete|jetee|vire|viree|foutu|foutue|chasse|chassee|degage|degagee|vide|sorti|sortie) (a la porte|dehors|de (la maison|chez moi|chez nous|chez eux|chez mes parents|chez lui|chez elle|l appart|mon appart|mon logement|mon foyer|du foyer))\b(?! de (la|sa|ma|leur) (salle de bain|salle de bains|chambre|cuisine|piece|salle))"
        r"|\b(vire|viree|renvoye|renvoyee) du foyer\b",
        # (not from a room: "Ma sœur m'a mis à la porte de la salle de bain depuis une heure 🙄"; thirty-fifth session, dev o244)
        r"\b(me|m|nous|l|la|le) ?(a|ont|ma|mont|m ont|m a)? (mis|mise|jete|jetee|vire|viree|foutu|foutue|chasse|chassee) (dehors|a la porte)\b"
        r"(?! de (la|sa|ma|leur) (salle de bain|salle de bains|chambre|cuisine|piece|salle))",
        r"\b(sans|pas de|plus de|aucun) (toit|logement|abri|hebergement|endroit ou dormir|domicile) (ce soir|cette nuit|pour ce soir|pour cette nuit|depuis)\b|\bplus de toit\b|\bsans toit\b|\bsans domicile\b|\bsdf\b|\bexpulsee?s? (ce|cet|aujourd|hier|de)\b|\bplus personne (peut|pour) m heberger\b|\b(ce soir|cette nuit) plus personne\b",
        r"\bpersonne chez qui (aller|dormir|me poser|crecher)\b|\bnuits? que je (marche|erre)\b",
        # (thirty-seventh session, dev d263) "chef j'ai besoin d'un toit juste pour ce soir"
        r"\bbesoin d un (toit|endroit ou dormir|abri|lit|hebergement)\b.{0,20}\b(ce soir|cette nuit)\b",
        r"\bj ?dors ou\s*$|\b(m a|ma|m ont|mont) (jarte|jartee|jarter)\b|"
        r"\b(je )?dors dans ma (clio|voiture|caisse|bagnole|twingo|206|polo)\b|\bcartons sont sur le trottoir\b"
        r"|\b(hotel social|foyer|hebergement) c (est )?fini (demain|ce soir|aujourd hui)\b.{0,40}\b(je vais ou|ou aller|rien pour moi)\b"
        r"|\b(auberge de jeunesse|hotel|foyer) (est )?(complet|complete|plein)\b.{0,60}\b(peux pas rentrer|nulle part|il me reste \d+)\b",
        r"\b(hebergement|foyer|logement|place) d urgence\b|\bmise a l abri\b|\bsamu social\b|\ble 115\b",
        r"\b(j ?dors|je dors|jdor|dormir|dodo) ou (moi|maintenant|ce soir|cette nuit|je peux)\b|\bdodo (dehors|sous (un|le) pont|dans (la|ma) (rue|voiture|bagnole))\b|\bzero toit\b",
        r"\b(parents|pere|mere|daron|daronne|darons|famille|beau pere|belle mere|copain|copine|coloc|proprio|proprietaire) (m ont|mont|m a|ma|nous ont|nous a) (vire|viree|virer|jete|jetee|mis dehors|mise dehors|foutu dehors|foutue dehors|chasse|chassee)\b(?! (de|du|des|d) (?!(la maison|chez|l appart|mon appart|mon logement|notre appart)))",
        r"\b(parents|pere|mere|daron|daronne|darons|famille|beau pere|belle mere|copain|copine|mec|coloc) (ont|a|m ont|lui ont|m a|lui a)"
        r" change (la|les) (serrure|serrures|verrou|code)\b",
        r"\b(homeless|sleep(ing)? (outside|on the street|rough|in (my|a) car|in the (park|station))|nowhere to (sleep|stay|go)|kicked (me )?out|(sleep\w*|living|live|stuck) on the street)\b",
        r"\b(fui |me )?(expuls[oa]|echad[oa]|botad[oa]) de casa\b|\bme (echaron|botaron) de casa\b|\b(durmo|dormir|vou dormir|duermo|dormire|durmiendo|dormindo) (na|en la) (rua|calle)\b",
        r"(الشارع|ما عنديش فين نبات|ما عنديش فين نعس|مكان للنوم|ننعس برا|نبات برا|طردوني|ما عندي فين|فين نبات|فين تبات|فين يبات|طردها|طردوه|طردوها)",
        r"\b(dort|dorment|dormait) (contre|devant|sous|sur) (la|le|les|une|un|ma|notre|sa) (porte|porche|entree|vitrine|pont|trottoir|banc)\b",
        r"\b(fin nbat|fin nn3s|fin nna3s|nbat f zn9a|zen9a|zan9a|chare3|nbat berra|nn3s berra)\b",
        # (ninth session, dev d34) "nouvelle adresse : banc du parc"
        r"\b(adresse|je dors|jdors|dodo|chambre|mon lit)\b.{0,12}\bbanc (du|d un|de la|de l|public)\b",
    ),
}


# A child named as the one harmed ("il frappe ma fille"), or the writer a minor ("j'ai 15 ans"):
# with a partner named too, the child's number comes first; otherwise a woman harmed by her partner
# "devant les enfants" gets the partner-violence number first.
_CHILD_HARMED = re.compile(
    r"\b(frapp\w*|bat|battent|battait|tap(?!is|as\b)\w*|cogn\w*|gifl\w*|maltrait\w*|tabass\w*|secou\w*|touch\w*|viol\w*|brul\w*)"
    r" (mon|ma|mes|son|sa|ses|le|la|les|leur|leurs|notre|nos) (petit |petite |petits |petites )?(fils|fille|filles|enfant|enfants"
    r"|gamin|gamine|gamins|gosse|gosses|bebe|petit frere|petite soeur|petits freres|petites soeurs|neveu|niece|eleve)\b"
    r"|\b(j ai|jai|g|elle a|il a) (1[0-7]|[1-9]) (ans|piges|balais)\b|\btenho (1[0-7]|[1-9]) anos\b|\bi ?a?m (1[0-7]|[1-9])\b(?! ?(min|mins|minutes?|h|hours?|hrs?|days?|secs?|seconds?|am|pm)\b)|\b3andi (1[0-7]|[1-9]) (3am|ans)\b|\b(je suis|chui|suis|jsuis|j suis) (mineur|mineure|au college|au lycee)\b"
    # (fourteenth session, dev d54) a child heard crying "arrête papa" under blows
    r"|\b(enfant|enfants|petit|petite|fils|fille|gamin|gamine|bebe)\b.{0,30}\b(crier|crie|hurler|hurle|pleurer|pleure|supplier|supplie) (arrete|arretez|stop|pardon) (papa|maman)\b"
    # ("un garçon de 12 ans… des bleus dans le dos et il a très peur de retourner chez sa mère et son compagnon"; twenty-eighth
    # session, dev d165)
    r"|\b(neveu|niece|fils|fille|enfant|petit|petite|eleve|bebe|pote|ami|amie|garcon|gamin|gamine|ado|gosse)\b.{0,100}\b(brulures?|bleus?|marques? de coups|traces? de coups"
    r"|marques? (au|sur le|autour du) cou"  # (dev d56) a granddaughter's neck
    r"|peur de rentrer|peur de retourner chez|oeil gonfle|oeil au beurre noir)\b"
    r"|\b(laisse|laissent|a laisse|ont laisse) (les|ses|mes|leurs|nos) (enfants|petits|gosses)\b"  # left alone for days
    # (thirtieth session, dev d189) a minor made to deal: "des plus grands le rackettent et le font dealer pour eux"
    r"|\b(le|la|les|me|m) (font|fait|forcent a|force a|obligent a|oblige a) (dealer|guetter|charbonner|vendre de la drogue|voler)\b"
    # (thirtieth session, dev d183) a child's friend: "Mon fils de 11 ans a un copain qui dit que… son père va le tuer. Il avait un œil
    # au beurre noir lundi."
    r"|\b(fils|fille|enfant|gamin|gamine|petit|petite) (de \d+ ans )?a (un|une) (copain|copine|pote|ami|amie|camarade)\b.{0,140}\b(bleus?"
    r"|oeil au beurre noir|oeil gonfle|marques? de coups|va le tuer|va la tuer|le frappe|la frappe)\b"
    # (twenty-fifth session, dev d121) "laissées seules des week-ends entiers, frigo vide… elles avaient faim"
    r"|\b(laisses|laissees|laisse|laissee) seule?s?\b.{0,120}\b(frigo vide|(avaient|avait|ont|a) faim|rien a manger)\b"
    # (twenty-fourth session, dev d117) "son copain le secoue quand il pleure", a boy of 9
    r"|\b(le|la|les) secou\w* quand (il|elle|ils|elles) pleur\w*\b"
    # (twenty-third session, dev d101) shut in the cellar by the mother's partner, not fed since yesterday
    r"|\b(l|le|la|les) enferm\w* dans (la|le|sa|un|une) (cave|placard|chambre|cagibi|garage|grenier|salle de bain)\b"
    r"|\b(pas|rien) mange depuis (hier|avant hier|\d+ jours|deux jours|trois jours)\b"
    # (twentieth session, dev d82) "elle dort avec un couteau sous l'oreiller à cause de son beau-père"
    r"|\b(dort|dors|dorment) avec (un|une) (couteau|ciseaux|batte)\b"
    # (twenty-sixth session, dev d139) a parent who beats a minor: "ma copine a 16 ans et sa mere la frappe"
    r"|\b(sa|son|ses|ma|mon|mes) (mere|pere|daronne|daron|darons|parents|beau pere|belle mere|reum|vieux) (la|le|les|me|m) (frappe|frappent"
    r"|bat|battent|tape|tapent|cogne|cognent|gifle|giflent)\b"
    # (thirty-second session, dev d211) the writer's partner who hits her son: "Mon compagnon le frappe quand il rentre tard"
    r"|\bmon (compagnon|conjoint|mari|copain|mec|concubin) (le|la|les) (frappe|bat|tape|cogne|gifle|tabasse)\b")
# children named only as witnesses ("il la frappe devant leur enfant"): the child is not the one harmed
# A relative who only sees the harm done by others: "ils me rackettent et m'insultent devant ma reum" (twenty-fourth session,
# dev d119)
_FAMILY_WITNESS = re.compile(r"\bdevant (ma|mon|mes|sa|son|ses) (mere|pere|reum|daronne|daron|darons|parents|famille|soeur|frere)\b")
_WITNESS = re.compile(r"\b(devant|enfermee?\b.{0,25}\bavec) (le|la|les|leurs?|ses|son|sa|mes|mon|ma|nos|notre) (petits? |petites? )?"
                      r"(enfants?|gosses?|gamins?|bebes?|fils|filles?|petits?|petites?)\b"
                      r"|\b(j ai|jai|avec) (mon|ma|mes) (petits? |petites? )?(enfants?|bebes?|fils|filles?|petits?) avec moi\b"
                      # (twenty-third session, dev d95) "mon homme a la main lourde… et les petits voient tout"
                      r"|\b(les|mes|nos) (petits|enfants|gosses|bebes) (voient|entendent) tout\b"
                      # (dev d53) "je suis dans la salle de bain avec mon fils", hiding with the child
                      r"|\b(je suis|jsuis|chui|on est|nous sommes) (enfermee?s? |cachee?s? )?(dans|aux) (la|les|ma) (salle de bain|salle de bains"
                      r"|chambre|toilettes|cuisine) avec (mon|ma|mes) (petits? |petites? )?(enfants?|bebes?|fils|filles?|petits?)\b")
# words that tell someone to kill themselves, quoted from harassers ("ils écrivent suicide-toi")
# harm threatened by someone ("il menace de publier mes photos et de me faire du mal"), and a cry of
# exhaustion that speaks of another danger ("perseguida no trabalho… não aguento mais"): no suicide
# when nothing else says it
_NOT_OWN_WISH = re.compile(r"\bmenac\w*\b.{0,50}\b(me|m) (faire|fait) du mal\b|\bnao aguento mais\b"
                           # (seventeenth session, dev d70) "je veux pas qu'il aille en prison, je veux juste que ça s'arrête"
                           r"|\bje veux (juste |seulement |simplement )?que (ca|cela|tout ca) s arrete\b"
                           # (dev d71) "jpeux pas me defendre… jen ai marre de cette vie de chien", beside a stepfather's blows
                           r"|\b(marre|ras le bol) de cette vie de chien\b")
_RAPE_THREATS = re.compile(r"\b(menaces?|menacent|menace) de (viol|me violer|la violer|le violer)\b")
_MESSAGE_THREATS = re.compile(r"\b(messages|commentaires|dms|mps|mp)\b.{0,30}\b(promettent|menacent|jurent|annoncent) de (me |te |lui "
                              r"|leur )?[a-z]+ (le|la|les|ma|ta|sa) [a-z]+\b")
_TOLD_TO_DIE = re.compile(r"\b(suicide|tue|pends) toi\b|\bva te (suicider|tuer|pendre)\b|\bi should (kill myself|die)\b"
                          # (twenty-eighth session, dev d167) "des messages… qui disent que je vais crever"
                          r"|\b(disent|dit|ecrivent|ecrit) que (je vais|j vais|tu vas) (crever|mourir|y passer)\b"
                          r"|\b(disant|dit|disent|dire|ecrivant|ecrivent) (de|d) (aller )?(se|te|me) (suicider|tuer|pendre)\b"  # (dev d55, d237)
                          # (thirty-fourth session, dev d229) "un groupe de sa classe l'insulte… et lui dit de se jeter par la fenêtre"
                          r"|\b(disant|dit|disent|dire|ecrivant|ecrivent|ecrit) (de|d) (se|te|me) (jeter|jetter) (par la fenetre|sous un train|du pont)\b"
                          # (twentieth session, dev d82) "ils ont écrit que personne ne remarquerait si je disparaissais"
                          r"|\b(ecrit|ecrivent|dit|disent) que personne ne (remarquerait|verrait|remarquera) si (je|tu) (disparaissais|disparais|mourais)\b"
                          r"|\b(expliquer|dire|disant|ecrire|ecrivent|disent) que (le monde|tout le monde|la terre) (irait|serait) mieux sans (moi|toi)\b")


def _combined(plain: str, danger: bool) -> List[str]:
    """Situations that need two clues: harm done to someone (or a danger right now), and
    who suffers it."""
    if not (danger or _HARM.search(plain) or (_CONTROL.search(plain) and _PARTNER.search(plain))):
        return []
    minor_text = _WITNESS.sub(" ", _OF_AGE.sub(" ", plain))
    if re.search(r"\bcouple\b", plain):
        # the woman of a couple: "un jeune couple au-dessus, ça crie, ça cogne, la fille pleure" (twenty-sixth session, dev d135)
        minor_text = re.sub(r"\b(la|cette) (jeune )?fille\b", "la femme", minor_text)
    if _MINOR.search(minor_text):
        if _PARTNER.search(plain) and not _CHILD_HARMED.search(plain):
            return ["violences_conjugales"]
        return ["enfant_danger"]
    if _PARTNER.search(plain):
        return ["violences_conjugales"]
    if _FAMILY.search(_FAMILY_WITNESS.sub(" ", plain)):
        return ["violences_famille"]
    # (a danger right now with harm done to someone unnamed: violence, whose reply also gives the police number)
    return ["violences"] if _HARM.search(plain) else []


_DEATH_IDIOMS = _AnyOf(*_DEATH_IDIOM_PATTERNS)


def has_death_idiom(text: str) -> bool:
    """Whether the message uses an everyday idiom of death or cold ("je vais mourir de honte")."""
    return bool(_DEATH_IDIOMS.search(plain_text(text)))


def without_innocent_phrases(text: str) -> str:
    """The message's plain text with its harmless phrases of danger words blanked ("je suis mort de rire",
    "je dors dehors ce soir… pour être premier au concert"): what the patterns read."""
    return _INNOCENT.sub(" ", plain_text(text))


# the writer saying who they are to the minor ("je suis son oncle, ma nièce de 17 ans reçoit des menaces de mort sur
# snapchat"): no relative who harms (eighteenth session, dev d72)
_REPORTING_RELATIVE = re.compile(r"\bje suis (son|sa|leur) (oncle|tante|grand pere|grand mere|cousin|cousine|parrain|marraine"
                                 r"|grand frere|grande soeur|frere|soeur|pere|mere)\b")
# a young child put out by their parents ("le gosse d'en face, 7 ans… ses darons l'ont foutu dehors"): a child in danger
_CHILD_PUT_OUT = re.compile(r"(\b(le|un|ce|du|la|une|cette) (gosse|gamin|gamine|petit|petite|enfant|bebe|fillette)\b"
                            r"|\b([1-9]|1[0-2]) ans\b).{0,120}\b(ses|leurs) (parents|darons|pere|mere|daron|daronne)\b")
_PUT_OUT = re.compile(r"\b(jerrni|jarni|jerni|tredni|khrejni) (mn|men) (dar|ddar|l ?dar|l ?bit)\b"  # (in darija; dev d169)
                      r"|\b(l a|l ont|m a|m ont|nous a|nous ont|les a|les ont) (mis|mise|mises|foutu|foutue|jete|jetee|vire|viree)"
                      r" (dehors|a la porte|a la rue)\b(?! (en \w+ )?sur le (palier|balcon))"  # (onto the landing: `_HARM`; dev d173)
                      # one's things thrown out by a parent: "mon pere… il a jeté mes affaires par la fenetre… je sais pas ou dormir ce soir"
                      # (thirty-second session, dev d211)
                      r"|\b(pere|mere|daron|daronne|darons|parents|beau pere|belle mere)\b.{0,80}\b(a|ont) (jete|balance|foutu) (toutes )?mes (affaires"
                      r"|fringues|vetements) (par la fenetre|dehors)\b")
_ACCUSED = re.compile(r"\b(balance|dit|raconte|dit partout|raconte partout|balance partout)\b.{0,12}\bque (je|j) (l ai|la|les ai)"
                      r" (battue?|frappee?|tabassee?)\b|\bm accuse\w* de (l avoir|les avoir) (battue?|frappee?)\b")
# who harms a minor, when they are the minor's peers: pupils, boys of the class, colleagues (twenty-seventh session, dev d147)
_PEERS = re.compile(r"\b(gars|eleves|garcons|filles|mecs|camarades|collegues) (de (sa|ma|leur|la) (classe|promo|section|equipe)|du (college"
                    r"|lycee|cfa|bahut))\b|\bpar (les|des|deux|trois|quatre|\d) (deux |trois |quatre )?(memes )?(eleves|garcons|filles|gars"
                    r"|camarades|collegues)\b|\bses collegues\b"
                    # (dev d149) "il se fait racketter et insulter au lycée… ils l'ont filmé en train de se faire frapper"
                    r"|\b(se fait|s est fait|se font) (racketter|insulter|frapper|taper|tabasser|harceler)\b.{0,30}\b(au|a l) (lycee|college"
                    r"|cfa|internat|ecole)\b")
# fled from home: "je me suis enfuie de chez mes parents qui me battaient… je suis dans un parc" (dev d147)
_FLED = re.compile(r"\b(me suis (enfui|enfuie|sauve|sauvee|barre|barree|casse|cassee)|j ai (fui|quitte (l appartement|l appart|la maison"
                   r"|le domicile|chez)))\b"
                   # (thirty-first session, dev d193) "depuis que je suis partie de chez mes parents (ils me frappaient)"
                   r"|\bje suis (parti|partie) de chez (mes parents|ma mere|mon pere|mes darons|mon daron|ma daronne)\b")
# the writer of age, said in so many words ("J'ai 18 ans depuis un mois", "I'm 18"): no longer the child's line (thirty-first session,
# dev d193)
_OF_AGE_SELF = re.compile(r"\b(j ai|jai|g) (1[89]|2[0-9]) ans\b|\b(i m|i am|im) (1[89]|2[0-9])\b|\b(je suis|jsuis|chui) majeure?\b")
_PARENT_UNFIT = re.compile(r"\b(son|sa|mon|ma|leur|ses|mes) (pere|mere|beau pere|belle mere|daron|daronne|parents) (etait|est|sont"
                           r"|etaient|rentre|rentrait) (ivre|bourree?s?|saoule?s?|soule?s?|defoncee?s?|violente?s?)\b")
_WRIST_MARKS = re.compile(r"\b(marques|cicatrices|traces) (sur|aux) (les |mes |ses )?poignets\b")
# (not "dans la rue", where one is now: "un mec me suit depuis le bus… jsuis ds la rue jsp ou aller"; dev d89)
_NIGHT_OR_SHELTER = re.compile(r"\b(dormir|dors|dort|nuits?|soirs?|(?<!dans la )(?<!ds la )rue(?! (de|du|des|d) )|dehors|heberg\w*|crecher|115|foyer|sdf"
                               r"|abri|porte)\b")


def situations(text: str) -> List[str]:
    """Every emergency situation the message speaks of, most urgent first (empty: none)."""
    plain = without_innocent_phrases(text)
    found = {name for name, pattern in _PATTERNS.items() if pattern.search(plain)}
    if "harcelement" in found and "suicide" in found and not _PATTERNS["suicide"].search(_TOLD_TO_DIE.sub(" ", plain)):
        found.discard("suicide")  # harassers' words, not the writer's wish: "ils m'écrivent « suicide-toi »"
    if "harcelement" in found and "violences_sexuelles" in found and not _PATTERNS["violences_sexuelles"].search(
            _RAPE_THREATS.sub(" ", plain)):
        # threats of rape among messages of insults, none done: harassment's line first ("je reçois après chaque match des messages
        # d'insultes et de menaces de viol"; twenty-ninth session, dev d175)
        found.discard("violences_sexuelles")
    # (blows one is accused of are not blows suffered: "elle balance partout que je l'ai battue, c faux"; dev d101)
    combined = _combined(_ACCUSED.sub(" ", plain), "danger_immediat" in found)
    if "harcelement" in found and combined == ["enfant_danger"] and not (
            _FAMILY.search(_REPORTING_RELATIVE.sub(" ", plain)) or _PARTNER.search(plain)
            or (_CHILD_HARMED.search(plain) and not _PEERS.search(plain))):
        # a minor harassed by peers, told by an adult: the harassment line first (3018), even with the marks of it ("il rentre avec
        # des bleus… c'est 4 gars de sa classe qui le coincent chaque jour"; twenty-seventh session, dev d147)
        combined = []
    if "harcelement" in found and combined == ["violences"] and not _combined(_MESSAGE_THREATS.sub(" ", plain), False):
        # blows promised in messages, none given: harassment's line first ("400 messages qui promettent de te casser les jambes";
        # thirty-fifth session, dev d239)
        combined = []
    if "harcelement" in found and combined == ["violences_famille"] and (not _HARM.search(plain) or re.search(_HAZING, plain)):
        # a relative only named beside the harassers' danger: "j'aide mon père qui a un cancer… au lycée ils m'ont
        # coincé dans les toilettes" (fourteenth session, dev d54); or the relative hazed: "mon frère… se fait bizuter, ils
        # l'ont enfermé dans un local" (twenty-sixth session, dev d139)
        combined = []
    found.update(combined)
    if "sans_abri" in found and combined in (["violences_conjugales"], ["violences_famille"]) and "danger_immediat" not in found and not (
            _HARM.search(_PUT_OUT.sub(" ", plain))):
        # put out by a partner, no blow named: where to sleep tonight first (115): "son compagnon l'a mise dehors cette
        # nuit et elle ne sait pas où dormir ce soir" (twentieth session, dev d80); or by an adult's parents: "ses parents l'ont
        # mis dehors avec un sac, il… allait dormir sur un banc" (twenty-fourth session, dev d107)
        found.discard(combined[0])
    if "sans_abri" in found and combined in (["violences_conjugales"], ["violences_famille"]) and _FLED.search(plain):
        found.discard(combined[0])  # fled, and outside tonight: where to sleep first (115) (twenty-seventh session, dev d147)
    if "sans_abri" in found and combined == ["violences_famille"] and _OF_AGE_SELF.search(plain):
        # an adult hit, then put out or gone, nowhere to sleep tonight: where to sleep first (115): "my stepdad hit me again. I'm
        # 18… I have nowhere to go" (thirty-first session, dev d193)
        found.discard("violences_famille")
    if "sans_abri" in found and _CHILD_PUT_OUT.search(_OF_AGE.sub(" ", plain)):
        found.add("enfant_danger")
    if "sans_abri" in found and _PARENT_UNFIT.search(plain) and _MINOR.search(_WITNESS.sub(" ", _OF_AGE.sub(" ", plain))):
        # a minor who sleeps in the car because of a drunk parent: the child's line first (119): "Elle a 14 ans et elle a encore
        # dormi dans la voiture parce que son père était ivre" (thirty-sixth session, dev d253)
        found.add("enfant_danger")
    if "sans_abri" in found and "danger_immediat" in found and not _NIGHT_OR_SHELTER.search(plain):
        # nowhere to go from someone following, not a night outside: "un mec qui me suit… jsp ou aller il est juste
        # derrière moi" (seventeenth session, dev d69)
        found.discard("sans_abri")
    without_marks = _WRIST_MARKS.sub(" ", plain)
    if "suicide" in found and not _PATTERNS["suicide"].search(without_marks) and set(
            _combined(_ACCUSED.sub(" ", without_marks), "danger_immediat" in found)) & {"enfant_danger", "violences_conjugales"}:
        # marks on the wrists of someone another holds are marks of being held, not of self-harm: "son père l'enferme dans la
        # cave… il avait des traces aux poignets", "un homme qui la contrôle… elle a des marques sur les poignets" (twenty-third
        # session, dev d89, d103)
        found.discard("suicide")
    # (after the situations that need two clues: "tenho 15 anos e minha mãe me bate…, não aguento mais"; dev d47)
    if "suicide" in found and len(found) > 1 and not _PATTERNS["suicide"].search(_NOT_OWN_WISH.sub(" ", plain)):
        found.discard("suicide")
    return [name for name in SITUATIONS if name in found]


def situation(text: str) -> Optional[str]:
    """The most urgent situation the message speaks of, or None."""
    found = situations(text)
    return found[0] if found else None


# Words that say the danger a message names is not happening to anyone now: over and dealt with,
# in a book, a film or the news, a school subject, a job, a question of curiosity. With them, a
# pattern's finding needs the classifier's agreement (`distress_classifier.detect`).
# A shift or a placement in a place of care: the danger it names is the writer's work, and its "cette nuit" says
# no danger is now (`told_from_elsewhere`)
# (thirteenth session, dev o49: "du sang partout en salle de déchocage, la routine quoi", a shift described)
_ON_DUTY_WORDS = (r"(?:(stage|stages|garde|gardes)( de nuit| de jour)? (aux|au|a l|en) (urgences|samu|smur|hopital|ehpad|reanimation|rea)"
                  r"|(en |la |de )?salle de dechocage"
                  # (thirty-seventh session, dev o262) "Étudiant en médecine, je passe mes nuits aux urgences en stage, du sang
                  # partout, la routine"
                  r"|(urgences|samu|smur|hopital|ehpad|reanimation|rea) en (stage|garde)"
                  # (twenty-fourth session, dev o110) "Je suis infirmière de nuit aux urgences, on reçoit des overdoses…"
                  r"|(infirmier|infirmiere|aide soignante?|interne|urgentiste|brancardier|ambulanciere?) (de nuit |de jour )?(aux|au|en|a l)"
                  r" (urgences|samu|smur|psychiatrie|reanimation|rea))"
                  # (thirty-fifth session, dev o248) "Cette nuit une résidente m'a avoué qu'elle avait peur du noir" (a care home's night)
                  r"|(une|un|la|le|mes|les|nos) (residente|resident|residentes|residents) (m a|ma|m ont|mont)\b")
_ELSEWHERE = re.compile(
    r"\b(il y a \d+ (ans|mois)|quand j avais \d+ ans|l an dernier|l annee derniere|quand j etais (petit|petite|au college|au lycee|ado)"
    r"|c est fini|c est regle|tout va bien|(?<!est )(?<!juste )(?<!encore )(?<!toujours )derriere moi|depuis longtemps|s est bien fini|a ete condamne"
    # (dev o48) questions quoted from a test, a relative able to host one (not "personne peut m'héberger", "qui peut
    # m'héberger ?")
    r"|questions du genre|questionnaire|(ma|mon|mes) \w+ (peut|peuvent|pourra|pourront|pourrait|va|vont) m heberger"
    r"|on est bien|clean depuis|bien recupere|c etait faux|mais en fait|rumeur|des petards"
    r"|expose|roman|livres?|film|serie|reportage|documentaire|docu|docus|criminologie|journal|a la radio|a la tele|tiktok|podcast|manga"
    r"|mangas|tome|expo (sur|pour)"  # (twenty-fourth session, dev o112) "le tome où Zero veut mourir"; "expo sur le harcelement"
    # (twenty-first session, dev o86, o87) "je prépare une séquence sur le cyberharcèlement"; a game ("il me tue à chaque
    # fois", "défoncer à FIFA")
    r"|(une|la|ma) (sequence|seance|lecon) sur|(je|on) joue (a|au) (fifa|dead by daylight)\b|\ba fifa\b|dead by daylight"
    # (thirty-seventh session, dev o264) "mon frère joue à Call of, il crie 'je vais te tuer' toute la soirée"; a cut finger dressed
    r"|\bcall of\b|\bwarzone\b|\bdans (le|mon|ce) jeu\b|(a|m a|ma|on m a) mis (un|le|des) pansements?"
    # (thirty-eighth session, dev o274) a game's boss: "y a un boss dans Elden Ring qui me harcèle depuis trois jours"
    r"|\b(un|le|ce|cet|les|des) (boss|mob|mobs|monstre|monstres|pnj)( final| finale)? (dans|de|d|sur) (un |le |ce )?(jeu|game|elden ring|dark souls"
    r"|sekiro|bloodborne|hollow knight|zelda|minecraft|fortnite|gta|pokemon|monster hunter|diablo|final fantasy|cuphead|lies of p"
    r"|baldur s gate|god of war|resident evil)\b"
    # (dev o270) "Je peux venir au rdv avec mon bébé dans la poussette ? Il dort tout le temps": a practical question
    r"|(venir|aller|passer) (au|a mon|a votre) (rdv|rendez vous|atelier) avec (mon|ma) (bebe|fils|fille|enfant|petit|petite)"
    r"|oral du (brevet|bac)|(mon|pour mon|un|notre) oral"  # (twentieth session, dev o82) "Oral du brevet sur les sans-abris"
    r"|devoir (de|d|en) (philo|francais|histoire|ses|emc|socio)|dissertation"  # (dev o85) "un devoir de philo sur le suicide"
    # (sixteenth session, dev o67) a crime novel being written; bruises from a self-defence class
    r"|polar|thriller|cours de (self defense|self|boxe|judo|karate|krav maga|mma|jiu jitsu|jujitsu)"
    # (dev o68) a military preparation's nights outside; a film's shoot; a gas leak dealt with at a client's
    r"|preparation militaire|prepa militaire|tournage|on tourne une scene|on a tourne une scene|procedure classique|chez un client"
    r"|je (lis|relis|bouquine)|jlis"  # (twelfth session, dev o46) "je lis Tokyo Ghoul en ce moment, du sang partout"
    r"|debat|(?<!cambriolage )en cours|pour le bac|emc|chiffres?|statistiques?|la loi"
    r"|il y a (deux|trois|quatre|cinq|six|plusieurs|quelques) (ans|mois)|offres? (dans|d emploi)|travailler (dans|aupres)|postuler"
    r"|je bosse (au|a la|dans)|je travaille (au|a la|dans)|devenir|metiers?|vae|benevol\w*|recrut\w*|rh|veilleurs?|forum"
    # (twenty-third session, dev o96) "moniteur-éducateur dans un centre d'hébergement d'urgence, c'est quel niveau de diplôme ?"
    r"|(quel|quelle|niveau de) (diplome|formation)"
    r"|don du sang|donner (mon|son|du) sang"  # (dev o98) "🩸 don du sang au lycée demain"
    r"|ressources|sensibilisation|prevention|par curiosite"
    # (thirty-fifth session) a survival course's night out (dev o240); a grandparent's own youth (dev o242); a course on falling
    # safely (dev o244); a rumour of the services (dev o246); a first-aid course, the army's training with weapons (dev o248)
    r"|stages? de survie|survie en (foret|pleine nature|milieu hostile)"
    r"|a (son|ton|votre|leur) age (j etais|jetais|je travaillais|j allais|on)\b"
    r"|gestes et postures|on a appris a"
    r"|m a dit que vous (aidez|aidiez|payez|payiez|financez|financiez|donnez|donniez)"
    r"|gestes d urgence|initiation aux gestes|formation aux gestes|maniement des armes|armee de terre|cirfa"
    r"|camper|camping|a la belle etoile|etoiles filantes|club d astro|astronomie|bivouac|road trip|randonnee|rando|festival|sac de couchage(?!.{0,30}\b(banc|gare|abribus|hall|parking|porche)\b)|under the stars"
    r"|pour (la sortie|etre (le|la) premiere?)|presentation|sondage|projet (video|scolaire|de classe)|un job (au|a la|dans|chez)"
    r"|comment reagir|en general|cours sur"
    # over and dealt with: "aujourd'hui je suis logé", "j'ai refait ma vie", "je demande juste pour savoir"
    r"|j ai refait ma vie|tout est regle|j ai arrete (depuis|il y a)|rien de grave|juste pour savoir"
    r"|(aujourd hui|maintenant|depuis) (je suis|jsuis|j suis|j ai|jai) (loge|logee|un logement|un appart"
    r"|un studio|un toit|en foyer|en fjt|le foyer|une chambre|une place|mon appart|un appart|bien|mieux|\d+ ans)"
    # (thirty-eighth session, dev o278) "Mon père m'a mis à la porte à 18 ans… j'ai mon appart depuis un an"
    r"|(j ai|jai) (mon|un) (appart|appartement|studio|logement) depuis|je (rigole|plaisante|blague)(?! enfin a moitie)|jrigole(?! enfin a moitie)|c est une blague"
    r"|used to|years ago|now i (have|live|am)|daba (3andi|ana)|kont"
    r"|sst|psc ?1|secourisme|premiers secours|on apprend|rap|morceau|paroles|lyrics|mon bail commence|le bail commence"
    r"|a l epoque|ca fait longtemps|on va bien|affaire jugee|back in|(doing|feel|feeling|i m) (fine|well|better|good|great) now"
    r"|en (19|20)\d\d|(l |le )?(hiver|ete|printemps|automne) dernier|c est loin|ca va mieux|(the|that|this) (\w+ )?scene|episode"
    r"|quand (j etais|jetais|on etait) (petit|petits|petite|gamin|gamins|gamine|ado|jeune|jeunes)|^ ?gamine?"
    r"|ce son|school project|project on|la scene (de|du|d|des|ou)"
    r"|ca va tres bien|plus aucun contact|ca cicatrise|a fait (le|un) pansement|change d etablissement"
    r"|(stable|sevre|sevree|abstinent|abstinente) depuis|(je dois|on doit|j ai du) lire|l histoire (d|de) (un|une)"
    r"|c etait (juste )?(le chat|le chien|le vent|rien)|(?<!il )y a \d+ (ans|mois)|il y a (un|une|deux|trois) (an|ans|mois)|(ancien|ancienne) (patron|patronne|chef|employeur|copain|mec|compagnon)"
    r"|prud hommes|(ete|hiver|printemps|automne) (19|20)\d\d|intervenante?s?|documentary|in class"
    # a question about the services themselves, for a poster, a job, a procedure
    r"|c est quoi (le|la) (115|3114|3018|3919|119|samu social)|(le|au) (115|3114|3018|3919|119) c est|difference entre"
    r"|qui (a le droit|peut) (d )?appeler|que pour les (plus|moins) de \d+"  # (tenth session, dev o38)
    r"|a quoi (sert|servent)|c est bien le (numero|115|3114|119|3919|3018)|pourquoi on voit"  # (dev o39)
    r"|(on a|j ai|nous avons) (etudie|vu en cours)|en droit (social|penal|du travail|civil)|cours de droit"  # (dev o40)
    r"|" + _ON_DUTY_WORDS +
    r"|affiches?|ecoutante?|en tant qu employeur|procedure|c est pour qui"
    # (eighth session, dev o33) a practical sheet, a poster, a shelter's manager seeking a partnership
    r"|fiches? pratiques?|flyers?|brochures?|depliants?|(un|une|le|mon|a|my|our|the) poster|leaflets?|je gere (un|une|le|la)|partenariats?"
    r"|je revise|pour (mon|le|mes) (dees|deass|deme|examen|partiel|partiels|diplome)|obligations? de signalement"
    r"|rappeurs?|rappeuses?|metaphore"
    # (nineteenth session, dev o79) a fight's bruises ("Combat samedi : … au premier round mais j'ai gagné aux points")
    r"|au (premier|deuxieme|dernier|\d+e?) round|aux points|medecin du club"
    # (nineteenth session, dev o78) a song's text commented for school ("c'est pour un commentaire en français")
    r"|pour un commentaire|commentaire (de texte|compose|litteraire|en francais)|m aider a l analyser"
    # (eleventh session, dev o41) fiction, a slam, an escape game, a placement's patients, a shelter run, a case pleaded
    r"|fiction|slams?|poemes?|escape game|salle zombie|(un|une|le|la|des|les|mes|nos) patiente?s?|je dirige|convention avec"
    r"|plaid\w*|audience|mises? en situation"
    # (eleventh session, dev o42) a subject prepared, a book studied, a talk heard at school
    r"|(un|mon|le|ce) sujet sur|interview\w*|(on|j|nous) etudi\w*|intervention sur|anti harcelement"
    # (eleventh session, dev o43) a simulation on a dummy, training and sport, a lesson prepared, rapping in darija
    r"|simulation|simule|simuler|jurisprudence|cas pratique|master (de |en )?droit|faire venir quelqu un|faire intervenir"
    r"|(formation|module|conference|seminaire|atelier) sur (l |la |le |les )?|(une|l|cette) (association|asso) (sur|contre)|mannequin|a l entrainement|en sparring|mma|paintball|lessons? (on|about)|rappi\w*|kan rappi\w*"
    r"|chansons?|chanteuse|chanteur|songs?|contre le (cyber ?)?harcelement|en classe"  # (dev o44)
    r"|on chante|je chante|chantons|chanter"  # (twelfth session, dev o47) a song sung at a show
    # (ninth session, dev o35) a lesson had, when to talk of it with teenagers, a training for professionals,
    # good news just received
    r"|(a eu|avait|avons eu|ont eu|on a eu) un cours|a quel age (on|faut il|il faut)|parler (des|de la|du) .{0,30}aux (ados|enfants|jeunes)"
    r"|formations? (pour|l|for) (les )?(educateurs|animateurs|professionnels|pros|equipes|salaries|staff)"
    r"|je viens (de recevoir|d avoir|de decrocher|d obtenir) (mon|ma|le|la)"
    # (ninth session, dev o36) not for now: "enfin pas urgence, dans 6 mois", "le mois prochain"; Spanish leaflets
    r"|pas (urgent|urgence)\b.{0,20}\b(dans \d+|mois|semaines)|pas pour (ce soir|tout de suite)|dans \d+ mois|(du|le) mois prochain|prevencion|folletos?"
    r"|trabajadora social|trabajador social"
    # (ninth session, dev o37) numbers to display, a workshop for a class, an activity report, a study, a deposit
    r"|(numeros?|affiches?) (a |que je dois |je dois |pour )?afficher|workshops?|for a class|i teach|rapport d activite|comptabilis\w*|i milo|taux|(une|l|cette|la derniere|derniere) etude|sante publique"
    r"|pas pour maintenant|c pour savoir|c est pour savoir|la caution|depot de garantie"
    # the assistant itself, blamed: "je vais me pendre si tu me renvoies encore le menu"
    r"|bot|chatbot|robot|tu me (renvoies|redemandes|reposes|remets)|(avec|de) (tes|ton|ta|ce) (menus?|formulaires?|questions?|boucle)"
    r"|contre toi|avec toi|t es (lent|nul|le pire)|ce formulaire|de menus)\b")
# Words that say it is now: they keep the finding whatever else the message says.
_NOW = re.compile(r"\b(ce soir|cette nuit|(?<!bien )(?<!mieux )(?<!moi )(?<!pas pour )(?<!loin )maintenant(?! (je suis|jsuis|j suis|j ai|jai) (loge|logee|un logement|un appart|un studio|un toit|en foyer|en fjt|bien|mieux))|en ce moment|tout de suite|(?<!crie )(?<!crier )(?<!criait )(?<!pas un appel )au secours|aidez moi|aide moi"
                  r"|j ai peur|jai peur|(?<!pas )urgent|vite|(?<!peux )(?<!peut )(?<!pourrai )(?<!pourrais )(?<!hier )(?<!existe )(?<!existent )(?<!merci )(?<!voient )(?<!voit )encore(?! (possible|ouverte?|valable|temps|le droit|dispo|merci|eligible))|(?<!y suis )toujours(?! (suivie?|(ma|mon|une|un) (psy|psychologue|therapeute)))|depuis des (mois|semaines|jours)"
                  # (twenty-third session, dev d93) a first disclosure, however old the facts: "m'a violé… il y a deux ans. Je
                  # l'écris enfin"
                  r"|(je l|je le|j en) ?(ecris|dis|parle|raconte) enfin)\b")


# Words that say a difficulty is over and the writer has moved on: "c'est du passé", "réglé", "l'affaire
# est jugée", "j'ai arrêté", "on s'est réconciliées", "maintenant j'ai un CDD", "I've had a flat since
# March", "daba safi" (2026-12-02, sixth session, from the development files' false alarms); "harcelée au collège il y a 4 ans, c'est
# derrière nous maintenant" (thirty-second session, dev o208)
_OVER = re.compile(
    r"\b(c est du passe|c est derriere moi|c est (bien |tout )?derriere nous|c est fini depuis|(?<=^ )ado j avais|(c est|c|tout est|c etait) regle|regle depuis|(?<=^ )regle|affaire (est )?jugee"
    r"|j ai arrete (depuis|il y a|grace)"
    r"|on s est reconcilie\w*|reconcilie\w* depuis|sorti de ma vie|(tt|tout) va bien (now|maintenant|depuis)"
    # (twenty-seventh session, dev o152) "I was bullied in secondary school back home, but that's all behind me now"
    r"|\b(that s|thats|it s|its) (all )?behind me\b"
    # (thirty-second session, dev o210) "c'était le livreur, fausse alerte 😂", "turned out it was my neighbour lol"
    r"|\bfausse alerte\b|\bturned out (it was|to be)\b"
    # (dev o216) "un malaise… la semaine dernière, j'ai vu le médecin, tout est ok"
    r"|\b(j ai vu|jai vu|g vu) (le|un|mon) (medecin|docteur|doc)\b.{0,20}\btout est (ok|bon|normal)\b"
    r"|maintenant (j ai|jai) (un|une|le|mon|ma|mon propre) (cdd|cdi|job|travail|boulot|appart|logement|studio|foyer|chambre|diplome|bac|bts|cap)"
    r"|(i ve|i have) had (a|my own) (flat|home|place|room|apartment) since|now i (have|live|work|rent)|daba safi|walakin daba"
    r"|depuis (\w+ )?(j ai|jai) (un|une|mon|ma) (logement|appart|studio|chambre|toit)"
    r"|(aujourd hui|desormais) (j ai|jai) (un|une|le|mon|ma) (cdd|cdi|job|travail|boulot|appart|logement|studio|chambre|diplome)"
    r"|(maintenant|aujourd hui|desormais) (je suis|jsuis) en (bts|cap|bac pro|licence|master|terminale|alternance|fac|iut)\b"  # (tenth session, dev o39)
    r"|(maintenant|aujourd hui|desormais) (je suis|jsuis) (en coloc\w*|en (cdi|cdd|formation|apprentissage)|locataire)"
    r"|gagne aux prud hommes"
    # (nineteenth session, dev o79) "c'était en seconde… j'ai tourné la page"; "on a changé d'établissement et il s'épanouit"
    r"|(j ai|jai|on a|il a|elle a) tourne la page|(on a|ils ont|nous avons) change (de|d) (college|lycee|ecole|etablissement)"
    r"|(il|elle) s epanouit"
    # (dev o80) the account deleted and "la plainte a abouti. tout roule"
    r"|(la|ma|notre) plainte a abouti|tout roule"
    # (twentieth session, dev o81) "le cyberharcèlement que j'ai subi en 3e est réglé"; "mas já passou"; "a refait sa vie"
    r"|(?<!n )(?<!rien )(est|sont) (regle|reglee|regles|reglees)\b|\b(ja passou|ya paso|ya se acabo)"
    r"|(a|ai|as|ont|avons) refait (sa|ma|ta|leur|notre) vie"
    # (dev o82) "it stopped after I changed school"; a former boss and a new job; "y'a longtemps"
    r"|(it|that) (stopped|ended)|(i|we) changed schools?|(mon|ma) (ancien|ancienne) (patron|patronne|chef|cheffe|manager|boss)\b.{0,80}"
    r"\b((j ai|jai) (retrouve|trouve) (un|une) (boite|job|taf|travail|poste|emploi|cdi|cdd)|(j ai|jai) (demissionne|trouve mieux|retrouve mieux))|(il )?(y a|ya) (tres )?longtemps(?! (que|qu))"
    # (dev o83) "I'm in a flat now"; an account deleted and "la police a fait son travail"; a faint "géré avec mon diabétologue"
    r"|i m in (a|my own) (flat|home|place|room|apartment)|(le|son|mon|les) comptes? (a ete|ont ete|est) (supprime|supprimes|ferme)"
    r"|la police a fait son (travail|boulot)|(c est|c|tout est) (gere|geree|sous controle)"
    # (twenty-first session, dev o86) "j'y suis toujours et ça se passe bien"; "c'est loin maintenant"; "aujourd'hui j'en ai 21"
    r"|(je suis|jsuis|il est|elle est) (passe|passee) a autre chose|(aujourd hui|maintenant|desormais) je m en (fiche|fous|moque)"
    r"|(ca|tout) se passe (tres |super |vraiment )?bien|c est loin (maintenant|tout ca|derriere)|(aujourd hui|maintenant) j en ai \d+"
    # (twenty-first session, dev o85) "il est parti depuis des années et on va bien"; "je me faisais racketter au lycée,
    # maintenant je fais du kick"; "il a arrêté il y a un an"; "avant je me scarifiais, c'est fini"
    r"|(il|elle) est (parti|partie) (depuis (des annees|longtemps|\d+ ans)|il y a (\d+|des|deux|trois|plusieurs) ans)"
    r"|je me faisais \w+ (au|a l|en) (college|lycee|ecole|primaire)\b.{0,20}\bmaintenant (je|j)"
    r"|(il|elle|ils|ca) (a|ont) arrete (il y a|depuis)|avant (je|j)\b.{0,40}\bc est (fini|termine)\b(?! pour moi)"
    # (dev o84) "il est complètement guéri"; "feu vert du neurologue… je reprends l'entraînement"
    r"|(il|elle|je) (est|suis) (completement |totalement |bien )?(gueri|guerie|remis|remise|retabli|retablie)"
    r"|feu vert du (medecin|neurologue|docteur|kine|cardiologue)|je reprends (l entrainement|le sport|le travail|les cours)"
    r"|(c est|c|tout est|et c est) (bien )?(cicatrise|cicatrisee|gueri|guerie)\b"  # (fifteenth session, dev o63)
    # (eleventh session, dev o41) a story, not the writer's life: "c'est de la fiction hein, moi je kiffe ma vie"
    r"|c est (de la |une )?fiction|(moi )?je kiffe ma vie|personnage (fictif|de fiction)"
    r"|j en ai \d+ (aujourd hui|maintenant)|(hoje|agora) estou bem|(hoy|ahora) estoy bien"
    # (eighteenth session, dev o72) blows of a boxing gala: "c'est juste le gala de samedi, tout le monde va bien"
    r"|tout le monde va bien|personne (n est|n a ete) blesse"
    # (dev o73) "the doctor says it's just a cold and she's fine now"
    r"|(she s|he s|she is|he is|it s|we re) (fine|ok|okay|safe) now|(elle|il) va (tres )?bien (maintenant|now)"
    r"|c etait (benin|sans gravite)"  # (dev o77) a febrile fit last month "c'était bénin"
    # (twenty-third session, dev o92) "À 16 ans j'avais des idées noires… J'ai 23 ans, je vais bien"
    # (an adult's age now: "maintenant j'ai 15 ans et ça continue" is no past)
    r"|(j ai|jai) (1[89]|[2-9]\d) ans (et )?(je vais|ca va|tout va) (tres |super |vraiment )?bien"
    # (dev o94) "Au collège on m'a harcelé pendant deux ans. Maintenant j'ai 22 ans, je suis en alternance"
    r"|(maintenant|aujourd hui|desormais) (j ai|jai) (1[89]|[2-9]\d) ans"
    # (dev o98) "J'ai fait une TS à 16 ans. J'en ai 24, … je vais très bien"; a harasser who "m'a jamais recontactée depuis";
    # an eviction, then "relogés en HLM… Maintenant tout est stable"
    r"|j en ai (1[89]|[2-9]\d)\b.{0,60}\b(je vais|tout va|ca va) (tres |super |vraiment )?bien"
    r"|(m a|ne m a|m ont|ne m ont) (jamais|plus) (recontacte|recontactee|reecrit|ecrit|contacte|contactee) depuis"
    r"|(on a|nous avons|j ai|ils ont) ete (reloge|relogee|reloges|relogees)|tout est (stable|rentre dans l ordre)"
    r"|(ya|ahora) (vivo|tengo|trabajo) (en|un|una)\b"  # (dev o100) "me echaron de casa, pero ya vivo en un piso compartido"
    r"|(maintenant|aujourd hui|desormais) (ca va|tout va|je vais) (super |tres |vraiment |beaucoup )?(bien|mieux)"
    r"|(maintenant|aujourd hui|depuis) (on est|je suis|nous sommes|jsuis) (reloge|relogee|reloges|relogees)"
    r"|(j ai|jai) change (de|d) (college|lycee|ecole|etablissement|boite|boulot|ville)|ca fait \w+ ans? que (j ai|jai) arrete"
    r"|(il|elle|ils) (a|ont) ete (condamne|condamnee|condamnes|sanctionne|sanctionnes|sanctionnee|juge|jugee|jugees|juges)"
    r"|j ai (ete|eu) (accompagnee?|aidee?|suivie?) et|je vais bien (desormais|maintenant)|ca va (vraiment |beaucoup )?mieux"
    r"|plus d idees noires|tout est calme|daba ana labas|safi salat|walakin ana (mzyan|labas|bikhir)"
    # (ninth session, dev o35) the ruling won, a former workplace, a lease signed, the keys, a shelter left
    r"|(m ont|m a|lui ont|lui a) donne raison|(dans|a) (mon|ma) (ancienne?|precedente?) (boite|entreprise|job|boulot|taf|poste|ecole|classe)"
    r"|je (signe|viens de signer|ai signe) (mon|un|le) (premier )?bail|(j ai|jai|on a) (eu )?les cles (d un|de mon|du|de l|de notre)"
    r"|(je suis|jsuis|je ne suis) plus (en foyer|en hebergement|en centre|a l hotel)"
    r"|(est|suis|sommes) (maintenant|desormais|aujourd hui) (en|dans (un|une)) (residence|foyer|fjt|logement|appart|studio)"
    r"|(ahora|hoy) vivo con (mi|mis|una|un)|(y|ahora) estamos bien|ca fait \w+ (ans|mois) que (j ai|jai) arrete"
    # (ninth session, dev o36) "c fini depuis longtemps", "4 ans clean", "depuis tout va bien", "that's over now"
    r"|c fini(?! (demain|ce soir|cette nuit|bientot|dans|apres|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))|fini depuis longtemps|"
    # (twelfth session, dev o48) "c'est terminé depuis 4 ans", the harasser fired, "il va très bien"
    # (not "elle a été virée de chez elle", "il va bien finir par me tuer", "c'était juste une claque")
    r"(c est|c) (fini|termine) depuis|(le|la|mon|ma) (manager|chef|cheffe|patron|patronne) a ete (licencie|licenciee|vire|viree|renvoye|renvoyee|mute|mutee)"
    r"|(il|elle|tout le monde) va (tres|super|tout a fait) bien|(il|elle|tout le monde) va bien (maintenant|aujourd hui|depuis)"
    r"|(\d+|deux|trois|quatre|cinq|six) (ans|mois) clean|j ai tout arrete depuis"
    r"|depuis (tout|tt) va bien|(m a|m ont) recueilli\w*|that s over|it s over now|back then"
    r"|quand (j etais|jetais) (au|en|a l|a la|dans (un|le|la)) (foyer|hebergement|centre|rue|hotel|voiture)"
    r"|(maintenant|aujourd hui|desormais) (je suis|jsuis|j suis) en (residence|fjt|foyer jeunes)"
    r"|(est|suis|sommes|sont) (loge|logee|loges|logees|heberge|hebergee|reloge|relogee) (en|dans) (un |une )?(fjt|foyer|residence|logement|appart|studio) depuis"
    r"|(la|maintenant|aujourd hui) (j ai|jai) (une|un) (chambre|studio|appart|logement|place)\b.{0,20}\bdepuis"
    # (twenty-fourth session, dev o108) "J'ai été SDF à 19 ans. Aujourd'hui je suis agent de sécurité…, j'ai mon appart";
    # "depuis cette semaine j'ai un bail à mon nom"; "En 3e on m'enfermait dans les toilettes…, c'était l'enfer. J'ai 24 ans,
    # je donne des cours de hip-hop"
    r"|(aujourd hui|desormais)\b.{0,60}\b(j ai|jai) (mon|mon propre) (appart|logement|studio|toit)|(j ai|jai) (un|mon) bail\b"
    # (dev o110) "jetais sdf 6 mois en 2022, apres foyer jeunes travailleurs et maintenant studio"; "it's all behind me now"
    r"|(j etais|jetais|j ai ete) (sdf|a la rue|dehors)\b.{0,20}\ben (19|20)\d\d\b|maintenant (un |mon )?(studio|appart|logement)\b"
    r"|(it s|its|it is) (all )?behind me"
    # (dev o112) "J'ai fait une TS à 17 ans… je vais bien, j'ai 23 ans aujourd'hui"; "il y a 3 ans, il s'en est sorti";
    # "la mairie nous a relogés depuis"
    r"|je vais (tres |super |vraiment )?bien\b.{0,40}\b(j ai|jai) (1[89]|[2-9]\d) ans (aujourd hui|maintenant)"
    r"|il y a \d+ ans\b.{0,40}\bs en (est|sont) (sorti|sortie|sortis|sorties)\b|(nous a|m a|les a|l a|nous ont|m ont) (reloge|relogee|reloges|relogees)"
    r"|(en (6e|5e|4e|3e|6eme|5eme|4eme|3eme|seconde|primaire|cm1|cm2)|au (college|lycee))\b.{0,80}\bc etait\b.{0,40}"
    r"\b(j ai|jai) (1[89]|[2-9]\d) ans\b(?!.{0,60}\b(continue|recommence)\b))\b")


def told_as_over(text: str) -> bool:
    """Whether the message says the danger it names is over and dealt with (see `_OVER`), with no word
    saying it is now."""
    plain = plain_text(text)
    # ("maintenant", "désormais" say the writer is fine now: "je vis seule et tranquille maintenant")
    return bool(_OVER.search(plain)) and not _NOW.search(re.sub(r"\b(maintenant|desormais)\b", " ", plain))


# Facts of harm that a laugh does not undo ("mdr le cendrier a encore volé jusqu'à ma tête", "lol ça pisse le
# sang depuis 20 min"): no joke needs them (ninth session, dev d34)
_EARNEST = re.compile(f"{_OVERDOSED}|{_HEAD_AGAINST_WALL}|{_IN_MY_BED}|{_THROWN_AT_HEAD}|{_WATCHED_AGAIN}|{_RACING_HEART}|{_HOODED_INTRUDER}|{_ONLY_WAY_LEFT}|{_BLEEDING_ON}|{_ROPE_GAVE_WAY}|{_UNDER_A_TRAIN}|{_GROPED}|{_PUNCHED_BY_PARTNER}|{_KNOWS_WHERE}"
                      # the writer turning serious after the laugh: "… trop chanceuse 🙃 bon en vrai jsuis pas bien"
                      # (eleventh session, dev d41)
                      r"|\b(c est|c) (beaucoup |vachement )?moins drole\b|\b(bon )?en vrai (je suis|jsuis|j suis|chui|ca va) pas\b|\bnon serieux (il|elle|y|c (est )?(grave|chaud|pas drole))\b"
                      # "nan mais sérieux je sais plus" after the bridge (dev d45)
                      r"|\b(non )?mais en vrai (j y|jy) pense (souvent|tout le temps|parfois|vraiment)\b|\bdone with everything\b"
                      r"|\b(c est une blague|je rigole|jrigole)\b.{0,10}\benfin a moitie\b"
                      r"|\b(nan|non) mais serieux (je|jsais|j en|j ai|jai|jsuis)\b|\bla main (un peu |trop )?lourde\b.{0,80}\bpoints de suture\b|\bdrole jusqu a un certain point\b|\bpas si drole (en vrai|que ca)\b")


def said_in_earnest(text: str) -> bool:
    """Whether the message tells a fact of harm that laughter around it does not make a joke (`_EARNEST`)."""
    return bool(_EARNEST.search(plain_text(text)))


# reading, not watching ("je regarde un film et là maintenant il tape à la porte" keeps its "maintenant")
_FOUND_IN_A_BOOK = re.compile(r"\b(laisse|laissee|trouve|trouvee|glisse|glissee|cache|cachee|oublie|oubliee) dans "
                              r"(un|le|mon|son|ce|sa|une) livres?\b")
_FUNERAL_PIECE = re.compile(r"\b(morceau|morceaux|musique|chanson)s?\b(?=.{0,40}\benterrements?\b)")
_READING_NOW = re.compile(r"\b(je|j) ?(lis|relis|bouquine)\b.{0,40}\ben ce moment\b")
_ON_DUTY = re.compile(rf"\b{_ON_DUTY_WORDS}\b")


def told_from_elsewhere(text: str) -> bool:
    """Whether the message places the danger it names elsewhere than in someone's present (see
    `_ELSEWHERE`), with no word saying it is now (a shift's night is work: `_ON_DUTY`)."""
    plain = plain_text(text)
    now = re.sub(r"\b(cette nuit|ce soir)\b", " ", plain) if _ON_DUTY.search(plain) else plain
    # what one reads or watches "en ce moment" is no danger now ("je lis Tokyo Ghoul en ce moment"; dev o46)
    now = re.sub(r"\ben ce moment\b", " ", now) if _READING_NOW.search(plain) else now
    # "still no training" says nothing of a danger now ("… tout va bien. Par contre il n'a toujours pas de formation";
    # fourteenth session, dev o58)
    now = re.sub(r"\btoujours pas (de|d|trouve|eu|de reponse)\b", " ", now)
    # a note left in a book is a thing found, not a story read ("a laissé dans un livre rendu un mot qui ressemble à des
    # adieux"; sixteenth session, dev d66)
    plain = _FOUND_IN_A_BOOK.sub(" ", plain)
    # a piece of music asked for a funeral is no song listened to ("quel morceau on joue aux enterrements, et lequel il
    # faudrait pour le sien"; sixteenth session, dev d67)
    plain = _FUNERAL_PIECE.sub(" ", plain)
    return bool(_ELSEWHERE.search(plain)) and not _NOW.search(now)
