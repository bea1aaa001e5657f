"""Films read on demand: the engine over a store (SQLite or PostgreSQL) holds titles, not passages, and answers as
if it held every film whole; what it keeps of films' passages is bounded."""

import itertools

import pytest
from rank_bm25 import BM25Okapi

from corpus.bundled import seed_if_empty
from corpus.store_api import open_store
from index.engine import Engine
from index.film_index import FilmIndex
from index.spoilers import SpoilerScope
from index.startup import load_engine
from index.tokenize import document_tokens, query_tokens
from tests.store_backends import BACKENDS, location_for

QUESTIONS = [
    "who directed it?",
    "what happens at the end?",
    "who is the killer?",
    "what does the stalker do in the zone?",
    "who dies in the shower?",
    "where does Marion hide the money?",
    "what is the twist?",
    "who is Keyser Soze?",
    "what is rosebud?",
    "which film has a motel?",
]
SCOPES = [SpoilerScope.off(), SpoilerScope.on(), SpoilerScope.parse("upto:50%")]


@pytest.fixture(params=BACKENDS)
async def store(request, tmp_path):
    store = await open_store(location_for(request.param, request, tmp_path))
    await seed_if_empty(store)
    yield store
    await store.close()


async def test_stubs_hold_what_finding_a_film_by_name_needs_and_no_text(store):
    whole = {film.id: film for film in await store.load_all_films()}
    stubs = await store.film_stubs()
    assert sorted(stub.id for stub in stubs) == sorted(whole)
    for stub in stubs:
        film = whole[stub.id]
        assert (stub.title, stub.year, stub.aliases, stub.facts, stub.guild_id, stub.loaded_at) == (
            film.title,
            film.year,
            film.aliases,
            film.facts,
            film.guild_id,
            film.loaded_at,
        )
        assert stub.sections == [] and stub.passages == []


async def test_the_reader_reads_a_film_as_the_store_does(store):
    reader = store.film_reader()
    for film in await store.load_all_films():
        assert reader.film(film.id) == await store.get_film(film.id)
    assert reader.film("no-such-film") is None


async def test_answers_on_demand_equal_answers_from_films_held_whole(store, tmp_path):
    whole = Engine(await store.load_all_films())
    lazy = (await load_engine(store, tmp_path / "index", film_cache=2)).engine
    assert lazy.lazy and not whole.lazy
    titles = [film.title for film in whole.films()]
    for question, scope, title in itertools.product(QUESTIONS, SCOPES, [None, *titles]):
        a = whole.ask(question, film=title, scope=scope)
        b = lazy.ask(question, film=title, scope=scope)
        assert b.model_dump() == a.model_dump(), (question, scope, title)
        assert len(lazy.indexes()) <= 2


async def test_a_film_read_again_scores_exactly_as_bm25okapi(store, tmp_path):
    lazy = (await load_engine(store, tmp_path / "index", film_cache=1)).engine
    films = lazy.films()
    for film in films:
        lazy.visible_passages(film.id, SpoilerScope.on())  # each read pushes the one before out
    for film in films[:4]:
        index = lazy.index(film.id)
        assert isinstance(index, FilmIndex) and len(lazy.indexes()) == 1
        visible = index.visible(SpoilerScope.on())
        bm25 = BM25Okapi([document_tokens(p.text) for p in visible.passages])
        for question in QUESTIONS:
            terms = query_tokens(question)
            assert list(visible.postings.get_scores(terms)) == list(bm25.get_scores(terms))


async def test_films_loaded_and_removed_while_running_are_answered_and_forgotten(store, tmp_path):
    from corpus.load import parse_document

    lazy = (await load_engine(store, tmp_path / "index", film_cache=3)).engine
    film = parse_document(
        b"# Harbour of Owls (2003)\n\nA lighthouse keeper befriends a flock of owls on a foggy island.\n",
        "harbour.md",
    )
    await store.save_film(film, replace=False, actor="t")
    lazy.film_changed(film)
    answer = lazy.ask("which film has a lighthouse keeper and owls?", scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film.id
    await store.remove_film(film.id, actor="t")
    assert lazy.film_removed(film.id)
    assert lazy.film(film.id) is None
    assert lazy.ask("which film has a lighthouse keeper and owls?", scope=SpoilerScope.off()).film is None
