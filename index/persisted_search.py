"""Finding the film by content from an index on disk (tantivy), shared by every process on the host.

The in-memory `FilmSearch` (index/film_search.py) is rebuilt from every passage of every film at start-up;
this one is a directory that outlives the process: one tantivy document per film, memory-mapped, updated film
by film, with one writer at a time and any number of readers (other processes see a commit on their next
question: each search first checks whether `meta.json` changed).

Each film is two fields of *our* stemmed tokens (index/tokenize.py, split on whitespace by tantivy): `safe`,
the never-spoiler text (searched for `off` and `upto` scopes), and `full`, all of it (for `on`); the same
documents as `FilmSearch`'s two corpora, so finding a film still reads only text the asker's scope allows.

tantivy picks the candidates (its own BM25, whose document lengths are lossy); they are then ranked by the
exact formula `FilmSearch` uses, BM25Okapi × coverage ** COORDINATION, from exact figures: live document
frequencies (a count of live matches, as tantivy's own df counts deleted documents until a merge), each
film's exact length (a fast field), term frequencies (tantivy's explanation of the match). When every film
holding a query term is a candidate the result is `FilmSearch.find`'s; tests/test_persisted_search.py checks it.

Staleness: `filmbot-index.json` beside tantivy's files records the store's change id the index reflects and a
format number; the service compares it with the store's change log at start-up (bot/service.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import tantivy

from index.bm25 import VOCABULARY, Vocabulary, top_k
from index.film_index import FilmIndex
from index.film_search import COORDINATION, MIN_COVERAGE, FilmMatch
from index.spelling import Speller, english_terms, respell
from index.tokenize import TERMS_VERSION, document_tokens

# Bumped whenever the fields change: an index of another format is rebuilt. So is one whose terms another tokenizer
# made (the marker records TERMS_VERSION: a tokenizer change that left the index as it was searched stale terms).
FORMAT = 1
MARKER = "filmbot-index.json"
# Candidates tantivy puts forward for the exact re-ranking (NarrativeQA's right-film figure: bench/RESULTS.md).
CANDIDATES = 100
_GLOBAL = -1
_LEVELS = {False: "safe", True: "full"}
# The writer's memory budget per thread (tantivy's minimum is 3 MB); a film is a few KB of tokens.
_HEAP = 50_000_000
# How long a write waits for another process's writer to let go of the index.
WRITER_WAIT = 30.0
K1 = 1.5
B = 0.75
EPSILON = 0.25


class IndexDamaged(Exception):
    """The index directory cannot be read as a filmbot index: it is rebuilt, never served."""


@dataclass(frozen=True, slots=True)
class Marker:
    format: int
    terms: int  # the tokenizer version (TERMS_VERSION) that made the indexed terms
    change: int  # the store's newest change id (film_changes) this index reflects
    films: int


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("film", stored=True, tokenizer_name="raw")
    # A digest of what was indexed, so a film another process already wrote is not written again.
    builder.add_text_field("digest", stored=True, tokenizer_name="raw")
    builder.add_integer_field("guild", fast=True, indexed=True)
    for field in _LEVELS.values():
        builder.add_text_field(field, stored=False, tokenizer_name="whitespace", index_option="freq")
        # tantivy's own field norms round lengths; BM25Okapi needs the exact ones.
        builder.add_unsigned_field(field + "_len", fast=True, stored=False)
    return builder.build()


def read_marker(path: Path) -> Marker | None:
    try:
        data = json.loads((path / MARKER).read_text(encoding="utf-8"))
        return Marker(
            format=int(data["format"]), terms=int(data["terms"]), change=int(data["change"]), films=int(data["films"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_marker(path: Path, marker: Marker) -> None:
    # One temporary name per process: two processes recording at once must not rename each other's file away.
    temporary = path / f"{MARKER}.{os.getpid()}.tmp"
    temporary.write_text(
        json.dumps({"format": marker.format, "terms": marker.terms, "change": marker.change, "films": marker.films}),
        encoding="utf-8",
    )
    os.replace(temporary, path / MARKER)


# A term in an explanation's context: Term(field=2, type=Str, "…") with Rust's escapes.
_CONTEXT = re.compile(r'type=Str, "((?:[^"\\]|\\.)*)"\)', re.DOTALL)
_ESCAPE = re.compile(r"\\u\{([0-9a-fA-F]+)\}|\\(.)", re.DOTALL)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else _SIMPLE_ESCAPES.get(m[2], m[2]), text)


def _frequencies(node: dict[str, Any], out: dict[str, int]) -> None:
    """Each matched term's frequency in the document, from a tantivy explanation (its JSON)."""
    for context in node.get("context", ()):
        found = _CONTEXT.search(context)
        if found is not None:
            freq = _find_freq(node)
            if freq is not None:
                out[_unescape(found[1])] = freq
            return
    for child in node.get("details", ()):
        _frequencies(child, out)


