"""Speed and memory on synthetic corpora of 100, 1,000 and 10,000 films, side by side with the naive design.

    python bench/speed.py                   # 100, 1,000 and 10,000 films (first run builds the DBs: ~5 min)
    python bench/speed.py --quick           # 100 and 1,000 films only
    python bench/speed.py --sizes 10000 --naive-max 1000
    python bench/speed.py --quick --db postgresql://user@host/postgres   # SQLite and PostgreSQL side by side

Each film: a title, a year, facts, ~6 invented character names and 40 passages of ~100 words drawn from a
Zipfian vocabulary (50,000 types, exponent 1.1; the most frequent ranks are real English function words so
stopword removal behaves as on prose); the first 40% of the story is safe, the rest (60%) spoiler. Films are
built directly with corpus.models and saved with `Store.save_film` into a temp SQLite DB, cached between runs
(--cache, default /tmp/filmbot-bench-cache).

Each configuration runs in a fresh subprocess (`--worker`) so its resident-memory delta is clean:
  ours:  FilmService.open (film batches → Engine, warm, heap returned) → ready; then named / unnamed answers,
         autocomplete,
         loading one more film (parse + save + add_film) and the first unnamed answer after it.
  naive: the same load, then one rank-bm25 BM25Okapi over every passage of every film (same tokenizer);
         an answer = get_scores over all passages + argsort top-5, named or not.

With --db postgresql://…, each corpus is also copied (`db copy`) into a PostgreSQL database of its own on that
server (filmbot_bench_<size>_seed<seed>, created with the URL's rights, kept between runs), and a `backend` worker
runs against the SQLite file and against PostgreSQL alike: start-up (FilmService.open, films → engine), the bot's
whole answer path (`ask_as`: the asker's opt-ins read from the store, then the engine), the opt-in read alone,
and saving then removing one more film.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

try:
    from bench.common import ROOT, md_table, percentile
except ImportError:  # run as a script
    from common import ROOT, md_table, percentile  # type: ignore

import numpy as np
import psutil

from corpus.models import Facts, Film, Paragraph, Passage, Section, SectionKind
from index.tokenize import STOPWORDS

if TYPE_CHECKING:
    from index.engine import Engine

VOCAB = 50_000
ZIPF = 1.1
PASSAGES = 40
WORDS = 100
SPOILER_FROM = 0.4  # passages from 40% of the story on are spoilers: ~60% of them
SEED = 7
WARM_CAP_MB = 8_000
_SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou", "ar", "en")]
_NAME_SYLLABLES = [
    c + v
    for c in ("b", "br", "c", "d", "dr", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "th", "v", "z")
    for v in ("a", "e", "i", "o", "u", "ia", "ae", "on", "el")
]


# ---- the synthetic corpus ----------------------------------------------------------------------------------


class Generator:
    def __init__(self, seed: int = SEED) -> None:
        self.rng = np.random.default_rng(seed)
        self.pyrng = random.Random(seed)
        function_words = sorted(w for w in STOPWORDS if len(w) > 1 and w.isalpha())
        self.pyrng.shuffle(function_words)
        words = list(dict.fromkeys(function_words[:120]))
        seen = set(words)
        while len(words) < VOCAB:
            word = "".join(self.pyrng.choices(_SYLLABLES, k=self.pyrng.choice((1, 2, 2, 3, 3, 4))))
            if word not in seen:
                seen.add(word)
                words.append(word)
        self.vocab = np.array(words, dtype=object)
        ranks = np.arange(1, VOCAB + 1, dtype=np.float64)
        weights = ranks**-ZIPF
        self.cdf = np.cumsum(weights / weights.sum())
        self.titles: set[tuple[str, int]] = set()

    def words(self, n: int) -> list[str]:
        idx = np.searchsorted(self.cdf, self.rng.random(n))
        return list(self.vocab[np.minimum(idx, VOCAB - 1)])

    def name(self) -> str:
        return "".join(self.pyrng.choices(_NAME_SYLLABLES, k=self.pyrng.choice((2, 3, 3)))).capitalize()

    def title(self) -> tuple[str, int]:
        while True:
            mid = self.vocab[self.pyrng.randrange(300, 20_000, 1)]
            extra = [
                str(w)
                for w in self.vocab[
                    [self.pyrng.randrange(120, 5000) for _ in range(self.pyrng.choice((0, 1, 1, 2, 3)))]
                ]
            ]
            words = [*extra, str(mid)]
            if self.pyrng.random() < 0.3:
                words.insert(0, "the")
            title = " ".join(w.capitalize() if i == 0 or w != "the" else w for i, w in enumerate(words))
            year = self.pyrng.randrange(1920, 2025)
            if (title.casefold(), year) not in self.titles:
                self.titles.add((title.casefold(), year))
                return title, year

    def passage_text(self, names: list[str]) -> str:
        words = self.words(WORDS)
        out: list[str] = []
        for start in range(0, WORDS, 15):
            sentence = words[start : start + 15]
            if self.pyrng.random() < 0.6:
                sentence.insert(self.pyrng.randrange(len(sentence) + 1), self.pyrng.choice(names))
            sentence[0] = sentence[0].capitalize()
            out.append(" ".join(sentence) + ".")
        return " ".join(out)

    def film(self) -> tuple[Film, list[str]]:
        title, year = self.title()
        names = [self.name() for _ in range(6)]
        texts = [self.passage_text(names) for _ in range(PASSAGES)]
        safe_count = int(PASSAGES * SPOILER_FROM)
        sections = [
            Section(
                heading="Premise",
                kind=SectionKind.PREMISE,
                spoiler=False,
                paragraphs=[Paragraph(text=text) for text in texts[:safe_count]],
            ),
            Section(
                heading="Plot",
                kind=SectionKind.PLOT,
                spoiler=True,
                paragraphs=[Paragraph(text=text, spoiler=True) for text in texts[safe_count:]],
            ),
        ]
        facts = Facts(
            director=f"{self.name()} {self.name()}",
            runtime_minutes=self.pyrng.randrange(80, 180),
            language="English",
            cast=[f"{self.name()} {self.name()}" for _ in range(4)],
        )
        facts_text = f"{title} ({year}) was directed by {facts.director}. Director: {facts.director}."
        passages = [
            Passage(
                film_id="",
                section="Facts",
                section_kind=SectionKind.FACTS,
                ordinal=0,
                text=facts_text,
                spoiler=False,
                position=0.0,
                position_end=0.0,
            )
        ]
        for i, text in enumerate(texts):
            passages.append(
                Passage(
                    film_id="",
                    section="Premise" if i < safe_count else "Plot",
                    section_kind=SectionKind.PREMISE if i < safe_count else SectionKind.PLOT,
                    ordinal=i + 1,
                    text=text,
                    spoiler=i >= safe_count,
                    position=i / PASSAGES,
                    position_end=(i + 1) / PASSAGES,
                )
            )
        film = Film(
            title=title,
            year=year,
            facts=facts,
            sections=sections,
            passages=passages,
            source_file="synthetic.md",
            loaded_by="bench",
        )
        return film.assign_id(), names

    def markdown(self) -> str:
        """A film as a Markdown document, for timing the parse + save + add path."""
        film, _ = self.film()
        lines = [
            f"# {film.title} ({film.year})",
            "",
            f"Director: {film.facts.director}",
            f"Runtime: {film.facts.runtime_minutes} min",
            "",
            "## Premise",
            "",
        ]
        for section in film.sections:
            if section.spoiler:
                lines += ["## Plot (spoilers)", ""]
            for paragraph in section.paragraphs:
                lines += [paragraph.text, ""]
        return "\n".join(lines)


async def build_db(path: Path, size: int, seed: int) -> float:
    from corpus.store import Store

    gen = Generator(seed)
    started = time.perf_counter()
    tmp = path.with_suffix(".partial")
    for leftover in path.parent.glob(tmp.name + "*"):
        leftover.unlink()
    store = await Store.open(tmp)
    try:
        for i in range(size):
            film, _ = gen.film()
            await store.save_film(film, replace=False, actor="bench")
            if size >= 1000 and (i + 1) % (size // 10) == 0:
                print(f"  built {i + 1}/{size} films ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    finally:
        await store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(path)
    return time.perf_counter() - started


# ---- the worker: one configuration in a fresh process ------------------------------------------------------


def rss() -> int:
    gc.collect()
    return psutil.Process().memory_info().rss


def index_dir_of(db: Path) -> Path:
    from index.startup import default_index_dir

    return default_index_dir(db)


def worker_prepare(db: Path) -> dict:
    """The content index on disk made current (rebuilt the first time: timed), before `ours` measures a start."""
    from corpus.store import Store
    from index.startup import load_engine

    async def run() -> dict:
        store = await Store.open(db)
        try:
            started = time.perf_counter()
            loaded = await load_engine(store, index_dir_of(db))
            return {"index_state": loaded.state.value, "index_s": time.perf_counter() - started}
        finally:
            await store.close()

    result = asyncio.run(run())
    result["index_mb"] = sum(f.stat().st_size for f in index_dir_of(db).iterdir() if f.is_file()) / 2**20
    return result


async def open_engine(db: Path) -> Engine:
    from bot.service import FilmService

    # Left open until the worker ends: on SQLite the engine reads a film's passages when first asked about it.
    service = await FilmService.open(db, seed=False)
    return service.internals.engine


def whole_films(db: Path, films: list[Film], count: int, seed: int) -> list[Film]:
    """`count` random films with their passages (the engine may hold only their titles), read outside the
    engine so no timed question finds them already read."""
    from corpus.store import FilmReader

    rng = random.Random(seed)
    reader = FilmReader(db)
    try:
        picked = [rng.choice(films) for _ in range(count)]
        read = {film.id: reader.film(film.id) for film in picked}
        return [whole for film in picked if (whole := read[film.id]) is not None]
    finally:
        reader.close()


async def load_films(db: Path) -> list[Film]:
    from corpus.store import Store

    store = await Store.open(db)
    try:
        return await store.load_all_films()
    finally:
        await store.close()


def make_questions(films: list[Film], count: int, seed: int, *, in_order: bool = False) -> list[tuple[Film, str]]:
    """Questions from a film's character names and passage words, e.g. "what does Brelia do with the vouk?"."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        film = films[n % len(films)] if in_order else rng.choice(films)
        passage = rng.choice(film.passages[1:])
        words = passage.text.replace(".", "").split()
        names = [w for w in words if w[:1].isupper() and w.lower() not in STOPWORDS and not w.islower()]
        content = [w for w in words if w.islower() and w not in STOPWORDS]
        name = rng.choice(names) if names else ""
        picked = rng.sample(content, k=min(2, len(content)))
        out.append((film, f"what does {name} do with the {' '.join(picked)}?"))
    return out


