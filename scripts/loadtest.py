"""Load test (run on demand, not part of the test command).

Usage: .venv/bin/python scripts/loadtest.py [--seconds 60] [--users 1,10,50] [--rounds 1]

Starts the real servers on 127.0.0.1 (project bot: Rasa 5605, actions 5655) and
a minimal Rasa bot as the framework's floor (the `rasa init` data trained with
the project's config.yml, see scripts/loadtest_floor.py; Rasa 5705). For each
number of concurrent users, for each bot in turn, every user loops for --seconds:
pick a message from the mix (70 % FAQ, 25 % place, 5 % nonsense), POST it to
/webhooks/rest/webhook, wait for the reply, repeat. A user starts a new
conversation (new sender id) every --conversation messages.

Reports per level: requests, throughput, p50/p95/p99 latency, errors (non-200
or exception), empty replies (an empty list, or a message with neither text nor
buttons; the floor bot's image counts as content), replies of the channel guard
("problème technique": Rasa failed or missed the deadline), and the peak RSS of
each server's process group (sampled every 0.5 s). Exits 1 if the project bot had any error, empty reply or
guard reply at any level (the issue's condition: none at 50 users).
Figures are recorded in docs/benchmarks.md.

With --replicas 1,2,3: the scale mode instead (launcher/servers.py, `make run REPLICAS=N`), each
count in turn: HAProxy on 6105/6155, that many Rasa replicas and one action server, conversations
in a PostgreSQL database made for the run (dropped after it), locks in Redis database 5; then the
floor bot on the same PostgreSQL. Needs the machine's PostgreSQL and Redis on their standard ports.
"""

import argparse
import asyncio
import math
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loadtest_floor import FloorServer, ensure_floor_model  # noqa: E402

from core.replies import TECHNICAL_PROBLEM  # noqa: E402
from launcher import ports  # noqa: E402
from launcher.model import model_path  # noqa: E402
from launcher.servers import Servers  # noqa: E402

PROJECT_PORTS = {"rasa_port": ports.LOADTEST.rasa, "action_port": ports.LOADTEST.action}
FLOOR_PORT = ports.LOADTEST_FLOOR
REQUEST_TIMEOUT_S = 30
SAMPLE_EVERY_S = 0.5
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# Written for this test in the style of young users; not taken from data/ or tests/nlu/.
FAQ = [
    "c koi une mission locale en vrai ?",
    "jai 17 ans je peux venir ou pas",
    "faut payer pour etre suivi chez vous ?",
    "le contrat d'engagement jeune ca marche comment",
    "on touche combien par mois avec le cej",
    "c'est quoi le pacea exactement",
    "g 26 ans c mort pour moi ?",
    "comment je fais pour avoir un rdv avec un conseiller",
    "qui paye pour faire tourner les missions locales",
    "y a des aides pour passer le permis ?",
    "je suis en situation de handicap vous pouvez m'aider quand meme",
    "c'est qui le président d'une mission locale",
    "vous bossez avec france travail ou pas ?",
    "le service civique vous pouvez m'en parler ?",
    "c quoi cette histoire d'obligation de formation jusqu'a 18 ans",
    "il y a combien de missions locales dans toute la france",
    "l'unml c'est quoi ce truc",
    "la garantie jeunes ça existe encore ?",
    "c qui qui decide de tout dans votre mission locale",
    "le fonds social européen il sert a quoi pour vous",
]
PLACES = [
    "mission locale a lyon",
    "jhabite a montpellier elle est ou la mission locale",
    "la ml la plus proche du 33000",
    "je suis a clermont ferrand",
    "y en a une a brest ?",
    "je vis dans le 62 vous avez quoi",
    "69100",
    "mission locale vers metz stp",
    "jsuis sur perpignan",
    "dans l'essonne y a quoi comme mission locale",
    "mission locale le havre",
    "75011",
    "je cherche la ml de nancy",
    "c'est ou pour amiens",
    "j'habite en seine saint denis",
]
NONSENSE = [
    "azertyuiop",
    "?!?!",
    "mdrrr jsp ptdr",
    "qsdfgh 123 blblbl",
    "ok ok ok ok ok",
]
MIX = (("faq", FAQ, 0.70), ("place", PLACES, 0.25), ("nonsense", NONSENSE, 0.05))
CONTENT_KEYS = ("text", "buttons", "image", "attachment", "custom")


