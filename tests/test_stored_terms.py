"""Passages' terms stored with them (corpus/terms.py's `stored_terms`), so a film read back is not tokenized again.

Both backends store the terms in the same transaction as the passages; a film read back brings them to its
`FilmIndex`, which then scores exactly as over a film tokenized afresh. Terms of another tokenizer version (or
none, rows stored before version 5) are ignored and the text is tokenized as before. The terms never reach a
document or an export, and `db copy` carries them.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import numpy as np
import pytest

from corpus.copy import copy_store
from corpus.load import parse_document
from corpus.models import Film
from corpus.postgres_db import MIGRATIONS, migrate
from corpus.postgres_store import PostgresStore
from corpus.store import Store, identity_key
from corpus.store_api import FilmStore
from corpus.terms import TERMS_VERSION, document_tokens, stored_terms
from index.bm25 import Vocabulary
from index.film_index import FilmIndex
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.paths import SAMPLES
from tests.store_backends import BACKENDS, NOW, location_for, opened

# What tokenizing FIXED_TEXT gives, by tokenizer version. A change to corpus/terms.py that changes it must bump
# TERMS_VERSION (stored terms of the old version are then ignored) and add the new hash here.
FIXED_TEXT = (
    "The Stalker's daughter, Monkey, doesn't walk; she moves glasses with her mind. Barbed-wire fences, "
    "a 20-kiloton bomb and the writers' \u201cZone\u201d \u2014 Am\u00e9lie's caf\u00e9, na\u00efve, \u0421\u0442"
    "\u0430\u043b\u043a\u0435\u0440, \uff26\uff55\uff4c\uff4c-width, O\u2019Brien\u2019s rock\u2010n\u2010roll, "
    "_under_scores_ and 3:15 at 1999's end. Running runners ran; happily happier happiness. The 2nd, 7th and 11th."
)
# Version 1 read ordinals in figures ("2nd") as they are; FIXED_TEXT gained them with version 2.
# Version 3 made "till" a stopword like "until" (FIXED_TEXT has neither: same terms as version 2).
# Version 4 made contracted question words ("where'd", "how'd") stopwords (FIXED_TEXT has none: the same terms).
# Version 5 dropped the verb of "falls in love" / "fell for her" (FIXED_TEXT has neither: the same terms).
TERMS_HASHES = {
    2: "df2f823027ea8c657740a51c88b9abe4d6965420628d3ede33a6f18b3da7029b",
    3: "df2f823027ea8c657740a51c88b9abe4d6965420628d3ede33a6f18b3da7029b",
    4: "df2f823027ea8c657740a51c88b9abe4d6965420628d3ede33a6f18b3da7029b",
    5: "df2f823027ea8c657740a51c88b9abe4d6965420628d3ede33a6f18b3da7029b",
}


def _terms_hash() -> str:
    return hashlib.sha256("\n".join(document_tokens(FIXED_TEXT)).encode()).hexdigest()


def test_the_tokenizer_version_names_its_output():
    assert _terms_hash() == TERMS_HASHES.get(TERMS_VERSION), (
        "document_tokens gives other terms than TERMS_VERSION's: bump TERMS_VERSION in corpus/terms.py "
        f"and add {TERMS_VERSION + 1}: {_terms_hash()!r} to TERMS_HASHES"
    )


def test_stored_terms_split_back_into_the_tokens():
    for text in (FIXED_TEXT, "the and of", "A\tzone\n  of  rooms."):
        assert stored_terms(text).split() == document_tokens(text)
    assert stored_terms("the and of") == ""


def _sample(name: str) -> Film:
    path = SAMPLES / name
    film = parse_document(path.read_bytes(), path.name, loaded_by="tester")
    film.loaded_at = NOW
    return film


FILM = _sample("stalker-1979.txt")
QUESTIONS = ["what happens in the room", "who is the writer", "where does the stalker's daughter live", "zone"]


@pytest.fixture(params=BACKENDS)
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[FilmStore]:
    async for opened_store in opened(location_for(request.param, request, tmp_path)):
        yield opened_store


def _scores(film: Film, vocabulary: Vocabulary) -> list[list[float]]:
    index = FilmIndex(film, vocabulary=vocabulary)
    visible = [index.visible(SpoilerScope.parse(scope)) for scope in ("off", "on")]
    return [v.postings.get_scores(query_tokens(q)).tolist() for v in visible for q in QUESTIONS]


def _tokenized_nothing(vocabulary: Vocabulary) -> bool:
    # The vocabulary remembers each whitespace-separated chunk it tokenized; stored terms bypass that entirely.
    return not vocabulary._words


async def _every_read(store: FilmStore, film_id: str) -> list[Film]:
    got = [await store.get_film(film_id)]
    got += [f for batch in [b async for b in store.film_batches()] for f in batch if f.id == film_id]
    if isinstance(store, Store):
        got.append(store.film_reader().film(film_id))
    assert all(f is not None for f in got)
    return [f for f in got if f is not None]


async def test_a_film_read_back_brings_its_terms_and_scores_as_one_tokenized_afresh(store: FilmStore):
    await store.save_film(FILM, replace=False, actor="tester")
    fresh = Vocabulary()
    expected = _scores(FILM, fresh)
    assert not _tokenized_nothing(fresh)
    for film in await _every_read(store, FILM.id):
        assert [p.stored_terms for p in film.passages] == [stored_terms(p.text) for p in FILM.passages]
        # Not part of the film as a document: the export is what it was.
        assert film.model_dump_json() == FILM.model_dump_json()
        assert film.passages == FILM.passages
        vocabulary = Vocabulary()
        assert _scores(film, vocabulary) == expected
        assert _tokenized_nothing(vocabulary)
        index = FilmIndex(film, vocabulary=Vocabulary())
        assert index.tokens == [document_tokens(p.text) for p in FILM.passages]


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


async def test_terms_of_another_tokenizer_version_are_ignored(tmp_path: Path):
    path = tmp_path / "films.db"
    async with await Store.open(path) as store:
        await store.save_film(FILM, replace=False, actor="tester")
    db = _raw(path)
    try:
        # What another tokenizer might have made: the reader must not use it, whatever it holds.
        db.execute("UPDATE passages SET terms = 'stale nonsens', terms_version = ?", (TERMS_VERSION + 1,))
    finally:
        db.close()
    expected = _scores(FILM, Vocabulary())
    async with await Store.open(path) as store:
        for film in await _every_read(store, FILM.id):
            assert all(p.stored_terms is None for p in film.passages)
            vocabulary = Vocabulary()
            assert _scores(film, vocabulary) == expected
            assert not _tokenized_nothing(vocabulary) and vocabulary.get("nonsens") is None


async def test_terms_of_this_version_are_what_the_index_reads(tmp_path: Path):
    """The reader trusts terms of today's version instead of the text: proof that it does not tokenize it."""
    path = tmp_path / "films.db"
    async with await Store.open(path) as store:
        await store.save_film(FILM, replace=False, actor="tester")
    db = _raw(path)
    try:
        db.execute("UPDATE passages SET terms = 'planted' WHERE ordinal = 0")
    finally:
        db.close()
    async with await Store.open(path) as store:
        film = store.film_reader().film(FILM.id)
    assert film is not None
    index = FilmIndex(film, vocabulary=Vocabulary())
    assert index.tokens[0] == ["planted"]
    assert index.tokens[1:] == [document_tokens(p.text) for p in FILM.passages[1:]]


