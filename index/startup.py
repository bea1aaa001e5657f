"""Start-up: the engine over the store's films and the content index on disk, checked against the change log.

The index directory records the store change it reflects (index/persisted_search.py's marker). At start-up:
- the marker matches the store's newest change and the index holds as many films as the store: it is used as is;
- the marker is behind: the films changed since are re-indexed or removed (the change log says which);
- no marker, another format, a marker ahead of the store (another database), a film count that differs, or an
  index that cannot be read: it is rebuilt from the store. A stale or damaged index is never served.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import gc
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from enum import Enum
from hashlib import blake2b
from pathlib import Path

from platformdirs import user_cache_dir

from corpus.store_api import FilmStore
from index.engine import FILM_CACHE, Engine
from index.film_index import FilmIndex, VisibleCache
from index.persisted_search import IndexDamaged, PersistedSearch

log = logging.getLogger(__name__)
# Films written to the index per commit while rebuilding.
REBUILD_BATCH = 2000
# From this many films, start-up ends with one full garbage collection (see _without_cyclic_gc).
COLLECT_FROM = 5000


class IndexState(Enum):
    FRESH = "fresh"
    CAUGHT_UP = "caught up"
    REBUILT = "rebuilt"


@dataclass(frozen=True, slots=True)
class Loaded:
    engine: Engine
    state: IndexState
    films: int
    why: str  # why the index was rebuilt or caught up ("" when fresh)
    change: int  # the store's newest change, read before its films: what the engine reflects


def default_index_dir(location: Path | str) -> Path:
    """Beside a SQLite file (`films.db` → `films.db.index`); for PostgreSQL, a directory of this host's cache
    named after the database (never its password: the URL is hashed)."""
    if isinstance(location, Path):
        return location.with_name(location.name + ".index")
    name = blake2b(location.encode("utf-8"), digest_size=8).hexdigest()
    return Path(user_cache_dir("filmbot", appauthor=False)) / f"index-{name}"


def open_index(path: Path) -> PersistedSearch | None:
    """The index at `path` for a process that only loads or removes films (no start-up check): None when it
    cannot be read (the next answering process rebuilds it)."""
    try:
        return PersistedSearch(path)
    except IndexDamaged as error:
        log.warning("%s; films changed now reach it when a bot next starts", error)
        return None


@contextlib.asynccontextmanager
async def _checking(index_dir: Path) -> AsyncIterator[None]:
    """One process at a time checks, catches up or rebuilds the index at `index_dir`: the processes of a cluster
    start together on one host, and two rebuilding one directory at once would break it. The others wait, then
    find it current. (A lock file beside the directory, so that a rebuild may delete the directory itself.)"""
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(index_dir.with_name(index_dir.name + ".lock"), "a+b") as lock:
        await asyncio.to_thread(fcntl.flock, lock.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


async def load_engine(
    store: FilmStore,
    index_dir: Path,
    *,
    visible_indexes: int = VisibleCache.DEFAULT,
    film_cache: int = FILM_CACHE,
    rebuild: bool = False,
) -> Loaded:
    """Every stored film in an engine whose content search is the index at `index_dir`, made current first.

    The engine holds only what finding films by name needs and reads a film's passages when asked about it
    (the store's `film_reader`, the last `film_cache` films kept), on SQLite and PostgreSQL alike."""
    async with _checking(index_dir):
        with _without_cyclic_gc() as loaded:
            result = await _load_engine(store, index_dir, visible_indexes, film_cache, rebuild)
            loaded.append(result.films)
            return result


@contextlib.contextmanager
def _without_cyclic_gc() -> Iterator[list[int]]:
    """Loading with Python's cyclic garbage collector off, then, past COLLECT_FROM films, one full collection.

    The films' stubs and the catalog are millions of long-lived objects (1.7 million at 100,000 films): with
    collection on, the collections run while they pile up were ~5 s of the load's ~12 s of CPU. One collection
    afterwards (~1 s there) walks them once and leaves them in the oldest generation, so later full collections
    come as rarely as before. (Freezing them instead, `gc.freeze`, saved that second too but made full
    collections of everything made after start-up frequent: named answers' p99 went from 19 to 92 ms.) Small
    loads (tests, tools) are left to the collector's own schedule."""
    was_enabled = gc.isenabled()
    gc.disable()
    films: list[int] = []
    try:
        yield films
    finally:
        if was_enabled:
            gc.enable()
            if films and films[0] >= COLLECT_FROM:
                gc.collect()


async def _load_engine(
    store: FilmStore, index_dir: Path, visible_indexes: int, film_cache: int, rebuild: bool
) -> Loaded:
    newest = await store.latest_change()
    search: PersistedSearch | None = None
    why = "asked to" if rebuild else ""
    if not rebuild:
        try:
            search = PersistedSearch(index_dir, create=False)
        except IndexDamaged as error:
            why = str(error)
    marker = search.marker() if search is not None else None
    if search is not None and marker is not None and marker.change > newest:
        why = f"it reflects change {marker.change}, the store's newest is {newest}"
        search = None
    engine = Engine(
        visible_indexes=visible_indexes, search=search, loader=store.film_reader().film, film_cache=film_cache
    )
    films = await store.film_stubs()
    for film in films:
        engine.attach(film)
    count = len(films)
    del films
    if search is not None and marker is not None:
        state = IndexState.FRESH
        if marker.change < newest:
            changed = await store.changes_since(marker.change)
            for film_id in {c.film_id for c in changed if c.action == "remove"}:
                search.remove(film_id)
            for film_id in dict.fromkeys(c.film_id for c in changed if c.action != "remove"):
                index = engine.index(film_id)
                if index is not None:
                    search.add(index)
            why = f"{len(changed)} changes since change {marker.change}"
            state = IndexState.CAUGHT_UP
        if len(search) == count:
            search.set_change(newest)
            return Loaded(engine, state, count, why, newest)
        why = f"it holds {len(search)} films, the store {count}"
    log.info("rebuilding the content index at %s: %s", index_dir, why)
    search = PersistedSearch.recreate(index_dir)
    # Read again a batch at a time: the engine keeps no film whole.
    async for batch in store.film_batches(REBUILD_BATCH):
        search.add_many(FilmIndex(film) for film in batch)
    search.set_change(newest)
    engine.use_search(search)
    return Loaded(engine, IndexState.REBUILT, count, why, newest)