def pick(rng: random.Random) -> Tuple[str, str]:
    """(kind, message) drawn from the mix."""
    kind, pool, _ = rng.choices(MIX, weights=[weight for _, _, weight in MIX])[0]
    return kind, rng.choice(pool)


def percentile(ordered: Sequence[float], p: float) -> float:
    """Nearest-rank percentile of sorted samples (0 when there are none)."""
    if not ordered:
        return 0.0
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def is_empty(reply: object) -> bool:
    """An empty list, or a message with no content (the project sends only text and buttons;
    the floor bot also sends an image)."""
    if not isinstance(reply, list) or not reply:
        return True
    return not all(isinstance(m, dict) and any(m.get(key) for key in CONTENT_KEYS) for m in reply)


def is_guard_reply(reply: object) -> bool:
    return isinstance(reply, list) and any(
        isinstance(m, dict) and m.get("text") == TECHNICAL_PROBLEM for m in reply
    )


@dataclass
class Level:
    bot: str
    users: int
    latencies_ms: List[float] = field(default_factory=list)
    by_kind_ms: Dict[str, List[float]] = field(default_factory=dict)
    errors: int = 0
    empty: int = 0
    guard: int = 0
    elapsed_s: float = 0.0
    peak_rss_mib: Dict[str, float] = field(default_factory=dict)
    first_errors: List[str] = field(default_factory=list)
    requests: int = 0
    cpu_s: Dict[str, float] = field(default_factory=dict)

    def cpu_ms_per_message(self, group: str) -> Optional[float]:
        """CPU time (user + system) the group's processes spent per answered message."""
        if group not in self.cpu_s or not self.requests:
            return None
        return self.cpu_s[group] * 1000 / self.requests

    @property
    def throughput(self) -> float:
        return self.requests / self.elapsed_s if self.elapsed_s else 0.0

    def p(self, q: float) -> float:
        return percentile(sorted(self.latencies_ms), q)

    @property
    def clean(self) -> bool:
        return self.errors == 0 and self.empty == 0 and self.guard == 0


# --- memory -----------------------------------------------------------------------------------


def _group_processes(pgid: int) -> Iterator[Tuple[Path, List[str]]]:
    """The /proc folder and the stat fields (after "pid (comm)") of each live process of one
    process group (a server and any children)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid:  # state, ppid, pgrp
                yield stat.parent, fields
        except (OSError, IndexError, ValueError):
            continue  # the process ended meanwhile


def group_rss_kib(pgid: int) -> int:
    """Sum of VmRSS over the processes of one process group."""
    total = 0
    for folder, _ in _group_processes(pgid):
        try:
            for line in (folder / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def group_cpu_s(pgid: int) -> float:
    """User + system CPU seconds of the live processes of one process group."""
    return sum(int(fields[11]) + int(fields[12]) for _, fields in _group_processes(pgid)) / CLOCK_TICKS


class MemorySampler:
    """Samples the RSS of named sets of process groups every 0.5 s in a thread; keeps the peaks
    of each set's sum."""

    def __init__(self, groups: Dict[str, List[int]]) -> None:
        self.groups = groups
        self.peaks_kib = {name: 0 for name in groups}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while True:
            for name, pgid in self.groups.items():
                self.peaks_kib[name] = max(self.peaks_kib[name], sum(group_rss_kib(one) for one in pgid))
            if self._stop.wait(SAMPLE_EVERY_S):
                return

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def peaks_mib(self) -> Dict[str, float]:
        return {name: kib / 1024 for name, kib in self.peaks_kib.items()}


# --- load -------------------------------------------------------------------------------------


