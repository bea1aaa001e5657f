"""Questions typed as one run, with no mark between what is asked and what is said around it (`bench/dialogues.py
--noise bare` types every question so): a description then the question about "it", and a question then an aside
about the asker or another film. Before, the description's words were asked as the question ("… who is in it"
got the premise) and the aside's words were asked too ("whats citizen kane about i have to watch it for my course"
was refused)."""

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
    ("question", "expected"),
    [
        ("the movie where astronauts crash-land in a lake and the clock says 3978 who is in it", "Heston"),
        (
            "the movie where a secretary runs off with forty thousand dollars and stops at a motel who directed it",
            "Hitchcock",
        ),
        (
            "the film where a woodcutter and a priest sit out a downpour under a ruined gate what language is it in",
            "Japanese",
        ),
    ],
)
def test_a_description_then_a_question_about_it(engine: Engine, question: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "expected"),
    [
        ("what year is it from same decade as Vertigo", "Psycho", "1960"),
        ("is this one by Tarkovsky too like Solaris", "Stalker", "Tarkovsky"),
        ("who wrote it the Twilight Zone guy", "Planet of the Apes", "Serling"),
        ("what's this about the Fight Club guy told me to watch it", "Memento", "Leonard"),
        ("whats citizen kane about i have to watch it for my course", None, "Rosebud"),
    ],
)
def test_a_question_then_an_aside(engine: Engine, question: str, film: str | None, expected: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question", ["who is in the fruit cellar like i mean who is it", "who is in the fruit cellar at the end"]
)
def test_what_follows_an_opening_that_is_what_is_asked_stays_asked(engine: Engine, question: str):
    # "who is in" asks the cast; here what follows it is the question, about Psycho's hidden part.
    answer = engine.ask(question, film="Psycho", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "Perkins" not in answer.answer, answer.answer
