"""Finding the film a question is about when it names none: one BM25 document per film.

Two film-level corpora: one over the passages that are never spoilers (used for `off` and `upto` scopes) and
one over everything (for `on`). Choosing a film by text the asker may not see would leak it through the
title alone: "who dies in the shower?" must not answer "Psycho" to someone with spoilers off.

Both are kept up to date film by film (`_Level`): adding or removing a film touches that film's terms only,
never a rebuild over every passage (at 10,000 films a rebuild tokenized 410,000 passages: 48 s). Each film's
passages are tokenized once, by its `FilmIndex`, as term ids.

The scores are rank-bm25's BM25Okapi over the same corpus (the films in the order they were added), to the
last bit: the idf floor (epsilon × average idf over every term) is recomputed from the maintained document
frequencies, summed in the order BM25Okapi would sum them. tests/test_film_search.py checks the equality.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from index.bm25 import VOCABULARY, Vocabulary, top_k
from index.film_index import FilmIndex
from index.spelling import Speller, english_terms, respell
from index.tokenize import document_tokens

# Guild ids are Discord snowflakes (positive), so -1 can mark a global film in a numpy array.
_GLOBAL = -1
_NO_SLOT = np.iinfo(np.int64).max
# A film must hold this (idf-weighted) share of the question's distinct terms to be chosen by content: a higher
# floor turned away questions whose best film was right, while at this one a film sharing only one common word
# with the question ("who dies in the shower?" → "dies", coverage 0.34) is still not chosen over asking
# "which film?" (tuning: bench/RESULTS.md).
MIN_COVERAGE = 0.35
# Films are ranked by BM25 × coverage ** COORDINATION. BM25 sums term weights, so a film that repeats one or
# two of the question's words outranks one that holds all of them ("Who owns Premier Properties?" went to a
# film full of "own"); a softened coordination factor (as in Lucene's classic similarity) rewards holding the
# whole question; the exponent was tuned on the NarrativeQA dev questions (bench/RESULTS.md).
COORDINATION = 0.5


@dataclass(frozen=True, slots=True)
class FilmMatch:
    film_id: str
    score: float  # what films are ranked by: BM25Okapi × coverage ** COORDINATION
    coverage: float  # weighted share of the distinct query terms the film's text holds (see Postings.coverage)


def bag(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A document's distinct terms in order of first occurrence (BM25Okapi's order), and their counts."""
    if not ids.size:
        return ids.astype(np.int32), np.empty(0, dtype=np.int32)
    terms, first, counts = np.unique(ids, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return terms[order].astype(np.int32), counts[order].astype(np.int32)


class _Segment:
    """An immutable inverted index over some films: per term (sorted), the films' slots and term counts."""

    __slots__ = ("counts", "slots", "starts", "terms")

    def __init__(self, terms: np.ndarray, starts: np.ndarray, slots: np.ndarray, counts: np.ndarray) -> None:
        self.terms, self.starts, self.slots, self.counts = terms, starts, slots, counts

    @classmethod
    def build(cls, term_ids: np.ndarray, slots: np.ndarray, counts: np.ndarray) -> _Segment:
        # Stable, so each term's films stay in slot order (callers pass them in slot order).
        order = np.argsort(term_ids, kind="stable")
        term_ids, slots, counts = term_ids[order], slots[order], counts[order]
        firsts = np.flatnonzero(np.r_[True, term_ids[1:] != term_ids[:-1]]) if term_ids.size else term_ids
        narrow = np.uint16 if not counts.size or counts.max() <= np.iinfo(np.uint16).max else np.int32
        return cls(
            term_ids[firsts].astype(np.int32),
            np.r_[firsts, term_ids.size].astype(np.int64),
            slots.astype(np.int32),
            counts.astype(narrow),
        )

    @property
    def entries(self) -> int:
        return int(self.slots.size)

    def expanded(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return np.repeat(self.terms, np.diff(self.starts)), self.slots, self.counts

    def lookup(self, term: int) -> tuple[np.ndarray, np.ndarray]:
        row = int(np.searchsorted(self.terms, term))
        if row >= self.terms.size or self.terms[row] != term:
            return self.slots[:0], self.counts[:0]
        start, end = self.starts[row], self.starts[row + 1]
        return self.slots[start:end], self.counts[start:end]


def _merge(segments: Sequence[_Segment], alive: np.ndarray) -> _Segment:
    parts = [segment.expanded() for segment in segments]
    terms = np.concatenate([p[0] for p in parts])
    slots = np.concatenate([p[1] for p in parts])
    counts = np.concatenate([p[2].astype(np.int64) for p in parts])
    keep = alive[slots]
    return _Segment.build(terms[keep], slots[keep], counts[keep])


class _Level:
    """One film-level BM25Okapi corpus (never-spoiler text, or all of it), maintained film by film.

    Postings live in a few immutable segments (merged as they grow, like a log-structured index) plus the
    films added since the last query. Per term it keeps df and where BM25Okapi would first meet it (the first
    live film holding it, and its rank among that film's terms by first occurrence), which fixes the order in
    which BM25Okapi sums idf for the floor.
    """

    K1 = 1.5
    B = 0.75
    EPSILON = 0.25
    # Films added before their postings are sealed into a segment (queries seal earlier). Unsealed films take
    # twice the memory of sealed ones, in many small arrays; merges keep the segment count logarithmic anyway.
    SEAL = 256

    def __init__(self) -> None:
        self.df = np.zeros(0, dtype=np.int64)
        self.first_slot = np.zeros(0, dtype=np.int64)
        self.first_rank = np.zeros(0, dtype=np.int64)
        self.doc_len = np.zeros(0, dtype=np.int64)
        self.total = 0  # Σ document length over live films
        self.count = 0  # live films
        self.dead = 0  # postings entries of removed films still inside segments
        self.segments: list[_Segment] = []
        self.pending: list[tuple[int, np.ndarray, np.ndarray]] = []
        self._average_idf: float | None = None
        self._speller: Speller | None = None  # over the terms live films hold; dropped when films change

    def _grow(self, terms: int, slots: int) -> None:
        if terms > self.df.size:
            size = max(terms, 2 * self.df.size, 1024)
            extra = size - self.df.size
            self.df = np.r_[self.df, np.zeros(extra, dtype=np.int64)]
            self.first_slot = np.r_[self.first_slot, np.full(extra, _NO_SLOT, dtype=np.int64)]
            self.first_rank = np.r_[self.first_rank, np.zeros(extra, dtype=np.int64)]
        if slots > self.doc_len.size:
            self.doc_len = np.r_[
                self.doc_len, np.zeros(max(slots, 2 * self.doc_len.size, 64) - self.doc_len.size, dtype=np.int64)
            ]

    def add(self, slot: int, terms: np.ndarray, counts: np.ndarray, alive: np.ndarray) -> None:
        self._grow(int(terms.max()) + 1 if terms.size else 0, slot + 1)
        # Slots only grow, so a film is the first holder only of terms no live film holds yet.
        new = np.flatnonzero(self.df[terms] == 0)
        self.first_slot[terms[new]] = slot
        self.first_rank[terms[new]] = new
        self.df[terms] += 1
        length = int(counts.sum())
        self.doc_len[slot] = length
        self.total += length
        self.count += 1
        self.pending.append((slot, terms, counts))
        self._average_idf = None
        self._speller = None
        if len(self.pending) >= self.SEAL:
            self.seal(alive)

    def remove(self, slot: int, terms: np.ndarray, alive: np.ndarray, terms_of: Callable[[int], np.ndarray]) -> None:
        """Takes out the film at `slot` (already marked dead in `alive`); `terms_of(slot)` gives a live
        film's distinct terms in first-occurrence order, to re-rank terms whose first holder this was."""
        self.df[terms] -= 1
        self.total -= int(self.doc_len[slot])
        self.count -= 1
        self.doc_len[slot] = 0
        self.dead += terms.size
        self._average_idf = None
        self._speller = None
        moved = terms[self.first_slot[terms] == slot]
        self.first_slot[moved] = _NO_SLOT
        by_slot: dict[int, list[int]] = {}
        for term in moved[self.df[moved] > 0].tolist():
            by_slot.setdefault(self._first_live(term, alive), []).append(term)
        for holder, held in by_slot.items():
            order = terms_of(holder)
            sorter = np.argsort(order)
            ranks = sorter[np.searchsorted(order, held, sorter=sorter)]
            self.first_slot[held] = holder
            self.first_rank[held] = ranks
        self.pending = [p for p in self.pending if p[0] != slot]
        if self.dead > max(self.entries() // 4, 100_000):
            self.segments = [_merge(self.segments, alive)] if self.segments else []
            self.dead = 0

    def entries(self) -> int:
        return sum(s.entries for s in self.segments) + sum(p[1].size for p in self.pending)

    def _first_live(self, term: int, alive: np.ndarray) -> int:
        # Segments are in slot order (only neighbours merge), then the pending films.
        for segment in self.segments:
            slots = segment.lookup(term)[0]
            live = slots[alive[slots]]
            if live.size:
                return int(live[0])
        return next(slot for slot, terms, _ in self.pending if alive[slot] and (terms == term).any())

    def seal(self, alive: np.ndarray) -> None:
        pending = [p for p in self.pending if alive[p[0]]]
        self.pending = []
        if pending:
            self.segments.append(
                _Segment.build(
                    np.concatenate([terms for _, terms, _ in pending]),
                    np.concatenate([np.full(terms.size, slot, dtype=np.int64) for slot, terms, _ in pending]),
                    np.concatenate([counts for _, _, counts in pending]),
                )
            )
        # Merge neighbours of similar size, so there are O(log films) segments and each entry is re-sorted
        # O(log films) times in all.
        while len(self.segments) > 1 and self.segments[-2].entries <= 2 * self.segments[-1].entries:
            last = self.segments.pop()
            self.segments[-1] = _merge([self.segments[-1], last], alive)

    def average_idf(self) -> float:
        """BM25Okapi's average_idf: Σ idf over every term in its dict order, a plain left-to-right sum."""
        if self._average_idf is None:
            live = np.flatnonzero(self.df > 0)
            order = np.lexsort((self.first_rank[live], self.first_slot[live]))
            values, inverse = np.unique(self.df[live[order]], return_inverse=True)
            n = self.count
            idf = np.array([math.log(n - df + 0.5) - math.log(df + 0.5) for df in values.tolist()])
            # cumsum adds strictly left to right, as `idf_sum += idf` does; sum() would add pairwise.
            self._average_idf = float(np.cumsum(idf[inverse])[-1]) / live.size if live.size else 0.0
        return self._average_idf

    def holds(self, term: int | None) -> bool:
        return term is not None and 0 <= term < self.df.size and bool(self.df[term])

    def speller(self, vocabulary: Vocabulary) -> Speller:
        if self._speller is None:
            self._speller = Speller(vocabulary.decode(np.flatnonzero(self.df > 0).tolist()))
        return self._speller

    def idf(self, term: int) -> float:
        df = int(self.df[term]) if term < self.df.size else 0
        if not df:
            return 0.0
        idf = math.log(self.count - df + 0.5) - math.log(df + 0.5)
        return self.EPSILON * self.average_idf() if idf < 0 else idf

    def postings(self, term: int, alive: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The live films holding `term` (slots) and its count in each; call `seal` first."""
        if term >= self.df.size or not self.df[term]:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        found = [segment.lookup(term) for segment in self.segments]
        slots = np.concatenate([f[0] for f in found]).astype(np.int64)
        counts = np.concatenate([f[1] for f in found]).astype(np.int64)
        live = alive[slots]
        return slots[live], counts[live]

    def scores(self, query: Sequence[int], alive: np.ndarray) -> np.ndarray:
        """BM25Okapi's get_scores over the live films, indexed by slot (0 for dead or absent slots)."""
        self.seal(alive)
        scores = np.zeros(alive.size)
        if not self.count or not self.total:
            return scores
        avgdl = self.total / self.count
        weights: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for term in query:
            if term not in weights:
                slots, counts = self.postings(term, alive)
                # BM25Okapi.get_scores' expression, in its order: `(idf or 0) * (f * (k1 + 1) / (f + k1 * (1 -
                # b + b * doc_len / avgdl)))`, so every weight matches to the bit.
                norm = self.K1 * (1 - self.B + self.B * self.doc_len[slots] / avgdl)
                weights[term] = slots, (self.idf(term) or 0) * (counts * (self.K1 + 1) / (counts + norm))
            slots, weight = weights[term]
            scores[slots] += weight
        return scores

    def holders(self, terms: set[int], alive: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per slot: how many of `terms` the film holds, and the coverage share (see Postings.coverage)."""
        overlap = np.zeros(alive.size, dtype=np.int32)
        share = np.zeros(alive.size)
        total = 0.0
        for term in terms:
            df = int(self.df[term]) if 0 <= term < self.df.size else 0
            weight = math.log1p((self.count - df + 0.5) / (df + 0.5))
            total += weight
            if df:
                slots, _ = self.postings(term, alive)
                overlap[slots] += 1
                share[slots] += weight
        return overlap, share / total if total else share


class FilmSearch:
    """Film-level BM25 over many films, kept current as films are added and removed."""

    def __init__(self, vocabulary: Vocabulary = VOCABULARY) -> None:
        self.vocabulary = vocabulary
        self._films: dict[str, FilmIndex] = {}
        self._slot_of: dict[str, int] = {}
        self._ids: list[str] = []  # film id per slot ("" once removed)
        self._alive = np.zeros(0, dtype=bool)
        self._guilds = np.zeros(0, dtype=np.int64)
        self._levels = {False: _Level(), True: _Level()}

    def __len__(self) -> int:
        return len(self._films)

    def add(self, index: FilmIndex) -> None:
        """Indexes a film now (tokenizing its passages once); replaces a film with the same id."""
        film = index.film
        if film.id in self._films:
            self.remove(film.id)
        slot = len(self._ids)
        if slot >= self._alive.size:
            grow = max(64, self._alive.size)
            self._alive = np.r_[self._alive, np.zeros(grow, dtype=bool)]
            self._guilds = np.r_[self._guilds, np.full(grow, _GLOBAL, dtype=np.int64)]
        self._ids.append(film.id)
        self._films[film.id] = index
        self._slot_of[film.id] = slot
        self._alive[slot] = True
        self._guilds[slot] = _GLOBAL if film.guild_id is None else film.guild_id
        for spoilers, level in self._levels.items():
            terms, counts = bag(self._document(index, spoilers))
            level.add(slot, terms, counts, self._alive)

    def remove(self, film_id: str) -> None:
        index = self._films.pop(film_id, None)
        if index is None:
            return
        slot = self._slot_of.pop(film_id)
        self._alive[slot] = False
        self._ids[slot] = ""
        for spoilers, level in self._levels.items():
            terms, _ = bag(self._document(index, spoilers))

            def terms_of(other: int, spoilers: bool = spoilers) -> np.ndarray:
                return bag(self._document(self._films[self._ids[other]], spoilers))[0]

            level.remove(slot, terms, self._alive, terms_of)
        index.release()

    def warm(self) -> None:
        """Pays now what the first question would: sealing postings and the idf floor of both corpora."""
        for level in self._levels.values():
            level.seal(self._alive)
            level.average_idf()
        english_terms()  # what tells a typo from a word the text lacks, loaded on first use (~0.2 s)

    def _document(self, index: FilmIndex, spoilers: bool) -> np.ndarray:
        """A film as one document: its title and aliases, then the passages the corpus takes, in order."""
        film = index.film
        title = self.vocabulary.encode(t for name in (film.title, *film.aliases) for t in document_tokens(name))
        docs = index.passage_ids()
        return np.concatenate(
            [title, *(doc for passage, doc in zip(film.passages, docs, strict=True) if spoilers or not passage.spoiler)]
        )

    def scores(self, query: Sequence[str], *, spoilers: bool) -> dict[str, float]:
        """Every live film's BM25Okapi score for `query` (for tests and diagnostics)."""
        ids = [self.vocabulary.get(t) for t in query]
        scores = self._levels[spoilers].scores([i for i in ids if i is not None], self._alive)
        return {self._ids[slot]: float(scores[slot]) for slot in np.flatnonzero(self._alive)}

    def knows(self, term: str, *, spoilers: bool = False, guild_id: int | None = None) -> bool:
        """Whether the text of a film this guild sees (never-spoiler text unless `spoilers`) holds `term`:
        whether a word means anything to the corpus at all."""
        tid = self.vocabulary.get(term)
        level = self._levels[spoilers]
        if tid is None or tid >= level.df.size or not level.df[tid]:
            return False
        level.seal(self._alive)
        slots, _ = level.postings(tid, self._alive)
        owners = self._guilds[slots]
        return bool(((owners == _GLOBAL) | (owners == (guild_id if guild_id is not None else _GLOBAL))).any())

    def respell(self, query: Sequence[str], *, spoilers: bool) -> list[str]:
        """`query` with a typo (a term no film's searched text holds and no English word has) read as the
        nearest term one does (index/spelling.py); `find` and `coverage` do this themselves."""
        level = self._levels[spoilers]
        known = _Holds(level, self.vocabulary)
        return respell(query, known, lambda: level.speller(self.vocabulary))

    def coverage(self, query: Sequence[str], film_id: str, *, spoilers: bool) -> float:
        """The weighted share of the query's distinct terms one film's text holds (as `find` measures it)."""
        slot = self._slot_of.get(film_id)
        if slot is None or not query:
            return 0.0
        query = self.respell(query, spoilers=spoilers)
        ids = [self.vocabulary.get(t) for t in query]
        unknown = {t for t, i in zip(query, ids, strict=True) if i is None}
        distinct = {i for i in ids if i is not None} | {-1 - n for n in range(len(unknown))}
        level = self._levels[spoilers]
        level.seal(self._alive)  # postings of films added since the last query are not searchable until sealed
        return float(level.holders(distinct, self._alive)[1][slot])

    def find(
        self,
        query: Sequence[str],
        *,
        spoilers: bool,
        guild_id: int | None,
        k: int = 2,
        min_coverage: float = MIN_COVERAGE,
    ) -> list[FilmMatch]:
        """The best `k` films this guild may see whose text covers at least `min_coverage` of the query.

        `spoilers=False` searches only never-spoiler text: use it for every scope except `on`.
        """
        if not query or not self._films:
            return []
        query = self.respell(query, spoilers=spoilers)
        ids = [self.vocabulary.get(t) for t in query]
        known = [i for i in ids if i is not None]
        if not known:
            return []
        level = self._levels[spoilers]
        alive = self._alive
        scores = level.scores(known, alive)
        # A term no film holds still counts in the coverage total, as in Postings.coverage.
        unknown = sorted({t for t, i in zip(query, ids, strict=True) if i is None})
        distinct = set(known) | {-1 - n for n in range(len(unknown))}
        overlap, coverage = level.holders(distinct, alive)
        allowed = alive & (self._guilds == _GLOBAL)
        if guild_id is not None:
            allowed |= alive & (self._guilds == guild_id)
        allowed &= (overlap > 0) & (coverage >= min_coverage)
        candidates = np.flatnonzero(allowed)
        ranking = scores[candidates] * coverage[candidates] ** COORDINATION
        return [
            FilmMatch(self._ids[slot], score, float(coverage[slot]))
            for slot, score in top_k(candidates, ranking, overlap[candidates], k, self._ids)
        ]


class _Holds:
    """Whether a level's live films hold a term (by its text), for `respell`."""

    def __init__(self, level: _Level, vocabulary: Vocabulary) -> None:
        self._level, self._vocabulary = level, vocabulary

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self._level.holds(self._vocabulary.get(term))