def ms(seconds: list[float]) -> dict[str, float]:
    values = [s * 1000 for s in seconds]
    return {"p50": percentile(values, 50), "p99": percentile(values, 99), "max": max(values), "n": len(values)}


def worker_ours(db: Path, queries: int, seed: int) -> dict:
    from corpus.load import parse_document
    from corpus.store import Store
    from index.spoilers import SpoilerScope

    base = rss()
    started = time.perf_counter()
    # The bot's own start-up path: film batches from the database into the engine, warm the cross-film
    # search, hand the freed heap back (FilmService.open).
    engine = asyncio.run(open_engine(db))
    ready = time.perf_counter()
    result: dict = {"startup_s": ready - started, "rss_ready_mb": (rss() - base) / 2**20}
    films = engine.films()
    result["films"] = len(films)
    with sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True) as conn:
        result["passages"] = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    on, off = SpoilerScope.on(), SpoilerScope.off()
    questions = make_questions(whole_films(db, films, queries, seed), queries, seed, in_order=True)

    # The first content search builds the film-level indexes lazily: timed on its own.
    t0 = time.perf_counter()
    engine.ask(questions[0][1], scope=on)
    result["first_unnamed_on_ms"] = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    engine.ask(questions[0][1], scope=off)
    result["first_unnamed_off_ms"] = (time.perf_counter() - t0) * 1000

    for scope_name, scope in (("on", on), ("off", off)):
        cold, warm, unnamed, found = [], [], [], 0
        for film, question in questions:
            t0 = time.perf_counter()
            engine.ask(question, film=film.title, scope=scope)
            cold.append(time.perf_counter() - t0)  # first ask of this film under this scope, mostly
            t0 = time.perf_counter()
            engine.ask(question.replace("what does", "why does"), film=film.title, scope=scope)
            warm.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            answer = engine.ask(question, scope=scope)
            unnamed.append(time.perf_counter() - t0)
            found += answer.film is not None and answer.film.id == film.id
        result[f"named_cold_{scope_name}"] = ms(cold)
        result[f"named_warm_{scope_name}"] = ms(warm)
        result[f"unnamed_{scope_name}"] = ms(unnamed)
        result[f"unnamed_right_film_{scope_name}"] = found / len(questions)

    rng = random.Random(seed)
    suggest = []
    for _ in range(max(queries, 500)):
        title = rng.choice(films).title
        prefix = title[: rng.randint(1, 5)]
        t0 = time.perf_counter()
        engine.suggest(prefix, None)
        suggest.append(time.perf_counter() - t0)
    result["suggest"] = ms(suggest)
    result["rss_after_queries_mb"] = (rss() - base) / 2**20

    # Steady state: 10,000 questions over random films (5,000 films asked under spoilers on and off), so the
    # caches of films read and of per-scope indexes are full. Stops early past WARM_CAP_MB and extrapolates
    # linearly per film (said so in the report).
    t0 = time.perf_counter()
    warmed = 0
    for film in random.Random(seed + 2).sample(films, min(len(films), 5000)):
        engine.ask(f"what happens to {film.title}?", film=film.title, scope=on)
        engine.ask(f"what happens to {film.title}?", film=film.title, scope=off)
        warmed += 1
        if warmed % 500 == 0 and (psutil.Process().memory_info().rss - base) / 2**20 > WARM_CAP_MB:
            break
    result["warm_all_s"] = time.perf_counter() - t0
    result["warmed_films"] = warmed
    measured = (rss() - base) / 2**20
    result["rss_all_warm_mb"] = measured
    result["rss_all_warm_extrapolated_mb"] = (
        measured
        if warmed == min(len(films), 5000)
        else result["rss_after_queries_mb"] + (measured - result["rss_after_queries_mb"]) * len(films) / warmed
    )

    # One more film: parse + save + add_film, then the first content search (which rebuilds lazily).
    document = Generator(seed + 1).markdown().encode()

    async def save(film: Film) -> float:
        store = await Store.open(db)
        try:
            t = time.perf_counter()
            await store.save_film(film, replace=True, actor="bench")
            return time.perf_counter() - t
        finally:
            await store.close()

    t0 = time.perf_counter()
    film = parse_document(document, "one-more.md", loaded_by="bench")
    parse_s = time.perf_counter() - t0
    save_s = asyncio.run(save(film))
    t0 = time.perf_counter()
    engine.add_film(film)
    add_s = time.perf_counter() - t0
    # Only character names (never title words, which come from another syllable set), so the film is found
    # by content search, whose film-level index add_film invalidated.
    name = next(w for w in questions[1][1].split() if w[:1].isupper())
    t0 = time.perf_counter()
    engine.ask(f"what does {name} do?", scope=on)
    after_add = time.perf_counter() - t0
    t0 = time.perf_counter()
    engine.ask(questions[1][1], film=film.title, scope=on)
    named_new = time.perf_counter() - t0
    result["add"] = {
        "parse_ms": parse_s * 1000,
        "save_ms": save_s * 1000,
        "add_film_ms": add_s * 1000,
        "total_ms": (parse_s + save_s + add_s) * 1000,
        "first_unnamed_after_add_ms": after_add * 1000,
        "first_named_new_film_ms": named_new * 1000,
    }

    # Leave the cached DB as it was.
    async def remove() -> None:
        store = await Store.open(db)
        try:
            await store.remove_film(film.id, actor="bench")
        finally:
            await store.close()

    asyncio.run(remove())
    engine.remove_film(film.id)
    return result


