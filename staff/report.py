"""What the assistant did not understand, read from the conversations (Rasa's SQL tracker store:
the SQLite file by default, PostgreSQL when ML_DATABASE_URL is set).

For a period of days (Europe/Paris dates), each user message is either understood or one of:
- NOT_UNDERSTOOD: Rasa's fallback ("je n'ai pas compris"), or the clarification that found no
  likely topic;
- OUT_OF_SCOPE: the intent `hors_sujet`;
- MENU_OTHER: a menu of likely topics (`action_clarifier`) where the user then picked "Autre chose";
- MENU_NO_CHOICE: a menu where the user picked nothing (wrote something else, or left);
- PLACE_NOT_FOUND: a place search that did not find the place typed (the form's status
  `lieu_probleme` set to "introuvable" or "abandon").

The messages are masked (phone numbers, e-mail addresses, runs of six digits or more) before
anything else reads them, then grouped by their words once accents, case, punctuation and stop
words are set aside (same set of words = same group), most frequent first. Plain Python and
SQLAlchemy; no Rasa import.
"""

import csv
import io
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Dict, Iterable, List, Optional, Tuple

import sqlalchemy as sa

from core.faq_choice import CLARIFY_GENERIC_TEXT, CLARIFY_TOPICS_TEXT, OTHER_BUTTON
from core.text import plain_words

try:
    from zoneinfo import ZoneInfo

    LOCAL_TIME = ZoneInfo("Europe/Paris")
except Exception:  # noqa: BLE001 - no time zone database: UTC dates
    LOCAL_TIME = timezone.utc

NOT_UNDERSTOOD, OUT_OF_SCOPE, MENU_OTHER, MENU_NO_CHOICE, PLACE_NOT_FOUND = (
    "non_compris", "hors_sujet", "menu_autre_chose", "menu_sans_choix", "lieu_introuvable")
CATEGORY_LABELS = {
    NOT_UNDERSTOOD: "Non compris",
    OUT_OF_SCOPE: "Hors sujet",
    MENU_OTHER: "Menu : « Autre chose »",
    MENU_NO_CHOICE: "Menu : aucun choix",
    PLACE_NOT_FOUND: "Lieu introuvable",
}
FALLBACK_ACTIONS = {"action_default_fallback", "utter_default", "utter_ask_rephrase"}
PLACE_FAILURES = {"introuvable", "abandon"}  # actions/structures.py: NOT_FOUND, GAVE_UP
DEFAULT_DAYS = 30

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\d)(?:\+\s?33\s?\(?0?\)?|0033\s?|0)\s?[1-9](?:[\s.-]?\d{2}){4}(?!\d)")
_LONG_DIGITS = re.compile(r"\d(?:[\s.-]?\d){5,}")
STOP_WORDS = set(
    """a ai as au aux avec c ca ce ces cet cette d de des du elle en est et etre il ils j je l la le les
    leur lui m ma me mes moi mon n ne nous on ou par pas pour qu que qui quoi s sa se ses si son sur t ta
    te tes toi ton tu un une vous vos votre y bonjour salut svp stp merci hello coucou bjr slt""".split()
)


def mask(text: str) -> str:
    """The message with e-mail addresses, phone numbers and long digit runs replaced."""
    text = _EMAIL.sub("[courriel]", text or "")
    text = _PHONE.sub("[téléphone]", text)
    return _LONG_DIGITS.sub("[numéro]", text)


def group_key(masked: str) -> str:
    """Messages with the same words (accents, case, punctuation and stop words aside) share a key."""
    words = sorted({w for w in plain_words(masked).split() if w not in STOP_WORDS})
    return " ".join(words) or plain_words(masked) or masked.strip()


@dataclass
class Miss:
    """One message the assistant did not understand."""

    category: str
    text: str  # masked
    day: date


@dataclass
class Group:
    key: str
    count: int
    categories: Counter
    examples: List[str]  # the distinct masked wordings, most frequent first
    first_day: date
    last_day: date


