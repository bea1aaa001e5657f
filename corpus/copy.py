"""`db copy`: every row from one store into an empty one (SQLite → PostgreSQL and back), then proof it arrived.

The rows travel in the neutral form of `corpus.tables`, ids included, so audit entries, opt-ins, Reveal tokens and
the change log come across as they were. The destination is written in one transaction (all or nothing). The copy
is then verified: the same number of rows in every table on both sides, and every film exporting (as `films export`
writes it) to the same JSON.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from corpus.models import Film
from corpus.store_api import FilmStore

VERIFY_BATCH = 200


class CopyMismatch(Exception):
    """The destination does not hold what the source does; the message says where they differ."""


async def copy_store(source: FilmStore, dest: FilmStore) -> dict[str, int]:
    """Copy everything from `source` into the empty `dest` and verify it; how many rows each table holds.

    Raises `StoreNotEmpty` (nothing written) when `dest` holds anything, `CopyMismatch` when verification fails
    (the source was written to meanwhile: stop the bots, empty the destination and copy again).
    """
    if source.location == dest.location:
        raise ValueError(f"source and destination are the same database ({source.location})")
    written = await dest.restore(source.dump())
    counts = await source.table_counts()
    arrived = await dest.table_counts()
    for table, count in counts.items():
        if not count == written[table] == arrived[table]:
            raise CopyMismatch(
                f"{table}: the source holds {count} rows, {written[table]} were copied and the "
                f"destination holds {arrived[table]}; was the source changed during the copy?"
            )
    await _same_films(source, dest)
    return arrived


async def _same_films(source: FilmStore, dest: FilmStore) -> None:
    """Both stores hold the same films, each exporting to the same JSON (compared a batch at a time, by id)."""
    theirs = _films(dest)
    async for film in _films(source):
        other = await anext(theirs, None)
        if other is None or other.id != film.id:
            raise CopyMismatch(f"film {film.id} is missing from the destination")
        if other.model_dump_json() != film.model_dump_json():
            raise CopyMismatch(f"film {film.id} exports differently from the destination")
    if (extra := await anext(theirs, None)) is not None:
        raise CopyMismatch(f"film {extra.id} is in the destination only")


async def _films(store: FilmStore) -> AsyncIterator[Film]:
    async for batch in store.film_batches(VERIFY_BATCH):
        for film in batch:
            yield film
