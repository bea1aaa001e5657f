"""Re-ranking the few films content search found best by their passages, not only by their text as one bag.

Film-level BM25 (index/film_search.py, index/persisted_search.py) adds up matches scattered over a whole
summary, so a film that says "man", "memory" and "new" in three different paragraphs scores like one where a
single paragraph says the man cannot make new memories. A question describes one moment or one fact of its
film, which sits in one passage or two neighbouring ones.

So the film-level search only draws up a shortlist (its best SHORTLIST films); each is then scored again with
its best window of WINDOW neighbouring passages, read from the passages the engine holds for it (`FilmIndex`;
with a loader, a film not kept in memory is read from the store). Nothing about passages is stored in either
search's index: at 100,000 films that would make the index on disk several times larger (branch filmrank-11:
4.5×, rebuilt twice as slowly) for a signal only a handful of films per question need.

Only text the film-level search read is read here (`spoilers` off: the passages that are never spoilers), so
the order of the films, and whether one is clearly ahead, says nothing about text the asker may not see.

A film's score: film_score ** FILM_SHARE × window ** (1 − FILM_SHARE), where
- film_score is the film-level search's (BM25Okapi × coverage ** COORDINATION);
- window is the BM25 of the best window, times WINDOW_COVERAGE-softened share of the question's distinct terms
  (idf-weighted) the best-covering window holds: words held together, and all of them, not one word repeated.
  Two words the question puts next to each other that a passage has side by side count as one more term (PAIR).
  Its BM25 weighs a term by how many of the shortlisted films' passages hold it (log(1 + (N − df + 0.5) /
  (df + 0.5)), always positive): among films that all hold the question's words somewhere, a word most of
  their passages hold tells them apart least, and no search internals (film-level document counts) are needed.
A product, not a sum, so neither part's scale matters and the engine's margin rule (CONTENT_MARGIN: commit to
the best film only when it scores that many times the next) reads the same on both: each film's lead is its
film-level lead ** 0.3 × its window lead ** 0.7.

NarrativeQA tuning films (bench/quality.py --films tune, 326 questions), right film / asked "which film?" /
wrong film committed: film-level alone 287/30/9; this 295/23/8 without pairs, 297/21/8 with them (the figures
below are without). Around it (all films read, no FLOOR, 294/24/8):
FILM_SHARE 0.2 294/22/10, 0.4 292/25/9; WINDOW_COVERAGE 0 292/26/8, 0.25 294/23/9, 1 291/22/13; WINDOW 1
286/32/8, 3 293/22/11; SHORTLIST 5 292/24/10, 7 293/25/8. Tried and not kept: the film-level idf for passage
terms instead of the shortlist's own (no better, and the index on disk would have to expose its counts), a sum
of normalised scores instead of the product (288/30/8), a sharper product (more films committed, right and
wrong alike).

With pairs (297/21/8), re-measured and not kept (issue 10): nothing around it gains — FILM_SHARE 0.25 297/19/10, 0.35
294/24/8; WINDOW_COVERAGE 0.4 296/22/8, 0.6 297/20/9; K1 0.9 294/24/8, 1.5 297/19/10; FLOOR 0.4 296/22/8, 0.6
298/18/10; SHORTLIST 5 297/19/10, 20 unchanged; rarer words weighing more (idf ** 1.5 in the window 295/21/10 before
pairs, ** 1.5 at the film level 297/20/9); a question's names counting more (repeats ** 1.5: 295/22/9 before pairs);
films under MIN_COVERAGE kept when they hold a name the question repeats (0.3: 298/19/9, 0.25: 298/18/10); one-term
questions left in film-level order (296/22/8). The margin is read on the right quantity: the engine's CONTENT_MARGIN
on these products is at the knee (1.15 298/16/12, 1.25 293/26/7), and a lead of the window part alone (1.3: 294/24/8),
of the film-level part alone (1.2: 289/29/8), or both parts ahead besides (295/23/8) is worse.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from corpus.models import Film
from index.film_index import FilmIndex
from index.film_search import FilmMatch
from index.tokenize import document_tokens

# The film-level search's best this many films are re-ranked (the engine asks it for this many).
SHORTLIST = 10
FILM_SHARE = 0.3
WINDOW = 2
# A film scoring less than this share of the best film-level score is not read (nor returned): it would need a
# window far better than the best film's to overtake it, which on NarrativeQA never paid (tune 294/24/8 with
# every film read, 295/23/8 at 0.3 and at 0.5), and reading it costs a store read for a film not in memory. At
# 0.5 a question reads 1.5 films on average (3.7 without the floor). Whether the best film is clearly ahead is
# unchanged by it: a film under half the best score is no close runner-up.
FLOOR = 0.5
WINDOW_COVERAGE = 0.5
# BM25 over passages: rank-bm25's defaults (1.5–2.0 and b 0.5–0.9 gave within two questions).
K1 = 1.2
B = 0.75
# Two words next to each other in the question and in a passage ("new memories", "private detective", "high
# school") say more than the two words anywhere in it: each such pair counts as one more term of the passage's
# BM25, weighted PAIR × its own idf over the shortlist's passages (tune: 1 → 296/22/8, 1.5 and 2 → 297/21/8, 2.5
# and 3 → 297/20/9). Only pairs next to each other: a pair one word apart as well (sequential-dependence style)
# gave 296/21/9.
PAIR = 1.5


class Search(Protocol):
    """What both film-level searches offer (index/film_search.py, index/persisted_search.py)."""

    def respell(self, query: Sequence[str], *, spoilers: bool) -> list[str]: ...

    def find(
        self, query: Sequence[str], *, spoilers: bool, guild_id: int | None, k: int = 2, min_coverage: float = ...
    ) -> list[FilmMatch]: ...


def find(
    search: Search,
    query: Sequence[str],
    index_of: Callable[[str], FilmIndex | None],
    *,
    spoilers: bool,
    guild_id: int | None,
    min_coverage: float | None = None,
) -> list[FilmMatch]:
    """The film-level search's best SHORTLIST films this guild may see (those scoring at least FLOOR × the best's),
    best first by their passages as well. `min_coverage`: the search's floor, when not its own.

    `index_of`: a film's passages by id; a film it cannot give (one another process added to a shared index that
    the caller has not picked up yet, or one removed meanwhile) is left out. `spoilers`: as for `search.find`.
    """
    indexes: dict[str, FilmIndex] = {}
    kept: list[FilmMatch] = []
    floor = {} if min_coverage is None else {"min_coverage": min_coverage}
    for match in search.find(query, spoilers=spoilers, guild_id=guild_id, k=SHORTLIST, **floor):
        if kept and 0 < match.score < FLOOR * kept[0].score:
            break
        index = index_of(match.film_id)
        if index is not None:
            indexes[match.film_id] = index
            kept.append(match)
    return rerank(search.respell(query, spoilers=spoilers), kept, indexes.__getitem__, spoilers=spoilers)


class _Passages:
    """One film's passages the search read: each one's length, counts of the query's distinct terms, and counts
    of the question's neighbouring word pairs (`pairs`: see `_pairs`) found side by side in it."""

    __slots__ = ("counts", "lengths", "pairs")

    def __init__(self, index: FilmIndex, terms: np.ndarray, pairs: np.ndarray, *, spoilers: bool) -> None:
        film = index.film
        # The title and aliases first, as the film-level search reads a film: a film found through its title
        # ("the one with the breakfast club") keeps that match, next to its opening passage.
        title = np.array(
            [-1 if i is None else i for i in map(index.vocabulary.get, _title_terms(film))], dtype=np.int32
        )
        docs = [title, *index.passage_ids()]
        lengths = np.fromiter((doc.size for doc in docs), dtype=np.int64, count=len(docs))
        flat = np.concatenate(docs)
        # One pass over the film's terms: which query term each one is, if any (`terms` is sorted).
        column = np.minimum(np.searchsorted(terms, flat), terms.size - 1)
        hit = terms[column] == flat
        owner = np.repeat(np.arange(len(docs)), lengths)
        counts = np.bincount(owner[hit] * terms.size + column[hit], minlength=len(docs) * terms.size)
        read = np.fromiter((spoilers or not p.spoiler for p in film.passages), dtype=bool, count=len(docs) - 1)
        rows = np.r_[True, read]
        self.lengths = lengths[rows]
        self.counts = counts.reshape(len(docs), terms.size)[rows]  # passages × distinct query terms
        self.pairs = _pair_counts(flat, owner, pairs, len(docs))[rows]  # passages × the question's pairs

    def window(self, weights: np.ndarray, idf: np.ndarray, avgdl: float, pair_weights: np.ndarray) -> float:
        """The best window's BM25 (`weights`: each term's idf × how often the query repeats it; `pair_weights`:
        each neighbouring pair's), times the softened share of the question the best-covering window holds."""
        if not self.lengths.size:
            return 0.0
        norm = K1 * (1 - B + B * self.lengths / avgdl)
        scores = (self.counts * (K1 + 1) / (self.counts + norm[:, None])) @ weights
        scores += (self.pairs * (K1 + 1) / (self.pairs + norm[:, None])) @ pair_weights
        held = _windows(self.counts > 0, np.maximum)
        share = float((held @ idf).max() / idf.sum())
        return float(_windows(scores, np.add).max() * share**WINDOW_COVERAGE)


