"""The content index on disk: the same films, scores and coverages as the exact in-memory search it replaces,
kept current film by film, shared by processes, and never served stale or damaged."""

import contextlib
import json
import random
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from corpus.models import Film
from corpus.store import Store
from index.film_index import FilmIndex
from index.film_search import FilmSearch
from index.persisted_search import MARKER, IndexDamaged, PersistedSearch, read_marker
from index.spoilers import SpoilerScope
from index.startup import IndexState, load_engine
from index.tokenize import TERMS_VERSION, query_tokens
from tests.search_films import WORDS, make_film, passage

ROOT = Path(__file__).resolve().parent.parent


def queries(rng: random.Random, n: int) -> list[list[str]]:
    return [query_tokens(" ".join(rng.choices([*WORDS, "absent", "film"], k=rng.randint(1, 6)))) for _ in range(n)]


def assert_same(persisted: PersistedSearch, memory: FilmSearch, films: list[Film], rng: random.Random) -> None:
    """Every film ranked (k = all, no coverage floor), for both corpora and for a guild and none: the same films in
    the same order, the same scores and coverages. Scores are equal to the bit unless a term is in most films
    (BM25Okapi's idf floor is then ε × the average idf, summed over the terms in another order: 1e-12)."""
    everything = len(films) + 1
    for spoilers in (False, True):
        for guild in (None, 7):
            for query in queries(rng, 6):
                want = memory.find(query, spoilers=spoilers, guild_id=guild, k=everything, min_coverage=0.0)
                got = persisted.find(query, spoilers=spoilers, guild_id=guild, k=everything, min_coverage=0.0)
                assert [m.film_id for m in got] == [m.film_id for m in want], (spoilers, guild, query)
                for g, w in zip(got, want, strict=True):
                    assert g.score == pytest.approx(w.score, rel=1e-12, abs=1e-12)
                    assert g.coverage == pytest.approx(w.coverage, rel=1e-12)
                for film in films[:5]:
                    assert persisted.coverage(query, film.id, spoilers=spoilers) == pytest.approx(
                        memory.coverage(query, film.id, spoilers=spoilers), rel=1e-12
                    )
                for term in query:
                    assert persisted.knows(term, spoilers=spoilers, guild_id=guild) == memory.knows(
                        term, spoilers=spoilers, guild_id=guild
                    )


def test_the_index_on_disk_ranks_exactly_as_the_in_memory_search(tmp_path):
    rng = random.Random(3)
    films = [make_film(rng, n, guild=7 if n % 5 == 0 else (8 if n % 7 == 0 else None)) for n in range(40)]
    memory, persisted = FilmSearch(), PersistedSearch(tmp_path / "index")
    for film in films:
        memory.add(FilmIndex(film))
    persisted.add_many(FilmIndex(film) for film in films)
    assert len(persisted) == len(films)
    assert_same(persisted, memory, films, rng)


def test_the_final_ranking_is_the_exact_formula_over_tantivys_candidates(tmp_path):
    """With fewer candidates than matching films the ranking is still the exact one, over those candidates."""
    rng = random.Random(8)
    films = [make_film(rng, n) for n in range(30)]
    memory, persisted = FilmSearch(), PersistedSearch(tmp_path / "index", candidates=10)
    for film in films:
        memory.add(FilmIndex(film))
    persisted.add_many(FilmIndex(film) for film in films)
    for query in queries(rng, 20):
        exact = {m.film_id: m for m in memory.find(query, spoilers=True, guild_id=None, k=99, min_coverage=0.0)}
        got = persisted.find(query, spoilers=True, guild_id=None, k=10, min_coverage=0.0)
        assert len(got) == min(10, len(exact))
        for match in got:
            assert match.score == pytest.approx(exact[match.film_id].score, rel=1e-12, abs=1e-12)
        assert [m.score for m in got] == sorted((m.score for m in got), reverse=True)


def test_loads_replacements_and_removals_leave_the_index_a_rebuild_would_make(tmp_path):
    rng = random.Random(11)
    incremental = PersistedSearch(tmp_path / "incremental")
    live: dict[str, Film] = {}
    counter = 0
    for _ in range(60):
        action = rng.random()
        if live and action < 0.25:
            gone = rng.choice(sorted(live))
            del live[gone]
            incremental.remove(gone)
        elif live and action < 0.4:
            old = live[rng.choice(sorted(live))]
            new = make_film(rng, counter)
            new.title, new.id = old.title, old.id
            for p in new.passages:
                p.film_id = old.id
            live[new.id] = new
            incremental.add(FilmIndex(new))
        else:
            counter += 1
            film = make_film(rng, counter)
            live[film.id] = film
            incremental.add(FilmIndex(film))
    rebuilt = PersistedSearch(tmp_path / "rebuilt")
    rebuilt.add_many(FilmIndex(film) for film in live.values())
    memory = FilmSearch()
    for film in live.values():
        memory.add(FilmIndex(film))
    assert incremental.film_ids() == rebuilt.film_ids() == sorted(live)
    for query in queries(rng, 30):
        for spoilers in (False, True):
            a = incremental.find(query, spoilers=spoilers, guild_id=None, k=99, min_coverage=0.0)
            b = rebuilt.find(query, spoilers=spoilers, guild_id=None, k=99, min_coverage=0.0)
            assert [(m.film_id, m.score, m.coverage) for m in a] == [(m.film_id, m.score, m.coverage) for m in b]
    assert_same(incremental, memory, list(live.values()), rng)