async def test_rows_without_terms_are_tokenized_when_read(tmp_path: Path):
    path = tmp_path / "films.db"
    async with await Store.open(path) as store:
        await store.save_film(FILM, replace=False, actor="tester")
    db = _raw(path)
    try:
        db.execute("UPDATE passages SET terms = NULL, terms_version = NULL WHERE ordinal % 2 = 0")
    finally:
        db.close()
    async with await Store.open(path) as store:
        film = await store.get_film(FILM.id)
    assert film is not None
    assert [p.stored_terms is None for p in film.passages] == [p.ordinal % 2 == 0 for p in film.passages]
    assert _scores(film, Vocabulary()) == _scores(FILM, Vocabulary())


async def test_db_copy_carries_the_terms(tmp_path: Path):
    source_path, dest_path = tmp_path / "source.db", tmp_path / "dest.db"
    async with await Store.open(source_path) as source, await Store.open(dest_path) as dest:
        await source.save_film(FILM, replace=False, actor="tester")
        await copy_store(source, dest)
        film = await dest.get_film(FILM.id)
    assert film is not None
    assert [p.stored_terms for p in film.passages] == [stored_terms(p.text) for p in FILM.passages]
    rows = [_raw(p).execute("SELECT terms_version FROM passages").fetchall() for p in (source_path, dest_path)]
    assert rows[0] == rows[1] == [(TERMS_VERSION,)] * len(FILM.passages)


