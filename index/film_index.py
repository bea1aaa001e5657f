"""One film's passages scored with rank-bm25, through an inverted layout of BM25Okapi's own weights.

`BM25Okapi.get_scores` walks every document for every query word. `Postings` keeps the same numbers (idf,
document lengths, k1, b, avgdl) but stores, per term, the documents holding it and that term's precomputed
contribution to each, so a query touches only matching documents. The arithmetic is rank-bm25's, in its
order, so scores are bit-identical.

Spoiler gating happens here: a film is scored only over the passages a scope lets through, with a BM25
built over that subset alone, so no statistic of a withheld passage reaches a score or a ranking.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from rank_bm25 import BM25Okapi

from corpus.models import Film, Passage
from index.spoilers import SpoilerScope, may_show
from index.tokenize import document_tokens


class Postings:
    """BM25Okapi's scores via postings: term → (document indices, that term's weight in each)."""

    def __init__(self, corpus: Sequence[Sequence[str]], *, k1: float = 1.5, b: float = 0.75,
                 epsilon: float = 0.25) -> None:
        self.size = len(corpus)
        self.idf: dict[str, float] = {}
        self.doc_len = np.array([len(doc) for doc in corpus], dtype=np.int64)
        self._docs: dict[str, np.ndarray] = {}
        self._weights: dict[str, np.ndarray] = {}
        # rank-bm25 divides by the average length, so an empty (or all-stopword) corpus has no scores at all.
        if not self.size or not int(self.doc_len.sum()):
            return
        bm25 = BM25Okapi(corpus, k1=k1, b=b, epsilon=epsilon)
        self.idf = bm25.idf
        doc_len = np.array(bm25.doc_len)
        # Same expression, same order of operations as BM25Okapi.get_scores, so each weight is identical.
        norm = bm25.k1 * (1 - bm25.b + bm25.b * doc_len / bm25.avgdl)
        docs: dict[str, list[int]] = {}
        freqs: dict[str, list[int]] = {}
        for index, frequencies in enumerate(bm25.doc_freqs):
            for term, freq in frequencies.items():
                docs.setdefault(term, []).append(index)
                freqs.setdefault(term, []).append(freq)
        for term, indices in docs.items():
            where = np.array(indices, dtype=np.intp)
            q_freq = np.array(freqs[term])
            self._docs[term] = where
            self._weights[term] = (self.idf.get(term) or 0) * (
                q_freq * (bm25.k1 + 1) / (q_freq + norm[where]))

    def __contains__(self, term: object) -> bool:
        return term in self._docs

    def docs_with(self, term: str) -> np.ndarray:
        return self._docs.get(term, np.empty(0, dtype=np.intp))

    def get_scores(self, query: Iterable[str]) -> np.ndarray:
        """Exactly `BM25Okapi(corpus).get_scores(query)`; a repeated query word counts each time, as there."""
        scores = np.zeros(self.size)
        for term in query:
            where = self._docs.get(term)
            if where is not None:
                scores[where] += self._weights[term]
        return scores

    def overlap(self, terms: Iterable[str]) -> np.ndarray:
        """How many of the distinct `terms` each document holds."""
        counts = np.zeros(self.size, dtype=np.int32)
        for term in set(terms):
            where = self._docs.get(term)
            if where is not None:
                counts[where] += 1
        return counts

    def coverage(self, terms: Iterable[str]) -> np.ndarray:
        """Per document, the share of the query's information it holds: Σ weight of matched distinct terms
        over Σ weight of all of them, weight = log(1 + (N − df + 0.5) / (df + 0.5)).

        Unlike BM25Okapi's idf this weight is always positive, even in a film of two passages, and a term no
        document holds (df = 0) weighs the most: a question whose key word appears nowhere is not covered by
        a passage that shares only its commonest word with it.
        """
        distinct = set(terms)
        share = np.zeros(self.size)
        if not distinct or not self.size:
            return share
        total = 0.0
        for term in distinct:
            where = self._docs.get(term)
            df = 0 if where is None else where.size
            weight = math.log1p((self.size - df + 0.5) / (df + 0.5))
            total += weight
            if where is not None:
                share[where] += weight
        return share / total

    def rank(self, query: Sequence[str], k: int,
             allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Top `k` (document, score) among documents holding at least one query term, best first.

        Holding a term is required, not just a higher score: in a corpus of two or three documents BM25Okapi's
        idf floor (epsilon × average idf) can be zero or negative, so a matching document may score no higher
        than one without any query word. Ties and sub-zero scores are broken by how many query terms match.
        """
        if not self.size or not query:
            return []
        overlap = self.overlap(query)
        if allowed is not None:
            overlap = np.where(allowed, overlap, 0)
        candidates = np.flatnonzero(overlap)
        if not candidates.size:
            return []
        scores = self.get_scores(query)[candidates]
        if candidates.size > k:
            keep = np.argpartition(-scores, k - 1)[:k]
            # argpartition breaks ties arbitrarily; widen to every candidate tied with the k-th so the
            # overlap tie-break below sees them all.
            threshold = scores[keep].min()
            keep = np.flatnonzero(scores >= threshold)
            candidates, scores = candidates[keep], scores[keep]
        order = sorted(range(candidates.size),
                       key=lambda i: (-scores[i], -int(overlap[candidates[i]]), int(candidates[i])))
        return [(int(candidates[i]), float(scores[i])) for i in order[:k]]