@functools.lru_cache(maxsize=4096)
def _title_words(title: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for name in (title, *aliases) for t in document_tokens(name))


def _title_terms(film: Film) -> tuple[str, ...]:
    return _title_words(film.title, tuple(film.aliases))


def _pair_key(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    return first.astype(np.int64) * (1 << 32) + second.astype(np.int64)


def _pairs(ids: Sequence[int | None]) -> np.ndarray:
    """The question's neighbouring pairs of distinct known terms, as sorted keys. A word no film holds (None)
    parts its neighbours: they are not next to each other in the question."""
    held = np.array(
        [(a, b) for a, b in itertools.pairwise(ids) if a is not None and b is not None and a != b], dtype=np.int64
    ).reshape(-1, 2)
    return np.unique(_pair_key(held[:, 0], held[:, 1]))


def _pair_counts(flat: np.ndarray, owner: np.ndarray, pairs: np.ndarray, docs: int) -> np.ndarray:
    """Per document (`owner`: each term's), how often each of `pairs` stands side by side in it (docs × pairs).
    Stopwords are not in `flat`, so "the scene of the crime" holds the pair of "scene of crime"."""
    if not pairs.size or flat.size < 2:
        return np.zeros((docs, pairs.size), dtype=np.int64)
    keys = _pair_key(flat[:-1], flat[1:])
    column = np.minimum(np.searchsorted(pairs, keys), pairs.size - 1)
    # Not across a passage's end: the last word of one passage and the first of the next are not a phrase.
    found = (pairs[column] == keys) & (owner[:-1] == owner[1:])
    return np.bincount(owner[:-1][found] * pairs.size + column[found], minlength=docs * pairs.size).reshape(
        docs, pairs.size
    )


def _windows(rows: np.ndarray, combine: Callable[[np.ndarray, np.ndarray], np.ndarray]) -> np.ndarray:
    """`rows` of each run of WINDOW neighbouring passages combined (one run of all when fewer)."""
    size = min(WINDOW, rows.shape[0])
    runs = rows.shape[0] - size + 1
    combined = rows[:runs].astype(np.float64)
    for offset in range(1, size):
        combined = combine(combined, rows[offset : offset + runs])
    return combined


def rerank(
    query: Sequence[str],
    matches: Sequence[FilmMatch],
    index_of: Callable[[str], FilmIndex],
    *,
    spoilers: bool,
) -> list[FilmMatch]:
    """`matches` (the film-level search's best, best first) ordered again by their best passages as well.

    `query`: the terms the film-level search was given, respelled as it read them (repeats count again);
    `index_of`: each film's passages by id. `spoilers`: whether the search read spoiler passages (else only
    the never-spoiler ones are read here). Unchanged when there is nothing to weigh: fewer than two films,
    or a film-level score that is not positive.
    """
    if len(matches) < 2 or min(m.score for m in matches) <= 0:
        # BM25Okapi's idf turns negative for a word most films hold, so in a small corpus a film-level score can
        # be: a product of powers would not rank it.
        return list(matches)
    indexes = [index_of(m.film_id) for m in matches]
    vocabulary = indexes[0].vocabulary
    ids = [vocabulary.get(t) for t in query]
    known = [i for i in ids if i is not None]
    terms = np.unique(np.array(known, dtype=np.int32))
    if not terms.size:
        return list(matches)
    pairs = _pairs(ids)
    films = [_Passages(index, terms, pairs, spoilers=spoilers) for index in indexes]
    passages = sum(f.lengths.size for f in films)
    if not passages:
        return list(matches)
    df = sum((f.counts > 0).sum(axis=0) for f in films)
    idf = np.log1p((passages - df + 0.5) / (df + 0.5))
    repeats = np.array([known.count(t) for t in terms.tolist()], dtype=np.float64)
    avgdl = sum(int(f.lengths.sum()) for f in films) / passages
    pair_df = sum((f.pairs > 0).sum(axis=0) for f in films)
    pair_weights = PAIR * np.log1p((passages - pair_df + 0.5) / (pair_df + 0.5))
    scores = [
        match.score**FILM_SHARE * film.window(idf * repeats, idf, avgdl, pair_weights) ** (1 - FILM_SHARE)
        for match, film in zip(matches, films, strict=True)
    ]
    # Stable: films scoring the same keep the film-level order.
    order = sorted(range(len(matches)), key=lambda i: -scores[i])
    return [FilmMatch(matches[i].film_id, scores[i], matches[i].coverage) for i in order]