def test_stored_terms_give_the_same_ids_as_the_text():
    vocabulary = Vocabulary()
    texts = [p.text for p in FILM.passages]
    ids, offsets = vocabulary.documents_ids(texts)
    again, again_offsets = vocabulary.documents_ids(texts, [stored_terms(t) for t in texts])
    assert np.array_equal(ids, again) and np.array_equal(offsets, again_offsets)


async def test_postgres_rows_saved_before_its_version_2_upgrade_and_read_without_terms(postgres_db: str):
    conn = await asyncpg.connect(postgres_db)
    try:
        assert await migrate(conn, "test", migrations=MIGRATIONS[:1]) == 1
        # The film as a version-1 filmbot wrote it: passages without terms.
        await conn.execute(
            "INSERT INTO films (id, guild_id, title, year, title_key, document, content_hash, source_file, "
            "loaded_by, loaded_at) VALUES ($1, NULL, $2, $3, $4, $5, NULL, NULL, 'tester', $6)",
            FILM.id,
            FILM.title,
            FILM.year,
            identity_key(FILM.title),
            FILM.model_dump_json(exclude={"passages"}),
            NOW,
        )
        await conn.executemany(
            "INSERT INTO passages (film_id, ordinal, section, section_kind, text, spoiler, position, position_end, "
            "time_mark) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            [
                (
                    FILM.id,
                    p.ordinal,
                    p.section,
                    p.section_kind.value,
                    p.text,
                    p.spoiler,
                    p.position,
                    p.position_end,
                    None,
                )
                for p in FILM.passages
            ],
        )
    finally:
        await conn.close()
    store = await PostgresStore.open(postgres_db)
    try:
        old = await store.get_film(FILM.id)
        assert old is not None and all(p.stored_terms is None for p in old.passages)
        assert _scores(old, Vocabulary()) == _scores(FILM, Vocabulary())
        await store.save_film(FILM, replace=True, actor="tester")
        new = await store.get_film(FILM.id)
        assert new is not None
        assert [p.stored_terms for p in new.passages] == [stored_terms(p.text) for p in FILM.passages]
    finally:
        await store.close()


async def test_a_kept_film_holds_its_terms_once_as_ids_not_also_as_strings(tmp_path: Path):
    # A film kept in the engine's LRU: once its term ids are made, the stored strings are dropped (they were a
    # sixth of its memory); its passages share one set of set fields. Scores and the document are unchanged.
    async with await Store.open(tmp_path / "films.db") as store:
        await store.save_film(FILM, replace=False, actor="tester")
        film = store.film_reader().film(FILM.id)
    assert film is not None
    assert len({id(p.__pydantic_fields_set__) for p in film.passages}) == 1
    assert film.passages[0].__pydantic_fields_set__ == set(type(film.passages[0]).model_fields)
    assert film.model_dump_json() == FILM.model_dump_json()
    vocabulary = Vocabulary()
    index = FilmIndex(film, vocabulary=vocabulary)
    assert all(p.stored_terms is not None for p in index.film.passages)
    scores = [
        index.visible(SpoilerScope.parse(s)).postings.get_scores(query_tokens(q)).tolist()
        for s in ("off", "on")
        for q in QUESTIONS
    ]
    assert _tokenized_nothing(vocabulary)
    assert all(p.stored_terms is None for p in index.film.passages)
    assert index.tokens == [document_tokens(p.text) for p in FILM.passages]
    assert scores == _scores(FILM, Vocabulary())
