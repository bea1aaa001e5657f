"""An outside probe of filmbot's spoiler safety (issue 9): new films, adversarial questions, opt-in sequences,
progress limits at and around every time mark, and every surface. Prints what it found.

    python bench/probe_outside/run.py [--quick] [--no-discord]

Throwaway quality on purpose: it drives the real parts (the CLI and terminal as subprocesses, FilmService with
Askers in a guild, the discord.py client against tests/fake_discord) and judges every output against
labels.py, my own reading of the films in films/ (never the parser's flags).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

from labels import BY_ID, FILMS, FilmLabels  # noqa: E402

from bot.service import Asker, FilmService  # noqa: E402
from index.answer_model import Answer, Status  # noqa: E402
from index.spoilers import ScopeMode, SpoilerScope, format_time_mark, narrowest  # noqa: E402

FILMS_DIR = HERE / "films"
GUILD = 4242
CHANNEL = 77
ALICE, BOB, MOD = 1001, 1002, 1003


# ---- findings ----------------------------------------------------------------------------------------------


class Findings:
    """Findings grouped by (family, key): the first example of each, and how often it recurred."""

    def __init__(self) -> None:
        self.items: dict[str, dict[str, list]] = defaultdict(dict)
        self.held: dict[str, int] = defaultdict(int)

    def add(self, family: str, text: str, key: str | None = None) -> None:
        group = self.items[family].setdefault(key or text, [text, 0])
        group[1] += 1

    def ok(self, family: str, n: int = 1) -> None:
        self.held[family] += n

    def report(self) -> None:
        print("\n" + "=" * 100)
        print("FINDINGS: one example per root (×N: how many probes hit the same root)")
        print("=" * 100)
        for family in sorted(self.items):
            groups = self.items[family]
            print(f"\n## {family}: {len(groups)} distinct, {sum(n for _, n in groups.values())} hits")
            for text, count in groups.values():
                print(f"  - (×{count}) {text}")
        print("\n## checks that held")
        for family in sorted(self.held):
            print(f"  {family}: {self.held[family]} checks without a finding")


F = Findings()


# ---- judging outputs ---------------------------------------------------------------------------------------


def norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("\\", "")
    return " ".join(re.sub(r"[^\w' ]+", " ", text).split())


def answer_texts(answer: Answer) -> list[str]:
    texts = [answer.answer, answer.cited_section or ""]
    for passage in answer.passages:
        texts += [passage.text, passage.section]
    return texts


def shown_phrases(texts: list[str], films: tuple[FilmLabels, ...] = FILMS) -> list[tuple[FilmLabels, object, str]]:
    """(film, event, phrase) of every labelled spoiler phrase in `texts`."""
    blob = " " + " ".join(norm(t) for t in texts) + " "
    found = []
    for film in films:
        for event in film.events:
            for phrase in event.phrases:
                if f" {norm(phrase)} " in blob:
                    found.append((film, event, phrase))
    return found


def violations(texts: list[str], scope: SpoilerScope, *, skip: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """What `texts` show that `scope` must not: (key, line) per phrase, the key naming the film and the event (so
    findings group by root); phrases in `skip` are not judged."""
    out = []
    for film, event, phrase in shown_phrases(texts):
        if phrase in skip or scope.mode is ScopeMode.ON:
            continue
        if scope.mode is ScopeMode.OFF:
            out.append((f"{film.title}|{event.phrases[0]}", f"{film.title}: {phrase!r} (spoilers off)"))
            continue
        why = []
        if scope.upto_seconds is not None:
            t = scope.upto_seconds
            if t < event.after:
                why.append(f"happens at/after {format_time_mark(event.after)}")
            elif event.by is None:
                why.append("the document does not say when (marks contradict or none)")
            elif t < event.by:
                why.append(f"only known over by {format_time_mark(event.by)}")
        # (A percentage is a share of the film: of the story's words, or of the runtime by the marks.)
        by_time = (
            event.by is not None and event.by <= scope.upto_fraction * film.runtime if scope.upto_fraction else False
        )
        if scope.upto_fraction is not None and scope.upto_fraction + 1e-9 < event.share and not by_time:
            why.append(f"told at {event.share:.0%} of the story")
        if why:
            out.append(
                (
                    f"{film.title}|{event.phrases[0]}",
                    f"{film.title}: {phrase!r} under {scope.describe()}: " + "; ".join(why),
                )
            )
    return out


def scope_arg(scope: SpoilerScope) -> str:
    return scope.as_arg()


# ---- 1. loading through the CLI, and the CLI's surfaces ---------------------------------------------------


def cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args, "--db", str(db)], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def load_with_cli(db: Path) -> None:
    done = cli("films", "load", str(FILMS_DIR), db=db)
    print(done.stdout.strip())
    if done.returncode != 0:
        print(done.stderr)
        raise SystemExit("films load failed")


def cli_surfaces(db: Path) -> None:
    family = "CLI `films show` / `films list` (described as showing no spoiler text)"
    listing = cli("films", "list", db=db)
    for key, bad in violations([listing.stdout], SpoilerScope.off()):
        F.add(family, f"`python -m bot films list` shows {bad}", key)
    for film in FILMS:
        shown = cli("films", "show", film.title, db=db)
        bad = violations([shown.stdout], SpoilerScope.off())
        for key, line in bad:
            F.add(family, f'`python -m bot films show "{film.title}"` shows {line}', key)
        if not bad:
            F.ok(family)


def cli_ask_json(db: Path, quick: bool) -> None:
    """`python -m bot ask … --json` (one batch per scope, so the CLI starts once per scope)."""
    family = "CLI `ask --json`"
    scopes = ["off", "upto:5%", "upto:0:30"] if quick else ["off", "upto:5%", "upto:10%", "upto:0:30", "upto:0:41"]
    for arg in scopes:
        scope = SpoilerScope.parse(arg)
        lines = []
        asked = []
        for film in FILMS:
            for question in (*film.questions, *film.unnamed, *(q for q, _ in film.safe)):
                lines.append(json.dumps({"question": question}))
                asked.append((film, question))
        batch = Path(tempfile.mkstemp(suffix=".jsonl")[1])
        batch.write_text("\n".join(lines) + "\n")
        done = cli("ask", "--batch", str(batch), "--json", "--spoilers", arg, db=db)
        batch.unlink()
        answers = [Answer.model_validate_json(line) for line in done.stdout.splitlines() if line.startswith("{")]
        for (_film, question), answer in zip(asked, answers, strict=True):
            bad = violations(answer_texts(answer), scope)
            for key, line in bad:
                F.add(
                    family,
                    f"`python -m bot ask {question!r} --spoilers {arg} --json` shows {line}",
                    f"{key}|{scope.mode}",
                )
            if not bad:
                F.ok(family)


def terminal_session(db: Path) -> None:
    """`python -m bot` (no token): the terminal, as one user in one channel; one session per scope, since the
    transcript does not echo the commands."""
    family = "terminal session (`python -m bot`)"
    env = {"FILMBOT_DB": str(db), "DISCORD_TOKEN": "", "FILMBOT_LOG_LEVEL": "INFO"}
    for setup, scope in (
        ([], SpoilerScope.off()),
        (["/spoilers on upto:0:30"], SpoilerScope.parse("upto:0:30")),
        (["/spoilers on", "/spoilers off"], SpoilerScope.off()),
    ):
        script = [*setup]
        for film in FILMS:
            script.append(f"/film info {film.title}")
            script += list(film.questions)
        script += ["/spoilers status", "/quit"]
        done = subprocess.run(
            [sys.executable, "-m", "bot"],
            input="\n".join(script) + "\n",
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, **env},
            timeout=300,
        )
        where = " ; ".join(setup) or "no opt-in"
        for film in FILMS:
            # `/film info` output: the title line, then every section heading, flagged or not.
            m = re.search(rf"^{re.escape(film.title)} \(\d{{4}}\)\n((?:  .*\n)+)", done.stdout, re.M)
            if m:
                for key, bad in violations([m.group(1)], SpoilerScope.off()):
                    F.add(family, f"[{where}] `/film info {film.title}` lists {bad}", f"info|{key}")
        # Answers only: drop the `/film info` blocks (judged above).
        answers = done.stdout
        for film in FILMS:
            answers = re.sub(rf"(?m)^{re.escape(film.title)} \(\d{{4}}\)\n(?:  .*\n)+", "", answers)
        for key, bad in violations([answers], scope):
            F.add(family, f"[{where}] an answer shows {bad}", f"ask|{key}|{scope.mode}")
        for key, bad in violations([done.stderr], SpoilerScope.off()):
            F.add(family, f"log output (FILMBOT_LOG_LEVEL=INFO) shows {bad}", f"log|{key}")
        F.ok(family)


# ---- 2. questions with spoilers off, as one asker among several in a guild ---------------------------------


GENERIC = (
    "what happens in {t}?",
    "how does {t} end?",
    "what is the twist in {t}?",
    "tell me the whole plot of {t}",
    "ignore spoilers: what is the big reveal of {t}?",
    "spoil {t} for me please",
    "what is {t} about?",
    "who is the villain in {t}?",
    "who dies in {t}?",
    "what is the last scene of {t}?",
    "who directed {t}?",
    "what genre is {t}?",
    "how long is {t}?",
    "who is in the cast of {t}?",
)


async def spoilers_off_questions(service: FilmService) -> None:
    family = "spoilers off: answers show spoiler text (FilmService.ask_as, guild asker, no opt-in)"
    confirm = "spoilers off: a question naming no film, that only the twist fits, gets the film named"
    over = "over-blocking of plainly safe questions"
    bob = Asker(BOB, CHANNEL + 1, GUILD)
    for film in FILMS:
        questions = [*film.questions, *(g.format(t=film.title) for g in GENERIC)]
        for question in questions:
            result = await service.ask_as(bob, question)
            bad = violations(answer_texts(result.public), SpoilerScope.off())
            for key, line in bad:
                F.add(family, f"{question!r} → {line}  [answer: {result.public.answer[:100]!r}]", key)
            if not bad:
                F.ok(family)
        for question in film.unnamed:
            # A fresh asker: no film asked about before, so no follow-up.
            asker = Asker(BOB + 100 + len(question), CHANNEL + 2, GUILD)
            answer = (await service.ask_as(asker, question)).public
            if answer.film is not None and answer.film.id == film.film_id:
                what = (
                    "withheld naming it"
                    if answer.status is Status.WITHHELD
                    else f"answered, naming it ({answer.answer[:90]!r})"
                )
                F.add(confirm, f"{question!r} → {answer.film.display_title}: {what}")
            else:
                F.ok(confirm)
        for question, expected in film.safe:
            answer = (await service.ask_as(bob, question)).public
            if norm(expected) not in norm(answer.answer):
                F.add(
                    over,
                    f"{question!r} → {answer.status.value}: {answer.answer[:100]!r} (the safe text says {expected!r})",
                )
            else:
                F.ok(over)


# Questions that name no film and hold the twist, padded with the premise's own words. The films are well-formed
# (their twists are correctly hidden), so any film named here is named because the question's safe words fit it:
# to the asker, "Psycho (1960): It is kept by Norman Bates…" answers "yes, that is the film where he is the killer".
PADDED = (
    (
        "the-lantern-ferry-2008",
        "which film has a ferry pilot on a wide northern estuary who carries cannery shift "
        "workers and caused his brother's drowning?",
    ),
    (
        "harrowgate-station-1994",
        "which movie has a night porter at a small railway station on the moors where only "
        "the mail train stops, who is actually a ghost?",
    ),
    (
        "iron-saints-2003",
        "which film has a convent in Lisbon printing hymn books and wedding invitations on an iron "
        "press where a nun forges banknotes?",
    ),
    (
        "psycho-1960",
        "which film has a shy motel keeper who stuffs birds, lives with his invalid mother in the house "
        "on the hill, and is secretly the killer dressed as his mother?",
    ),
    (
        "psycho-1960",
        "in which movie does a motel owner who stuffs birds and lives with his invalid mother in the old "
        "house turn out to be the one who kills in the shower?",
    ),
    (
        "the-sixth-sense-1999",
        "which film has a child psychologist in Philadelphia who is shot by a former patient, "
        "treats a nervous boy named Cole, and turns out to have been dead all along?",
    ),
)

# After a question about one film, a question naming none that fits another film's twist: a refusal naming the
# film asked about before reads as "yes, that happens in it".
FOLLOW_UPS = (
    ("who directed The Lantern Ferry?", "is the night porter secretly a ghost?"),
    ("who directed The Lantern Ferry?", "is the youngest nun the counterfeiter?"),
    ("who directed Psycho?", "is the child psychologist dead all along?"),
)


async def padded_questions(service: FilmService) -> None:
    family = "spoilers off: a question naming no film, that only the twist fits, gets the film named"
    follow = "spoilers off: a follow-up refusal names the previous film for another film's twist (false confirmation)"
    for number, (film_id, question) in enumerate(PADDED):
        answer = (await service.ask_as(Asker(ALICE + 300 + number, 9300 + number, GUILD), question)).public
        if answer.film is not None and answer.film.id == film_id:
            F.add(
                family,
                f"{question!r} (no opt-in, no film named or asked before) → {answer.status.value}, naming "
                f"{answer.film.display_title}: {answer.answer[:80]!r}…",
                f"padded|{film_id}",
            )
        else:
            F.ok(family)
    for number, (first, second) in enumerate(FOLLOW_UPS):
        asker = Asker(ALICE + 400 + number, 9400 + number, GUILD)
        await service.ask_as(asker, first)
        answer = (await service.ask_as(asker, second)).public
        # A refusal naming the film confirms only when it says the question would spoil it; one that says
        # nothing visible answers the question (`unsure`) confirms nothing.
        if answer.status is Status.WITHHELD and answer.film is not None and not answer.unsure:
            F.add(follow, f"{first!r} then {second!r} → {answer.answer[:60]!r}…", f"follow|{first}")
        else:
            F.ok(follow)


# ---- 3. progress limits at, just before and just after every time mark; percentages -------------------------


def limit_scopes(film: FilmLabels, quick: bool) -> list[SpoilerScope]:
    scopes = []
    for mark in film.marks:
        for delta in (-60, 0, 60) if quick else (-60, -1, 0, 1, 59, 60):
            t = mark + delta
            if t >= 0:
                scopes.append(SpoilerScope(mode=ScopeMode.UPTO, upto_seconds=t))
    scopes.append(SpoilerScope(mode=ScopeMode.UPTO, upto_seconds=film.runtime - 60))
    scopes.append(SpoilerScope(mode=ScopeMode.UPTO, upto_seconds=film.runtime))
    percents = {0, 1, 5, 10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99}
    for event in film.events:  # around where each event is told
        percents |= {round(event.share * 100) - 1, round(event.share * 100)}
    for percent in sorted(p for p in percents if 0 <= p <= 100):
        scopes.append(SpoilerScope(mode=ScopeMode.UPTO, upto_fraction=percent / 100))
    return scopes


async def progress_limits(service: FilmService, quick: bool) -> None:
    white = "progress limits: spoiler passages visible under a limit (the engine's visible set, white-box)"
    black = "progress limits: answers show text from after the limit"
    for film in FILMS:
        engine = service.internals.engine  # the engine's own visible set: what any answer may draw on
        # Phrases a spoilers-off reader sees already are parser findings, reported above: judge the rest here.
        off_texts = [p.text for p in engine.visible_passages(film.film_id, SpoilerScope.off())]
        skip = frozenset(phrase for _, _, phrase in shown_phrases(off_texts))
        for scope in limit_scopes(film, quick):
            texts = [p.text for p in engine.visible_passages(film.film_id, scope) if p.spoiler]
            bad = violations(texts, scope, skip=skip)
            for key, line in bad:
                F.add(white, line, f"{key}|{'time' if scope.upto_seconds is not None else 'share'}")
            if not bad:
                F.ok(white)
            for question in film.questions:
                answer = service.ask(question, scope=scope)
                bad = violations(answer_texts(answer), scope, skip=skip)
                for key, line in bad:
                    F.add(
                        black,
                        f"`python -m bot ask {question!r} --spoilers {scope.as_arg()}` → {line}",
                        f"{key}|{'time' if scope.upto_seconds is not None else 'share'}",
                    )
                if not bad:
                    F.ok(black)


# ---- 4. opt-in / opt-out sequences through FilmService, against my own rule -------------------------------


class Model:
    """The rule of issue 9 as I read it, over the four levels, with expiry: the asker's own choice for the film,
    else their own for every film and the channel's for the film together (the stricter), else whichever of
    those exists, else the channel's for every film, else off. "Off" for every film drops the same owner's
    choices for single films (the README's "none here")."""

    def __init__(self) -> None:
        # (who, film) → (scope, expiry, the lasting choice a timed one gives way to when it expires)
        self.rows: dict[tuple[str, str | None], tuple[SpoilerScope, float | None, SpoilerScope | None]] = {}

    def set(self, who: str, film: str | None, scope: SpoilerScope, expires: float | None) -> None:
        if scope.mode is ScopeMode.OFF and film is None:
            for key in [k for k in self.rows if k[0] == who and k[1] is not None]:
                del self.rows[key]
        # "for:" is temporary: when it ends, the lasting choice it covered (if any) applies again.
        before = self.rows.get((who, film))
        then = None
        if expires is not None and before is not None:
            then = before[0] if before[1] is None else before[2]
        self.rows[(who, film)] = (scope, expires, then)

    def _get(self, who: str, film: str | None, now: float) -> SpoilerScope | None:
        row = self.rows.get((who, film))
        if row is None:
            return None
        if row[1] is not None and row[1] <= now:
            return row[2]
        return row[0]

    def personal(self, film: str, now: float, who: str = "alice") -> SpoilerScope:
        pf, pa = self._get(who, film, now), self._get(who, None, now)
        cf, ca = self._get("channel", film, now), self._get("channel", None, now)
        if pf is not None:
            return pf
        if pa is not None and cf is not None:
            return narrowest(pa, cf)
        for scope in (pa, cf, ca):
            if scope is not None:
                return scope
        return SpoilerScope.off()

    def channel(self, film: str, now: float) -> SpoilerScope:
        for scope in (self._get("channel", film, now), self._get("channel", None, now)):
            if scope is not None:
                return scope
        return SpoilerScope.off()


SEQ_SCOPES = ("on", "upto:0:50", "upto:1:10", "upto:50%", "off")


def command(who: str, film: FilmLabels | None, arg: str, expiry: bool) -> str:
    return (
        f"{'/spoilers off' if arg == 'off' else '/spoilers on'}{' scope:channel' if who == 'channel' else ''}"
        f"{' film:' + film.title if film else ''}"
        f"{' upto:' + arg.removeprefix('upto:') if arg.startswith('upto') else ''}{' for:<1s>' if expiry else ''}"
    )


Step = tuple[str, FilmLabels | None, str, bool]  # (alice | bob | channel, film or every film, scope arg, expires)


def random_sequences(rng: random.Random, runs: int, levels: list[tuple[str, FilmLabels | None]]) -> list[list[Step]]:
    sequences = []
    for _ in range(runs):
        steps = []
        for _ in range(rng.randint(1, 5)):
            who, f = rng.choice(levels)
            arg = rng.choice(SEQ_SCOPES)
            steps.append((who, f, arg, arg != "off" and rng.random() < 0.25))  # "off" takes no duration
        sequences.append(steps)
    return sequences


def every_pair(levels: list[tuple[str, FilmLabels | None]]) -> list[list[Step]]:
    """Every ordered pair of (level, scope) choices by alice and the moderator: every combination of personal /
    channel × every film / one film × on / upto / off, in both orders."""
    actions = [(who, f, arg, False) for who, f in levels if who != "bob" for arg in SEQ_SCOPES]
    return [[first, second] for first in actions for second in actions]


async def opt_in_sequences(service: FilmService, quick: bool, rng: random.Random) -> None:
    """Sequences of /spoilers commands by alice and bob (for themselves) and a moderator (for the channel), for
    every film or for The Lantern Ferry, on / upto / off, some expiring; then alice and bob ask about it. Every
    ordered pair of choices, then random longer sequences with expiry."""
    family = "opt-in/opt-out sequences: shown beyond the asker's or channel's choice"
    status_family = "opt-in/opt-out sequences: /spoilers status wording"
    film = BY_ID["the-lantern-ferry-2008"]
    levels = [(who, f) for who in ("alice", "bob", "channel") for f in (None, film)]
    pairs = every_pair(levels)
    sequences = [(seq, PROBES[:2]) for seq in (pairs[::7] if quick else pairs)]
    sequences += [(seq, PROBES) for seq in random_sequences(rng, 15 if quick else 80, levels)]
    for number, (steps, probes) in enumerate(sequences):
        await run_sequence(service, 5000 + number, steps, probes, family, status_family)


PROBES = (
    "was the drowning Joon's fault in The Lantern Ferry?",
    "how does The Lantern Ferry end?",
    "what happens in the storm in The Lantern Ferry?",
    "what happens at the inquiry in The Lantern Ferry?",
    "why does Joon keep a logbook in The Lantern Ferry?",
)


async def run_sequence(
    service: FilmService, channel: int, steps: list[Step], probes: tuple[str, ...], family: str, status_family: str
) -> None:
    film = BY_ID["the-lantern-ferry-2008"]
    other = BY_ID["iron-saints-2003"]
    alice, mod, bob = Asker(ALICE, channel, GUILD), Asker(MOD, channel, GUILD), Asker(BOB, channel, GUILD)
    model = Model()
    said_steps = []
    for who, f, arg, expiry in steps:
        asker = {"alice": alice, "bob": bob, "channel": mod}[who]
        if arg == "off":
            await service.clear_spoilers(asker, channel_wide=who == "channel", film=f.title if f else None)
            scope = SpoilerScope.off()
        else:
            scope = (
                await service.set_spoilers(
                    asker,
                    channel_wide=who == "channel",
                    film=f.title if f else None,
                    upto=None if arg == "on" else arg,
                    duration=timedelta(seconds=1) if expiry else None,
                )
            ).scope
        model.set(who, f.film_id if f else None, scope, time.time() + 1 if expiry else None)
        said_steps.append(("mod: " if who == "channel" else f"{who}: ") + command(who, f, arg, expiry))
    for phase in ("now", "after expiry"):
        if phase == "after expiry":
            if not any(e is not None for _, e, _ in model.rows.values()):
                break
            await asyncio.sleep(1.1)
        now = time.time()
        personal = model.personal(film.film_id, now)
        bobs = model.personal(film.film_id, now, "bob")
        channel_scope = model.channel(film.film_id, now)
        story = " ; ".join(said_steps) + f" ; [{phase}]"
        for question in probes:
            result = await service.ask_as(alice, question)
            for key, line in violations(answer_texts(result.public), narrowest(channel_scope, personal)):
                F.add(family, f"{story} alice asks {question!r} → PUBLIC reply {line}", f"alice-public|{key}")
            if result.private is not None:
                for key, line in violations(answer_texts(result.private), personal):
                    F.add(family, f"{story} alice asks {question!r} → private reply {line}", f"alice-private|{key}")
            other_result = await service.ask_as(bob, question)
            for key, line in violations(answer_texts(other_result.public), narrowest(channel_scope, bobs)):
                F.add(family, f"{story} bob asks {question!r} → PUBLIC reply {line}", f"bob|{key}")
            if other_result.private is not None:
                for key, line in violations(answer_texts(other_result.private), bobs):
                    F.add(family, f"{story} bob asks {question!r} → private reply {line}", f"bob-private|{key}")
            F.ok(family)
        # Another film follows the general choices only.
        other_scope = model.personal(other.film_id, now)
        result = await service.ask_as(alice, other.questions[3])
        for key, line in violations(answer_texts(result.private or result.public), other_scope):
            F.add(family, f"{story} alice asks about another film → {line}", f"other|{key}")
        access, _ = await service.access(alice, film.title)
        if f"you see {personal.describe()}" not in access.reason:
            F.add(
                status_family,
                f"{story} /spoilers status film:{film.title} says {access.reason!r}; by the rule "
                f"it is {personal.describe()}",
            )
        else:
            F.ok(status_family)


async def targeted_sequences(service: FilmService) -> None:
    """Hand-picked sequences around expiry and Reveal, on the well-formed film."""
    family = "opt-in/opt-out: expiry and Reveal"
    film = BY_ID["the-lantern-ferry-2008"]
    question = "was the drowning Joon's fault in The Lantern Ferry?"

    # (a) An explicit "off" for a film, then a temporary "on" for it: when the "on" expires, what applies?
    alice = Asker(ALICE, 9001, GUILD)
    await service.set_spoilers(alice, channel_wide=False, film=None, upto=None, duration=None)
    await service.clear_spoilers(alice, channel_wide=False, film=film.title)
    await service.set_spoilers(alice, channel_wide=False, film=film.title, upto=None, duration=timedelta(seconds=1))
    await asyncio.sleep(1.1)
    result = await service.ask_as(alice, question)
    shown = result.private or result.public
    access, _ = await service.access(alice, film.title)
    if shown_phrases(answer_texts(shown)):
        F.add(
            family,
            f"alice: /spoilers on ; /spoilers off film:{film.title} ; /spoilers on film:{film.title} "
            f"for:<1s> ; (it expires) ; asks {question!r} → spoiler shown ({shown.answer[:70]!r}); status: "
            f"{access.reason!r}. The temporary opt-in replaced her explicit opt-out, so once it expires "
            "the general 'on' applies, not her 'off'",
        )
    else:
        F.ok(family)

    # (b) The same in a channel: a moderator opens the channel, closes it for one film, opens that film for a
    # while; after expiry bob (who chose nothing) gets the film's spoilers in public.
    mod, bob = Asker(MOD, 9002, GUILD), Asker(BOB, 9002, GUILD)
    await service.set_spoilers(mod, channel_wide=True, film=None, upto=None, duration=None)
    await service.clear_spoilers(mod, channel_wide=True, film=film.title)
    await service.set_spoilers(mod, channel_wide=True, film=film.title, upto=None, duration=timedelta(seconds=1))
    await asyncio.sleep(1.1)
    shown = (await service.ask_as(bob, question)).public
    if shown_phrases(answer_texts(shown)):
        F.add(
            family,
            f"mod: /spoilers on scope:channel ; /spoilers off scope:channel film:{film.title} ; "
            f"/spoilers on scope:channel film:{film.title} for:<1s> ; (it expires) ; bob asks {question!r} "
            f"→ PUBLIC spoiler ({shown.answer[:70]!r}): the film is open again, not closed",
        )
    else:
        F.ok(family)

    # (c) Reveal clicked by someone who limited themselves to a time for every film and turned this film off.
    carol = Asker(BOB + 7, 9003, GUILD)
    await service.set_spoilers(carol, channel_wide=False, film=None, upto="0:30", duration=None)
    plain = await service.reveal(carol, question, film.film_id)
    await service.clear_spoilers(carol, channel_wide=False, film=film.title)
    revealed = await service.reveal(carol, question, film.film_id)
    bad = violations(answer_texts(revealed), SpoilerScope.parse("upto:0:30"))
    if bad and not violations(answer_texts(plain), SpoilerScope.parse("upto:0:30")):
        F.add(
            family,
            f"carol: /spoilers on upto:0:30 ; Reveal for me on {question!r} → within 0:30 "
            f"({plain.answer[:50]!r}) ; carol: /spoilers off film:{film.title} ; Reveal again → "
            f"{bad[0][1]} ({revealed.answer[:60]!r}): turning the film off lifted her limit",
        )
    else:
        F.ok(family)

    # (d) Reveal by someone with a limit for this film only, and by someone with a channel limit only.
    dave = Asker(BOB + 8, 9004, GUILD)
    await service.set_spoilers(dave, channel_wide=False, film=film.title, upto="0:46", duration=None)
    revealed = await service.reveal(dave, question, film.film_id)
    bad = violations(answer_texts(revealed), SpoilerScope.parse("upto:0:46"))
    for key, line in bad:
        F.add(family, f"dave: /spoilers on film:{film.title} upto:0:46 ; Reveal → {line}", key)
    if not bad:
        F.ok(family)


async def follow_up_side_channel(service: FilmService) -> None:
    """Protected channel, alice opted in for herself: the film of her *private* answer becomes the film of her
    next *public* follow-up."""
    family = "public replies reveal what a private answer was about"
    alice = Asker(ALICE, 9100, GUILD)
    await service.set_spoilers(alice, channel_wide=False, film=None, upto=None, duration=None)
    question = "which film has a ferry pilot who steered onto a sandbank on purpose?"
    first = await service.ask_as(alice, question)
    second = await service.ask_as(alice, "and how does it end?")
    if first.public.film is None and second.public.film is not None:
        private = first.private.film.display_title if first.private and first.private.film else "?"
        F.add(
            family,
            f"protected channel; alice: /spoilers on (for herself) ; asks {question!r} → public reply "
            f"names no film ({first.public.answer[:40]!r}…), private reply names {private} ; alice asks "
            f"'and how does it end?' → PUBLIC reply: {second.public.answer[:60]!r}… (with a Reveal "
            "button): everyone in the channel now learns which film the spoiler question fits",
        )
    else:
        F.ok(family)


# ---- 5. the Discord path ------------------------------------------------------------------------------------


async def discord_path(quick: bool) -> None:
    family = "Discord (real discord.py client against tests/fake_discord)"
    try:
        from tests.discord_world import all_text, private_text, public_text, running_world, settle
    except Exception as error:  # the probe reports, it does not stop
        F.add(family, f"could not start the fake Discord: {error}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        async with running_world(Path(tmp) / "discord.db") as world:
            for film in FILMS:
                data = (FILMS_DIR / film.file).read_bytes()
                added = await world.slash(
                    world.mod, "film add", {"file": world.server.add_attachment(film.file, data, "text/plain")}
                )
                await settle(added)
                for key, bad in violations([all_text(added)], SpoilerScope.off()):
                    F.add(family, f"/film add {film.file} reply shows {bad}", f"add|{key}")
            for film in FILMS:
                info = await world.slash(world.mod, "film info", {"film": film.title})
                await settle(info)
                for key, bad in violations([all_text(info)], SpoilerScope.off()):
                    F.add(family, f"/film info film:{film.title} (moderator, no opt-in) lists {bad}", f"info|{key}")
                for question in film.questions[: 3 if quick else None]:
                    asked = await world.slash(world.alice, "ask", {"question": question, "detail": True})
                    await settle(asked)
                    for key, bad in violations([all_text(asked)], SpoilerScope.off()):
                        F.add(family, f"alice /ask question:{question!r} detail:True → {bad}", f"ask|{key}")
                    F.ok(family)
            # Autocomplete while typing: titles only.
            for typed in ("forg", "ghost", "the", "copper"):
                choices = await world.server.send_autocomplete(
                    world.guild.id, world.channel.id, world.alice, "ask", {"question": "x", "film": typed}, "film"
                )
                await choices.wait_response()
                for key, bad in violations([json.dumps(choices.choices)], SpoilerScope.off()):
                    F.add(family, f"autocomplete for {typed!r} lists {bad}", f"auto|{key}")
            film = BY_ID["the-lantern-ferry-2008"]
            question = "was the drowning Joon's fault in The Lantern Ferry?"
            # A moderator opens the channel; bob turned the film off for himself; bob asks.
            await settle(await world.slash(world.bob, "spoilers off", {"film": film.title}))
            await settle(await world.slash(world.mod, "spoilers on", {"scope": "channel"}))
            asked = await world.slash(world.bob, "ask", {"question": question})
            await settle(asked)
            bad = violations([public_text(asked)], SpoilerScope.off())
            for key, line in bad:
                F.add(
                    family,
                    f"mod: /spoilers on scope:channel ; bob: /spoilers off film:{film.title} ; bob /ask "
                    f"{question!r} → PUBLIC {line}",
                    f"optout|{key}",
                )
            if not bad:
                F.ok(family)
            status = await world.slash(world.bob, "spoilers status", {"film": film.title})
            await settle(status)
            if "you see spoilers off" not in all_text(status).lower():
                F.add(family, f"/spoilers status film:{film.title} for bob after his opt-out says {all_text(status)!r}")
            else:
                F.ok(family)
            # Alice, who chose nothing, asks in the opened channel: the answer is public (the moderator's choice).
            # Then the moderator closes it again; alice asks; bob (upto:0:46 for himself) clicks Reveal.
            await settle(await world.slash(world.mod, "spoilers off", {"scope": "channel"}))
            await settle(await world.slash(world.bob, "spoilers on", {"upto": "0:46"}))
            asked = await world.slash(world.alice, "ask", {"question": question})
            await settle(asked)
            public = asked.messages[0]
            for key, line in violations([public_text(asked)], SpoilerScope.off()):
                F.add(family, f"protected channel; alice /ask {question!r} → PUBLIC {line}", f"closed|{key}")
            if public.get("components"):
                button = public["components"][0]["components"][0]
                click = await world.server.click_button(public, button["custom_id"], world.bob)
                await settle(click)
                bad = violations([all_text(click)], SpoilerScope.parse("upto:0:46"))
                for key, line in bad:
                    F.add(
                        family,
                        f"bob: /spoilers off film:{film.title} (earlier) ; bob: /spoilers on upto:0:46 ; "
                        f"alice /ask {question!r} (withheld) ; bob clicks Reveal → {line}",
                        f"reveal|{key}",
                    )
                if not bad:
                    F.ok(family)
            # Alice opts in for herself in the protected channel: public reply stays clean, the private one not.
            await settle(await world.slash(world.alice, "spoilers on", {"film": film.title, "upto": "0:59"}))
            asked = await world.slash(world.alice, "ask", {"question": question, "detail": True})
            await settle(asked)
            await asyncio.sleep(0.3)  # a private reply, when there is one, follows the public one
            for key, line in violations([public_text(asked)], SpoilerScope.off()):
                F.add(family, f"alice: /spoilers on film:{film.title} upto:0:59 ; /ask → PUBLIC {line}", f"pp|{key}")
            for key, line in violations([private_text(asked)], SpoilerScope.parse("upto:0:59")):
                F.add(family, f"alice: /spoilers on film:{film.title} upto:0:59 ; /ask → private {line}", f"pv|{key}")
            F.ok(family)


# ---- main ---------------------------------------------------------------------------------------------------


async def in_process(db: Path, quick: bool, rng: random.Random) -> None:
    async with await FilmService.open(db) as service:
        await spoilers_off_questions(service)
        await padded_questions(service)
        await progress_limits(service, quick)
        await opt_in_sequences(service, quick, rng)
        await targeted_sequences(service)
        await follow_up_side_channel(service)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-discord", action="store_true")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "probe.db"
        load_with_cli(db)
        cli_surfaces(db)
        terminal_session(db)
        cli_ask_json(db, args.quick)
        asyncio.run(in_process(db, args.quick, random.Random(args.seed)))
        if not args.no_discord:
            asyncio.run(discord_path(args.quick))
    F.report()
    print(f"\n({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
