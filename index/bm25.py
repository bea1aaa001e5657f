"""BM25 as rank-bm25's BM25Okapi scores it, in a compact inverted layout of its own weights.

`BM25Okapi.get_scores` walks every document for every query word. `Postings` keeps the same numbers (idf,
document lengths, k1, b, avgdl) but stores, per term, the documents holding it and that term's precomputed
contribution to each, so a query touches only matching documents. The arithmetic is rank-bm25's, in its
order, so scores are bit-identical. Terms are process-wide integer ids (`Vocabulary`) and postings are flat
numpy arrays: at 10,000 films a dict per document (what BM25Okapi keeps) cost about 1 MB per film and scope.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
from collections.abc import Iterable, Sequence
from typing import cast

import numpy as np

from index.tokenize import chunk_by_chunk, document_tokens, normalize

_EMPTY_IDS = np.empty(0, dtype=np.int32)
_EMPTY_DOCS = np.empty(0, dtype=np.intp)


class Vocabulary:
    """Term ↔ integer id, shared by every index in the process so a term is stored once, as an int32.

    Ids are never reused or forgotten: a removed film's rare words stay (a few bytes each), which keeps every
    built index valid without bookkeeping.
    """

    # Distinct surface words remembered for fast tokenizing; past this the memo starts over (it only saves time).
    WORD_MEMO = 1_000_000

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self.terms: list[str] = []
        self._words: dict[str, tuple[int, ...]] = {}

    def __len__(self) -> int:
        return len(self.terms)

    def id(self, term: str) -> int:
        found = self._ids.get(term)
        if found is None:
            found = self._ids[term] = len(self.terms)
            self.terms.append(term)
        return found

    def get(self, term: str) -> int | None:
        return self._ids.get(term)

    def encode(self, terms: Iterable[str]) -> np.ndarray:
        return np.array([self.id(t) for t in terms], dtype=np.int32)

    def decode(self, ids: Iterable[int]) -> list[str]:
        return [self.terms[i] for i in ids]

    def documents_ids(
        self, texts: Iterable[str], stored: Iterable[str | None] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Each text's `document_tokens` as term ids, all in one array plus offsets (one conversion to numpy for
        a whole film).

        Each distinct whitespace-separated chunk is tokenized once: `document_tokens` normalizes the whole
        text, then finds words that never span whitespace and treats each on its own; so once the text is
        normalized ASCII, a chunk between spaces ("vouk," or "don't") always yields the same terms, and
        normalizing it again changes nothing. Other text, and text holding an idiom that spans chunks ("fell in
        love"), takes the full path. Tokenizing every passage is most of the start-up time; this cuts it about
        fivefold. tests/test_film_index.py checks the equivalence.

        `stored`, in the same order: each text's terms as the store kept them (corpus/terms.py's `stored_terms`),
        or None where it has none of today's tokenizer; a text with stored terms is not tokenized at all.
        """
        flat: list[int] = []
        offsets = [0]
        pairs: Iterable[tuple[str, str | None]] = (
            ((text, None) for text in texts) if stored is None else zip(texts, stored, strict=True)
        )
        for text, terms in pairs:
            flat.extend(self._term_ids(text) if terms is None else self._stored_ids(terms))
            offsets.append(len(flat))
        return np.array(flat, dtype=np.int32), np.array(offsets, dtype=np.int64)

    def _stored_ids(self, terms: str) -> list[int]:
        split = terms.split()
        found = list(map(self._ids.get, split))
        if None in found:
            # A film's first read meets terms no film read before held: only those get new ids.
            return [self.id(term) if tid is None else tid for term, tid in zip(split, found, strict=True)]
        return cast("list[int]", found)

    def _term_ids(self, text: str) -> list[int]:
        normalized = normalize(text)
        if not normalized.isascii() or not chunk_by_chunk(text):
            return [self.id(t) for t in document_tokens(text)]
        memo = self._words
        chunks = normalized.split()
        try:
            return list(itertools.chain.from_iterable(map(memo.__getitem__, chunks)))
        except KeyError:
            if len(memo) > self.WORD_MEMO:
                memo.clear()
            for chunk in chunks:
                if chunk not in memo:
                    memo[chunk] = tuple(self.id(t) for t in document_tokens(chunk))
            return list(itertools.chain.from_iterable(map(memo.__getitem__, chunks)))


VOCABULARY = Vocabulary()


def _smallest_index_dtype(size: int) -> type[np.integer]:
    return np.uint16 if size <= np.iinfo(np.uint16).max else np.int32


def _okapi_idf(flat: np.ndarray, df: np.ndarray, size: int, epsilon: float) -> np.ndarray:
    """BM25Okapi's idf of each distinct term of `flat` (sorted by id; `df`: how many of the `size` documents
    hold it), bit for bit as rank-bm25's `_calc_idf` computes it, without building its dict per document.

    Its idf depends on df alone, so math.log runs once per df value, as there (numpy's log may differ in the
    last bit). The floor for terms in more than half the documents is epsilon × the average idf, summed one
    term at a time in the order rank-bm25 meets the terms (first appearance, documents in order)."""
    counts, where = np.unique(df, return_inverse=True)
    idf = np.array([math.log(size - count + 0.5) - math.log(count + 0.5) for count in counts.tolist()])[where]
    _, first_seen = np.unique(flat, return_index=True)
    # Python floats added in order: neither numpy's pairwise sum nor a compensated sum would give the same bits.
    total = functools.reduce(operator.add, idf[np.argsort(first_seen)].tolist(), 0)
    negative = idf < 0
    if negative.any():
        idf[negative] = epsilon * (total / idf.size)
    return idf


