"""Conversations with the bot: dialogues of `/ask`, `/spoilers` and **Reveal for me** over the bundled films.

    python bench/dialogues.py                   # bench/dialogues/dev.jsonl through FilmService, as the cogs call it
    python bench/dialogues.py --discord         # the same dialogues end to end: discord.py against the fake Discord
    python bench/dialogues.py --split heldout   # bench/dialogues/heldout.jsonl (skips cleanly when absent)
    python bench/dialogues.py --verbose         # also print every failing turn
    python bench/dialogues.py --lint            # check the file's must / must_not words against the summaries
    python bench/dialogues.py --noise greeting  # every question typed with chat noise (bench/noise.py)

The format is in bench/dialogues/README.md. Every dialogue starts clean: one service
over a fresh SQLite database with the bundled films, and for each dialogue its own two channels and its own
alice, bob and mod (one guild for all), so no opt-in or remembered film carries over.

Scoring. A turn with `expect` (every `ask`, and `do` turns that carry one) is right when the film, the status, the
`must` words and the `must_not` words all hold on the reply the asker sees: the private answer if there is one,
else the public one, as the terminal prints it (`answer_text`); with `--discord`, the text of that embed.
Case-insensitive substrings.

Also counted, apart from right/wrong:
- wrong film committed: the reply is about a film other than the expected one (including when none was expected);
- spoilers shown with spoilers off: for every film the asker has no opt-in for (by the dialogue's own commands and
  the intended rules, not by what the bot believes), any message the asker sees (public and private) holding a
  5-word shingle of that film's spoiler-only text or a passage flagged spoiler (bench/spoilers.py's detector);
  with an `upto` opt-in, the same against the text past the limit ("shown past the limit").
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

try:
    from bench.common import OUT, md_table
    from bench.noise import NOISE, with_noise
except ImportError:  # run as a script
    from common import OUT, md_table  # type: ignore
    from noise import NOISE, with_noise  # type: ignore

from bench.spoilers import OFF, Guard, Limit, guard_for, leak_reasons, load_samples
from bot.errors import UserError
from corpus.models import Film
from index.answer_model import Answer, Status
from index.spoilers import ScopeMode, SpoilerScope

HERE = Path(__file__).resolve().parent / "dialogues"

FILM_IDS = frozenset(
    {
        "stalker-1979",
        "solaris-1972",
        "rashomon-1950",
        "psycho-1960",
        "planet-of-the-apes-1968",
        "the-sixth-sense-1999",
        "vertigo-1958",
        "memento-2000",
        "se7en-1995",
        "fight-club-1999",
        "the-prestige-2006",
        "chinatown-1974",
        "citizen-kane-1941",
    }
)
TAGS = (
    "title",
    "option",
    "follow-up",
    "switch",
    "typo",
    "unknown-film",
    "small-talk",
    "safe-fact",
    "spoiler-off",
    "spoiler-on",
    "upto-before",
    "upto-past",
    "reveal",
    "optout",
    "channel",
    "content-search",
    "summary",
    "status",
    "wording",
)
ACTORS = ("alice", "bob", "mod")
CHANNELS = ("c1", "c2")
ACTIONS = ("spoilers on", "spoilers off", "spoilers status", "reveal")
STATUSES = tuple(status.value for status in Status)
MODERATOR = "mod"

_DIALOGUE_KEYS = {"id", "note", "turns"}
_ASK_KEYS = {"ask", "film", "as", "channel", "tags", "expect"}
_DO_KEYS = {
    "spoilers on": {"do", "film", "upto", "for", "scope", "as", "channel", "tags", "expect"},
    "spoilers off": {"do", "film", "scope", "as", "channel", "tags", "expect"},
    "spoilers status": {"do", "film", "as", "channel", "tags", "expect"},
    "reveal": {"do", "as", "channel", "tags", "expect"},
}
_EXPECT_KEYS = {"film", "status", "must", "must_not"}


# ---- the format ---------------------------------------------------------------------------------------------


class FormatError(ValueError):
    """A malformed dialogue file: the message names the file, the line and what is wrong, on one line."""


@dataclass(frozen=True)
class Expect:
    check_film: bool  # False when `film` was omitted: not checked
    film: str | None
    status: str | None
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()


@dataclass(frozen=True)
class Turn:
    number: int  # 1-based within its dialogue
    ask: str | None = None
    do: str | None = None
    film: str | None = None
    upto: str | None = None
    duration: str | None = None  # `for`
    scope: str = "me"
    actor: str = "alice"
    channel: str = "c1"
    tags: tuple[str, ...] = ()
    expect: Expect | None = None

    @property
    def label(self) -> str:
        if self.ask is not None:
            return self.ask + (f"  [film: {self.film}]" if self.film else "")
        options = " ".join(
            f"{k}:{v}" for k, v in (("film", self.film), ("upto", self.upto), ("for", self.duration)) if v
        )
        scope = " scope:channel" if self.scope == "channel" else ""
        return f"/{self.do}{scope}{' ' + options if options else ''}"


@dataclass(frozen=True)
class Dialogue:
    id: str
    turns: tuple[Turn, ...]
    note: str = ""
    where: str = ""


def _strings(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise FormatError(f"{what} must be a list of non-empty strings")
    return tuple(value)


def _expect(raw: object, *, answer_turn: bool) -> Expect:
    if not isinstance(raw, dict):
        raise FormatError("`expect` must be an object")
    if unknown := set(raw) - _EXPECT_KEYS:
        raise FormatError(f"unknown `expect` key(s) {sorted(unknown)}; use {sorted(_EXPECT_KEYS)}")
    if not answer_turn and ({"film", "status"} & set(raw)):
        raise FormatError("a spoilers command's reply is no answer: only `must` / `must_not` can be checked on it")
    film = raw.get("film")
    if "film" in raw and film is not None and film not in FILM_IDS:
        raise FormatError(f"`expect.film` {film!r} is no bundled film id (or null)")
    status = raw.get("status")
    if status is not None and status not in STATUSES:
        raise FormatError(f"`expect.status` {status!r} is not one of {', '.join(STATUSES)}")
    return Expect(
        check_film="film" in raw,
        film=film,
        status=status,
        must=_strings(raw.get("must", []), "`expect.must`"),
        must_not=_strings(raw.get("must_not", []), "`expect.must_not`"),
    )


def _turn(raw: object, number: int) -> Turn:
    if not isinstance(raw, dict):
        raise FormatError("a turn must be an object")
    if ("ask" in raw) == ("do" in raw):
        raise FormatError("a turn has exactly one of `ask` or `do`")
    if "ask" in raw:
        action, allowed = None, _ASK_KEYS
        if not isinstance(raw["ask"], str) or not raw["ask"].strip():
            raise FormatError("`ask` must be a non-empty question")
    else:
        action = raw["do"]
        if action not in ACTIONS:
            raise FormatError(f"unknown `do` {action!r}; use one of {', '.join(repr(a) for a in ACTIONS)}")
        allowed = _DO_KEYS[action]
    if unknown := set(raw) - allowed:
        raise FormatError(
            f"key(s) {sorted(unknown)} do not belong on {'an ask' if action is None else repr(action)} turn"
        )
    for key in ("film", "upto", "for"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            raise FormatError(f"`{key}` must be a non-empty string")
    actor, channel, scope = raw.get("as", "alice"), raw.get("channel", "c1"), raw.get("scope", "me")
    if actor not in ACTORS:
        raise FormatError(f"`as` {actor!r} is not one of {', '.join(ACTORS)}")
    if channel not in CHANNELS:
        raise FormatError(f"`channel` {channel!r} is not one of {', '.join(CHANNELS)}")
    if scope not in ("me", "channel"):
        raise FormatError(f"`scope` {scope!r} is not 'me' or 'channel'")
    tags = _strings(raw.get("tags", []), "`tags`") if "tags" in raw else ()
    if unknown_tags := [t for t in tags if t not in TAGS]:
        raise FormatError(f"unknown tag(s) {unknown_tags}; the tags are {', '.join(TAGS)}")
    if action is None and "expect" not in raw:
        raise FormatError("an `ask` turn needs `expect`")
    expect = _expect(raw["expect"], answer_turn=action in (None, "reveal")) if "expect" in raw else None
    return Turn(
        number=number,
        ask=raw.get("ask"),
        do=action,
        film=raw.get("film"),
        upto=raw.get("upto"),
        duration=raw.get("for"),
        scope=scope,
        actor=actor,
        channel=channel,
        tags=tags,
        expect=expect,
    )


def parse_dialogue(line: str, where: str = "<dialogue>") -> Dialogue:
    """One JSONL line → a Dialogue, or a FormatError naming `where`, the turn and the problem."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as error:
        raise FormatError(f"{where}: not JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(raw, dict):
        raise FormatError(f"{where}: a dialogue must be a JSON object")
    if unknown := set(raw) - _DIALOGUE_KEYS:
        raise FormatError(f"{where}: unknown key(s) {sorted(unknown)}; a dialogue has id, note and turns")
    dialogue_id = raw.get("id")
    if not isinstance(dialogue_id, str) or not dialogue_id.strip():
        raise FormatError(f"{where}: `id` must be a non-empty string")
    where = f"{where} ({dialogue_id})"
    note = raw.get("note", "")
    if not isinstance(note, str):
        raise FormatError(f"{where}: `note` must be a string")
    turns_raw = raw.get("turns")
    if not isinstance(turns_raw, list) or not turns_raw:
        raise FormatError(f"{where}: `turns` must be a non-empty list")
    turns = []
    for number, turn_raw in enumerate(turns_raw, start=1):
        try:
            turns.append(_turn(turn_raw, number))
        except FormatError as error:
            raise FormatError(f"{where}: turn {number}: {error}") from None
    if not any(turn.expect is not None for turn in turns):
        raise FormatError(f"{where}: no turn has an `expect`, so nothing would be scored")
    return Dialogue(id=dialogue_id, turns=tuple(turns), note=note, where=where)


def load_dialogues(path: Path) -> list[Dialogue]:
    dialogues: list[Dialogue] = []
    seen: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        dialogue = parse_dialogue(line, f"{path.name}:{number}")
        if dialogue.id in seen:
            raise FormatError(f"{path.name}:{number}: id {dialogue.id!r} is already used at {seen[dialogue.id]}")
        seen[dialogue.id] = f"line {number}"
        dialogues.append(dialogue)
    return dialogues


# ---- what the asker sees ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """One message the asker sees: its text, the film it is about, and whether it carries spoiler-flagged text."""

    text: str
    film: str | None
    spoiler_flagged: bool
    answer: Answer  # for the leak detector: the real answer (service) or the message text wrapped as one (Discord)


@dataclass(frozen=True)
class Reply:
    text: str  # what must / must_not are checked on
    film: str | None  # the film the reply is about
    status: str | None  # None for a spoilers command's reply; "error" for a bot error message
    seen: tuple[Shown, ...] = ()  # every message of this turn the asker sees (public and private)


class Transport(Protocol):
    guild_id: int | None

    def begin(self) -> None: ...

    async def ask(self, turn: Turn) -> Reply: ...

    async def spoilers(self, turn: Turn) -> Reply: ...

    async def reveal(self, turn: Turn) -> Reply: ...


NOTHING_TO_REVEAL = Reply(text="(there is no Reveal for me button to click)", film=None, status=None)


class ServiceTransport:
    """The one place that calls FilmService, the way bot/cogs/ask.py and bot/cogs/spoilers.py do.

    When the service's API changes, this class is what to update.
    """

    def __init__(self, service: Any, guild_id: int = 4_000_000) -> None:
        self.service = service
        self.guild_id: int | None = guild_id
        self._ids = itertools.count(1_000_000)
        self._users: dict[str, int] = {}
        self._channels: dict[str, int] = {}
        # channel id → (the token of the last Reveal button posted there, the user it was sent to alone or None)
        self._buttons: dict[int, tuple[str | None, int | None]] = {}

    def begin(self) -> None:
        self._users = {name: next(self._ids) for name in ACTORS}
        self._channels = {name: next(self._ids) for name in CHANNELS}
        self._buttons = {}

    def _asker(self, turn: Turn) -> Any:
        from bot.service import Asker

        return Asker(user_id=self._users[turn.actor], channel_id=self._channels[turn.channel], guild_id=self.guild_id)

    async def ask(self, turn: Turn) -> Reply:
        from bot.formatting import clean_question

        assert turn.ask is not None
        asker = self._asker(turn)
        question = clean_question(turn.ask)
        result = await self.service.ask_as(asker, question, turn.film)
        if (revealable := result.revealable) is not None:
            # The button the cog posts (bot/cogs/ask.py); in a reply sent privately, the asker's alone to click.
            asked = revealable.read_as or question
            film_id = revealable.film.id if revealable.film is not None else None
            token = await self.service.remember_reveal(asker, asked, film_id)
            self._buttons[asker.channel_id] = (token, asker.user_id if result.sent_privately else None)
        shown = result.private or result.public
        seen = [result.public] + ([result.private] if result.private is not None else [])
        return _reply_from_answer(shown, seen)

    async def reveal(self, turn: Turn) -> Reply:
        asker = self._asker(turn)
        token, owner = self._buttons.get(asker.channel_id, (None, None))
        request = await self.service.recall_reveal(token) if token and owner in (None, asker.user_id) else None
        if request is None:
            return NOTHING_TO_REVEAL
        question, film_id = request
        answer = await self.service.reveal(asker, question, film_id)
        return _reply_from_answer(answer, [answer])

    async def spoilers(self, turn: Turn) -> Reply:
        from bot.durations import parse_duration

        asker = self._asker(turn)
        channel_wide = turn.scope == "channel"
        try:
            if channel_wide and turn.actor != MODERATOR and turn.do != "spoilers status":
                # bot/cogs/spoilers.py checks Manage Channels before it calls the service.
                return Reply(text="You need the Manage Channels permission for that.", film=None, status=None)
            if turn.do == "spoilers on":
                duration = parse_duration(turn.duration) if turn.duration else None
                choice = await self.service.set_spoilers(
                    asker, channel_wide=channel_wide, film=turn.film, upto=turn.upto, duration=duration
                )
                until = f" until {choice.expires_at:%Y-%m-%d %H:%M} UTC" if choice.expires_at else ""
                text = (
                    f"{'channel' if channel_wide else 'me'}: {choice.scope.describe()} for "
                    f"{choice.film.display_title if choice.film else 'every film'}{until}"
                )
            elif turn.do == "spoilers off":
                ref = await self.service.clear_spoilers(asker, channel_wide=channel_wide, film=turn.film)
                text = (
                    f"{'channel' if channel_wide else 'me'}: spoilers hidden for "
                    f"{ref.display_title if ref else 'every film'}"
                )
            else:
                text = await self.service.spoiler_status(asker, turn.film)
        except UserError as error:
            text = str(error)
        return Reply(text=text, film=None, status=None)


def _reply_from_answer(shown: Answer, seen: list[Answer]) -> Reply:
    from bot.plain_text import answer_text  # the terminal's plain-text rendering

    return Reply(
        text=answer_text(shown),
        film=shown.film.id if shown.film else None,
        status=shown.status.value,
        seen=tuple(
            Shown(
                text=answer_text(a),
                film=a.film.id if a.film else None,
                spoiler_flagged=a.contains_spoilers or any(p.spoiler for p in a.passages),
                answer=a,
            )
            for a in seen
        ),
    )


class DiscordTransport:
    """The real discord.py client and cogs against the loopback fake Discord (tests/fake_discord)."""

    def __init__(self, world: Any) -> None:
        self.world = world
        self.guild_id: int | None = world.guild.id
        self._spare_channels = iter(world.guild.channels[2:])
        self._users: dict[str, Any] = {}
        self._channels: dict[str, Any] = {}
        # channel id → (message, button custom id, the user it was sent to alone or None)
        self._buttons: dict[int, tuple[dict[str, Any], str, str | None]] = {}
        self._titles = {ref.display_title: ref.id for ref in world.service.films()}

    def begin(self) -> None:
        from tests.discord_world import MODERATOR as MODERATOR_PERMISSIONS
        from tests.fake_discord import FakeUser, snowflake

        self._users = {
            name: FakeUser(
                id=snowflake(), name=name, **({"permissions": MODERATOR_PERMISSIONS} if name == MODERATOR else {})
            )
            for name in ACTORS
        }
        try:
            self._channels = {name: next(self._spare_channels) for name in CHANNELS}
        except StopIteration:
            raise RuntimeError("the fake guild ran out of fresh channels") from None
        self._buttons = {}

    async def _slash(self, turn: Turn, name: str, options: dict[str, Any]) -> Any:
        return await self.world.slash(self._users[turn.actor], name, options, channel=self._channels[turn.channel])

    async def ask(self, turn: Turn) -> Reply:
        user, channel = self._users[turn.actor], self._channels[turn.channel]
        options = {"question": turn.ask, **({"film": turn.film} if turn.film else {})}
        # /ask may post a public answer and then a private one: wait until the command has finished, not for the
        # first message.
        done = asyncio.ensure_future(
            self.world.bot.wait_for(
                "app_command_completion",
                timeout=15,
                check=lambda interaction, _command: (
                    interaction.user.id == user.id and interaction.channel_id == channel.id
                ),
            )
        )
        interaction = await self._slash(turn, "ask", options)
        with contextlib.suppress(TimeoutError):
            await done  # no completion event after an error reply; what arrived is scored
        await self._settle(interaction)
        for message in interaction.messages:
            if custom_id := _reveal_button(message):
                # A button in a reply sent to the asker alone is theirs alone to click.
                self._buttons[channel.id] = (message, custom_id, turn.actor if _ephemeral(message) else None)
        return self._reply(interaction.messages)

    async def reveal(self, turn: Turn) -> Reply:
        button = self._buttons.get(self._channels[turn.channel].id)
        if button is None or button[2] not in (None, turn.actor):
            return NOTHING_TO_REVEAL
        click = await self.world.server.click_button(button[0], button[1], self._users[turn.actor])
        await self._settle(click)
        return self._reply(click.messages)

    async def spoilers(self, turn: Turn) -> Reply:
        options: dict[str, Any] = {}
        if turn.do != "spoilers status" and turn.scope != "me":
            options["scope"] = turn.scope
        for key, value in (("film", turn.film), ("upto", turn.upto), ("for", turn.duration)):
            if value:
                options[key] = value
        interaction = await self._slash(turn, turn.do or "", options)
        await self._settle(interaction)
        return Reply(text=_all_text(interaction.messages), film=None, status=None)

    @staticmethod
    async def _settle(interaction: Any) -> None:
        from tests.discord_world import settle

        await settle(interaction)

    def _reply(self, messages: list[dict[str, Any]]) -> Reply:
        visible = [m for m in messages if m.get("embeds") or m.get("content")]
        if not visible:
            return Reply(text="(no reply)", film=None, status="error")
        private = [m for m in visible if _ephemeral(m)]
        primary = (private or visible)[0]
        seen = tuple(self._shown(m) for m in visible)
        film, status = self._film_of(primary), _status_of(primary)
        return Reply(text=_message_text(primary), film=film, status=status, seen=seen)

    def _shown(self, message: dict[str, Any]) -> Shown:
        text = _message_text(message)
        flagged = any("||" in (embed.get("description") or "") for embed in message.get("embeds", []))
        return Shown(
            text=text,
            film=self._film_of(message),
            spoiler_flagged=flagged,
            answer=Answer(question="", status=Status.ANSWERED, answer=text),
        )

    def _film_of(self, message: dict[str, Any]) -> str | None:
        embeds = message.get("embeds") or [{}]
        title = re.sub(r" \(\d+/\d+\)$", "", embeds[0].get("title") or "")  # "(2/3)" on continued answers
        return self._titles.get(title.replace("\\", ""))


def _ephemeral(message: dict[str, Any]) -> bool:
    return bool(int(message.get("flags") or 0) & 64)


def _reveal_button(message: dict[str, Any]) -> str | None:
    for row in message.get("components") or []:
        for component in row.get("components") or []:
            if str(component.get("custom_id", "")).startswith("filmbot:reveal:"):
                return str(component["custom_id"])
    return None


def _message_text(message: dict[str, Any]) -> str:
    from tests.discord_world import embed_text

    return embed_text(message).strip()


def _all_text(messages: list[dict[str, Any]]) -> str:
    return "\n".join(_message_text(m) for m in messages if m.get("embeds") or m.get("content"))


def _status_of(message: dict[str, Any]) -> str:
    """An answer's status from its embed, as bot/replies.py renders it: colour, and 'Which film' for a choice."""
    from bot.replies import COLOUR_ANSWER, COLOUR_PROBLEM, COLOUR_WITHHELD

    embeds = message.get("embeds") or []
    if not embeds or not embeds[0].get("footer"):
        return "error"  # notices (errors, confirmations) have no footer; answers always name their scope there
    colour = embeds[0].get("color")
    description = embeds[0].get("description") or ""
    if colour == COLOUR_WITHHELD.value:
        return Status.WITHHELD.value
    if colour == COLOUR_PROBLEM.value:
        # bot/replies.py opens a choice between films with "Which film do you mean?"; anything else is not found.
        return Status.AMBIGUOUS.value if description.lower().startswith("which film") else Status.NOT_FOUND.value
    if colour == COLOUR_ANSWER.value:
        return Status.ANSWERED.value
    return "error"


# ---- who may see what, by the intended rules ----------------------------------------------------------------


class IntendedAccess:
    """The opt-ins a dialogue's commands set, read by the format's rules: the narrower choice and the user's own
    choice win. Kept apart from the bot's own bookkeeping so a bot that ignores an opt-out still counts as leaking.
    """

    def __init__(self) -> None:
        # (channel, user or None for the channel, film id or None for every film) → scope; an explicit
        # `spoilers off film:X` is stored as OFF so it beats a wider opt-in.
        self._entries: dict[tuple[str, str | None, str | None], SpoilerScope] = {}

    def apply(self, turn: Turn, film_id: str | None) -> None:
        if turn.scope == "channel" and turn.actor != MODERATOR:
            return  # refused
        who = None if turn.scope == "channel" else turn.actor
        if turn.do == "spoilers on":
            scope = SpoilerScope.parse(f"upto:{turn.upto}") if turn.upto else SpoilerScope.on()
            self._entries[(turn.channel, who, film_id)] = scope
        elif turn.do == "spoilers off":
            if film_id is not None:
                self._entries[(turn.channel, who, film_id)] = SpoilerScope.off()
            else:
                for key in [k for k in self._entries if k[0] == turn.channel and k[1] == who]:
                    del self._entries[key]

    def scope(self, channel: str, user: str, film_id: str) -> SpoilerScope:
        for key in ((channel, user, film_id), (channel, user, None), (channel, None, film_id), (channel, None, None)):
            if key in self._entries:
                return self._entries[key]
        return SpoilerScope.off()


class LeakDetector:
    """bench/spoilers.py's detector, applied to everything an asker sees in one turn."""

    def __init__(self, films: Iterable[Film]) -> None:
        self.films = {film.id: film for film in films}
        self._guards: dict[tuple[str, str], Guard] = {}

    def _guard(self, film: Film, scope: SpoilerScope) -> Guard:
        key = (film.id, scope.as_arg())
        if key not in self._guards:
            limit = (
                OFF
                if scope.mode is ScopeMode.OFF
                else Limit(scope.as_arg(), scope, fraction=scope.upto_fraction, seconds=scope.upto_seconds)
            )
            self._guards[key] = guard_for(film, limit)
        return self._guards[key]

    def check(self, reply: Reply, question: str, scope_for: Any) -> tuple[list[str], list[str]]:
        """(leaks with spoilers off, leaks past an upto limit) in what the asker saw."""
        off: list[str] = []
        past: list[str] = []
        for film in self.films.values():
            scope = scope_for(film.id)
            if scope.mode is ScopeMode.ON:
                continue
            found = off if scope.mode is ScopeMode.OFF else past
            guard = self._guard(film, scope)
            for shown in reply.seen:
                found += [f"[{film.id}] {reason}" for reason in leak_reasons(shown.answer, guard, question)]
                if scope.mode is ScopeMode.OFF and shown.film == film.id and shown.spoiler_flagged:
                    found.append(f"[{film.id}] spoiler-flagged text shown")
        return off, past


# ---- scoring ------------------------------------------------------------------------------------------------


@dataclass
class TurnResult:
    dialogue: str
    turn: Turn
    reply: Reply
    problems: list[str] = field(default_factory=list)
    category: str | None = None
    wrong_film: bool = False
    leaks: list[str] = field(default_factory=list)
    past_limit: list[str] = field(default_factory=list)

    @property
    def scored(self) -> bool:
        return self.turn.expect is not None

    @property
    def right(self) -> bool:
        return self.scored and not self.problems


def score(turn: Turn, reply: Reply) -> tuple[list[str], bool]:
    """The problems with `reply` against `turn.expect`, and whether it committed to a wrong film."""
    expect = turn.expect
    assert expect is not None
    problems: list[str] = []
    wrong_film = False
    if reply is NOTHING_TO_REVEAL and expect.status == "withheld" and not expect.must:
        # No button to click, so the refusal stands, as the turn expects (the refusal was answered privately, or
        # was no refusal of a named film).
        return problems, wrong_film
    if expect.check_film and reply.film != expect.film:
        problems.append(f"film {reply.film} (expected {expect.film})")
        wrong_film = reply.film is not None
    if expect.status is not None and reply.status != expect.status:
        problems.append(f"status {reply.status} (expected {expect.status})")
    text = reply.text.casefold()
    problems += [f"missing {word!r}" for word in expect.must if word.casefold() not in text]
    problems += [f"contains {word!r}" for word in expect.must_not if word.casefold() in text]
    return problems, wrong_film


def category(turn: Turn, reply: Reply, problems: list[str], wrong_film: bool) -> str:
    """One name for why a turn failed, most telling first: these say where the engine work is."""
    expect = turn.expect
    assert expect is not None
    tags = set(turn.tags)
    if reply is NOTHING_TO_REVEAL:
        return "no Reveal button"
    if wrong_film:
        return "wrong film"
    if expect.check_film and expect.film is not None and reply.film is None:
        return "film not found"
    if expect.status == "answered" and reply.status == "withheld":
        if tags & {"safe-fact", "summary"}:
            return "safe fact withheld"
        return "withheld despite opt-in" if tags & {"spoiler-on", "upto-before", "channel"} else "answer withheld"
    if expect.status == "withheld" and reply.status == "answered":
        # Not necessarily a leak (those are counted apart): usually visible text that does not answer.
        return "answered instead of withheld"
    if any(p.startswith("status") for p in problems):
        return "wrong status"
    if "wording" in tags or expect.status in ("not_found", "ambiguous"):
        return "wording"
    if any(p.startswith("missing") for p in problems):
        return "reveal missed" if tags & {"spoiler-on", "upto-before", "reveal"} else "wrong excerpt"
    return "forbidden words"


# ---- running ------------------------------------------------------------------------------------------------


async def run_dialogues(dialogues: list[Dialogue], transport: Transport, service: Any) -> list[TurnResult]:
    detector = LeakDetector(await service.stored_films())
    results: list[TurnResult] = []
    for dialogue in dialogues:
        transport.begin()
        access = IntendedAccess()
        for turn in dialogue.turns:
            if turn.ask is not None:
                reply = await transport.ask(turn)
            elif turn.do == "reveal":
                reply = await transport.reveal(turn)
            else:
                reply = await transport.spoilers(turn)
                if turn.do != "spoilers status":
                    access.apply(turn, _film_id(service, turn.film, transport.guild_id))
            result = TurnResult(dialogue=dialogue.id, turn=turn, reply=reply)
            if turn.ask is not None:
                result.leaks, result.past_limit = detector.check(
                    reply, turn.ask, lambda film_id, t=turn, a=access: a.scope(t.channel, t.actor, film_id)
                )
            if turn.expect is not None:
                result.problems, result.wrong_film = score(turn, reply)
                if result.problems:
                    result.category = category(turn, reply, result.problems, result.wrong_film)
            results.append(result)
    return results


def _film_id(service: Any, film: str | None, guild_id: int | None) -> str | None:
    if not film:
        return None
    try:
        return service.resolve(film, guild_id).id
    except UserError:
        return None


async def run_service(dialogues: list[Dialogue]) -> list[TurnResult]:
    from bot.service import FilmService

    with tempfile.TemporaryDirectory(prefix="filmbot-dialogues-") as tmp:
        async with await FilmService.open(Path(tmp) / "dialogues.db") as service:
            return await run_dialogues(dialogues, ServiceTransport(service), service)


async def run_discord(dialogues: list[Dialogue]) -> list[TurnResult]:
    from tests.discord_world import running_world

    with tempfile.TemporaryDirectory(prefix="filmbot-dialogues-") as tmp:
        async with running_world(Path(tmp) / "bot.db", extra_channels=len(CHANNELS) * len(dialogues)) as world:
            return await run_dialogues(dialogues, DiscordTransport(world), world.service)


# ---- the report ---------------------------------------------------------------------------------------------


def _pct(a: int, b: int) -> str:
    return f"{a / b:.1%}" if b else "–"


def report(results: list[TurnResult], *, title: str) -> str:
    scored = [r for r in results if r.scored]
    asks = [r for r in results if r.turn.ask is not None]
    right = sum(r.right for r in scored)
    wrong_film = sum(r.wrong_film for r in scored)
    leaked = sum(bool(r.leaks) for r in asks)
    past = sum(bool(r.past_limit) for r in asks)
    lines = [f"# {title}", ""]
    lines.append(
        md_table(
            [
                "turns scored",
                "right",
                "right %",
                "wrong film committed",
                "wrong film %",
                "spoilers shown with spoilers off",
                "shown past an upto limit",
            ],
            [[len(scored), right, _pct(right, len(scored)), wrong_film, _pct(wrong_film, len(scored)), leaked, past]],
        )
    )
    lines += [
        "",
        f"{len({r.dialogue for r in results})} dialogues, {len(asks)} ask turns and "
        f"{len(scored) - sum(1 for r in scored if r.turn.ask is not None)} checked command/Reveal turns. "
        "Targets: ≥ 95% right, wrong film ≤ 2%, 0 spoilers shown with spoilers off.",
        "",
    ]

    by_tag: dict[str, list[TurnResult]] = {}
    for r in scored:
        for tag in r.turn.tags or ("(untagged)",):
            by_tag.setdefault(tag, []).append(r)
    lines += ["## By tag", ""]
    lines.append(
        md_table(
            ["tag", "turns", "right", "right %", "wrong film"],
            [
                [
                    tag,
                    len(rs),
                    sum(r.right for r in rs),
                    _pct(sum(r.right for r in rs), len(rs)),
                    sum(r.wrong_film for r in rs),
                ]
                for tag in [*TAGS, "(untagged)"]
                if (rs := by_tag.get(tag))
            ],
        )
    )

    got_names = [*STATUSES, "error", "none"]
    confusion: Counter[tuple[str, str]] = Counter()
    for r in scored:
        if r.turn.expect and r.turn.expect.status:
            confusion[(r.turn.expect.status, r.reply.status or "none")] += 1
    lines += ["", "## Status: expected (rows) × got (columns)", ""]
    used = [g for g in got_names if any(confusion[(e, g)] for e in STATUSES)]
    lines.append(
        md_table(
            ["expected \\ got", *used],
            [[e, *(confusion[(e, g)] for g in used)] for e in STATUSES if any(confusion[(e, g)] for g in used)],
        )
    )

    categories = Counter(r.category for r in scored if r.category)
    lines += ["", "## Failures by category", ""]
    lines.append(md_table(["category", "turns"], [[c, n] for c, n in categories.most_common()]))
    return "\n".join(lines)


def failure_rows(results: list[TurnResult], transport: str) -> list[dict[str, Any]]:
    rows = []
    for r in results:
        if not (r.problems or r.leaks or r.past_limit):
            continue
        expect = r.turn.expect
        rows.append(
            {
                "transport": transport,
                "dialogue": r.dialogue,
                "turn": r.turn.number,
                "as": r.turn.actor,
                "channel": r.turn.channel,
                "turn_text": r.turn.label,
                "tags": list(r.turn.tags),
                "category": r.category or ("leak" if r.leaks else "past limit"),
                "expected": None
                if expect is None
                else {
                    **({"film": expect.film} if expect.check_film else {}),
                    "status": expect.status,
                    "must": list(expect.must),
                    "must_not": list(expect.must_not),
                },
                "got": {"film": r.reply.film, "status": r.reply.status, "text": r.reply.text},
                "problems": r.problems,
                "leaks": r.leaks[:5],
                "past_limit": r.past_limit[:5],
            }
        )
    return rows


def verbose_failures(results: list[TurnResult]) -> str:
    out = []
    for r in results:
        if not (r.problems or r.leaks or r.past_limit):
            continue
        who = f" as {r.turn.actor}" if r.turn.actor != "alice" else ""
        where = f" in {r.turn.channel}" if r.turn.channel != "c1" else ""
        out.append(f"- {r.dialogue} #{r.turn.number}{who}{where}: {r.turn.label}  [{r.category or 'leak'}]")
        for problem in [
            *r.problems,
            *(f"LEAK {leak}" for leak in r.leaks[:3]),
            *(f"PAST LIMIT {leak}" for leak in r.past_limit[:3]),
        ]:
            out.append(f"    {problem}")
        out.append("    > " + r.reply.text.replace("\n", "\n    > "))
    return "\n".join(out)


# ---- lint: are the file's words where the format says they must be? -----------------------------------------


def lint(dialogues: list[Dialogue], films: Iterable[Film]) -> list[str]:
    """Problems with the expectations themselves, read against the summaries.

    - an `answered` turn's `must` word must be in the expected film's text (in its safe text for a safe fact or a
      summary asked with spoilers off);
    - a spoilers-off turn's `must_not` word must not be in the expected film's safe text: a word the premise or the
      facts also hold is no spoiler word, and an honest answer may contain it;
    - a progress limit must be one the bot reads (a run would stop at it).
    """
    by_id = {film.id: film for film in films}
    problems: list[str] = []
    for dialogue in dialogues:
        for turn in dialogue.turns:
            if turn.upto:
                try:
                    SpoilerScope.parse(f"upto:{turn.upto}")
                except ValueError as error:
                    problems.append(f"{dialogue.where} turn {turn.number}: {error}")
            expect = turn.expect
            if expect is None or not expect.check_film or expect.film is None:
                continue
            film = by_id[expect.film]
            safe = " ".join(p.text for p in film.passages if not p.spoiler).casefold()
            everything = " ".join(p.text for p in film.passages).casefold()
            tags = set(turn.tags)
            off = bool(tags & {"spoiler-off", "safe-fact", "summary"}) and not tags & {
                "spoiler-on",
                "upto-before",
                "upto-past",
                "reveal",
            }
            where = f"{dialogue.where} turn {turn.number}"
            if expect.status == "answered" and "wording" not in tags:
                pool = safe if off else everything
                for word in expect.must:
                    if word.casefold() not in pool:
                        kind = "safe text" if off else "text"
                        problems.append(f"{where}: must {word!r} is not in {film.id}'s {kind}")
            if off or (expect.status == "withheld" and "upto-past" not in tags):
                for word in expect.must_not:
                    if word.casefold() in safe:
                        problems.append(f"{where}: must_not {word!r} is in {film.id}'s safe text")
    return problems


def failures_path(dialogue_file: Path, noise: str | None = None) -> Path:
    """Each dialogue set keeps its own failures file: reading dev failures never shows held-out ones."""
    return OUT / f"dialogue_failures.{dialogue_file.stem}{f'.noise-{noise}' if noise else ''}.jsonl"


# ---- main ---------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", help="dev or heldout: bench/dialogues/SPLIT.jsonl")
    parser.add_argument("--file", default=None, help="a dialogue file to run instead of --split")
    parser.add_argument(
        "--discord",
        action="store_true",
        help="run end to end through discord.py against the fake Discord in tests/fake_discord",
    )
    parser.add_argument("--verbose", action="store_true", help="print every failing turn")
    parser.add_argument("--lint", action="store_true", help="only check the file's words against the summaries")
    parser.add_argument("--noise", choices=sorted(NOISE), help="type every question with this chat noise")
    parser.add_argument(
        "--failures",
        default=None,
        help="where to write the failing turns (default bench/out/dialogue_failures.<file name>.jsonl, one per set,"
        " so a run on one set never overwrites another's)",
    )
    args = parser.parse_args(argv)

    path = Path(args.file) if args.file else HERE / f"{args.split}.jsonl"
    if not path.is_file():
        print(f"SKIP: {path} not found (the {args.split!r} dialogues have not been written yet)")
        return 0
    try:
        dialogues = load_dialogues(path)
    except FormatError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.lint:
        problems = lint(dialogues, load_samples())
        print("\n".join(problems) if problems else f"{path.name}: no problems in {len(dialogues)} dialogues")
        return 1 if problems else 0
    if args.noise:
        dialogues = with_noise(dialogues, args.noise)

    transport = "discord" if args.discord else "service"
    if args.discord:
        try:
            import tests.discord_world  # noqa: F401 - needs the test dependencies
        except ImportError as error:
            print(f"error: --discord needs the test dependencies (pip install -e '.[test]'): {error}", file=sys.stderr)
            return 2
    started = time.perf_counter()
    results = asyncio.run(run_discord(dialogues) if args.discord else run_service(dialogues))
    elapsed = time.perf_counter() - started

    how = "end to end through discord.py and the fake Discord" if args.discord else "through FilmService"
    noise = f", noise: {args.noise}" if args.noise else ""
    print(report(results, title=f"Dialogues ({path.name}, {how}{noise})"))
    print(f"\n{elapsed:.1f} s.")
    rows = failure_rows(results, transport)
    out = Path(args.failures) if args.failures else failures_path(path, args.noise)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} failing turns written to {out}")
    if args.verbose and rows:
        print("\n## Failing turns\n")
        print(verbose_failures(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
