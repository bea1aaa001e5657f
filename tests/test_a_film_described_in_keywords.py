""" "movie guy no short term memory tattoos" was refused as an unnamed film's spoiler and "movie insomnia support
groups soap salesman" got "I don't have insomnia support groups soap salesman": a film described in keywords, as typed
into a search engine, is a description like "the movie with …". A title after "the movie" ("the movie jaws"), a plan
to watch ("movie night tonight with friends") and a title asked of ("the movie alien who directed it") are not."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("movie guy no short term memory tattoos", "memento-2000"),
        ("movie insomnia support groups soap salesman", "fight-club-1999"),
    ],
)
def test_a_film_described_in_keywords_is_found(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer


@pytest.mark.parametrize(
    "typed",
    ["the movie jaws?", "movie night tonight with friends", "the movie alien who directed it", "film motel shower"],
)
def test_other_words_after_movie_are_kept(typed: str):
    assert plain_question(typed) == typed


def test_a_twist_in_keywords_stays_unnamed(engine: Engine):
    # (Read as a description, it is checked as one: the therapist who was dead all along is hidden text.)
    answer = engine.ask("movie therapist dead whole time", scope=SpoilerScope.off())
    assert answer.film is None and answer.status is not Status.ANSWERED, answer.answer