def test_spoilers_off_never_finds_a_film_by_its_spoiler_text(tmp_path):
    psycho = Film(
        title="Psycho",
        year=1960,
        passages=[
            passage(0, "Marion steals money and drives to a motel.", False),
            passage(1, "Marion dies in the shower.", True),
        ],
    ).assign_id()
    search = PersistedSearch(tmp_path / "index")
    search.add(FilmIndex(psycho))
    assert search.find(query_tokens("who dies in the shower"), spoilers=False, guild_id=None) == []
    assert not search.knows("shower", spoilers=False)
    assert [m.film_id for m in search.find(query_tokens("dies shower"), spoilers=True, guild_id=None)] == [psycho.id]


def test_a_film_written_again_unchanged_is_not_rewritten(tmp_path):
    search = PersistedSearch(tmp_path / "index")
    film = make_film(random.Random(1), 1)
    assert search.add_many([FilmIndex(film)]) == 1
    assert search.add_many([FilmIndex(film)]) == 0


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from corpus.models import Film
    from index.film_index import FilmIndex
    from index.persisted_search import PersistedSearch
    from tests.search_films import passage

    film = Film(title="Zanzibar Nights", year=1999, passages=[passage(0, "A lighthouse keeper tames a zebra.", False)])
    PersistedSearch(Path(sys.argv[1])).add(FilmIndex(film.assign_id()))
    print(film.id, flush=True)
    """
)


def test_a_film_another_process_loads_is_found_here_within_a_second(tmp_path):
    path = tmp_path / "index"
    here = PersistedSearch(path)
    here.add(FilmIndex(make_film(random.Random(2), 1)))
    query = query_tokens("lighthouse keeper zebra")
    assert here.find(query, spoilers=False, guild_id=None) == []
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    written = time.monotonic()
    film_id = child.stdout.strip()
    while not (found := here.find(query, spoilers=False, guild_id=None)) and time.monotonic() - written < 1.0:
        time.sleep(0.01)
    assert [m.film_id for m in found] == [film_id]
    assert time.monotonic() - written < 1.0


# ---- start-up: used, caught up or rebuilt ---------------------------------------------------------------


def film(title: str, text: str) -> Film:
    return Film(title=title, year=2000, passages=[passage(0, text, False)]).assign_id()


async def stored(tmp_path: Path) -> Store:
    store = await Store.open(tmp_path / "films.db")
    await store.save_film(film("Alpha", "A beekeeper loses her hives."), replace=False, actor="t")
    await store.save_film(film("Beta", "A ferryman crosses the frozen lake."), replace=False, actor="t")
    return store


def found(engine, question: str) -> str:
    answer = engine.ask(question, scope=SpoilerScope.off())
    return answer.film.title if answer.film is not None else ""


async def test_a_current_index_is_used_and_a_behind_one_caught_up_from_the_change_log(tmp_path):
    store = await stored(tmp_path)
    path = tmp_path / "index"
    try:
        first = await load_engine(store, path)
        assert first.state is IndexState.REBUILT and first.films == 2
        again = await load_engine(store, path)
        assert again.state is IndexState.FRESH
        await store.save_film(film("Gamma", "A glassblower rebuilds the cathedral window."), replace=False, actor="t")
        await store.remove_film(film("Alpha", "x").id, actor="t")
        caught = await load_engine(store, path)
        assert caught.state is IndexState.CAUGHT_UP, caught.why
        assert found(caught.engine, "who is the glassblower in the cathedral?") == "Gamma"
        assert PersistedSearch(path).film_ids() == sorted([film("Beta", "x").id, film("Gamma", "x").id])
        marker = read_marker(path)
        assert marker is not None and marker.change == await store.latest_change()
    finally:
        await store.close()


HOLD_LOCK = textwrap.dedent(
    """
    import fcntl, sys, time
    with open(sys.argv[1], "a+b") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))
    """
)


async def test_processes_starting_together_check_the_index_one_at_a_time(tmp_path):
    """Another process checking or rebuilding the same directory (here: holding its lock) is waited for; then the
    index it left is found, not rebuilt again under it."""
    store = await stored(tmp_path)
    path = tmp_path / "index"
    try:
        assert (await load_engine(store, path)).state is IndexState.REBUILT
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(path.with_name(path.name + ".lock")), "1.0"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        waited = await load_engine(store, path)
        assert time.monotonic() - started >= 0.5  # it waited for the other process's check to end
        assert waited.state is IndexState.FRESH
        assert holder.wait(10) == 0
    finally:
        await store.close()


def damage_marker(path: Path) -> None:
    (path / MARKER).write_text("{not json", encoding="utf-8")


def damage_segments(path: Path) -> None:
    for segment in path.glob("*.idx"):
        segment.write_bytes(b"\0" * 16)
    for segment in path.glob("*.store"):
        segment.write_bytes(b"\0" * 16)


def _remark(path: Path, **changes: int) -> None:
    marker = read_marker(path)
    assert marker is not None
    fields = {"format": marker.format, "terms": marker.terms, "change": marker.change, "films": marker.films}
    (path / MARKER).write_text(json.dumps(fields | changes), encoding="utf-8")


def marker_ahead(path: Path) -> None:
    marker = read_marker(path)
    assert marker is not None
    _remark(path, change=marker.change + 5)


def film_missing(path: Path) -> None:
    # The index lost a film without the change log saying so: counts differ.
    PersistedSearch(path).remove(film("Alpha", "x").id)


def wrong_format(path: Path) -> None:
    _remark(path, format=99)


def other_tokenizer(path: Path) -> None:
    # Terms made by another version of corpus/terms.py: a tokenizer change once left such an index in use.
    _remark(path, terms=TERMS_VERSION - 1)


def marker_before_tokenizer_versions(path: Path) -> None:
    # What filmbot wrote before the marker recorded the tokenizer version.
    marker = read_marker(path)
    assert marker is not None
    fields = {"format": marker.format, "change": marker.change, "films": marker.films}
    (path / MARKER).write_text(json.dumps(fields), encoding="utf-8")


@pytest.mark.parametrize(
    "spoil",
    [
        damage_marker,
        damage_segments,
        marker_ahead,
        film_missing,
        wrong_format,
        other_tokenizer,
        marker_before_tokenizer_versions,
    ],
)
async def test_a_stale_or_damaged_index_is_rebuilt_never_served(tmp_path, spoil):
    store = await stored(tmp_path)
    path = tmp_path / "index"
    try:
        await load_engine(store, path)
        spoil(path)
        loaded = await load_engine(store, path)
        assert loaded.state is IndexState.REBUILT, loaded.why
        assert found(loaded.engine, "who crosses the frozen lake?") == "Beta"
        assert found(loaded.engine, "what happens to the beekeeper's hives?") == "Alpha"
        assert (await load_engine(store, path)).state is IndexState.FRESH
    finally:
        await store.close()


def test_a_directory_that_is_no_index_is_refused(tmp_path):
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / "meta.json").write_text("{}", encoding="utf-8")
    with pytest.raises(IndexDamaged):
        PersistedSearch(tmp_path / "index", create=False)


def test_python_m_bot_index_rebuild_rebuilds_from_the_database(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from bot.cli import cli

    monkeypatch.delenv("FILMBOT_INDEX_DIR", raising=False)
    db = tmp_path / "films.db"
    runner = CliRunner()
    missing = runner.invoke(cli, ["index", "rebuild", "--db", str(db)])
    assert missing.exit_code != 0 and "no database" in missing.output and not db.exists()
    seeded = runner.invoke(cli, ["films", "list", "--db", str(db)])  # creates the database with the samples
    assert seeded.exit_code == 0, seeded.output
    damage_marker(tmp_path / "films.db.index")
    result = runner.invoke(cli, ["index", "rebuild", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"rebuilt the content index at {tmp_path / 'films.db.index'}" in result.output
    marker = read_marker(tmp_path / "films.db.index")
    assert marker is not None and marker.films == len(PersistedSearch(tmp_path / "films.db.index")) >= 1


def test_an_index_recreated_while_a_reader_still_writes_into_it_starts_empty(tmp_path):
    """A reader still open on the old index (tantivy's reload watcher, here or in another process) may write its
    lock file into the directory while it is being deleted: recreating then failed with "Directory not empty"
    (seen once in a fresh clone's run of `test_a_stale_or_damaged_index_is_rebuilt_never_served`)."""
    path = tmp_path / "index"
    PersistedSearch.recreate(path).add(FilmIndex(make_film(random.Random(7), 1)))
    stop = threading.Event()

    def keep_locking() -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError):
                (path / ".tantivy-meta.lock").touch()

    locker = threading.Thread(target=keep_locking, daemon=True)
    locker.start()
    try:
        for _ in range(RECREATE_ROUNDS):
            assert len(PersistedSearch.recreate(path)) == 0
    finally:
        stop.set()
        locker.join()
    assert [p.name for p in tmp_path.iterdir()] == ["index"]  # nothing set aside is left behind


RECREATE_ROUNDS = 30
