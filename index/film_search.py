"""Finding the film a question is about when it names none: one BM25 document per film.

Two film-level indexes: one over the passages that are never spoilers (used for `off` and `upto` scopes) and
one over everything (for `on`). Choosing a film by text the asker may not see would leak it through the
title alone: "who dies in the shower?" must not answer "Psycho" to someone with spoilers off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.film_index import FilmIndex, Postings
from index.tokenize import document_tokens

# Guild ids are Discord snowflakes (positive), so -1 can mark a global film in a numpy array.
_GLOBAL = -1


@dataclass(frozen=True, slots=True)
class FilmMatch:
    film_id: str
    score: float
    coverage: float  # weighted share of the distinct query terms the film's text holds (see Postings.coverage)


class _Level:
    def __init__(self, ids: list[str], guilds: np.ndarray, corpus: list[list[str]]) -> None:
        self.ids = ids
        self.guilds = guilds
        self.postings = Postings(corpus)


class FilmSearch:
    """Film-level BM25 over many films; rebuilt lazily, once, after any film is added or removed."""

    def __init__(self) -> None:
        self._films: dict[str, FilmIndex] = {}
        self._levels: dict[bool, _Level] = {}

    def add(self, index: FilmIndex) -> None:
        self._films[index.film.id] = index
        self._levels.clear()

    def remove(self, film_id: str) -> None:
        if self._films.pop(film_id, None) is not None:
            self._levels.clear()

    def _level(self, spoilers: bool) -> _Level:
        level = self._levels.get(spoilers)
        if level is None:
            ids = sorted(self._films)
            corpus = []
            for film_id in ids:
                index = self._films[film_id]
                film = index.film
                doc = [t for name in (film.title, *film.aliases) for t in document_tokens(name)]
                for passage, tokens in zip(film.passages, index.tokens, strict=True):
                    if spoilers or not passage.spoiler:
                        doc.extend(tokens)
                corpus.append(doc)
            guilds = np.array([_GLOBAL if self._films[i].film.guild_id is None else self._films[i].film.guild_id
                               for i in ids], dtype=np.int64)
            level = self._levels[spoilers] = _Level(ids, guilds, corpus)
        return level

    def find(self, query: Sequence[str], *, spoilers: bool, guild_id: int | None, k: int = 2,
             min_coverage: float = 0.5) -> list[FilmMatch]:
        """The best `k` films this guild may see whose text covers at least `min_coverage` of the query.

        `spoilers=False` searches only never-spoiler text: use it for every scope except `on`.
        """
        distinct = set(query)
        if not distinct or not self._films:
            return []
        level = self._level(spoilers)
        allowed = level.guilds == _GLOBAL
        if guild_id is not None:
            allowed |= level.guilds == guild_id
        coverage = level.postings.coverage(distinct)
        allowed &= coverage >= min_coverage
        return [
            FilmMatch(level.ids[i], score, float(coverage[i]))
            for i, score in level.postings.rank(query, k, allowed)
        ]