@dataclass
class Report:
    start: date
    end: date  # inclusive
    misses: List[Miss]
    understood_by_day: Dict[date, int]
    missed_by_day: Dict[date, int]
    groups: List[Group] = field(default_factory=list)

    @property
    def days(self) -> List[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    @property
    def total_messages(self) -> int:
        return sum(self.understood_by_day.values()) + sum(self.missed_by_day.values())


def default_period(today: Optional[date] = None) -> Tuple[date, date]:
    today = today or datetime.now(LOCAL_TIME).date()
    return today - timedelta(days=DEFAULT_DAYS - 1), today


def _bounds(start: date, end: date) -> Tuple[float, float]:
    lo = datetime(start.year, start.month, start.day, tzinfo=LOCAL_TIME)
    hi = datetime(end.year, end.month, end.day, tzinfo=LOCAL_TIME) + timedelta(days=1)
    return lo.timestamp(), hi.timestamp()


@dataclass
class _Turn:
    """A user message and what followed it until the next one."""

    timestamp: float
    text: str
    intent: str
    actions: List[str] = field(default_factory=list)
    bot_texts: List[str] = field(default_factory=list)
    payloads: set = field(default_factory=set)  # what the buttons shown after it send
    place_status: Optional[str] = None


def _turns(rows: Iterable[Tuple[str, str]]) -> Dict[str, List[_Turn]]:
    """Per conversation, its turns, from (sender_id, event JSON) rows in event order."""
    conversations: Dict[str, List[_Turn]] = defaultdict(list)
    for sender, data in rows:
        try:
            event = json.loads(data)
        except (TypeError, ValueError):
            continue
        kind = event.get("event")
        turns = conversations[sender]
        if kind == "user":
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name") or ""
            turns.append(_Turn(float(event.get("timestamp") or 0), str(event.get("text") or ""), intent))
        elif not turns:
            continue
        elif kind == "action":
            turns[-1].actions.append(str(event.get("name") or ""))
        elif kind == "bot":
            turns[-1].bot_texts.append(str(event.get("text") or ""))
            buttons = (event.get("data") or {}).get("buttons") or []
            turns[-1].payloads.update(str(b.get("payload") or "").strip() for b in buttons if isinstance(b, dict))
        elif kind == "slot" and event.get("name") == "lieu_probleme" and event.get("value") in PLACE_FAILURES:
            turns[-1].place_status = event.get("value")
    return conversations


def _category(turn: _Turn, following: Optional[_Turn]) -> Optional[str]:
    """Why this turn was not understood, or None when it was."""
    if turn.place_status:
        return PLACE_NOT_FOUND
    if turn.intent == "hors_sujet":
        return OUT_OF_SCOPE
    if CLARIFY_GENERIC_TEXT in turn.bot_texts or FALLBACK_ACTIONS & set(turn.actions):
        return NOT_UNDERSTOOD
    if CLARIFY_TOPICS_TEXT in turn.bot_texts:
        if following is not None and following.text.strip() == OTHER_BUTTON["payload"]:
            return MENU_OTHER
        if following is None or following.text.strip() not in turn.payloads:
            return MENU_NO_CHOICE
    return None


def _read_rows(url: str, lo: float, hi: float) -> List[Tuple[str, str]]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("events"):
            return []
        # the conversations with a message in the period, read whole up to a day after it (a
        # menu's answer may come after midnight)
        return list(connection.execute(
            sa.text("SELECT sender_id, data FROM events WHERE sender_id IN "
                    "(SELECT DISTINCT sender_id FROM events WHERE type_name = 'user' "
                    "AND timestamp >= :lo AND timestamp < :hi) AND timestamp < :after ORDER BY sender_id, id"),
            {"lo": lo, "hi": hi, "after": hi + 86400},
        ))


def build_report(url: str, start: date, end: date) -> Report:
    """The report for the days start..end (inclusive) of the conversations at `url`."""
    if end < start:
        raise ValueError("la date de fin précède la date de début")
    lo, hi = _bounds(start, end)
    misses: List[Miss] = []
    understood: Dict[date, int] = Counter()
    missed: Dict[date, int] = Counter()
    for turns in _turns(_read_rows(url, lo, hi)).values():
        for index, turn in enumerate(turns):
            if not lo <= turn.timestamp < hi or turn.text.startswith("/"):
                continue  # outside the period, or an intent sent by a button payload
            day = datetime.fromtimestamp(turn.timestamp, LOCAL_TIME).date()
            category = _category(turn, turns[index + 1] if index + 1 < len(turns) else None)
            if category is None:
                understood[day] += 1
            else:
                missed[day] += 1
                misses.append(Miss(category, mask(turn.text), day))
    report = Report(start, end, misses, dict(understood), dict(missed))
    report.groups = group(misses)
    return report


def group(misses: List[Miss]) -> List[Group]:
    """The misses grouped by their words, most frequent first (then alphabetically)."""
    by_key: Dict[str, List[Miss]] = defaultdict(list)
    for miss in misses:
        by_key[group_key(miss.text)].append(miss)
    groups = []
    for key, members in by_key.items():
        wordings = Counter(m.text for m in members)
        groups.append(Group(
            key=key, count=len(members), categories=Counter(m.category for m in members),
            examples=[text for text, _ in sorted(wordings.items(), key=lambda item: (-item[1], item[0]))],
            first_day=min(m.day for m in members), last_day=max(m.day for m in members)))
    return sorted(groups, key=lambda g: (-g.count, g.key))


def categories_text(group_: Group) -> str:
    return ", ".join(f"{CATEGORY_LABELS[c]} ({n})" for c, n in group_.categories.most_common())


CSV_HEADER = ["nombre", "message", "autres formulations", "raisons", "premier jour", "dernier jour"]


def to_csv(report: Report) -> str:
    """The groups as CSV (comma-separated, UTF-8 with a BOM so that spreadsheets read the accents)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for g in report.groups:
        writer.writerow([g.count, g.examples[0], " | ".join(g.examples[1:4]), categories_text(g),
                         g.first_day.isoformat(), g.last_day.isoformat()])
    return "\ufeff" + out.getvalue()


def to_text(report: Report, limit: int = 50) -> str:
    """The report for a terminal, in French."""
    total_missed = sum(report.missed_by_day.values())
    lines = [f"Messages non compris du {report.start:%d/%m/%Y} au {report.end:%d/%m/%Y} : "
             f"{total_missed} sur {report.total_messages} message(s)."]
    for g in report.groups[:limit]:
        others = f" (+ {len(g.examples) - 1} autre(s) formulation(s))" if len(g.examples) > 1 else ""
        lines.append(f"{g.count:5d}  {g.examples[0]}{others}  [{categories_text(g)}]")
    if len(report.groups) > limit:
        lines.append(f"… et {len(report.groups) - limit} autre(s) groupe(s) (export CSV : --csv).")
    lines.append("Par jour (compris / non compris) :")
    for day in report.days:
        lines.append(f"  {day:%d/%m/%Y}  {report.understood_by_day.get(day, 0):5d}  {report.missed_by_day.get(day, 0):5d}")
    return "\n".join(lines)
