"""The cross-film step: an incrementally maintained inverted index that must score exactly as rank-bm25."""

import random

import numpy as np
from rank_bm25 import BM25Okapi

from corpus.models import Film
from index.film_index import FilmIndex
from index.film_search import FilmSearch, _Level
from index.tokenize import document_tokens, query_tokens
from tests.search_films import WORDS, make_film, passage


def corpus_of(search: FilmSearch, films: list[Film], spoilers: bool) -> list[list[str]]:
    """The same film documents the search builds, from the plain tokenizer, in the order films were added."""
    return [
        [
            *document_tokens(f.title),
            *(t for p in f.passages if spoilers or not p.spoiler for t in document_tokens(p.text)),
        ]
        for f in films
    ]


def check_equal(search: FilmSearch, films: list[Film], rng: random.Random) -> None:
    for spoilers in (False, True):
        corpus = corpus_of(search, films, spoilers)
        if not any(corpus):
            continue
        bm25 = BM25Okapi(corpus)
        for _ in range(5):
            query = rng.choices([*WORDS, "absent", "film"], k=rng.randint(1, 6))
            terms = query_tokens(" ".join(query))
            got = search.scores(terms, spoilers=spoilers)
            expected = bm25.get_scores(terms)
            assert np.array_equal(np.array([got[f.id] for f in films]), expected), (spoilers, terms)


def test_film_level_scores_equal_bm25okapi_exactly_through_adds_removes_and_replacements():
    rng = random.Random(11)
    search = FilmSearch()
    live: list[Film] = []
    counter = 0
    for step in range(120):
        action = rng.random()
        if live and action < 0.25:
            gone = live.pop(rng.randrange(len(live)))
            search.remove(gone.id)
        elif live and action < 0.35:
            # Replacing a film (same id) puts it last, as BM25Okapi would see a rebuilt corpus.
            old = live.pop(rng.randrange(len(live)))
            new = make_film(rng, counter)
            new.title, new.id = old.title, old.id
            for p in new.passages:
                p.film_id = old.id
            search.add(FilmIndex(new))
            live.append(new)
        else:
            counter += 1
            film = make_film(rng, counter)
            search.add(FilmIndex(film))
            live.append(film)
        if step % 7 == 0 and live:
            check_equal(search, live, rng)
    check_equal(search, live, rng)


def test_scores_stay_exact_across_sealed_segments_and_merges(monkeypatch):
    monkeypatch.setattr(_Level, "SEAL", 3)
    rng = random.Random(5)
    search = FilmSearch()
    films = [make_film(rng, n) for n in range(40)]
    for film in films:
        search.add(FilmIndex(film))
    for film in films[::5]:
        search.remove(film.id)
    live = [f for i, f in enumerate(films) if i % 5]
    search.warm()
    check_equal(search, live, rng)


def test_spoilers_off_finds_films_by_never_spoiler_text_only_and_respects_guilds():
    psycho = Film(
        title="Psycho",
        year=1960,
        passages=[
            passage(0, "Marion steals money and drives to a motel.", False),
            passage(1, "Marion dies in the shower.", True),
        ],
    ).assign_id()
    other = Film(
        title="Rain", year=2001, guild_id=9, passages=[passage(0, "A shower of rain over a motel.", False)]
    ).assign_id()
    search = FilmSearch()
    for film in (psycho, other):
        search.add(FilmIndex(film))
    terms = query_tokens("who dies in the shower?")
    assert [m.film_id for m in search.find(terms, spoilers=True, guild_id=None, k=2)] == [psycho.id]
    assert search.find(terms, spoilers=False, guild_id=None) == []
    rain = query_tokens("where is the shower of rain?")
    assert [m.film_id for m in search.find(rain, spoilers=False, guild_id=9, k=2)] == [other.id]
    assert search.find(rain, spoilers=False, guild_id=8) == []
    search.remove(other.id)
    assert search.find(rain, spoilers=False, guild_id=9) == []
    assert len(search) == 1


def test_a_film_sharing_only_a_common_word_is_not_chosen():
    films = [
        Film(title=f"F{i}", passages=[passage(0, f"The man walks home. Name{i} sings.", False)]).assign_id()
        for i in range(5)
    ]
    films.append(Film(title="Zone", passages=[passage(0, "The Professor enters the Room.", False)]).assign_id())
    search = FilmSearch()
    for film in films:
        search.add(FilmIndex(film))
    assert search.find(query_tokens("what does the man want with the lantern?"), spoilers=False, guild_id=None) == []
    found = search.find(query_tokens("what does the Professor want with the Room?"), spoilers=False, guild_id=None)
    assert [m.film_id for m in found] == [films[-1].id]


def test_a_film_holding_the_whole_question_beats_one_repeating_part_of_it():
    # BM25 alone prefers the film full of "premier" and "properties"; the one holding every word is the answer.
    repeats = Film(
        title="Gala",
        passages=[
            passage(
                0,
                "Premier properties open. Premier properties, premier properties, premier properties everywhere.",
                False,
            )
        ],
    ).assign_id()
    whole = Film(
        title="Salesmen",
        passages=[
            passage(
                0,
                "Mitch owns Premier Properties, a firm that sells land. "
                "The lawyer drinks alone at night and reads the paper.",
                False,
            )
        ],
    ).assign_id()
    fillers = [
        Film(title=f"F{i}", passages=[passage(0, f"A man walks home. Name{i} sings.", False)]).assign_id()
        for i in range(6)
    ]
    search = FilmSearch()
    for film in (repeats, whole, *fillers):
        search.add(FilmIndex(film))
    terms = query_tokens("who owns Premier Properties?")
    bm25 = search.scores(terms, spoilers=False)
    assert bm25[repeats.id] > bm25[whole.id]
    assert [m.film_id for m in search.find(terms, spoilers=False, guild_id=None, k=2)] == [whole.id, repeats.id]