def _find_freq(node: dict[str, Any]) -> int | None:
    for child in node.get("details", ()):
        if str(child.get("description", "")).startswith("freq,"):
            return int(child["value"])
        found = _find_freq(child)
        if found is not None:
            return found
    return None


class _Reading:
    """What one searcher generation knows beyond tantivy's own figures, computed on first use."""

    def __init__(self, searcher: tantivy.Searcher) -> None:
        self.searcher = searcher
        self.count = searcher.num_docs
        self._totals: dict[bool, int] = {}
        self._df: dict[tuple[bool, str], int] = {}
        self._average_idf: dict[bool, float] = {}
        self._spellers: dict[bool, Speller] = {}


class PersistedSearch:
    """Film-level BM25 over every film, on disk at `path`; the same answers as `FilmSearch` (see module doc)."""

    def __init__(
        self, path: Path, *, vocabulary: Vocabulary = VOCABULARY, candidates: int = CANDIDATES, create: bool = True
    ) -> None:
        """Opens the index at `path` (creating an empty one when there is none and `create`); IndexDamaged when
        the directory holds something that is not a readable filmbot index."""
        self.path = Path(path)
        self.vocabulary = vocabulary
        self.candidates = candidates
        self._schema = _schema()
        self._index = self._open(create)
        self._stamp: tuple[int, int] | None = None
        self._reading: _Reading | None = None

    def _open(self, create: bool) -> tantivy.Index:
        try:
            if self.path.is_dir() and tantivy.Index.exists(str(self.path)):
                marker = read_marker(self.path)
                if marker is None or marker.format != FORMAT:
                    found = "no marker" if marker is None else f"format {marker.format}, not {FORMAT}"
                    raise IndexDamaged(f"the index at {self.path} has {found}")
                if marker.terms != TERMS_VERSION:
                    found = f"terms of tokenizer version {marker.terms}, not {TERMS_VERSION}"
                    raise IndexDamaged(f"the index at {self.path} has {found}")
                index = tantivy.Index.open(str(self.path))
                index.reload()
                index.searcher()
                return index
            if not create:
                raise IndexDamaged(f"no index at {self.path}")
            self.path.mkdir(parents=True, exist_ok=True)
            index = tantivy.Index(self._schema, path=str(self.path))
            _write_marker(self.path, Marker(FORMAT, TERMS_VERSION, -1, 0))
            return index
        except IndexDamaged:
            raise
        except BaseException as error:  # pyo3's PanicException (a damaged file) is a BaseException
            if isinstance(error, KeyboardInterrupt | SystemExit):
                raise
            raise IndexDamaged(f"the index at {self.path} cannot be read ({type(error).__name__}: {error})") from None

    @classmethod
    def recreate(cls, path: Path, *, vocabulary: Vocabulary = VOCABULARY) -> PersistedSearch:
        """An empty index at `path`, whatever was there (a damaged or stale index is rebuilt, never served)."""
        path = Path(path)
        # Moved aside, then deleted: a reader still open on the old index (tantivy's reload watcher, in this process
        # or another) may write its lock file into the directory while it is being deleted, and rmtree then failed
        # with "Directory not empty". Whatever it writes lands in the old directory; the new index starts empty.
        if path.exists():
            path.rename(path.with_name(f"{path.name}.discarded-{os.getpid()}-{time.time_ns()}"))
        for old in path.parent.glob(f"{path.name}.discarded-*"):  # with any an earlier recreate could not delete
            shutil.rmtree(old, ignore_errors=True)
        return cls(path, vocabulary=vocabulary)

    def marker(self) -> Marker | None:
        return read_marker(self.path)

    def set_change(self, change: int) -> None:
        """Records that the index reflects the store up to change `change`."""
        _write_marker(self.path, Marker(FORMAT, TERMS_VERSION, change, len(self)))

    def check(self) -> None:
        """Reads every live document's stored fields: IndexDamaged when some segment cannot be read."""
        try:
            reading = self._fresh()
            hits = reading.searcher.search(tantivy.Query.all_query(), max(1, reading.count)).hits
            for _, address in hits:
                reading.searcher.doc(address)
        except BaseException as error:
            if isinstance(error, KeyboardInterrupt | SystemExit):
                raise
            raise IndexDamaged(f"the index at {self.path} cannot be read ({type(error).__name__}: {error})") from None

    # ---- reading ---------------------------------------------------------------------------------------

    def _fresh(self) -> _Reading:
        """The current searcher: reloaded when any process committed since the last look (one stat)."""
        try:
            status = os.stat(self.path / "meta.json")
            stamp = (status.st_mtime_ns, status.st_size)
        except OSError:
            stamp = None
        if self._reading is None or stamp != self._stamp:
            self._index.reload()
            self._reading = _Reading(self._index.searcher())
            self._stamp = stamp
        return self._reading

    def __len__(self) -> int:
        return int(self._fresh().count)

    def film_ids(self) -> list[str]:
        reading = self._fresh()
        if not reading.count:
            return []
        hits = reading.searcher.search(tantivy.Query.all_query(), reading.count).hits
        return sorted(str(reading.searcher.doc(address)["film"][0]) for _, address in hits)

    def _df(self, reading: _Reading, spoilers: bool, term: str) -> int:
        """How many live films hold `term` (tantivy's doc_freq also counts deleted ones until a merge)."""
        key = (spoilers, term)
        found = reading._df.get(key)
        if found is None:
            field = _LEVELS[spoilers]
            if not reading.searcher.doc_freq(field, term):
                found = 0
            else:
                found = int(reading.searcher.search(self._term(field, term), 1).count)  # type: ignore[attr-defined]
            reading._df[key] = found
        return found

    def _term(self, field: str, value: str | int) -> tantivy.Query:
        return tantivy.Query.term_query(self._schema, field, value)

    def _total(self, reading: _Reading, spoilers: bool) -> int:
        if spoilers not in reading._totals:
            field = _LEVELS[spoilers] + "_len"
            result = reading.searcher.aggregate(tantivy.Query.all_query(), {"t": {"sum": {"field": field}}})
            reading._totals[spoilers] = int(result["t"]["value"] or 0) if reading.count else 0
        return reading._totals[spoilers]

    def _live_terms(self, reading: _Reading, spoilers: bool) -> list[tuple[str, int]]:
        """Every live term with its document count, listed from tantivy's term dictionary (not kept: at 100,000
        films that is ~560,000 terms, ~50 MB a scope, and most questions need only the average idf below)."""
        listed = reading.searcher.terms_with_prefix(_LEVELS[spoilers], "", filter_query=tantivy.Query.all_query())
        return [(str(term), int(count)) for term, count in listed if count]

    def _average_idf(self, reading: _Reading, spoilers: bool) -> float:
        """BM25Okapi's average idf over every live term (needed only for the floor of a term in most films)."""
        if spoilers not in reading._average_idf:
            n = reading.count
            terms = self._live_terms(reading, spoilers)
            total = sum(math.log(n - df + 0.5) - math.log(df + 0.5) for _, df in terms)
            reading._average_idf[spoilers] = total / len(terms) if terms else 0.0
        return reading._average_idf[spoilers]

    def _idf(self, reading: _Reading, spoilers: bool, df: int) -> float:
        if not df:
            return 0.0
        idf = math.log(reading.count - df + 0.5) - math.log(df + 0.5)
        return EPSILON * self._average_idf(reading, spoilers) if idf < 0 else idf

    def _speller(self, reading: _Reading, spoilers: bool) -> Speller:
        if spoilers not in reading._spellers:
            reading._spellers[spoilers] = Speller(term for term, _ in self._live_terms(reading, spoilers))
        return reading._spellers[spoilers]

    def knows(self, term: str, *, spoilers: bool = False, guild_id: int | None = None) -> bool:
        """Whether the text of a film this guild sees (never-spoiler text unless `spoilers`) holds `term`."""
        reading = self._fresh()
        if not self._df(reading, spoilers, term):
            return False
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, self._term(_LEVELS[spoilers], term)), (tantivy.Occur.Must, self._guilds(guild_id))]
        )
        return bool(reading.searcher.search(query, 1).hits)

    def _guilds(self, guild_id: int | None) -> tantivy.Query:
        owners = [_GLOBAL] if guild_id is None else [_GLOBAL, guild_id]
        either = tantivy.Query.boolean_query([(tantivy.Occur.Should, self._term("guild", g)) for g in owners])
        return tantivy.Query.const_score_query(either, 0.0)

    def respell(self, query: Sequence[str], *, spoilers: bool) -> list[str]:
        """`query` with a typo read as the nearest term the searched text holds (as `FilmSearch.respell`)."""
        reading = self._fresh()
        known = _Known(self, reading, spoilers)
        return respell(query, known, lambda: self._speller(reading, spoilers))

    def _weights(self, reading: _Reading, spoilers: bool, query: Sequence[str]) -> tuple[list[str], dict[str, float]]:
        """The query's distinct terms in the order `FilmSearch` sums them (a set of term ids; unknown terms
        last), and each one's coverage weight."""
        ids = {t: self.vocabulary.get(t) for t in query}
        unknown = sorted({t for t, i in ids.items() if i is None})
        keys = {t: i for t, i in ids.items() if i is not None} | {t: -1 - n for n, t in enumerate(unknown)}
        by_key = {key: t for t, key in keys.items()}
        ordered = [by_key[key] for key in set(keys.values())]
        weights = {}
        for term in ordered:
            df = self._df(reading, spoilers, term)
            weights[term] = math.log1p((reading.count - df + 0.5) / (df + 0.5))
        return ordered, weights

    def _held(self, reading: _Reading, query: tantivy.Query, address: tantivy.DocAddress) -> dict[str, int]:
        freqs: dict[str, int] = {}
        with contextlib.suppress(ValueError):
            _frequencies(json.loads(query.explain(reading.searcher, address).to_json()), freqs)
        return freqs

    def _address(self, reading: _Reading, film_id: str) -> tantivy.DocAddress | None:
        hits = reading.searcher.search(self._term("film", film_id), 1).hits
        return hits[0][1] if hits else None

    def coverage(self, query: Sequence[str], film_id: str, *, spoilers: bool) -> float:
        """The weighted share of the query's distinct terms one film's text holds (as `find` measures it)."""
        if not query:
            return 0.0
        reading = self._fresh()
        address = self._address(reading, film_id)
        if address is None:
            return 0.0
        query = self.respell(query, spoilers=spoilers)
        ordered, weights = self._weights(reading, spoilers, query)
        field = _LEVELS[spoilers]
        known = [t for t in ordered if self._df(reading, spoilers, t)]
        if not known:
            return 0.0
        text = tantivy.Query.boolean_query([(tantivy.Occur.Should, self._term(field, t)) for t in known])
        held = self._held(reading, text, address)
        total = sum(weights[t] for t in ordered)
        share = 0.0
        for term in ordered:
            if term in held:
                share += weights[term]
        return share / total if total else 0.0

    def find(
        self,
        query: Sequence[str],
        *,
        spoilers: bool,
        guild_id: int | None,
        k: int = 2,
        min_coverage: float = MIN_COVERAGE,
    ) -> list[FilmMatch]:
        """The best `k` films this guild may see whose text covers at least `min_coverage` of the query: tantivy's
        top candidates, ranked by `FilmSearch`'s exact formula. `spoilers=False` searches never-spoiler text."""
        if not query:
            return []
        reading = self._fresh()
        if not reading.count:
            return []
        query = self.respell(query, spoilers=spoilers)
        field = _LEVELS[spoilers]
        df = {t: self._df(reading, spoilers, t) for t in dict.fromkeys(query)}
        known = [t for t in query if df[t]]
        if not known:
            return []
        text = tantivy.Query.boolean_query([(tantivy.Occur.Should, self._term(field, t)) for t in dict.fromkeys(known)])
        searched = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, text), (tantivy.Occur.Must, self._guilds(guild_id))]
        )
        hits = reading.searcher.search(searched, self.candidates).hits
        if not hits:
            return []
        addresses = [address for _, address in hits]
        lengths = reading.searcher.fast_field_values(field + "_len", addresses)
        avgdl = self._total(reading, spoilers) / reading.count
        idf = {t: self._idf(reading, spoilers, df[t]) for t in df}
        ordered, weights = self._weights(reading, spoilers, query)
        total = sum(weights[t] for t in ordered)
        ids: list[str] = []
        scores: list[float] = []
        coverages: list[float] = []
        overlaps: list[int] = []
        for address, length in zip(addresses, lengths, strict=True):
            held = self._held(reading, text, address)
            # BM25Okapi.get_scores' expression, in its order, term by term in query order (repeats too).
            norm = K1 * (1 - B + B * int(length or 0) / avgdl)
            score = 0.0
            for term in known:
                freq = held.get(term, 0)
                if freq:
                    score += idf[term] * (freq * (K1 + 1) / (freq + norm))
            share = 0.0
            for term in ordered:
                if term in held:
                    share += weights[term]
            coverage = share / total if total else share
            if not held or coverage < min_coverage:
                continue
            ids.append(str(reading.searcher.doc(address)["film"][0]))
            scores.append(score * coverage**COORDINATION)
            coverages.append(coverage)
            overlaps.append(len(held))
        if not ids:
            return []
        ranked = top_k(np.arange(len(ids)), np.array(scores), np.array(overlaps), k, ids)
        return [FilmMatch(ids[i], score, coverages[i]) for i, score in ranked]

    # ---- writing ---------------------------------------------------------------------------------------

    def document(self, index: FilmIndex) -> tuple[str, dict[bool, list[str]]]:
        """A film as `FilmSearch` indexes it: title and aliases, then the passages each level takes, in order."""
        film = index.film
        title = [t for name in (film.title, *film.aliases) for t in document_tokens(name)]
        docs = index.passage_ids()
        levels = {
            spoilers: title
            + [
                term
                for passage, ids in zip(film.passages, docs, strict=True)
                if spoilers or not passage.spoiler
                for term in self.vocabulary.decode(ids.tolist())
            ]
            for spoilers in _LEVELS
        }
        digest = hashlib.blake2b(
            json.dumps([film.guild_id, levels[False], levels[True]]).encode("utf-8"), digest_size=16
        ).hexdigest()
        return digest, levels

    def _tantivy_document(self, film_id: str, guild_id: int | None, digest: str, levels: dict[bool, list[str]]) -> Any:
        document = tantivy.Document()
        document.add_text("film", film_id)
        document.add_text("digest", digest)
        document.add_integer("guild", _GLOBAL if guild_id is None else guild_id)
        for spoilers, field in _LEVELS.items():
            document.add_text(field, " ".join(levels[spoilers]))
            document.add_unsigned(field + "_len", len(levels[spoilers]))
        return document

    def indexed_digest(self, film_id: str) -> str | None:
        reading = self._fresh()
        address = self._address(reading, film_id)
        return None if address is None else str(reading.searcher.doc(address)["digest"][0])

    @contextlib.contextmanager
    def _writer(self) -> Iterator[Any]:
        """The index's one writer, waiting for another process's to finish; committed on success."""
        deadline = time.monotonic() + WRITER_WAIT
        while True:
            try:
                writer = self._index.writer(heap_size=_HEAP, num_threads=1)
                break
            except ValueError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)
        try:
            yield writer
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            writer.rollback()
            raise
        finally:
            del writer
        self._reading = None

    def add(self, index: FilmIndex) -> None:
        """Indexes a film now, replacing the one with the same id; nothing is written when the index already holds
        exactly this (another process sharing the directory wrote it)."""
        self.add_many([index])

    def add_many(self, indexes: Iterable[FilmIndex]) -> int:
        """Indexes films in one commit; how many were written."""
        written = 0
        pending = []
        for index in indexes:
            digest, levels = self.document(index)
            if self.indexed_digest(index.film.id) == digest:
                continue
            pending.append((index.film.id, index.film.guild_id, digest, levels))
        if not pending:
            return 0
        with self._writer() as writer:
            for film_id, guild_id, digest, levels in pending:
                writer.delete_documents_by_term("film", film_id)
                writer.add_document(self._tantivy_document(film_id, guild_id, digest, levels))
                written += 1
        return written

    def remove(self, film_id: str) -> None:
        if self._address(self._fresh(), film_id) is None:
            return
        with self._writer() as writer:
            writer.delete_documents_by_term("film", film_id)

    def warm(self) -> None:
        """Pays now what the first question would: the searcher and the English word list."""
        self._fresh()
        english_terms()


class _Known:
    """Whether a level's live films hold a term, for `respell`."""

    def __init__(self, search: PersistedSearch, reading: _Reading, spoilers: bool) -> None:
        self._search, self._reading, self._spoilers = search, reading, spoilers

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and bool(self._search._df(self._reading, self._spoilers, term))