class Postings:
    """BM25Okapi's scores via postings: term → (document indices, that term's weight in each).

    `corpus` is a sequence of token lists (strings); `Postings.from_ids` takes term-id arrays instead.
    """

    def __init__(
        self,
        corpus: Sequence[Sequence[str]] = (),
        *,
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
        vocabulary: Vocabulary = VOCABULARY,
    ) -> None:
        self._build([vocabulary.encode(doc) for doc in corpus], k1, b, epsilon, vocabulary)

    @classmethod
    def from_ids(
        cls,
        docs: Sequence[np.ndarray],
        *,
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
        vocabulary: Vocabulary = VOCABULARY,
    ) -> Postings:
        postings = cls.__new__(cls)
        postings._build(docs, k1, b, epsilon, vocabulary)
        return postings

    def _build(self, docs: Sequence[np.ndarray], k1: float, b: float, epsilon: float, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.size = len(docs)
        self.doc_len = np.array([len(doc) for doc in docs], dtype=np.int64)
        # Per distinct term (sorted ids): its idf, and where its documents and weights start in the flat arrays.
        self._terms = _EMPTY_IDS
        self._idf = np.empty(0)
        self._starts = np.zeros(1, dtype=np.int32)
        self._docs: np.ndarray = _EMPTY_IDS
        self._weights = np.empty(0)
        # rank-bm25 divides by the average length, so an empty (or all-stopword) corpus has no scores at all.
        if not self.size or not int(self.doc_len.sum()):
            return
        flat = np.concatenate(docs).astype(np.int64)
        owner = np.repeat(np.arange(self.size, dtype=np.int64), self.doc_len)
        keys, freqs = np.unique(flat * self.size + owner, return_counts=True)  # by term, then document
        term_of, doc = np.divmod(keys, self.size)
        firsts = np.flatnonzero(np.r_[True, term_of[1:] != term_of[:-1]])
        self._terms = term_of[firsts].astype(np.int32)
        self._starts = np.r_[firsts, keys.size].astype(np.int32)
        self._idf = _okapi_idf(flat, np.diff(self._starts), self.size, epsilon)
        avgdl = int(self.doc_len.sum()) / self.size
        # Same expression, same order of operations as BM25Okapi.get_scores (where `idf.get(q) or 0` turns a
        # zero idf into 0, which multiplies to the same zeros), so each weight is identical.
        norm = k1 * (1 - b + b * self.doc_len / avgdl)
        rows = np.repeat(np.arange(self._terms.size), np.diff(self._starts))
        self._weights = self._idf[rows] * (freqs * (k1 + 1) / (freqs + norm[doc]))
        self._docs = doc.astype(_smallest_index_dtype(self.size))

    # ---- lookups ----------------------------------------------------------------------------------------

    def _row(self, term: object) -> int:
        """The term's row in the flat arrays, or -1 when no document holds it."""
        tid = self.vocabulary.get(term) if isinstance(term, str) else None
        if tid is None or not self._terms.size:
            return -1
        row = int(np.searchsorted(self._terms, tid))
        return row if row < self._terms.size and self._terms[row] == tid else -1

    def _slice(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self._starts[row], self._starts[row + 1]
        return self._docs[start:end].astype(np.intp), self._weights[start:end]

    def __contains__(self, term: object) -> bool:
        return self._row(term) >= 0

    def docs_with(self, term: str) -> np.ndarray:
        row = self._row(term)
        return self._slice(row)[0] if row >= 0 else _EMPTY_DOCS

    def idf(self, term: str) -> float | None:
        """BM25Okapi's idf of a term (its floor included); None when no document holds it."""
        row = self._row(term)
        return float(self._idf[row]) if row >= 0 else None

    @property
    def terms(self) -> list[str]:
        return self.vocabulary.decode(self._terms.tolist())

    # ---- scoring ----------------------------------------------------------------------------------------

    def get_scores(self, query: Iterable[str]) -> np.ndarray:
        """Exactly `BM25Okapi(corpus).get_scores(query)`; a repeated query word counts each time, as there."""
        scores = np.zeros(self.size)
        for term in query:
            row = self._row(term)
            if row >= 0:
                where, weights = self._slice(row)
                scores[where] += weights
        return scores

    def overlap(self, terms: Iterable[str]) -> np.ndarray:
        """How many of the distinct `terms` each document holds."""
        counts = np.zeros(self.size, dtype=np.int32)
        for term in set(terms):
            where = self.docs_with(term)
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
            where = self.docs_with(term)
            weight = math.log1p((self.size - where.size + 0.5) / (where.size + 0.5))
            total += weight
            share[where] += weight
        return share / total

    def rank(self, query: Sequence[str], k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
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
        return top_k(candidates, scores, overlap[candidates], k)


def top_k(
    candidates: np.ndarray, scores: np.ndarray, overlap: np.ndarray, k: int, names: Sequence[str] | None = None
) -> list[tuple[int, float]]:
    """Best `k` candidates by score, then overlap, then name (`names[candidate]`) or else index."""
    if candidates.size > k:
        keep = np.argpartition(-scores, k - 1)[:k]
        # argpartition breaks ties arbitrarily; widen to every candidate tied with the k-th so the
        # overlap tie-break below sees them all.
        keep = np.flatnonzero(scores >= scores[keep].min())
        candidates, scores, overlap = candidates[keep], scores[keep], overlap[keep]

    def key(i: int) -> tuple[float, int, str | int]:
        doc = int(candidates[i])
        return -float(scores[i]), -int(overlap[i]), names[doc] if names is not None else doc

    order = sorted(range(candidates.size), key=key)
    return [(int(candidates[i]), float(scores[i])) for i in order[:k]]
