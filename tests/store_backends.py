"""Both store backends for tests: a real SQLite file or a real PostgreSQL database, opened through `open_store`."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest

from corpus.models import Facts, Film, Paragraph, Passage, Section, SectionKind
from corpus.store_api import FilmStore, open_store

BACKENDS = ["sqlite", "postgres"]
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
# What a broken write raises, by backend: the store lets the database's own integrity error through.
INTEGRITY_ERRORS = (sqlite3.IntegrityError, asyncpg.IntegrityConstraintViolationError)


def location_for(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """A fresh, empty database of `backend`: PostgreSQL's server starts only for tests that ask for it."""
    if backend == "sqlite":
        return tmp_path / "data" / "filmbot.db"
    return str(request.getfixturevalue("postgres_db"))


async def opened(location: str | Path, **settings: float) -> AsyncIterator[FilmStore]:
    store = await open_store(location, **settings)
    try:
        yield store
    finally:
        await store.close()


def make_film(
    title: str = "Stalker",
    year: int | None = 1979,
    *,
    guild_id: int | None = None,
    words: str = "zone",
    spoilers: int = 1,
) -> Film:
    """A small film: a facts passage, two safe premise passages and `spoilers` spoiler ending passages."""
    film = Film(
        title=title,
        year=year,
        guild_id=guild_id,
        aliases=[f"{title} alias"],
        facts=Facts(director="Andrei Tarkovsky", runtime_minutes=161, cast=["A", "B"]),
        source_file=f"{title.lower()}.md",
        content_hash=f"hash-{title}-{words}",
        loaded_by="tester",
        loaded_at=NOW,
        sections=[
            Section(
                heading="Premise", kind=SectionKind.PREMISE, spoiler=False, paragraphs=[Paragraph(text=f"A {words}.")]
            ),
            Section(
                heading="Ending",
                kind=SectionKind.ENDING,
                spoiler=True,
                paragraphs=[Paragraph(text=f"The {words} ends.", spoiler=True, time_mark=7200)],
            ),
        ],
    )
    rows = [
        ("Facts", SectionKind.FACTS, "Directed by Andrei Tarkovsky.", False, 0.0, 0.0, None),
        ("Premise", SectionKind.PREMISE, f"The {words} is a place.", False, 0.0, 0.2, None),
        ("Premise", SectionKind.PREMISE, f"Three men enter the {words}.", False, 0.2, 1 / 3, 600),
        *(
            ("Ending", SectionKind.ENDING, f"Secret {words} ending {i}.", True, 0.4 + 0.1 * i, 0.5 + 0.1 * i, 7200 + i)
            for i in range(spoilers)
        ),
    ]
    fields = ("section", "section_kind", "text", "spoiler", "position", "position_end", "time_mark")
    film.passages = [
        Passage(film_id="", ordinal=ordinal, **dict(zip(fields, row, strict=True))) for ordinal, row in enumerate(rows)
    ]
    return film.assign_id()
