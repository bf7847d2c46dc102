"""The staff commands (French output; every one requires a staff credential, ML_STAFF_CREDENTIAL
or asked for):

    python -m staff report [--du AAAA-MM-JJ] [--au AAAA-MM-JJ] [--csv FICHIER]
        what the assistant did not understand over the period (default: the last 30 days)
    python -m staff requests [--structure CODE] [--csv FICHIER]
        the call-back requests, newest first (a structure's staff: only theirs)
    python -m staff handled NUMÉRO
        marks a call-back request handled
    python -m staff delete NUMÉRO
        deletes a call-back request (the person withdrew it)
    python -m staff add-account NOM (--structure CODE | --admin)
        (administrators only) adds a staff account and prints its credential, once

`make report ARGS="--du 2026-11-01 --csv rapport.csv"` runs the first.
"""

import argparse
import getpass
import sys
from datetime import date
from typing import List, Optional

from core import callback_requests, settings
from launcher import database
from launcher.paths import state_dir
from staff import access
from staff import report as reports
from staff.names import Names
from staff.requests_page import to_csv, when

REFUSED = 2


def _credential() -> Optional[str]:
    given = settings.text("ML_STAFF_CREDENTIAL")
    if given:
        return given
    if sys.stdin.isatty():
        return getpass.getpass("Identifiant des équipes (nom:secret) : ")
    return None


def _account(state) -> Optional[access.Account]:
    path = access.accounts_file(state)
    account = access.authenticate(access.load_accounts(path), _credential())
    if account is None:
        print("Identifiant refusé : donnez votre identifiant des équipes (nom:secret) dans ML_STAFF_CREDENTIAL "
              "ou quand il est demandé. Voir le README, « Outils des équipes ».", file=sys.stderr)
    return account


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date illisible « {value} » : utilisez AAAA-MM-JJ") from None


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m staff", description="Outils des équipes des missions locales.")
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="ce que l'assistant n'a pas compris")
    report.add_argument("--du", type=_day, help="premier jour (AAAA-MM-JJ), par défaut il y a 29 jours")
    report.add_argument("--au", type=_day, help="dernier jour (AAAA-MM-JJ), par défaut aujourd'hui")
    report.add_argument("--csv", help="écrit aussi l'export CSV dans ce fichier")
    report.add_argument("--limit", type=int, default=50, help="nombre de groupes affichés (50)")
    listing = commands.add_parser("requests", help="les demandes de rappel, les plus récentes d'abord")
    listing.add_argument("--structure", help="(administrateurs) une seule structure, par son code")
    listing.add_argument("--csv", help="écrit aussi l'export CSV dans ce fichier")
    handled = commands.add_parser("handled", help="marque une demande de rappel comme traitée")
    handled.add_argument("number", type=int)
    deleted = commands.add_parser("delete", help="supprime une demande de rappel (retirée par la personne)")
    deleted.add_argument("number", type=int)
    add = commands.add_parser("add-account", help="ajoute un compte (administrateurs)")
    add.add_argument("name")
    kind = add.add_mutually_exclusive_group(required=True)
    kind.add_argument("--structure", help="le code de la structure (voir kb/structures.json)")
    kind.add_argument("--admin", action="store_true", help="un administrateur du réseau")
    args = parser.parse_args(argv)

    state = state_dir()
    account = _account(state)
    if account is None:
        return REFUSED
    if args.command == "add-account":
        if not account.is_admin:
            print("Réservé aux administrateurs du réseau.", file=sys.stderr)
            return REFUSED
        role = access.ADMIN if args.admin else access.STRUCTURE
        credential = access.add_account(access.accounts_file(state), args.name, role, args.structure)
        print(f"Compte ajouté. Identifiant à transmettre (il ne sera plus affiché) : {credential}")
        return 0
    url = database.database_url(state, settings.text("ML_DATABASE_URL") or None)
    if args.command == "requests":
        return _requests(url, account, args)
    if args.command == "delete":
        if not callback_requests.delete(url, args.number, account.scope):
            print(f"Demande n° {args.number} inconnue ou d'une autre structure.", file=sys.stderr)
            return 1
        print(f"Demande n° {args.number} supprimée.")
        return 0
    if args.command == "handled":
        if not callback_requests.mark_handled(url, args.number, account.name, account.scope):
            print(f"Demande n° {args.number} inconnue, d'une autre structure, ou déjà traitée.", file=sys.stderr)
            return 1
        print(f"Demande n° {args.number} marquée comme traitée.")
        return 0
    start, end = reports.default_period()
    start, end = args.du or start, args.au or end
    try:
        built = reports.build_report(url, start, end)
    except ValueError as error:
        print(f"Période impossible : {error}.", file=sys.stderr)
        return REFUSED
    print(reports.to_text(built, args.limit))
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as handle:
            handle.write(reports.to_csv(built))
        print(f"Export CSV : {args.csv}")
    return 0


def _requests(url: str, account: access.Account, args) -> int:
    structure = (args.structure or None) if account.is_admin else account.scope
    items = callback_requests.list_requests(url, structure)
    names = Names()
    print(f"{len(items)} demande(s) de rappel" + (f" pour {names.structure(structure)}" if structure else "") + ".")
    for item in items:
        state = f"traitée le {when(item.handled_at)} par {item.handled_by}" if item.handled_at else "à traiter"
        print(f"n° {item.id}  {when(item.created_at)}  {names.structure(item.structure_code)}  "
              f"{item.first_name}  {item.contact}  {names.commune(item.commune_code)}  "
              f"[{state}]" + (f"\n      « {item.message} »" if item.message else ""))
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as handle:
            handle.write(to_csv(items, names))
        print(f"Export CSV : {args.csv}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