async def postgres_copy(sqlite_db: Path, server_url: str, size: int, seed: int) -> str:
    """The corpus in a PostgreSQL database of its own on `server_url`'s server, copied once and then reused."""
    from urllib.parse import urlsplit, urlunsplit

    import asyncpg

    from corpus.copy import copy_store
    from corpus.store_api import describe_location, open_store

    name = f"filmbot_bench_{size}_seed{seed}_v1"
    parts = urlsplit(server_url)
    target = urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))
    admin = await asyncpg.connect(server_url)
    try:
        exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if exists:
            store = await open_store(target)
            try:
                if await store.count_films() == size:
                    return target
            finally:
                await store.close()
            await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')  # a copy that did not finish
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    print(f"copying {sqlite_db} to {describe_location(target)} ...", file=sys.stderr)
    source, dest = await open_store(sqlite_db), await open_store(target)
    try:
        await copy_store(source, dest)
    finally:
        await source.close()
        await dest.close()
    return target


def worker_backend(location: str, queries: int, seed: int) -> dict:
    """Start-up and the store's share of answering, on either backend (the engine is the same in both)."""
    from datetime import UTC, datetime

    from bot.service import Asker, FilmService
    from corpus.load import parse_document
    from corpus.store_api import open_store

    async def run() -> dict:
        result: dict = {"location": location.split("@")[-1]}
        base = rss()
        started = time.perf_counter()
        service = await FilmService.open(location, seed=False)
        result["startup_s"] = time.perf_counter() - started
        result["rss_ready_mb"] = (rss() - base) / 2**20
        try:
            films = service.internals.engine.films()
            result["films"] = len(films)
            # Questions come from whole films (the engine may hold only titles), read apart from the engine.
            picked = random.Random(seed).sample(films, k=min(len(films), queries))
            sample_films = [film for stub in picked if (film := await service.internals.store.get_film(stub.id))]
            questions = make_questions(sample_films, queries, seed)
            del sample_films
            asker = Asker(user_id=7, channel_id=100, guild_id=None)
            # Opt-ins as a channel has them: the whole channel, and the asker for one film.
            await service.internals.store.set_pref(
                guild_id=None, channel_id=100, user_id=None, film_id=None, scope="upto:30%", expires_at=None, set_by=1
            )
            await service.internals.store.set_pref(
                guild_id=None, channel_id=100, user_id=7, film_id=films[0].id, scope="on", expires_at=None, set_by=7
            )
            now = datetime.now(UTC)
            await service.internals.store.add_reveal(
                token="bench", guild_id=None, channel_id=100, film_id=films[0].id, question="why?", now=now
            )
            for _, question in questions[:20]:  # warm-up: the per-film indexes, the pool's connections
                await service.ask_as(asker, question)
            whole, prefs, reveals = [], [], []
            for film, question in questions:
                t0 = time.perf_counter()
                await service.ask_as(asker, question, film=film.title)
                whole.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                await service.internals.store.prefs_for(100, 7, now)
                prefs.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                await service.internals.store.get_reveal("bench", not_before=now.replace(year=now.year - 1))
                reveals.append(time.perf_counter() - t0)
            result["ask_as"], result["prefs_for"], result["get_reveal"] = ms(whole), ms(prefs), ms(reveals)
            # A film no question has named yet: its passages are read from the store first (on PostgreSQL through
            # the reader's own connection and thread).
            named = {film.id for film, _ in questions}
            cold = [film for film in films if film.id not in named][:queries]
            first = []
            for film in cold:
                t0 = time.perf_counter()
                await service.ask_as(asker, "who directed it?", film=film.title)
                first.append(time.perf_counter() - t0)
            result["first_ask"] = ms(first) if first else None
            result["rss_asked_mb"] = (rss() - base) / 2**20
            film = parse_document(Generator(seed + 2).markdown().encode(), "one-more.md", loaded_by="bench")
            t0 = time.perf_counter()
            await service.internals.store.save_film(film, replace=True, actor="bench")
            result["save_ms"] = (time.perf_counter() - t0) * 1000
            t0 = time.perf_counter()
            await service.internals.store.remove_film(film.id, actor="bench")
            result["remove_ms"] = (time.perf_counter() - t0) * 1000
            # Leave the cached database as it was.
            await service.internals.store.clear_prefs(100, None)
            await service.internals.store.clear_prefs(100, 7)
            await service.internals.store.purge_reveals(before=now)
        finally:
            await service.close()
        # Last, so what it reads is not in the memory figures above.
        store = await open_store(location)
        try:
            read = time.perf_counter()
            async for _batch in store.film_batches():
                pass
            result["read_films_s"] = time.perf_counter() - read
        finally:
            await store.close()
        return result

    return asyncio.run(run())


