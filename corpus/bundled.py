"""The sample corpus shipped inside the package, loaded into a database that has no films yet."""

from __future__ import annotations

import logging
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

from corpus.detect import is_document_name
from corpus.load import parse_document
from corpus.store import FilmExists

if TYPE_CHECKING:
    from corpus.store_api import FilmStore

log = logging.getLogger(__name__)

BUNDLED_ACTOR = "bundled"


def sample_files() -> list[Traversable]:
    folder = resources.files("corpus") / "samples"
    return sorted((entry for entry in folder.iterdir() if is_document_name(entry.name)), key=lambda entry: entry.name)


async def seed_if_empty(store: FilmStore) -> int:
    """Load every sample film when the database holds no film at all; returns how many were loaded.

    An operator who removed films on purpose keeps that choice: seeding happens only on an empty database.
    Processes starting together on one PostgreSQL all find it empty: a film another one stored first is skipped.
    """
    if await store.count_films() > 0:
        return 0
    loaded = 0
    for entry in sample_files():
        film = parse_document(entry.read_bytes(), entry.name, loaded_by=BUNDLED_ACTOR)
        try:
            await store.save_film(film, replace=False, actor=BUNDLED_ACTOR)
        except FilmExists:
            continue
        loaded += 1
    log.info("loaded %d bundled sample films", loaded)
    return loaded
