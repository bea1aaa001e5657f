"""The bot's operations, independent of transport: every Discord command and terminal line ends up here."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.errors import UserError
from corpus.bundled import seed_if_empty
from corpus.errors import DocumentError
from corpus.load import parse_document
from corpus.models import Film
from corpus.store import FilmExists, FilmRow, SaveOutcome, Store
from index.access import Access, OptIn, access_for, reveal_scope, visibilities
from index.answer_model import Answer, FilmRef, Status
from index.engine import Engine
from index.film_index import release_memory
from index.spoilers import SpoilerScope

log = logging.getLogger(__name__)

# A Reveal button older than this answers "ask again": the summary may have changed since.
REVEAL_LIFETIME = timedelta(days=7)
# A question naming no film is taken to be about the one asked about last, if that was this recent (seconds).
FOLLOW_UP_WINDOW = 30 * 60
MAX_REMEMBERED_ASKERS = 100_000


@dataclass(frozen=True, slots=True)
class Asker:
    """Who asks and where: guild None means a DM, the terminal or the command line."""

    user_id: int
    channel_id: int
    guild_id: int | None = None


@dataclass(frozen=True, slots=True)
class AskResult:
    public: Answer  # what may be posted in the channel
    private: Answer | None  # a spoiler answer for the asker alone, when their opt-in goes beyond the channel
    access: Access


@dataclass(frozen=True, slots=True)
class AddResult:
    film: Film
    outcome: SaveOutcome


class FilmService:
    def __init__(self, store: Store, engine: Engine) -> None:
        self.store = store
        self.engine = engine
        self._seen_data_version: int | None = None
        # (channel, user) → (film id, when): what a follow-up question without a film is about.
        self._last_film: dict[tuple[int, int], tuple[str, float]] = {}
        # Loads are serialised so the index and the database change in the same order.
        self._load_lock = asyncio.Lock()

    @classmethod
    async def open(cls, db_path: Path | str, *, seed: bool = True) -> FilmService:
        store = await Store.open(db_path)
        try:
            if seed:
                await seed_if_empty(store)
            engine = Engine()
            async for batch in store.film_batches():
                for film in batch:
                    engine.add_film(film)
        except BaseException:
            await store.close()
            raise
        # The loaded films (with their sections) are garbage now; the engine keeps a compact form. Give the
        # freed heap back, or resident memory stays at the load's peak.
        engine.warm()
        release_memory()
        return cls(store, engine)

    async def close(self) -> None:
        await self.store.close()

    async def __aenter__(self) -> FilmService:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    # ---- asking -------------------------------------------------------------------------------------------

    def ask(self, question: str, *, film: str | None = None, scope: SpoilerScope | None = None,
            guild_id: int | None = None) -> Answer:
        return self.engine.ask(question, film=film, scope=scope or SpoilerScope.off(), guild_id=guild_id)

    async def opt_ins(self, asker: Asker) -> list[OptIn]:
        rows = await self.store.prefs_for(asker.channel_id, asker.user_id, datetime.now(UTC))
        return [OptIn(scope=SpoilerScope.parse(row.scope), user_id=row.user_id, film_id=row.film_id,
                      expires_at=row.expires_at) for row in rows]

    async def ask_as(self, asker: Asker, question: str, film: str | None = None) -> AskResult:
        opt_ins = await self.opt_ins(asker)
        public_view, personal_view = visibilities(opt_ins, asker.user_id)
        last = self._recent_film(asker)
        public = self.engine.ask(question, film=film, scope=public_view, guild_id=asker.guild_id, context_film=last)
        access = access_for(opt_ins, asker.user_id, public.film.id if public.film else None)
        private = None
        if personal_view != public_view:
            candidate = self.engine.ask(question, film=film, scope=personal_view, guild_id=asker.guild_id,
                                        context_film=last)
            if candidate.model_dump(exclude={"scope"}) != public.model_dump(exclude={"scope"}):
                private = candidate
        answered = (private or public).film
        if answered is not None:
            self._remember_film(asker, answered.id)
        return AskResult(public=public, private=private, access=access)

    def _remember_film(self, asker: Asker, film_id: str) -> None:
        now = time.monotonic()
        if len(self._last_film) >= MAX_REMEMBERED_ASKERS:
            # A long-running bot meets many askers; forget those whose follow-up window has passed.
            self._last_film = {key: value for key, value in self._last_film.items()
                               if now - value[1] <= FOLLOW_UP_WINDOW}
            if len(self._last_film) >= MAX_REMEMBERED_ASKERS:
                self._last_film.clear()
        self._last_film[(asker.channel_id, asker.user_id)] = (film_id, now)

    def _recent_film(self, asker: Asker) -> str | None:
        remembered = self._last_film.get((asker.channel_id, asker.user_id))
        if remembered is None or time.monotonic() - remembered[1] > FOLLOW_UP_WINDOW:
            return None
        film_id = remembered[0]
        return film_id if self.engine.film(film_id) is not None else None

    async def reveal(self, asker: Asker, question: str, film_id: str) -> Answer:
        opt_ins = await self.opt_ins(asker)
        scope = reveal_scope(opt_ins, asker.user_id, film_id)
        return self.engine.ask(question, film=film_id, scope=scope, guild_id=asker.guild_id)

    async def remember_reveal(self, asker: Asker, question: str, film_id: str) -> str:
        """Store what a Reveal button will answer; the token fits in a button's custom id."""
        token = secrets.token_hex(8)
        now = datetime.now(UTC)
        await self.store.add_reveal(token=token, guild_id=asker.guild_id, channel_id=asker.channel_id,
                                    film_id=film_id, question=question, now=now)
        return token

    async def recall_reveal(self, token: str) -> tuple[str, str] | None:
        return await self.store.get_reveal(token, not_before=datetime.now(UTC) - REVEAL_LIFETIME)

    async def housekeeping(self) -> tuple[int, int]:
        """Forget reveal requests past their lifetime and opt-ins past their expiry: (reveals, opt-ins) removed."""
        now = datetime.now(UTC)
        reveals = await self.store.purge_reveals(before=now - REVEAL_LIFETIME)
        prefs = await self.store.purge_expired_prefs(now)
        return reveals, prefs

    async def access(self, asker: Asker, film: str | None = None) -> tuple[Access, FilmRef | None]:
        ref = self.resolve(film, asker.guild_id) if film else None
        return access_for(await self.opt_ins(asker), asker.user_id, ref.id if ref else None), ref

    # ---- spoiler opt-ins ----------------------------------------------------------------------------------

    async def set_spoilers(self, asker: Asker, *, channel_wide: bool, film: str | None, upto: str | None,
                           duration: timedelta | None) -> tuple[SpoilerScope, FilmRef | None]:
        if channel_wide and asker.guild_id is None:
            raise UserError("Only per-user spoiler settings exist in direct messages.")
        scope = SpoilerScope.on() if not upto else _parse_scope(upto)
        ref = self.resolve(film, asker.guild_id) if film else None
        expires = datetime.now(UTC) + duration if duration else None
        await self.store.set_pref(guild_id=asker.guild_id, channel_id=asker.channel_id,
                                  user_id=None if channel_wide else asker.user_id,
                                  film_id=ref.id if ref else None, scope=scope.as_arg(), expires_at=expires,
                                  set_by=asker.user_id)
        return scope, ref

    async def clear_spoilers(self, asker: Asker, *, channel_wide: bool, film: str | None) -> FilmRef | None:
        """Turn spoilers off here, for one film or every film: stored as a choice, so that it beats a broader
        "on" (the asker's own for every film, or the channel's). "Off" for every film also drops the choices
        made for single films: it means "none here"."""
        if channel_wide and asker.guild_id is None:
            raise UserError("Only per-user spoiler settings exist in direct messages.")
        ref = self.resolve(film, asker.guild_id) if film else None
        await self.store.set_pref(guild_id=asker.guild_id, channel_id=asker.channel_id,
                                  user_id=None if channel_wide else asker.user_id,
                                  film_id=ref.id if ref else None, scope=SpoilerScope.off().as_arg(),
                                  expires_at=None, set_by=asker.user_id, clear_films=ref is None)
        return ref

    # ---- films --------------------------------------------------------------------------------------------

    def resolve(self, film: str, guild_id: int | None) -> FilmRef:
        """The one film `film` names for this guild, or a UserError that says why not (titles only)."""
        resolution = self.engine.resolve(film, guild_id)
        if resolution.status is Status.ANSWERED and resolution.film is not None:
            return resolution.film
        if resolution.status is Status.AMBIGUOUS:
            names = ", ".join(ref.display_title for ref in resolution.choices[:5])
            raise UserError(f"Several films match {film[:100]!r}: {names}. Add the year.")
        hint = ""
        if resolution.choices:
            hint = " Did you mean " + ", ".join(ref.display_title for ref in resolution.choices[:3]) + "?"
        raise UserError(f"No film matches {film[:100]!r}.{hint}")

    def suggest(self, prefix: str, guild_id: int | None, limit: int = 25) -> list[FilmRef]:
        return self.engine.suggest(prefix, guild_id, limit=limit)

    async def add_document(self, data: bytes, filename: str, *, guild_id: int | None, actor: str,
                           replace: bool, title: str | None = None, year: int | None = None) -> AddResult:
        try:
            # A 2 MB document is a second or two of CPU: off the event loop, so the gateway keeps its heartbeat.
            film = await asyncio.to_thread(parse_document, data, filename, title=title, year=year,
                                           guild_id=guild_id, loaded_by=actor)
        except DocumentError as error:
            raise UserError(f"{filename}: {error}") from error
        async with self._load_lock:
            # A replacement may match on title under another id ("Se7en" for "Seven"): drop those too.
            previous = await self.store.find_films(film.title, year=film.year, guild_id=guild_id)
            try:
                outcome = await self.store.save_film(film, replace=replace, actor=actor)
            except FilmExists as error:
                raise UserError(f"{film.display_title} is already loaded; load it again with replace to "
                                "overwrite it.") from error
            for row in previous:
                if row.id != film.id and row.guild_id == guild_id and row.year == film.year:
                    self.engine.remove_film(row.id)
            self.engine.add_film(film)
        log.info("film %s %s by %s from %s", film.id, outcome, actor, filename)
        return AddResult(film=film, outcome=outcome)

    async def remove(self, film: str, *, guild_id: int | None, actor: str, own_guild_only: bool) -> FilmRef:
        ref = self.resolve(film, guild_id)
        stored = await self.store.get_film(ref.id)
        if stored is None:
            raise UserError(f"No film matches {film[:100]!r}.")
        if own_guild_only and stored.guild_id != guild_id:
            raise UserError(f"{ref.display_title} is part of the shared corpus; only the bot's operator can "
                            "remove it.")
        async with self._load_lock:
            await self.store.remove_film(ref.id, actor=actor)
            self.engine.remove_film(ref.id)
        return ref

    async def refresh(self) -> int:
        """Pick up films another process (`python -m bot films load`) changed; how many films changed here.

        Cheap when nothing changed: SQLite's data_version tells whether anyone else committed since last time.
        """
        version = await self.store.data_version()
        if version == self._seen_data_version:
            return 0
        self._seen_data_version = version
        async with self._load_lock:
            stored = {row.id: row.loaded_at for row in await self.store.list_films(all_guilds=True)}
            indexed = {film.id: film.loaded_at for film in self.engine.films()}
            changed = 0
            for film_id in indexed.keys() - stored.keys():
                self.engine.remove_film(film_id)
                changed += 1
            for film_id, loaded_at in stored.items():
                if indexed.get(film_id) != loaded_at and (film := await self.store.get_film(film_id)) is not None:
                    self.engine.add_film(film)
                    changed += 1
        if changed:
            log.info("picked up %d film changes made outside the bot", changed)
        return changed

    async def list_films(self, guild_id: int | None, *, all_guilds: bool = False) -> list[FilmRow]:
        return await self.store.list_films(guild_id, all_guilds=all_guilds)

    async def film(self, film: str, guild_id: int | None) -> Film:
        ref = self.resolve(film, guild_id)
        stored = await self.store.get_film(ref.id)
        if stored is None:
            raise UserError(f"No film matches {film[:100]!r}.")
        return stored


def _parse_scope(text: str) -> SpoilerScope:
    try:
        return SpoilerScope.parse(text if text.startswith("upto") else f"upto:{text}")
    except ValueError as error:
        raise UserError(str(error)) from error
