""" "What's the midpoint turn in this one?" as a first question was answered about Se7en (content search found "turn"),
and "that film about a psychologist, who directed it?" named Vertigo: "directed", asked of the film, was searched for
as part of its description and found Vertigo's facts ("directed by", beside its "Psychological thriller" genre). A film
pointed at as "this one" with none asked about before is the asker's to name; what a description's question asks
describes no film."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    ["what's the midpoint turn in this one?", "who is the killer in this one", "what happens in this film?"],
)
def test_this_one_with_nothing_before_asks_which_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS and answer.film is None, answer.answer


def test_this_one_after_a_film_is_that_film(engine: Engine):
    answer = engine.ask("who directed this one?", scope=SpoilerScope.off(), context_film="psycho-1960")
    assert answer.film is not None and answer.film.id == "psycho-1960" and "Hitchcock" in answer.answer


def test_what_a_description_asks_does_not_describe_the_film(engine: Engine):
    answer = engine.ask("that film about a psychologist, who directed it?", scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS and answer.film is None, answer.answer
    assert {ref.id for ref in answer.choices} >= {"solaris-1972", "the-sixth-sense-1999"}


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("the movie where an insomniac goes to support groups, who directed it?", "fight-club-1999"),
        ("that one where the guy has no memory", "memento-2000"),
    ],
)
def test_a_description_still_finds_its_film(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer
