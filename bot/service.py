"""The bot's operations, independent of transport: every Discord command and terminal line ends up here."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Unpack

from bot.errors import UserError
from bot.memory import release_memory
from corpus.bundled import seed_if_empty
from corpus.change_feed import cancelled_into, change_feed
from corpus.errors import DocumentError
from corpus.identify_turns import identify_turn, turns_ended
from corpus.load import parse_document
from corpus.models import Facts, Film, SectionKind
from corpus.store import DatabaseBusy, FilmExists, FilmRow, SaveOutcome
from corpus.store_api import FilmStore, StoreSettings, open_store, parse_location
from index.access import Access, OptIn, Visibility, access_for, reveal_scope, visibilities
from index.answer_model import Answer, FilmRef, Hold, Status
from index.catalog import Resolution
from index.engine import FILM_CACHE, Engine
from index.film_index import VisibleCache
from index.film_phrases import asks_for_films
from index.question import asks_which_film
from index.question_shape import asks_of_both, describes_one, picked, picked_inside
from index.spoilers import ScopeMode, SpoilerScope
from index.startup import default_index_dir, load_engine, open_index

log = logging.getLogger(__name__)

# A Reveal button older than this answers "ask again": the summary may have changed since.
REVEAL_LIFETIME = timedelta(days=7)
# The film a stored Reveal request asks about when its refusal named none: the store's column holds text.
_NO_FILM = ""
# A question naming no film is taken to be about the one asked about last, if that was this recent (seconds).
FOLLOW_UP_WINDOW = 30 * 60
MAX_REMEMBERED_ASKERS = 100_000
# After a failed refresh, the next attempt waits this long (seconds).
REFRESH_RETRY_S = 1.0
# The footer of an answer given while the opt-ins could not be read: it says why spoilers are off.
SETTINGS_UNREADABLE = "spoilers off: spoiler settings can't be read right now"


# "which one's the tarkovsky movie?", "which Tarkovsky film should I study?": asks which film, not of it.
_WHICH_ONE = re.compile(
    r"^\W*(?:(?:so|and|ok|okay)\W+)?which (?:one|film|movie)|^\W*which \w+ (?:film|movie|one)\b", re.I
)
_FIRST_OR_SECOND = re.compile(r"\b(?:first|second|1st|2nd|former|latter)\b", re.I)
# What is left of "what about the other film?" once its film is picked: nothing asked.
_ONLY_WHICH = re.compile(r"^\W*(?:(?:and|so|ok|okay|then|but)\s+)*(?:(?:what|how) about\s+)?(?:it|that)?\W*$", re.I)
# "the 1999 one", "the one from 1958", "that 1972 film": a film offered, picked by its year.
_A_YEAR_ONE = re.compile(
    r"\b(?:the|that) (?:(?:one|film|movie) (?:from|of) (?P<after>(?:18|19|20)\d\d)"
    r"|(?P<before>(?:18|19|20)\d\d) (?:one|film|movie|version))\b",
    re.I,
)
_PLACES = ("first", "second", "third", "fourth")
# The one film pointed at ("how long is that one?"), not the one just talked about ("it", "this one").
_THAT_ONE = re.compile(r"\bthat (?:one|film|movie|flick)\b", re.I)
# "tell me about the tarkovsky one": how the film was described, which the pick now names.
_THE_ONE_DESCRIBED = re.compile(r"\b(?:the|that) (?:[\w'’-]+ ){1,2}(?:one|film|movie)\b", re.I)


@dataclass(frozen=True, slots=True)
class Asker:
    """Who asks and where: guild None means a DM, the terminal or the command line."""

    user_id: int
    channel_id: int
    guild_id: int | None = None


@dataclass(frozen=True, slots=True)
class AskResult:
    public: Answer  # what may be posted in the channel
    private: Answer | None  # what the asker's own choices show, when they go beyond what the channel may hold
    access: Access

    @property
    def sent_privately(self) -> bool:
        """The asker's answer differs from what the channel may see: it goes to them alone, and the channel
        learns only that it did (no refusal, no Reveal button for something they were shown)."""
        if self.private is None:
            return False
        return self.private.model_dump(exclude={"scope"}) != self.public.model_dump(exclude={"scope"})

    @property
    def revealable(self) -> Answer | None:
        """The refusal a **Reveal for me** button goes with: the reply the asker is shown (the private one when
        `sent_privately`), when it withholds something of a named film, past the asker's own progress limit too
        (the click shows that one answer past it: `FilmService.reveal`), or when it names no film (the click asks
        again as if spoilers were on, `Answer.names_no_film`). The cog and the dialogue bench offer Reveal
        for this reply and no other, so a click never asks about a film the asker was answered privately."""
        shown = self.private if self.sent_privately and self.private is not None else self.public
        if shown.status is not Status.WITHHELD or (shown.film is None and not shown.names_no_film):
            return None
        return shown


@dataclass(frozen=True, slots=True)
class SpoilerChoice:
    """A choice just stored: what it allows, for which film (None: every film), until when (None: until undone)."""

    scope: SpoilerScope
    film: FilmRef | None
    expires_at: datetime | None
    note: str | None = None  # what the choice cannot do, said when it is made (a time limit on untimed text)


@dataclass(frozen=True, slots=True)
class Internals:
    """What a service is built on, for white-box tests and benchmarks only: transports use its methods."""

    store: FilmStore
    engine: Engine


@dataclass(frozen=True, slots=True)
class AddResult:
    film: Film
    outcome: SaveOutcome


class DocumentRefused(UserError):
    """A document that cannot become a film; `reason` is the one-line why, without the file name."""

    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(f"{filename}: {reason}")
        self.reason = reason


class FilmAlreadyLoaded(UserError):
    """A film with the same title and year is loaded and the caller did not ask to replace it."""

    def __init__(self, film: Film) -> None:
        super().__init__(f"{film.display_title} is already loaded; load it again with replace to overwrite it.")
        self.film = film


class DatabaseMissing(UserError):
    """A maintenance command named a database file that does not exist; it never creates one."""


@dataclass(frozen=True, slots=True)
class SectionLine:
    """One section as a listing shows it. `label` is the heading, or only the section's kind and size when the
    heading belongs to a spoiler section the reader has not opened: such a heading ("The reveal: the doctor was
    a patient") is spoiler text itself."""

    label: str
    kind: SectionKind
    spoiler: bool
    paragraphs: int
    hidden_spans: int  # inline spoiler spans inside a safe section
    heading_shown: bool


@dataclass(frozen=True, slots=True)
class FilmOutline:
    """What a listing may print about a film: facts and the shape of its summary, never plot text."""

    ref: FilmRef
    aliases: list[str]
    facts: Facts
    guild_id: int | None
    source_file: str | None
    loaded_by: str | None
    loaded_at: datetime | None
    passages: int
    spoiler_passages: int
    sections: list[SectionLine]
    spoiler_headings_shown: bool


def fact_lines(facts: Facts) -> list[tuple[str, str]]:
    """(name, value) of each fact given, for people: "runtime: 88 min", lists joined with commas."""
    lines: list[tuple[str, str]] = []
    for key, value in facts.model_dump(exclude_none=True, exclude_defaults=True, exclude={"extra"}).items():
        if key == "runtime_minutes":
            lines.append(("runtime", f"{value} min"))
        else:
            lines.append((key.replace("_", " "), ", ".join(value) if isinstance(value, list) else str(value)))
    return lines + list(facts.extra.items())


def hidden_heading(kind: SectionKind, paragraphs: int) -> str:
    return f"spoiler section ({kind.value}, {paragraphs} paragraph{'' if paragraphs == 1 else 's'})"


def outline_of(film: Film, *, show_spoiler_headings: bool) -> FilmOutline:
    sections = []
    for section in film.sections:
        count = len(section.paragraphs)
        shown = show_spoiler_headings or not section.spoiler
        sections.append(
            SectionLine(
                label=section.heading if shown else hidden_heading(section.kind, count),
                kind=section.kind,
                spoiler=section.spoiler,
                paragraphs=count,
                hidden_spans=0 if section.spoiler else sum(p.spoiler for p in section.paragraphs),
                heading_shown=shown,
            )
        )
    return FilmOutline(
        ref=FilmRef(id=film.id, title=film.title, year=film.year),
        aliases=list(film.aliases),
        facts=film.facts,
        guild_id=film.guild_id,
        source_file=film.source_file,
        loaded_by=film.loaded_by,
        loaded_at=film.loaded_at,
        passages=len(film.passages),
        spoiler_passages=sum(p.spoiler for p in film.passages),
        sections=sections,
        spoiler_headings_shown=show_spoiler_headings,
    )


class FilmService:
    def __init__(self, store: FilmStore, engine: Engine) -> None:
        self._store = store
        self._engine = engine
        # The newest film change this process has applied; None until the films were first loaded.
        self._seen_change: int | None = None
        # (channel, user, private) → (film id, when): what a follow-up question without a film is about. Kept
        # apart for the asker's private answers: a public follow-up must not name a film only a private answer
        # named, or the channel learns which film a spoiler question fitted.
        self._last_film: dict[tuple[int, int, bool], tuple[str, float]] = {}
        # The same key → (the last question asked, when), answered or not.
        self._last_question: dict[tuple[int, int, bool], tuple[str, float]] = {}
        # The same key (public only) → (the film ids a "which film?" reply offered, space-separated, when): what "the
        # first one" picks from. Titles only were shown, so a pick reveals nothing.
        self._last_choices: dict[tuple[int, int, bool], tuple[str, float]] = {}
        # The same key (public only) → (the last two films asked about, space-separated, when): what "who directed
        # both?" asks of.
        self._last_two: dict[tuple[int, int, bool], tuple[str, float]] = {}
        # Loads are serialised so the index and the database change in the same order.
        self._load_lock = asyncio.Lock()

    @classmethod
    async def open(
        cls,
        db_path: Path | str,
        *,
        seed: bool = True,
        index: bool = True,
        create: bool = True,
        visible_indexes: int = VisibleCache.DEFAULT,
        index_dir: Path | None = None,
        film_cache: int = FILM_CACHE,
        rebuild_index: bool = False,
        **store_settings: Unpack[StoreSettings],
    ) -> FilmService:
        """`index=False` skips building the answering index (seconds at 10,000 films): for commands that only
        list, load or maintain, never for one that answers or resolves a film. `create=False` refuses a
        database file that does not exist (DatabaseMissing) instead of creating it. `visible_indexes`: how many
        films' per-scope indexes the engine keeps built (the FILMBOT_VISIBLE_INDEXES setting). `db_path` may
        also be a PostgreSQL URL; `store_settings` are `open_store`'s (pool sizes, timeout). `index_dir`: the
        content index on disk (FILMBOT_INDEX_DIR; default `index.startup.default_index_dir`), checked against the
        store's change log and made current before answering (index/startup.py); `rebuild_index` rebuilds it
        whatever its state (`python -m bot index rebuild`). `film_cache`: how many films' passages stay read
        (FILMBOT_FILM_CACHE; see `load_engine`)."""
        location = parse_location(db_path)
        if not create and isinstance(location, Path) and not location.is_file():
            raise DatabaseMissing(f"no database at {location}; nothing was created")
        store = await open_store(location, **store_settings)
        index_dir = index_dir if index_dir is not None else default_index_dir(location)
        try:
            if seed:
                await seed_if_empty(store)
            seen: int | None = None
            if index or rebuild_index:
                loaded = await load_engine(
                    store, index_dir, visible_indexes=visible_indexes, film_cache=film_cache, rebuild=rebuild_index
                )
                engine = loaded.engine
                # Read before the films: a change committed while they load is then caught up by `refresh`.
                seen = loaded.change
            else:
                # Films loaded or removed here still reach the shared index other processes answer from.
                engine = Engine(visible_indexes=visible_indexes, search=open_index(index_dir))
        except BaseException:
            await store.close()
            raise
        if index:
            # The loaded films (with their sections) are garbage now; the engine keeps a compact form. Give the
            # freed heap back, or resident memory stays at the load's peak.
            engine.warm()
            release_memory()
        service = cls(store, engine)
        service._seen_change = seen if index else None
        return service

    @property
    def internals(self) -> Internals:
        """The store and the engine, for tests and benchmarks that check them directly (see `Internals`)."""
        return Internals(self._store, self._engine)

    @property
    def db_path(self) -> str:
        """Where the data is, for people: a file, or a PostgreSQL URL with its password masked."""
        return self._store.location

    async def close(self) -> None:
        await turns_ended()
        await self._store.close()

    async def __aenter__(self) -> FilmService:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    # ---- asking -------------------------------------------------------------------------------------------

    def ask(
        self, question: str, *, film: str | None = None, scope: SpoilerScope | None = None, guild_id: int | None = None
    ) -> Answer:
        return self._engine.ask(question, film=film, scope=scope or SpoilerScope.off(), guild_id=guild_id)

    async def opt_ins(self, asker: Asker) -> list[OptIn]:
        rows = await self._store.prefs_for(asker.channel_id, asker.user_id, datetime.now(UTC))
        return [
            OptIn(
                scope=SpoilerScope.parse(row.scope), user_id=row.user_id, film_id=row.film_id, expires_at=row.expires_at
            )
            for row in rows
        ]

    async def ask_as(self, asker: Asker, question: str, film: str | None = None) -> AskResult:
        unreadable = False
        try:
            opt_ins = await self.opt_ins(asker)
        except DatabaseBusy as error:
            # The opt-ins cannot be read (PostgreSQL is down, say): answer from memory as if no one opted in,
            # the safe default, rather than not at all; the footer says why.
            log.warning("answering with spoilers off: %s", error)
            opt_ins, unreadable = [], True
        public_view, personal_view = visibilities(opt_ins, asker.user_id)
        last = self._recent_film(asker, private=False)
        chosen_among = (_recent(self._last_choices, (asker.channel_id, asker.user_id, False)) or "").split()
        chosen = self._picked(asker, question) if film is None else None
        if chosen is not None:
            # "the first one" after "which film do you mean?": the question asked then, of the film picked.
            question, film = chosen
        elif film is None and (two := self._the_two_asked_of(asker, question)) is not None:
            # "Who directed both?" after Fight Club and Se7en: asked of the two, by name (as "who directed Fight
            # Club and Se7en?" is).
            question = f"{question.rstrip()} ({two[0]} and {two[1]})"
        public = self._engine.ask(
            question,
            film=film,
            scope=public_view,
            guild_id=asker.guild_id,
            context_film=last,
            context_question=self._recent_question(asker, private=False),
        )
        if unreadable:
            public = public.model_copy(update={"scope": SETTINGS_UNREADABLE})
        access = access_for(opt_ins, asker.user_id, public.film.id if public.film else None)
        private = None
        if personal_view != public_view:
            candidate = self._engine.ask(
                question,
                film=film,
                scope=personal_view,
                guild_id=asker.guild_id,
                context_film=self._recent_film(asker, private=True) or last,
                context_question=self._recent_question(asker, private=True),
            )
            if (
                candidate.status is Status.WITHHELD
                and public.status is Status.WITHHELD
                and candidate.film == public.film
                and candidate.scope == public.scope
            ):
                # Refused both ways: nothing more to send privately, but the refusal's hint is the one that fits
                # the asker's own choices ("off for Psycho" under "on for all": turn it on for Psycho).
                public = public.model_copy(update={"hold": candidate.hold})
            # Kept even when only its scope differs: the asker's own footer names what applied to them.
            if candidate != public:
                private = candidate
        # Asked again of another film by "and The Prestige?", even when it named none ("who plays the main guy?",
        # then "in Memento I mean").
        # Not a remark ("haha knew it"): the question before it stands. A question asked of a film we lack ("who
        # directed seven samurai") is remembered as read without the title, for "rashomon then?".
        if public.status is not Status.NOT_FOUND or public.film is not None or public.read_as is not None:
            for private_key in (False, True):
                # As read: after "and The Prestige?" what was asked of it ("who directed"), for a next "and …?";
                # after "and then what?", from where the story went on, which the private answer may have seen
                # further than the public one.
                read = private if private_key and private is not None else public
                asked = read.read_as or public.read_as or question
                self._remember(self._last_question, (asker.channel_id, asker.user_id, private_key), asked)
        offered = " ".join(ref.id for ref in public.choices) if public.status is Status.AMBIGUOUS else ""
        if public.status is not Status.AMBIGUOUS and public.film is not None and len(public.choices) > 1:
            # "Rashomon or Stalker: how long is the first one?" answered of Rashomon: "and the second one?" picks next.
            offered = " ".join(ref.id for ref in public.choices)
        if len(both := list(dict.fromkeys(p.film_id for p in public.passages))) > 1:
            # "did the same guy direct memento and the prestige?" answered of each: "the second one" next picks
            # among them, in the order answered (the order asked).
            offered = " ".join(both)
        if (
            public.status is not Status.AMBIGUOUS
            and public.film is not None
            and not offered
            and len(named := self._engine.titles_named(question, asker.guild_id)) > 1
            and public.film.id in named
        ):
            # "For my essay comparing Psycho with Vertigo: where is Psycho set?" answered of Psycho: "and in the
            # other one?" next is Vertigo, the film named and not answered.
            offered = " ".join(film_id for film_id in named if film_id != public.film.id)
        if public.status is not Status.AMBIGUOUS and public.film is not None and public.film.id in chosen_among:
            # "the second one" or "memento" picked among two: "the other one" next is the film not picked.
            offered = " ".join(film_id for film_id in chosen_among if film_id != public.film.id)
        self._remember(self._last_choices, (asker.channel_id, asker.user_id, False), offered)
        if public.film is not None:
            self._remember_film(asker, public.film.id, private=False)
        elif public.status is Status.AMBIGUOUS and len(public.choices) == 1:
            # "The oldest of my films is Citizen Kane (1941).", "I also have one other film by Hitchcock: Psycho":
            # the one film offered is the one a next "who made it?" asks about.
            self._remember_film(asker, public.choices[0].id, private=False)
            self._remember_film(asker, public.choices[0].id, private=True)
        answered = (private or public).film
        if answered is not None:
            self._remember_film(asker, answered.id, private=True)
        return AskResult(public=public, private=private, access=access)

    def _picked(self, asker: Asker, question: str) -> tuple[str, str] | None:
        """The question asked before a "which film?" reply and the film this message picks from its choices."""
        offered = (_recent(self._last_choices, (asker.channel_id, asker.user_id, False)) or "").split()
        question = self._year_as_place(question, offered)
        index = picked(question, len(offered)) if offered else None
        asked = self._recent_question(asker, private=False)
        if index is None and len(offered) > 1 and describes_one(question):
            # "the one on the space station" after "which film: Solaris or Stalker?": the one its words describe.
            index = self._engine.pick_described(question, offered, asker.guild_id)
            if index is not None and asked is not None and self._engine.names_a_film(asked, asker.guild_id):
                # "which is scarier, psycho or se7en?" → "the one with the motel": the question compared films
                # named; what the one described is about is what helps.
                asked = "what is it about?"
        if (
            index is None
            and len(offered) == 1
            and _THAT_ONE.search(question)
            and not describes_one(question)
            and offered[0] == self._recent_film(asker, private=False)
        ):
            # "how long is that one?" after "I also have one other film by Christopher Nolan: The Prestige": the
            # one film just offered. (Not the one left after a pick between two: "the ocean planet one", then "how
            # long is that one?" asks of the one picked.)
            return _THAT_ONE.sub("it", question), offered[0]
        if index is None:
            return self._picked_inside(asker, question, offered, asked)
        if asked is None or self._engine.film(offered[index]) is None:
            return None
        if asks_for_films(asked) or asks_which_film(asked) or _WHICH_ONE.match(asked):
            # "which films are by Hitchcock?" → "the second one", "which one's the tarkovsky movie?" → "the one on
            # the space station": the question asked which film, nothing of the film picked.
            asked = "what is it about?"
        elif len(self._engine.titles_named(asked, asker.guild_id)) > 1:
            # "For my essay comparing Psycho with Vertigo: where is Psycho set?" → "and in the other one?": where
            # Vertigo is set; the films named were what it compared, not what it asks of the one picked.
            asked = self._engine.asked_without_titles(asked, asker.guild_id)
        return _THE_ONE_DESCRIBED.sub("it", asked), offered[index]

    def _year_as_place(self, question: str, offered: list[str]) -> str:
        """ "the 1999 one, what's it about?" after Se7en (1995) and Fight Club (1999) were offered: the year of one of
        them says which, as its place would ("the second one, …"). Unchanged when the year is none or several's."""
        found = _A_YEAR_ONE.search(question)
        if found is None or not offered:
            return question
        places = [
            i
            for i, film_id in enumerate(offered)
            if (f := self._engine.film(film_id)) and f.year == int(found["after"] or found["before"])
        ]
        if len(places) != 1 or places[0] >= len(_PLACES):
            return question
        return f"{question[: found.start()]}the {_PLACES[places[0]]} one{question[found.end() :]}"

    def _picked_inside(
        self, asker: Asker, question: str, offered: list[str], asked: str | None
    ) -> tuple[str, str] | None:
        """ "who's in the first one?" after "which film? (Solaris, Stalker)", "back to the first film, where is it
        set?" after questions about two films: the question, asked of the film its place names among those offered
        (or the two asked about last, in public)."""
        pool = offered
        if not pool:
            # The two asked about last, the current one first: "the other film" is then the one before it, as
            # "the other one" among two offered is the one not picked.
            two = (_recent(self._last_two, (asker.channel_id, asker.user_id, False)) or "").split()
            pool = [two[1], two[0]] if len(two) == 2 and two[1] == self._recent_film(asker, private=False) else []
            if _FIRST_OR_SECOND.search(question):
                pool = pool[::-1]  # "the first film" is the one asked about first
        found = picked_inside(question, len(pool), by_film=not offered) if pool else None
        # The last question, of the film picked: the film it named ("who directed vertigo") now "it".
        again = asked or "what is it about?"
        if not offered and (last := self._engine.film(self._recent_film(asker, private=False) or "")) is not None:
            again = re.sub(rf"\b{re.escape(last.title)}\b", "it", again, flags=re.I)
        if found is None and pool and not offered and (whole := picked(question, len(pool))) is not None:
            # "and the other one?" after questions about two films.
            found = (whole, again)
        if found is None or self._engine.film(pool[found[0]]) is None:
            return None
        index, rest = found
        if _ONLY_WHICH.match(rest):
            # "what about the other film?": nothing asked but which film, so what was asked before.
            rest = again
        return rest, pool[index]

    def _remember_film(self, asker: Asker, film_id: str, *, private: bool) -> None:
        key = (asker.channel_id, asker.user_id, private)
        if not private and (before := _recent(self._last_film, key)) is not None and before != film_id:
            self._remember(self._last_two, key, f"{before} {film_id}")
        self._remember(self._last_film, key, film_id)

    def _named_in_a_command(self, asker: Asker, film_id: str) -> None:
        """`/spoilers on film:Psycho upto:1:10`, then "who is Lila?": the film the asker just named is the one a
        question naming none asks about, as if they had asked of it. A question asked before of another film is
        forgotten: "and how does it end?" next asks of this film, not that question again."""
        for private in (False, True):
            key = (asker.channel_id, asker.user_id, private)
            if _recent(self._last_film, key) != film_id:
                self._last_question.pop(key, None)
                self._last_choices.pop(key, None)
            self._remember_film(asker, film_id, private=private)

    def _the_two_asked_of(self, asker: Asker, question: str) -> tuple[str, str] | None:
        """The titles of the two films asked about last in public, when the question asks of both without naming
        them ("who directed both?", "which one is longer?"); None otherwise."""
        two = (_recent(self._last_two, (asker.channel_id, asker.user_id, False)) or "").split()
        if len(two) != 2 or two[1] != self._recent_film(asker, private=False) or not asks_of_both(question):
            return None
        first, second = self._engine.film(two[0]), self._engine.film(two[1])
        if first is None or second is None or self._engine.names_a_film(question, asker.guild_id):
            return None
        return first.title, second.title

    @staticmethod
    def _remember(
        memory: dict[tuple[int, int, bool], tuple[str, float]], key: tuple[int, int, bool], value: str
    ) -> None:
        now = time.monotonic()
        if len(memory) >= MAX_REMEMBERED_ASKERS:
            # A long-running bot meets many askers; forget those whose follow-up window has passed.
            for stale in [k for k, (_, when) in memory.items() if now - when > FOLLOW_UP_WINDOW]:
                del memory[stale]
            if len(memory) >= MAX_REMEMBERED_ASKERS:
                memory.clear()
        memory[key] = (value, now)

    def _recent_film(self, asker: Asker, *, private: bool) -> str | None:
        film_id = _recent(self._last_film, (asker.channel_id, asker.user_id, private))
        return film_id if film_id is not None and self._engine.film(film_id) is not None else None

    def _recent_question(self, asker: Asker, *, private: bool) -> str | None:
        return _recent(self._last_question, (asker.channel_id, asker.user_id, private))

    async def reveal(self, asker: Asker, question: str, film_id: str | None) -> Answer:
        """The answer a **Reveal for me** click shows, once. A refusal past the clicker's own progress limit said
        so and offered the click: it shows that answer past the limit. A refusal because spoilers are off (for the
        film, or all) is lifted for that answer within any limit of theirs (index/access.py `reveal_scope`): the
        click lifts the "off", not the point in the story they said they had reached. A refusal that named no film
        (`film_id` None) is asked again as if the clicker had spoilers on for every film, within any limit of theirs
        (for all films, or for one): whichever film their words find is then named, as they asked to see it."""
        opt_ins = await self.opt_ins(asker)
        limit = ""
        if film_id is None:
            named = {o.film_id for o in opt_ins if o.film_id is not None}
            visibility = Visibility(
                reveal_scope(opt_ins, asker.user_id, None),
                {film: reveal_scope(opt_ins, asker.user_id, film) for film in named},
            )
            answer = self._engine.ask(question, scope=visibility, guild_id=asker.guild_id)
        else:
            scope = reveal_scope(opt_ins, asker.user_id, film_id)
            if scope.mode is ScopeMode.UPTO and visibilities(opt_ins, asker.user_id)[1].scope(film_id) == scope:
                # The limit is what held the answer back (no "off" narrower than it): the refusal was past the limit.
                scope = SpoilerScope.on()
            answer = self._engine.ask(question, film=film_id, scope=scope, guild_id=asker.guild_id)
            limit = "" if scope.mode is ScopeMode.ON else f", {scope.describe()}"
        # The clicker's next question ("wait so who killed her?", after a Reveal on someone else's question) is about
        # the film revealed, as after asking it themselves.
        if (revealed := film_id or (answer.film.id if answer.film is not None else None)) is not None:
            for private in (False, True):
                self._remember_film(asker, revealed, private=private)
                self._remember(self._last_question, (asker.channel_id, asker.user_id, private), question)
        # (Still held back, it was by a limit of the clicker's own, which a second click would not lift either.)
        held = Hold.LIMIT_KEPT if answer.hold is Hold.PAST_LIMIT or answer.names_no_film else answer.hold
        return answer.model_copy(update={"scope": f"revealed to you once{limit}", "hold": held})

    async def remember_reveal(self, asker: Asker, question: str, film_id: str | None) -> str | None:
        """Store what a Reveal button will answer; the token fits in a button's custom id. None when the store
        cannot take it now: the answer then goes out without a button rather than not at all."""
        token, now = secrets.token_hex(8), datetime.now(UTC)
        guild, channel = asker.guild_id, asker.channel_id
        try:
            await self._store.add_reveal(
                token=token,
                guild_id=guild,
                channel_id=channel,
                film_id=film_id if film_id is not None else _NO_FILM,
                question=question,
                now=now,
            )
        except DatabaseBusy as error:
            log.warning("no Reveal button this time: %s", error)
            return None
        return token

    async def recall_reveal(self, token: str) -> tuple[str, str | None] | None:
        """(question, film id) a Reveal button stored; the film is None for a refusal that named none."""
        request = await self._store.get_reveal(token, not_before=datetime.now(UTC) - REVEAL_LIFETIME)
        if request is None:
            return None
        question, film_id = request
        return question, (film_id if film_id != _NO_FILM else None)

    async def refresh_stored_terms(self) -> int:
        """Store the terms of passages saved without them or by an older tokenizer (`python -m bot index
        rebuild`): until then each such film is tokenized whenever it is read. How many passages were."""
        return await self._store.refresh_terms()

    async def housekeeping(self) -> tuple[int, int]:
        """Forget reveal requests past their lifetime and opt-ins past their expiry: (reveals, opt-ins) removed."""
        now = datetime.now(UTC)
        reveals = await self._store.purge_reveals(before=now - REVEAL_LIFETIME)
        prefs = await self._store.purge_expired_prefs(now)
        return reveals, prefs

    async def access(self, asker: Asker, film: str | None = None) -> tuple[Access, FilmRef | None]:
        ref = self.resolve(film, asker.guild_id) if film else None
        return access_for(await self.opt_ins(asker), asker.user_id, ref.id if ref else None), ref

    async def spoiler_status(self, asker: Asker, film: str | None = None) -> str:
        """`/spoilers status` in plain text: what the next question gets (for `film`, or for films no choice
        names), why, and every choice in force here with its expiry."""
        ref = self.resolve(film, asker.guild_id) if film else None
        opt_ins = await self.opt_ins(asker)
        access = access_for(opt_ins, asker.user_id, ref.id if ref else None)
        which = f"For {ref.display_title}" if ref else "For films no choice below names"
        lines = [
            f"{which}: you see {access.personal.describe()}.",
            "Why: " + access.reason[0].upper() + access.reason[1:],
        ]
        if access.beyond_channel:
            lines.append(f"Answers with spoilers are sent to you alone; the channel sees {access.public.describe()}.")
        listed = [self._choice_line(o) for o in opt_ins]
        if listed:
            lines.append("Choices in force here:")
            lines += [f"• {line}" for line in listed]
        else:
            lines.append("No one has made a spoiler choice here.")
        return "\n".join(lines)

    def _choice_line(self, opt_in: OptIn) -> str:
        who = "You" if opt_in.user_id is not None else "This channel (a moderator)"
        if opt_in.film_id is None:
            what = "every film"
        else:
            found = self._engine.film(opt_in.film_id)
            what = found.display_title if found is not None else "a film no longer loaded"
        until = f", until {_when(opt_in.expires_at)}" if opt_in.expires_at is not None else ""
        return f"{who}: {opt_in.scope.describe()} for {what}{until}"

    # ---- spoiler opt-ins ----------------------------------------------------------------------------------

    async def set_spoilers(
        self, asker: Asker, *, channel_wide: bool, film: str | None, upto: str | None, duration: timedelta | None
    ) -> SpoilerChoice:
        if channel_wide and asker.guild_id is None:
            raise UserError("Only per-user spoiler settings exist in direct messages.")
        scope = SpoilerScope.on() if not upto else _parse_scope(upto)
        ref = self.resolve(film, asker.guild_id) if film else None
        expires = datetime.now(UTC) + duration if duration else None
        await self._store.set_pref(
            guild_id=asker.guild_id,
            channel_id=asker.channel_id,
            user_id=None if channel_wide else asker.user_id,
            film_id=ref.id if ref else None,
            scope=scope.as_arg(),
            expires_at=expires,
            set_by=asker.user_id,
        )
        if ref is not None:
            self._named_in_a_command(asker, ref.id)
        return SpoilerChoice(scope, ref, expires, self._untimed_note(scope, ref))

    def _untimed_note(self, scope: SpoilerScope, ref: FilmRef | None) -> str | None:
        """A time limit on a film whose summary gives no times shows none of its spoilers (issue 9: a passage is
        shown only when it is known to come before the limit): say so when the limit is set, and what works."""
        if scope.upto_seconds is None or ref is None:
            return None
        index = self._engine.index(ref.id)
        if index is None or any(p.time_mark is not None for p in index.film.passages):
            return None
        return (
            f"{ref.display_title}'s summary gives no times, so a time limit shows none of its spoilers; "
            "a share of the plot does (upto:50%)."
        )

    async def clear_spoilers(self, asker: Asker, *, channel_wide: bool, film: str | None) -> FilmRef | None:
        """Turn spoilers off here, for one film or every film: stored as a choice, so that it beats a broader
        "on" (the asker's own for every film, or the channel's). "Off" for every film also drops the choices
        made for single films: it means "none here"."""
        if channel_wide and asker.guild_id is None:
            raise UserError("Only per-user spoiler settings exist in direct messages.")
        ref = self.resolve(film, asker.guild_id) if film else None
        await self._store.set_pref(
            guild_id=asker.guild_id,
            channel_id=asker.channel_id,
            user_id=None if channel_wide else asker.user_id,
            film_id=ref.id if ref else None,
            scope=SpoilerScope.off().as_arg(),
            expires_at=None,
            set_by=asker.user_id,
            clear_films=ref is None,
        )
        if ref is not None:
            self._named_in_a_command(asker, ref.id)
        return ref

    # ---- films --------------------------------------------------------------------------------------------

    def resolve(self, film: str, guild_id: int | None) -> FilmRef:
        """The one film `film` names for this guild, or a UserError that says why not (titles only)."""
        resolution = self._engine.resolve(film, guild_id)
        if resolution.status is Status.ANSWERED and resolution.film is not None:
            return resolution.film
        if resolution.status is Status.AMBIGUOUS:
            names = ", ".join(ref.display_title for ref in resolution.choices[:5])
            raise UserError(f"Several films match {film[:100]!r}: {names}. Add the year.")
        hint = ""
        if resolution.choices:
            hint = " Did you mean " + ", ".join(ref.display_title for ref in resolution.choices[:3]) + "?"
        raise UserError(f"No film matches {film[:100]!r}.{hint}")

    def resolve_exact(self, film: str, guild_id: int | None) -> FilmRef:
        """The film `film` names exactly (id, title, alias, "Title (Year)"), for commands that change, remove or
        export a film; a near miss is a UserError that suggests names and acts on nothing."""
        return _exactly_one(film, self._engine.resolve_exact(film, guild_id))

    def suggest(self, prefix: str, guild_id: int | None, limit: int = 25) -> list[FilmRef]:
        return self._engine.suggest(prefix, guild_id, limit=limit)

    def films(self) -> list[FilmRef]:
        """Every film the bot answers about, every guild's included, in title order."""
        return [FilmRef(id=film.id, title=film.title, year=film.year) for film in self._engine.films()]

    def guild_of(self, film_id: str) -> int | None:
        """The guild that loaded a film; None for a film of the shared corpus, or one not loaded."""
        film = self._engine.film(film_id)
        return film.guild_id if film is not None else None

    async def add_document(
        self,
        data: bytes,
        filename: str,
        *,
        guild_id: int | None,
        actor: str,
        replace: bool,
        title: str | None = None,
        year: int | None = None,
    ) -> AddResult:
        try:
            # A 2 MB document is a second or two of CPU: off the event loop, so the gateway keeps its heartbeat.
            film = await asyncio.to_thread(
                parse_document, data, filename, title=title, year=year, guild_id=guild_id, loaded_by=actor
            )
        except DocumentError as error:
            raise DocumentRefused(filename, str(error)) from error
        async with self._load_lock:
            # A replacement may match on title under another id ("Se7en" for "Seven"): drop those too.
            previous = await self._store.find_films(film.title, year=film.year, guild_id=guild_id)
            try:
                outcome = await self._store.save_film(film, replace=replace, actor=actor)
            except FilmExists as error:
                raise FilmAlreadyLoaded(film) from error
            for row in previous:
                if row.id != film.id and row.guild_id == guild_id and row.year == film.year:
                    self._engine.remove_film(row.id)
            self._engine.add_film(film)
        log.info("film %s %s by %s from %s", film.id, outcome, actor, filename)
        return AddResult(film=film, outcome=outcome)

    def removable(self, film: str, *, guild_id: int | None, own_guild_only: bool) -> FilmRef:
        """The film `remove` would remove, named exactly, or a UserError saying why it may not be removed."""
        ref = self.resolve_exact(film, guild_id)
        indexed = self._engine.film(ref.id)
        if own_guild_only and (indexed is None or indexed.guild_id != guild_id):
            raise UserError(f"{ref.display_title} is part of the shared corpus; only the bot's operator can remove it.")
        return ref

    async def remove(self, film: str, *, guild_id: int | None, actor: str, own_guild_only: bool) -> FilmRef:
        """Remove the film `film` names exactly (id, title, alias or "Title (Year)"); never a near miss."""
        ref = self.removable(film, guild_id=guild_id, own_guild_only=own_guild_only)
        async with self._load_lock:
            removed = await self._store.remove_film(ref.id, actor=actor)
            self._engine.remove_film(ref.id)
        if not removed:
            raise UserError(f"{ref.display_title} was already removed.")
        log.info("film %s removed by %s", ref.id, actor)
        return ref

    async def refresh(self) -> int:
        """Apply the film changes other processes committed since the last look; how many films changed here.

        Cheap when nothing changed: one read of the newest change id. The change log says which films to read
        again; a log that went backwards (the database was replaced, say by `db copy`) means comparing every film.
        """
        latest = await self._store.latest_change()
        if latest == self._seen_change:
            return 0
        async with self._load_lock:
            seen = self._seen_change
            if seen is None or latest < seen:
                changed = await self._compare_every_film()
            else:
                changes = await self._store.changes_since(seen)
                latest = max((change.id for change in changes), default=latest)
                changed = 0
                for film_id in dict.fromkeys(change.film_id for change in changes):
                    changed += await self._reload(film_id)
            self._seen_change = latest
        if changed:
            log.info("picked up %d film changes made by another process", changed)
        return changed

    async def _reload(self, film_id: str) -> int:
        """Make the engine hold what the store holds for one film: 1 if that changed anything, else 0."""
        film = await self._store.get_film(film_id)
        held = self._engine.film(film_id)
        if film is None:
            return int(self._engine.film_removed(film_id))
        if held is not None and held.loaded_at == film.loaded_at:
            return 0  # this process made the change itself, or already caught up with it
        self._engine.film_changed(film)
        return 1

    async def _compare_every_film(self) -> int:
        stored = {row.id: row.loaded_at for row in await self._store.list_films(all_guilds=True)}
        indexed = {film.id: film.loaded_at for film in self._engine.films()}
        changed = 0
        for film_id in indexed.keys() - stored.keys():
            self._engine.film_removed(film_id)
            changed += 1
        for film_id, loaded_at in stored.items():
            if indexed.get(film_id) != loaded_at and (film := await self._store.get_film(film_id)) is not None:
                self._engine.film_changed(film)
                changed += 1
        return changed

    async def follow_changes(self) -> None:
        """Until cancelled: apply other processes' film changes as they commit (PostgreSQL notifies, SQLite is
        polled). A failed refresh is retried on the next wake-up; answering never waits for one."""
        wanted = asyncio.Event()
        feed = asyncio.create_task(change_feed(self._store).run(wanted.set), name="filmbot-change-feed")
        try:
            while True:
                await wanted.wait()
                wanted.clear()
                try:
                    await self.refresh()
                except Exception as error:
                    cancelled_into(error)
                    # Busy or unreachable (or anything else): try again shortly rather than wait for a
                    # notification that may not come; the films held stay as they were meanwhile.
                    if isinstance(error, DatabaseBusy):
                        log.warning("could not read film changes: %s", error)
                    else:
                        log.exception("could not apply film changes")
                    await asyncio.sleep(REFRESH_RETRY_S)
                    wanted.set()
                    continue
        finally:
            feed.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await feed

    async def identify_turn(self, spacing_s: float) -> bool:
        """Wait for this process's turn to log in to Discord's gateway, when processes share the store (see
        corpus/identify_turns.py); False when there is no one to take turns with."""
        return await identify_turn(self._store, spacing_s)

    async def list_films(self, guild_id: int | None, *, all_guilds: bool = False) -> list[FilmRow]:
        return await self._store.list_films(guild_id, all_guilds=all_guilds)

    async def film(self, film: str, guild_id: int | None) -> Film:
        """The stored film `film` names exactly (id, title, alias or "Title (Year)")."""
        ref = self.resolve_exact(film, guild_id)
        stored = await self._store.get_film(ref.id)
        if stored is None:
            raise UserError(f"{ref.display_title} was removed meanwhile.")
        return stored

    async def export(self, film: str, guild_id: int | None) -> str:
        """The film as JSON that loading reads back (its full text: for operators only)."""
        return (await self.film(film, guild_id)).model_dump_json(indent=2)

    async def outline(
        self, film: str, guild_id: int | None, *, reader: Asker | None = None, show_spoiler_headings: bool = False
    ) -> FilmOutline:
        """A film's facts and sections for a listing. A spoiler section's heading is shown only when asked for
        (an operator's `--spoilers`) or when `reader` has this film's spoilers fully on here: under a progress
        limit the heading may name later events, so it stays hidden."""
        stored = await self.film(film, guild_id)
        if not show_spoiler_headings and reader is not None:
            show_spoiler_headings = await self._spoilers_fully_on(reader, stored.id)
        return outline_of(stored, show_spoiler_headings=show_spoiler_headings)

    async def _spoilers_fully_on(self, reader: Asker, film_id: str) -> bool:
        access, _ = await self.access(reader, film_id)
        return access.personal.mode is ScopeMode.ON

    async def stored_films(self) -> list[Film]:
        """Every stored film with its whole text, spoilers included: for operators' tools, never for an asker."""
        return await self._store.load_all_films()

    async def backup(self, dest: Path) -> Path:
        return await self._store.backup(dest)


def _exactly_one(film: str, resolution: Resolution) -> FilmRef:
    if resolution.status is Status.ANSWERED and resolution.film is not None:
        return resolution.film
    name = film.strip()[:100]
    if resolution.status is Status.AMBIGUOUS:
        names = ", ".join(f"{ref.display_title} [{ref.id}]" for ref in resolution.choices[:5])
        raise UserError(f"Several films are called {name!r}: {names}. Give the year or the id.")
    hint = ""
    if resolution.choices:
        hint = "; did you mean " + ", ".join(ref.display_title for ref in resolution.choices[:3]) + "?"
    raise UserError(f"No film is called {name!r}{hint or '.'}")


def _parse_scope(text: str) -> SpoilerScope:
    try:
        return SpoilerScope.parse(text if text.startswith("upto") else f"upto:{text}")
    except ValueError as error:
        raise UserError(str(error)) from error


def _when(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def _recent(memory: dict[tuple[int, int, bool], tuple[str, float]], key: tuple[int, int, bool]) -> str | None:
    """What `memory` holds for `key`, if it was remembered within the follow-up window."""
    remembered = memory.get(key)
    if remembered is None or time.monotonic() - remembered[1] > FOLLOW_UP_WINDOW:
        return None
    return remembered[0]