@dataclass(frozen=True, slots=True)
class Hit:
    passage: Passage
    score: float
    matched: frozenset[str]  # the distinct query terms the passage holds
    coverage: float  # weighted share of the question it holds (Postings.coverage)


class VisibleIndex:
    """What one scope lets through of one film, and a BM25 built over that alone."""

    def __init__(self, passages: list[Passage], tokens: list[list[str]], hidden: int) -> None:
        self.passages = passages
        self.tokens = tokens
        self.hidden = hidden  # how many passages the scope withholds: the only thing known about them
        self.postings = Postings(tokens)
        self._term_sets = [frozenset(doc) for doc in tokens]

    def __contains__(self, term: object) -> bool:
        return term in self.postings

    def idf(self, term: str) -> float | None:
        """BM25Okapi's idf of a term in the visible passages; None when no visible passage has it."""
        return self.postings.idf.get(term) if term in self.postings else None

    def search(self, query: Sequence[str], k: int = 3, *, cover: Sequence[str] | None = None) -> list[Hit]:
        """Best `k` passages for `query`; coverage measured over `cover` (default: the query) terms."""
        coverage = self.postings.coverage(query if cover is None else cover)
        return [
            Hit(self.passages[i], score, self._term_sets[i].intersection(query), float(coverage[i]))
            for i, score in self.postings.rank(query, k)
        ]


class FilmIndex:
    """A film's tokenized passages (done once) and its visible subsets, built lazily per scope."""

    # Scopes in use are few (off, on, a handful of progress limits), so a small cache covers them.
    CACHE_SIZE = 8

    def __init__(self, film: Film) -> None:
        self.film = film
        self._by_visibility: OrderedDict[bytes, VisibleIndex] = OrderedDict()

    @cached_property
    def tokens(self) -> list[list[str]]:
        return [document_tokens(passage.text) for passage in self.film.passages]

    def visible(self, scope: SpoilerScope) -> VisibleIndex:
        runtime = self.film.facts.runtime_minutes
        mask = bytes(may_show(p, scope, runtime) for p in self.film.passages)
        # Keyed by which passages are visible, not by the scope: scopes that show the same passages share it.
        cached = self._by_visibility.get(mask)
        if cached is not None:
            self._by_visibility.move_to_end(mask)
            return cached
        shown = [i for i, flag in enumerate(mask) if flag]
        built = VisibleIndex([self.film.passages[i] for i in shown], [self.tokens[i] for i in shown],
                             hidden=len(mask) - len(shown))
        self._by_visibility[mask] = built
        if len(self._by_visibility) > self.CACHE_SIZE:
            self._by_visibility.popitem(last=False)
        return built
