"""Stored terms brought up to date: passages saved before terms were stored (or by another tokenizer version) get
their terms from `refresh_terms` / `python -m bot index rebuild`, on both stores, exactly as saving them now would
store them, and nothing else changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import asyncpg
import pytest
from click.testing import CliRunner

from bot.cli import cli
from corpus.bundled import seed_if_empty
from corpus.store_api import FilmStore, open_store
from corpus.tables import TABLES
from corpus.terms import TERMS_VERSION, stored_terms
from tests.store_backends import BACKENDS, location_for

STALE = "UPDATE passages SET terms = {terms}, terms_version = {version} WHERE ordinal % 3 = {rest}"


async def stale_rows(store: FilmStore, location: str | Path) -> int:
    """Make a third of the passages look saved before schema 5 (no terms), and another third look saved by
    another tokenizer (a version this code does not write, and terms that are not the text's); how many."""
    statements = [
        STALE.format(terms="NULL", version="NULL", rest=0),
        STALE.format(terms="'not these terms'", version=TERMS_VERSION + 1, rest=1),
    ]
    if isinstance(location, Path):
        with sqlite3.connect(location) as conn:
            changed = sum(conn.execute(statement).rowcount for statement in statements)
        conn.close()
        return changed
    conn = await asyncpg.connect(location)
    try:
        changed = 0
        for statement in statements:
            changed += int((await conn.execute(statement)).split()[-1])  # "UPDATE 12"
        return changed
    finally:
        await conn.close()


async def stored(store: FilmStore) -> dict[tuple[str, int], tuple[str, str | None, int | None]]:
    rows = {}
    async for table, batch in store.dump():
        if table == "passages":
            for values in batch:
                row = dict(zip(TABLES["passages"], values, strict=True))
                rows[(row["film_id"], row["ordinal"])] = (row["text"], row["terms"], row["terms_version"])
    return rows


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    return location_for(request.param, request, tmp_path)


async def test_refresh_stores_every_missing_or_foreign_passages_terms_and_nothing_else(location: str | Path):
    store = await open_store(location)
    try:
        await seed_if_empty(store)
        before = await stored(store)
        assert all(terms == stored_terms(text) for text, terms, _ in before.values())  # saved with their terms
        changes = await store.latest_change()
        stale = await stale_rows(store, location)
        assert 0 < stale < len(before)
        assert await store.refresh_terms(batch_size=7) == stale  # several batches, each ending mid-film
        assert await stored(store) == before
        assert await store.refresh_terms() == 0
        assert await store.latest_change() == changes  # the films did not change: nothing to follow
    finally:
        await store.close()


def test_index_rebuild_refreshes_stored_terms_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("FILMBOT_INDEX_DIR", raising=False)
    db = tmp_path / "films.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["films", "list", "--db", str(db)]).exit_code == 0  # creates it with the samples
    with sqlite3.connect(db) as conn:
        stale = conn.execute("UPDATE passages SET terms = NULL, terms_version = NULL WHERE ordinal < 2").rowcount
    conn.close()
    result = runner.invoke(cli, ["index", "rebuild", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"stored the terms of {stale} passages" in result.output
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT text, terms, terms_version FROM passages").fetchall()
    conn.close()
    assert rows and all(terms == stored_terms(text) and version == TERMS_VERSION for text, terms, version in rows)
    again = runner.invoke(cli, ["index", "rebuild", "--db", str(db)])
    assert again.exit_code == 0 and "stored the terms" not in again.output
