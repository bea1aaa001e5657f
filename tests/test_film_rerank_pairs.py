"""Two words the question puts side by side count for more where a passage has them side by side too
(index/film_rerank.py, PAIR): "new memories", "private detective" name one thing, the two words apart do not."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from corpus.models import Film, SectionKind
from index import film_rerank
from index.engine import Engine
from index.film_index import FilmIndex
from index.film_search import FilmSearch
from index.persisted_search import PersistedSearch
from index.question import name_terms
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.engine_films import make_film
from tests.films import ALL

Search = FilmSearch | PersistedSearch

FILLER = [f"Chapter {n}: the crew sails on past island number {n} and nothing happens." for n in range(12)]


def film(title: str, texts: list[str]) -> Film:
    return make_film(title, None, [(SectionKind.PLOT, False, text) for text in texts])


OTHERS = [film(f"Other {n}", FILLER[n : n + 3]) for n in range(6)]


def searches(films: list[Film], tmp_path: Path) -> list[Search]:
    memory, disk = FilmSearch(), PersistedSearch(tmp_path / "index")
    for f in films:
        memory.add(FilmIndex(f))
    disk.add_many(FilmIndex(f) for f in films)
    return [memory, disk]


def ranked(search: Search, films: list[Film], question: str) -> list[str]:
    """The engine's content search: the film-level shortlist, re-ranked from each film's passages."""
    indexes = {f.id: FilmIndex(f) for f in films}
    terms = query_tokens(question) + name_terms(question)
    return [m.film_id for m in film_rerank.find(search, terms, indexes.get, spoilers=False, guild_id=None)]


# (the phrase the question and one film say side by side, a third word of the question)
PHRASES = [
    ("private detective", "orchard"),
    ("new memories", "lighthouse"),
    ("water tank", "magician"),
    ("high school", "librarian"),
    ("business flight", "salesman"),
]


@pytest.mark.parametrize(("phrase", "third"), PHRASES)
def test_words_side_by_side_as_in_the_question_beat_the_same_words_apart(tmp_path, phrase, third):
    """Both films hold the three words in one passage; the one saying them apart is a word shorter, so without
    the pair it is ahead (film-level BM25 and the best window alike)."""
    first, second = phrase.split()
    together = film("Together", [f"The {first} {second} waits while someone sees the {third} at dawn.", *FILLER[:3]])
    apart = film("Apart", [f"The {second} waits while the {first} sees the {third} at dawn.", *FILLER[:3]])
    films = [together, apart, *OTHERS]
    question = f"which film has a {phrase} and a {third}?"
    for search in searches(films, tmp_path):
        assert ranked(search, films, question)[:2] == [together.id, apart.id], type(search).__name__


@pytest.mark.parametrize(("phrase", "third"), PHRASES[:3])
def test_without_the_pair_the_shorter_film_saying_them_apart_leads(tmp_path, phrase, third, monkeypatch):
    # The control for the test above: it is the pair that puts "Together" first.
    monkeypatch.setattr(film_rerank, "PAIR", 0.0)
    first, second = phrase.split()
    together = film("Together", [f"The {first} {second} waits while someone sees the {third} at dawn.", *FILLER[:3]])
    apart = film("Apart", [f"The {second} waits while the {first} sees the {third} at dawn.", *FILLER[:3]])
    films = [together, apart, *OTHERS]
    for search in searches(films, tmp_path):
        assert ranked(search, films, f"which film has a {phrase} and a {third}?")[:2] == [apart.id, together.id]


def pair_counts(f: Film, question: str) -> np.ndarray:
    """Per passage read (the title first), how often each of the question's pairs stands side by side in it."""
    index = FilmIndex(f)
    ids = [index.vocabulary.get(t) for t in query_tokens(question)]
    terms = np.unique(np.array([i for i in ids if i is not None], dtype=np.int32))
    return film_rerank._Passages(index, terms, film_rerank._pairs(ids), spoilers=False).pairs


@pytest.mark.parametrize("phrase", [p for p, _ in PHRASES])
def test_a_pair_is_two_neighbouring_words_of_one_passage_in_the_questions_order(phrase):
    first, second = phrase.split()
    question = f"who is the {phrase}?"
    # Stopwords between them do not part them: they are not among the terms ("the water of the tank").
    side_by_side = film("Side", [f"A {first} of the {second} arrives.", f"Then the {first} {second} leaves."])
    assert pair_counts(side_by_side, question).sum(axis=1).tolist() == [0, 1, 1]
    # Not across a passage's end, not in the other order, not with a word between.
    parted = film(
        "Parted", [f"It ends with {first}.", f"{second} starts it.", f"{second} {first} and {first} red {second}."]
    )
    assert pair_counts(parted, question).sum() == 0


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        ([1, 2, 3], [(1, 2), (2, 3)]),
        ([1, None, 2], []),  # a word no film holds stood between them
        ([1, 1, 2, 1], [(1, 2), (2, 1)]),  # a word next to itself is no pair; a pair asked twice counts once
        ([7], []),
        ([], []),
    ],
)
def test_the_questions_pairs(terms, expected):
    keys = film_rerank._pairs(terms)
    assert [(int(k) >> 32, int(k) & 0xFFFFFFFF) for k in keys] == sorted(expected)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(ALL)


@pytest.mark.parametrize(
    "question",
    ["which film has a man who can't make new memories?", "which movie has a man who can't make any new memories?"],
)
def test_a_description_whose_words_its_film_says_side_by_side_names_it(engine, question):
    """Memento's premise says he cannot make "new memories"; other films hold "man", "make", "new" and
    "memories" here and there. Before, its lead was under the margin and the bot asked "which film?"."""
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "memento-2000", (answer.status, answer.choices)
