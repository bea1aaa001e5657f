"""One film's passages as a search index per spoiler scope: what a scope lets through, and BM25 over that alone.

Spoiler gating happens here: a film is scored only over the passages a scope lets through, with a BM25
(index/bm25.py) built over that subset alone, so no statistic of a withheld passage reaches a score or a ranking.

Built subsets live in one LRU per engine (`VisibleCache`) rather than per film: every film asked under every
scope would otherwise keep its indexes for the life of the process.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from corpus.models import STORY_KINDS, Film, Passage
from corpus.text import split_sentences
from corpus.timeline import Placement, place
from index.bm25 import VOCABULARY, Postings, Vocabulary
from index.spelling import Speller, respell
from index.spoilers import SpoilerScope, may_show


@dataclass(frozen=True, slots=True)
class Hit:
    passage: Passage
    score: float
    matched: frozenset[str]  # the distinct query terms the passage holds
    coverage: float  # weighted share of the question it holds (Postings.coverage)


# Passages BM25 puts forward for sentence-level re-ranking; the answer is often in one ranked a few places
# down, behind passages that mention the question's words more often but not together.
CANDIDATES = 20


class VisibleIndex:
    """What one scope lets through of one film, and a BM25 built over that alone."""

    def __init__(
        self,
        passages: list[Passage],
        term_ids: Sequence[np.ndarray],
        hidden: int,
        *,
        placements: Sequence[Placement] | None = None,
        vocabulary: Vocabulary = VOCABULARY,
    ) -> None:
        self.passages = passages
        # Where each visible passage sits in the story (corpus/timeline.py), in the same order.
        self.placements = list(placements) if placements is not None else place(passages, None)
        self.hidden = hidden  # how many passages the scope withholds: the only thing known about them
        self.postings = Postings.from_ids(term_ids, vocabulary=vocabulary)
        self._speller: Speller | None = None

    def __contains__(self, term: object) -> bool:
        return term in self.postings

    def respell(self, terms: Sequence[str]) -> list[str]:
        """`terms` with a typo (a term no visible passage holds and no English word has) read as the nearest
        term a visible passage holds (index/spelling.py). The engine answers with the respelled terms."""
        return respell(terms, self.postings, self._built_speller)

    def _built_speller(self) -> Speller:
        if self._speller is None:
            self._speller = Speller(self.postings.terms)
        return self._speller

    def story_sentences(self) -> list[tuple[str, Passage]]:
        """The visible story (premise, plot and ending) sentence by sentence in story order, each with its passage:
        what readers of an event, an account or a tie walk through."""
        return [
            (sentence, passage)
            for passage in sorted(self.passages, key=lambda p: (p.position, p.ordinal))
            if passage.section_kind in STORY_KINDS
            for sentence in split_sentences(passage.text)
        ]

    def idf(self, term: str) -> float | None:
        """BM25Okapi's idf of a term in the visible passages; None when no visible passage has it."""
        return self.postings.idf(term)

    def search(self, query: Sequence[str], k: int = 3, *, cover: Sequence[str] | None = None) -> list[Hit]:
        """Best `k` passages for `query`; coverage measured over `cover` (default: the query) terms."""
        ranked = self.postings.rank(query, k)
        if not ranked:
            return []
        coverage = self.postings.coverage(query if cover is None else cover)
        holders = {term: set(self.postings.docs_with(term).tolist()) for term in set(query)}
        return [
            Hit(self.passages[i], score, frozenset(t for t, docs in holders.items() if i in docs), float(coverage[i]))
            for i, score in ranked
        ]


class VisibleCache:
    """The built `VisibleIndex`es of every film, least recently used dropped first.

    Sized by count: a built index of a 40-passage film is ~40 KB, so the default (4,096) is ~160 MB at most.
    The engine sizes it (FILMBOT_VISIBLE_INDEXES, through the bot's settings).
    """

    DEFAULT = 4096

    def __init__(self, capacity: int = DEFAULT) -> None:
        self.capacity = max(1, capacity)
        self._entries: OrderedDict[tuple[int, bytes], VisibleIndex] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: tuple[int, bytes]) -> VisibleIndex | None:
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
        return found

    def put(self, key: tuple[int, bytes], index: VisibleIndex) -> None:
        self._entries[key] = index
        self._entries.move_to_end(key)
        self._trim()

    def forget(self, serial: int) -> None:
        for key in [key for key in self._entries if key[0] == serial]:
            del self._entries[key]

    def _trim(self) -> None:
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)


# Keys the cache by film object, not by id(): an id can be reused once a removed film's index is freed.
_SERIALS = itertools.count()


class FilmIndex:
    """A film's passages as term ids (tokenized once, or read as the store kept them) and its visible subsets,
    built lazily per scope.

    `film` is the film without its sections: those repeat every passage's text, and nothing that answers
    needs them (film info is read from the store).
    """

    def __init__(self, film: Film, *, vocabulary: Vocabulary = VOCABULARY, cache: VisibleCache | None = None) -> None:
        self.film = film.model_copy(update={"sections": []}) if film.sections else film
        self.vocabulary = vocabulary
        # A film indexed on its own (tests, tools) gets a cache of its own; an engine shares one over its films.
        self._cache = cache if cache is not None else VisibleCache()
        self._serial = next(_SERIALS)
        self._ids: np.ndarray | None = None
        self._offsets: np.ndarray | None = None

    def _tokenized(self) -> tuple[np.ndarray, np.ndarray]:
        if self._ids is None or self._offsets is None:
            passages = self.film.passages
            # A film read from the store brings each passage's terms (written when it was saved): nothing to tokenize.
            self._ids, self._offsets = self.vocabulary.documents_ids(
                (p.text for p in passages), [p.stored_terms for p in passages]
            )
            # The ids hold the same terms: the strings were a sixth of a kept film's memory.
            for p in passages:
                p.keep_terms(None)
        return self._ids, self._offsets

    def passage_ids(self) -> list[np.ndarray]:
        """Each passage's term ids (views into one array holding the whole film)."""
        ids, offsets = self._tokenized()
        return [ids[offsets[i] : offsets[i + 1]] for i in range(offsets.size - 1)]

    @property
    def tokens(self) -> list[list[str]]:
        return [self.vocabulary.decode(doc.tolist()) for doc in self.passage_ids()]

    def placements(self) -> list[Placement]:
        """Where each passage is known to sit in the story (corpus/timeline.py). Not kept: it costs a word count
        per passage, and at 10,000 films a list per film would be memory held for films nobody asks about."""
        return place(self.film.passages, self.film.facts.runtime_minutes)

    def visible(self, scope: SpoilerScope) -> VisibleIndex:
        placements = self.placements()
        mask = bytes(may_show(p, scope, where) for p, where in zip(self.film.passages, placements, strict=True))
        # Keyed by which passages are visible, not by the scope: scopes that show the same passages share it.
        key = (self._serial, mask)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        shown = [i for i, flag in enumerate(mask) if flag]
        docs = self.passage_ids()
        built = VisibleIndex(
            [self.film.passages[i] for i in shown],
            [docs[i] for i in shown],
            hidden=len(mask) - len(shown),
            placements=[placements[i] for i in shown],
            vocabulary=self.vocabulary,
        )
        self._cache.put(key, built)
        return built

    def release(self) -> None:
        """Drops this film's built subsets from the cache (the film was removed or replaced)."""
        self._cache.forget(self._serial)