def worker_naive(db: Path, queries: int, seed: int) -> dict:
    from rank_bm25 import BM25Okapi

    from index.tokenize import document_tokens, query_tokens

    base = rss()
    started = time.perf_counter()
    films = asyncio.run(load_films(db))
    loaded = time.perf_counter()
    owners: list[str] = []
    corpus: list[list[str]] = []
    for film in films:
        for passage in film.passages:
            owners.append(film.id)
            corpus.append(document_tokens(passage.text))
    bm25 = BM25Okapi(corpus)
    ready = time.perf_counter()
    result: dict = {
        "films": len(films),
        "passages": len(corpus),
        "load_s": loaded - started,
        "engine_s": ready - loaded,
        "startup_s": ready - started,
        "rss_ready_mb": (rss() - base) / 2**20,
    }
    timings = []
    found = 0
    for film, question in make_questions(films, queries, seed):
        t0 = time.perf_counter()
        scores = bm25.get_scores(query_tokens(question))
        top = np.argsort(-scores)[:5]
        timings.append(time.perf_counter() - t0)
        found += owners[int(top[0])] == film.id
    result["answer"] = ms(timings)
    result["right_film"] = found / len(timings)
    return result


def worker_tantivy_passages(db: Path, queries: int, seed: int) -> dict:
    """The engine a user might pick instead: tantivy over every passage (one document per passage, our tokens,
    the spoiler flag indexed), no film-level step. Built once beside the database (timed), then opened."""
    import shutil

    import tantivy

    from corpus.store import Store
    from index.tokenize import document_tokens, query_tokens

    path = db.with_name(db.name + ".passages-index")

    def schema() -> tantivy.Schema:
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("film", stored=True, tokenizer_name="raw")
        builder.add_integer_field("spoiler", indexed=True, fast=True)
        builder.add_text_field("text", stored=False, tokenizer_name="whitespace", index_option="freq")
        return builder.build()

    result: dict = {}
    if not (path / "meta.json").exists():
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir()
        index = tantivy.Index(schema(), path=str(path))
        writer = index.writer(heap_size=200_000_000, num_threads=1)
        started = time.perf_counter()

        async def fill() -> None:
            store = await Store.open(db)
            try:
                async for batch in store.film_batches():
                    for film in batch:
                        for passage in film.passages:
                            document = tantivy.Document()
                            document.add_text("film", film.id)
                            document.add_integer("spoiler", int(passage.spoiler))
                            document.add_text("text", " ".join(document_tokens(passage.text)))
                            writer.add_document(document)
            finally:
                await store.close()

        asyncio.run(fill())
        writer.commit()
        writer.wait_merging_threads()
        result["build_s"] = time.perf_counter() - started
    result["index_mb"] = sum(f.stat().st_size for f in path.iterdir() if f.is_file()) / 2**20
    base = rss()
    started = time.perf_counter()
    index = tantivy.Index.open(str(path))
    index.reload()
    searcher = index.searcher()
    result["startup_s"] = time.perf_counter() - started
    result["rss_ready_mb"] = (rss() - base) / 2**20
    result["passages"] = searcher.num_docs
    films = asyncio.run(load_some_films(db, seed))
    schema_ = index.schema
    named, unnamed, found = [], [], 0
    for film, question in make_questions(films, queries, seed):
        terms = list(dict.fromkeys(query_tokens(question)))
        text = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(schema_, "text", t)) for t in terms]
        )
        safe = tantivy.Query.term_query(schema_, "spoiler", 0)
        t0 = time.perf_counter()
        query = tantivy.Query.boolean_query(
            [
                (tantivy.Occur.Must, text),
                (tantivy.Occur.Must, tantivy.Query.term_query(schema_, "film", film.id)),
                (tantivy.Occur.Must, safe),
            ]
        )
        hits = searcher.search(query, 5).hits
        [searcher.doc(address) for _, address in hits]
        named.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        hits = searcher.search(
            tantivy.Query.boolean_query([(tantivy.Occur.Must, text), (tantivy.Occur.Must, safe)]), 5
        ).hits
        top = [searcher.doc(address)["film"][0] for _, address in hits]
        unnamed.append(time.perf_counter() - t0)
        found += bool(top) and top[0] == film.id
    result["named"] = ms(named)
    result["unnamed"] = ms(unnamed)
    result["right_film_off"] = found / len(unnamed)
    result["rss_after_queries_mb"] = (rss() - base) / 2**20
    return result