async def user_loop(session: aiohttp.ClientSession, url: str, level: Level, user: int,
                    deadline: float, conversation: int, seed: int) -> None:
    rng = random.Random(seed)
    run = uuid.uuid4().hex[:8]
    sent = 0
    while time.monotonic() < deadline:
        sender = f"load-{level.bot}-{level.users}-{user}-{run}-{sent // conversation}"
        kind, text = pick(rng)
        sent += 1
        level.requests += 1
        start = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": text}) as response:
                body = await response.json(content_type=None)
                status = response.status
        except Exception as error:  # noqa: BLE001 - any failure to get a reply is an error
            level.errors += 1
            if len(level.first_errors) < 3:
                level.first_errors.append(f"{type(error).__name__}: {error} (message {text!r})")
            continue
        elapsed_ms = (time.perf_counter() - start) * 1000
        level.latencies_ms.append(elapsed_ms)
        level.by_kind_ms.setdefault(kind, []).append(elapsed_ms)
        if status != 200:
            level.errors += 1
            if len(level.first_errors) < 3:
                level.first_errors.append(f"HTTP {status}: {str(body)[:200]} (message {text!r})")
        elif is_guard_reply(body):
            level.guard += 1
        elif is_empty(body):
            level.empty += 1
            if len(level.first_errors) < 3:
                level.first_errors.append(f"empty reply {body!r} to {text!r}")


async def run_level(url: str, level: Level, seconds: float, conversation: int, seed: int) -> None:
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
    connector = aiohttp.TCPConnector(limit=level.users)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        started = time.monotonic()
        deadline = started + seconds
        await asyncio.gather(*(
            user_loop(session, url, level, user, deadline, conversation, seed * 1000 + user)
            for user in range(level.users)
        ))
        level.elapsed_s = time.monotonic() - started


async def warm_up(url: str, bot: str, show: bool) -> None:
    """Each message once, not counted: lazy loading (knowledge base, first NLU call)."""
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S * 2)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for number, text in enumerate(FAQ + PLACES + NONSENSE):
            sender = f"warmup-{bot}-{number}"
            async with session.post(url, json={"sender": sender, "message": text}) as response:
                reply = await response.json(content_type=None)
            if show:
                first = next((m.get("text") for m in reply if isinstance(m, dict) and m.get("text")), "")
                print(f"   [{bot}] {text!r} -> {first.splitlines()[0][:110] if first else reply!r}", flush=True)


def measure(bot: str, url: str, groups: Dict[str, List[int]], users: int, args: argparse.Namespace) -> Level:
    level = Level(bot, users)
    cpu_before = {name: sum(group_cpu_s(one) for one in pgids) for name, pgids in groups.items() if pgids}
    with MemorySampler(groups) as sampler:
        asyncio.run(run_level(url, level, args.seconds, args.conversation, args.seed))
    level.peak_rss_mib = sampler.peaks_mib()
    level.cpu_s = {name: sum(group_cpu_s(one) for one in groups[name]) - before
                   for name, before in cpu_before.items()}
    print(f"   {bot:7} {users:3} users: {level.requests} requests, {level.throughput:.1f} req/s, "
          f"p50 {level.p(50):.0f} ms, p95 {level.p(95):.0f} ms, errors {level.errors}, "
          f"empty {level.empty}, guard {level.guard}; CPU per message: "
          + ", ".join(f"{name} {level.cpu_ms_per_message(name):.1f} ms" for name in level.cpu_s)
          + "; p50 by kind: "
          + ", ".join(f"{kind} {percentile(sorted(samples), 50):.0f} ms"
                      for kind, samples in sorted(level.by_kind_ms.items())), flush=True)
    for line in level.first_errors:
        print(f"      {line}", flush=True)
    return level


# --- report -----------------------------------------------------------------------------------


def table(levels: List[Level]) -> str:
    rows = [
        "| bot | users | requests | req/s | p50 ms | p95 ms | p99 ms | errors | empty | guard "
        "| CPU ms/msg Rasa | CPU ms/msg actions | peak RSS Rasa MiB | peak RSS actions MiB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def cpu(level: Level, group: str) -> str:
        found = level.cpu_ms_per_message(group)
        return "-" if found is None else f"{found:.1f}"

    for level in levels:
        actions = level.peak_rss_mib.get("actions")
        rows.append(
            f"| {level.bot} | {level.users} | {level.requests} | {level.throughput:.1f} | {level.p(50):.0f} "
            f"| {level.p(95):.0f} | {level.p(99):.0f} | {level.errors} | {level.empty} | {level.guard} "
            f"| {cpu(level, 'rasa')} | {cpu(level, 'actions')} | {level.peak_rss_mib['rasa']:.0f} | {'-' if actions is None else f'{actions:.0f}'} |"
        )
    return "\n".join(rows)


RATIO_HEADER = ["| users | throughput project/floor | p50 project/floor | p95 project/floor "
                "| Rasa CPU per message project/floor |",
                "|---:|---:|---:|---:|---:|"]


def ratios(mine: Level, base: Level) -> List[Optional[float]]:
    """The project's throughput, p50, p95 and Rasa CPU per message over the floor's (None: no floor figure)."""
    pairs = [(mine.throughput, base.throughput), (mine.p(50), base.p(50)), (mine.p(95), base.p(95)),
             (mine.cpu_ms_per_message("rasa") or 0, base.cpu_ms_per_message("rasa") or 0)]
    return [a / b if b else None for a, b in pairs]


def _cells(values: Sequence[Optional[float]]) -> str:
    return " | ".join("-" if value is None else f"{value:.2f}" for value in values)


def ratio_table(project: List[Level], floor: List[Level]) -> str:
    rows = RATIO_HEADER + [f"| {mine.users} | {_cells(ratios(mine, base))} |" for mine, base in zip(project, floor)]
    return "\n".join(rows)


def median_ratio_table(project: List[Level], floor: List[Level]) -> str:
    """For each number of users, the median over the rounds of each ratio of `ratio_table`."""
    rows = list(RATIO_HEADER)
    for users in sorted({level.users for level in project}):
        columns = zip(*(ratios(mine, base) for mine, base in zip(project, floor) if mine.users == users))
        medians = [statistics.median(found) if None not in found else None for found in columns]
        rows.append(f"| {users} | {_cells(medians)} |")
    return "\n".join(rows)


def process_groups(servers: Servers) -> Dict[str, List[int]]:
    """The Rasa servers' and the action servers' process groups (the balancer's apart)."""
    groups: Dict[str, List[int]] = {"rasa": [], "actions": []}
    for name, process in servers.named.items():
        groups.setdefault(name.split("-")[0], []).append(process.pid)
    return groups


def run_replicas(model: Path, floor_model: Optional[Path], workdir: Path, args: argparse.Namespace,
                 user_levels: List[int]) -> int:
    """The scale mode with each replica count in turn, then the floor on the same PostgreSQL."""
    import sqlalchemy as sa

    from launcher import scale

    counts = [int(n) for n in args.replicas.split(",")]
    name = f"ml_loadtest_{uuid.uuid4().hex[:8]}"
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    scale.ensure_database(url)
    levels: Dict[str, List[Level]] = {}
    try:
        for count in counts:
            label = f"{count} replica" + ("s" if count > 1 else "")
            print(f">> {label} behind HAProxy ({ports.LOADTEST_SCALE.rasa}), PostgreSQL, Redis", flush=True)
            (workdir / f"replicas-{count}").mkdir()
            servers = Servers(model, data_dir=workdir / f"replicas-{count}", rasa_port=ports.LOADTEST_SCALE.rasa,
                              action_port=ports.LOADTEST_SCALE.action, replicas=count, balanced=True,
                              database_url=url, redis_url="redis://127.0.0.1:6379/5")
            try:
                servers.start()
                asyncio.run(warm_up(servers.rest_webhook, label, args.show_replies))
                levels[label] = [measure(label, servers.rest_webhook, process_groups(servers), users, args)
                                 for users in user_levels]
            finally:
                servers.stop()
        if floor_model:
            floor = FloorServer(floor_model, FLOOR_PORT, workdir / "floor", database_url=url).start()
            try:
                asyncio.run(warm_up(floor.rest_webhook, "floor", args.show_replies))
                levels["floor"] = [measure("floor", floor.rest_webhook, {"rasa": [floor.process.pid]}, users, args)
                                   for users in user_levels]
            finally:
                floor.stop()
    finally:
        admin = sa.create_engine("postgresql://postgres@127.0.0.1:5432/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    print()
    print(table([level for found in levels.values() for level in found]))
    if "floor" in levels:
        for label, found in levels.items():
            if label != "floor":
                print(f"\n{label} against the floor\n")
                print(ratio_table(found, levels["floor"]))
    failed = [level for label, found in levels.items() if label != "floor" for level in found if not level.clean]
    print()
    if failed:
        print("FAIL: errors, empty replies or guard replies at " + ", ".join(
            f"{level.bot} {level.users} users" for level in failed) + f". Logs kept in {workdir}")
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    print("PASS: no error, no empty reply, no guard reply at any replica count and level.")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60, help="duration of each level (default 60)")
    parser.add_argument("--users", default="1,10,50", help="concurrent users per level (default 1,10,50)")
    parser.add_argument("--conversation", type=int, default=10,
                        help="messages per conversation before a user takes a new sender id (default 10)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=1,
                        help="repeat the levels this many times, the bot measured first alternating, and print "
                             "the median ratios (this machine's speed varies from minute to minute)")
    parser.add_argument("--no-floor", action="store_true", help="project bot only")
    parser.add_argument("--replicas", default="",
                        help="the scale mode with each of these replica counts, e.g. 1,2,3 (see above)")
    parser.add_argument("--show-replies", action="store_true",
                        help="print the first line of each bot's reply to every message of the mix")
    args = parser.parse_args()
    user_levels = [int(n) for n in args.users.split(",")]

    model = model_path()
    if not model.exists():
        print(f"No trained model {model.relative_to(ROOT)}: train first (make run, or "
              f".venv/bin/python -m launcher train).", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="loadtest-"))
    floor_model = None if args.no_floor else ensure_floor_model(workdir)
    if args.replicas:
        return run_replicas(model, floor_model, workdir, args, user_levels)
    project_levels: List[Level] = []
    floor_levels: List[Level] = []
    servers: Optional[Servers] = None
    floor: Optional[FloorServer] = None
    try:
        print(f">> Starting the project's servers ({ports.LOADTEST.rasa}/{ports.LOADTEST.action})"
              + ("" if args.no_floor else f" and the floor bot ({FLOOR_PORT})"),
              flush=True)
        (workdir / "project").mkdir()
        servers = Servers(model, data_dir=workdir / "project", **PROJECT_PORTS).start()
        project_groups = process_groups(servers)
        if floor_model:
            floor = FloorServer(floor_model, FLOOR_PORT, workdir / "floor").start()
        asyncio.run(warm_up(servers.rest_webhook, "project", args.show_replies))
        if floor:
            asyncio.run(warm_up(floor.rest_webhook, "floor", args.show_replies))
        # Levels alternate between the two bots so that both see the same background load; with
        # --rounds, the whole series is repeated, the bot measured first alternating too.
        bots = [("project", servers.rest_webhook, project_groups, project_levels)]
        if floor:
            bots.append(("floor", floor.rest_webhook, {"rasa": [floor.process.pid]}, floor_levels))
        for round_ in range(args.rounds):
            for users in user_levels:
                for name, url, groups, levels in (bots if round_ % 2 == 0 else bots[::-1]):
                    levels.append(measure(name, url, groups, users, args))
    finally:
        if servers:
            servers.stop()
        if floor:
            floor.stop()

    print()
    print(table(project_levels + floor_levels))
    if floor_levels:
        print()
        print(ratio_table(project_levels, floor_levels))
        if args.rounds > 1:
            print(f"\nMedians over the {args.rounds} rounds\n")
            print(median_ratio_table(project_levels, floor_levels))
    failed = [level for level in project_levels if not level.clean]
    print()
    if failed:
        print("FAIL: the project bot had errors, empty replies or guard replies at "
              + ", ".join(f"{level.users} users" for level in failed)
              + f". Server logs kept in {workdir}")
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    print("PASS: no error, no empty reply, no guard reply for the project bot at any level.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