async def load_some_films(db: Path, seed: int, count: int = 300) -> list[Film]:
    from corpus.store import Store

    store = await Store.open(db)
    try:
        ids = [row.id for row in await store.list_films(all_guilds=True)]
        picked = random.Random(seed).sample(ids, min(count, len(ids)))
        return [film for film_id in picked if (film := await store.get_film(film_id)) is not None]
    finally:
        await store.close()


def run_worker(kind: str, db: Path | str, queries: int, seed: int, timeout: float) -> dict:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        kind,
        "--worker-db",
        str(db),
        "--queries",
        str(queries),
        "--seed",
        str(seed),
    ]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"rc {proc.returncode}"}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - started
    return result


# ---- the report --------------------------------------------------------------------------------------------


def fmt(value: object, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 films only")
    parser.add_argument("--naive-max", type=int, default=10_000, help="largest corpus to run the naive design on")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--naive-queries", type=int, default=50, help="questions timed on the naive design")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "filmbot-bench-cache"))
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per worker")
    parser.add_argument("--json", help="also write every figure to this file")
    parser.add_argument("--db", help="a PostgreSQL URL: also measure each corpus copied there, beside SQLite")
    parser.add_argument("--worker", choices=("ours", "naive", "backend", "prepare", "tantivy"), help=argparse.SUPPRESS)
    parser.add_argument("--tantivy-max", type=int, default=10_000, help="largest corpus to run tantivy-per-passage on")
    parser.add_argument("--worker-db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        if args.worker == "backend":
            print(json.dumps(worker_backend(args.worker_db, args.queries, args.seed)))
            return 0
        if args.worker == "prepare":
            print(json.dumps(worker_prepare(Path(args.worker_db))))
            return 0
        fn = {"ours": worker_ours, "naive": worker_naive, "tantivy": worker_tantivy_passages}[args.worker]
        print(json.dumps(fn(Path(args.worker_db), args.queries, args.seed)), flush=True)
        # The service `ours` measured is still open, on an event loop asyncio.run has closed: its database
        # thread would keep the process from exiting.
        os._exit(0)

    sizes = [100, 1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict] = {}
    for size in sizes:
        db = cache / f"films-{size}-seed{args.seed}-v1.db"
        built = None
        if not db.exists():
            print(f"building {db} ...", file=sys.stderr)
            built = asyncio.run(build_db(db, size, args.seed))
        print(f"{size} films: content index ...", file=sys.stderr)
        prepared = run_worker("prepare", db, args.queries, args.seed, args.timeout)
        print(f"{size} films: ours ...", file=sys.stderr)
        ours = run_worker("ours", db, args.queries, args.seed, args.timeout)
        naive = None
        if size <= args.naive_max:
            print(f"{size} films: naive ...", file=sys.stderr)
            naive = run_worker("naive", db, args.naive_queries, args.seed, args.timeout)
        passages = None
        if size <= args.tantivy_max:
            print(f"{size} films: tantivy over every passage ...", file=sys.stderr)
            passages = run_worker("tantivy", db, args.queries, args.seed, args.timeout)
        results[size] = {
            "tantivy_passages": passages,
            "db": str(db),
            "db_mb": db.stat().st_size / 2**20,
            "db_build_s": built,
            "index": prepared,
            "ours": ours,
            "naive": naive,
        }
        if args.db:
            pg = asyncio.run(postgres_copy(db, args.db, size, args.seed))
            for name, location in (("sqlite", str(db)), ("postgres", pg)):
                print(f"{size} films: backend {name} ...", file=sys.stderr)
                results[size][f"backend_{name}"] = run_worker(
                    "backend", location, args.queries, args.seed, args.timeout
                )
        print(json.dumps(results[size]), file=sys.stderr)

    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    report(results)
    return 0


def report(results: dict[int, dict]) -> None:
    print("# Speed and memory (synthetic corpora)\n")
    header = ["figure", *(f"{size:,} films" for size in results), "target 10,000 / 100,000 (issue 14)"]

    def row(label: str, get, target: str = "") -> list[str]:
        cells = []
        for data in results.values():
            try:
                cells.append(get(data))
            except (KeyError, TypeError, AttributeError):
                cells.append("–")
        return [label, *cells, target]

    o = lambda d: d["ours"]  # noqa: E731
    n = lambda d: d["naive"]  # noqa: E731
    t = lambda d: d["tantivy_passages"]  # noqa: E731
    rows = [
        row("passages", lambda d: f"{o(d)['passages']:,}"),
        row("DB size (MB)", lambda d: fmt(d["db_mb"])),
        row(
            "content index on disk: first build (s) / size (MB)",
            lambda d: (
                f"{fmt(d['index']['index_s'], 1)} ({d['index']['index_state']}) / {fmt(d['index']['index_mb'], 0)}"
            ),
        ),
        row("start-up DB → ready, ours, index current (s)", lambda d: fmt(o(d)["startup_s"], 2), "≤ 3 / 10"),
        row("first unnamed answer after start-up, spoilers on (ms)", lambda d: fmt(o(d)["first_unnamed_on_ms"], 0)),
        row(
            "start-up DB → ready, naive (s)",
            lambda d: (
                fmt(n(d)["startup_s"], 2) if n(d) and "error" not in n(d) else (n(d) or {}).get("error", "not run")
            ),
        ),
        row("RSS delta at ready, ours (MB)", lambda d: fmt(o(d)["rss_ready_mb"], 0), "≤ 300 / 1,000"),
        row("RSS delta after the timed questions, ours (MB)", lambda d: fmt(o(d)["rss_after_queries_mb"], 0)),
        row(
            "RSS delta after 10,000 more questions over random films, on and off (MB)",
            lambda d: (
                fmt(o(d)["rss_all_warm_mb"], 0)
                if o(d)["warmed_films"] == min(o(d)["films"], 5000)
                else f"{fmt(o(d)['rss_all_warm_extrapolated_mb'], 0)} "
                f"(extrapolated from {o(d)['warmed_films']:,} films)"
            ),
            "≤ 500 / 1,200",
        ),
        row("RSS delta at ready, naive (MB)", lambda d: fmt(n(d)["rss_ready_mb"], 0)),
        row(
            "named answer p50 / p99, spoilers on, first ask of the film (ms)",
            lambda d: f"{fmt(o(d)['named_cold_on']['p50'], 2)} / {fmt(o(d)['named_cold_on']['p99'], 2)}",
            "p99 ≤ 15 / 15",
        ),
        row(
            "named answer p50 / p99, spoilers on, film already asked (ms)",
            lambda d: f"{fmt(o(d)['named_warm_on']['p50'], 2)} / {fmt(o(d)['named_warm_on']['p99'], 2)}",
            "p99 ≤ 2 / 2",
        ),
        row(
            "named answer p50 / p99, spoilers off, first ask (ms)",
            lambda d: f"{fmt(o(d)['named_cold_off']['p50'], 2)} / {fmt(o(d)['named_cold_off']['p99'], 2)}",
        ),
        row(
            "unnamed answer p50 / p99, spoilers on (ms)",
            lambda d: f"{fmt(o(d)['unnamed_on']['p50'], 2)} / {fmt(o(d)['unnamed_on']['p99'], 2)}",
            "p99 ≤ 20 / 50",
        ),
        row(
            "unnamed answer p50 / p99, spoilers off (ms)",
            lambda d: f"{fmt(o(d)['unnamed_off']['p50'], 2)} / {fmt(o(d)['unnamed_off']['p99'], 2)}",
            "p99 ≤ 20 / 50",
        ),
        row(
            "unnamed: right film found, on / off",
            lambda d: f"{o(d)['unnamed_right_film_on']:.2f} / {o(d)['unnamed_right_film_off']:.2f}",
        ),
        row(
            "naive answer p50 / p99 (ms)",
            lambda d: f"{fmt(n(d)['answer']['p50'], 1)} / {fmt(n(d)['answer']['p99'], 1)} (n={n(d)['answer']['n']})",
        ),
        row("naive: top passage from the right film", lambda d: f"{n(d)['right_film']:.2f}"),
        row(
            "tantivy over every passage: build (s) / index size (MB)",
            lambda d: f"{fmt(t(d).get('build_s'), 0)} / {fmt(t(d)['index_mb'], 0)}",
        ),
        row(
            "tantivy over every passage: open (s) / RSS at ready / after questions (MB)",
            lambda d: (
                f"{fmt(t(d)['startup_s'], 3)} / {fmt(t(d)['rss_ready_mb'], 0)} / {fmt(t(d)['rss_after_queries_mb'], 0)}"
            ),
        ),
        row(
            "tantivy over every passage: named / unnamed p50 / p99 (ms), spoilers off",
            lambda d: (
                f"{fmt(t(d)['named']['p50'], 2)} / {fmt(t(d)['named']['p99'], 2)}; "
                f"{fmt(t(d)['unnamed']['p50'], 2)} / {fmt(t(d)['unnamed']['p99'], 2)}"
            ),
        ),
        row(
            "tantivy over every passage: top passage from the right film, off",
            lambda d: f"{t(d)['right_film_off']:.2f}",
        ),
        row(
            "named speed-up vs naive, p50 (first ask / already asked)",
            lambda d: (
                f"{n(d)['answer']['p50'] / o(d)['named_cold_on']['p50']:.0f}× / "
                f"{n(d)['answer']['p50'] / o(d)['named_warm_on']['p50']:.0f}×"
            ),
            "≥ 50×",
        ),
        row(
            "autocomplete p50 / p99 (ms)",
            lambda d: f"{fmt(o(d)['suggest']['p50'], 2)} / {fmt(o(d)['suggest']['p99'], 2)}",
            "p99 ≤ 2 / 2",
        ),
        row(
            "one more film: parse + save + add_film (ms)",
            lambda d: (
                f"{fmt(o(d)['add']['parse_ms'])} + {fmt(o(d)['add']['save_ms'])} + "
                f"{fmt(o(d)['add']['add_film_ms'], 2)} = {fmt(o(d)['add']['total_ms'])}"
            ),
        ),
        row(
            "  first unnamed answer after adding it (ms)",
            lambda d: fmt(o(d)["add"]["first_unnamed_after_add_ms"], 0),
            "add_film + this ≤ 1,000",
        ),
    ]
    print(md_table(header, rows))
    if any("backend_postgres" in data for data in results.values()):
        report_backends(results)


def report_backends(results: dict[int, dict]) -> None:
    print("\n# SQLite and PostgreSQL (the same corpus, the same questions)\n")
    header = ["figure", *(f"{size:,} films, {name}" for size in results for name in ("SQLite", "PostgreSQL"))]

    def row(label: str, get) -> list[str]:
        cells = []
        for data in results.values():
            for name in ("sqlite", "postgres"):
                found = data.get(f"backend_{name}") or {}
                try:
                    cells.append(get(found) if "error" not in found else found["error"])
                except (KeyError, TypeError):
                    cells.append("–")
        return [label, *cells]

    def p50_99(key: str, digits: int = 2):
        return lambda d: f"{fmt(d[key]['p50'], digits)} / {fmt(d[key]['p99'], digits)}"

    rows = [
        row("open: store + films → ready (s)", lambda d: fmt(d["startup_s"], 2)),
        row("reading every film whole, for comparison (s)", lambda d: fmt(d["read_films_s"], 2)),
        row("RSS delta at ready (MB)", lambda d: fmt(d["rss_ready_mb"], 0)),
        row("whole answer (ask_as: opt-ins read + engine) p50 / p99 (ms)", p50_99("ask_as")),
        row("  the film's first question (its passages read first) p50 / p99 (ms)", p50_99("first_ask")),
        row("RSS delta after those questions (MB)", lambda d: fmt(d["rss_asked_mb"], 0)),
        row("opt-in read alone (prefs_for) p50 / p99 (ms)", p50_99("prefs_for")),
        row("Reveal token read (get_reveal) p50 / p99 (ms)", p50_99("get_reveal")),
        row("save one more film / remove it (ms)", lambda d: f"{fmt(d['save_ms'])} / {fmt(d['remove_ms'])}"),
    ]
    print(md_table(header, rows))


if __name__ == "__main__":
    sys.exit(main())
