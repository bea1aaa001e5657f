""" "That hitchcock movie, does the blonde die?", "which film from 1999 has the big twist ending?": the maker or year
the asker named fits several of our films. Content search may lean to one of them, but the refusal could not name it
(that would confirm its hidden part fits); "which film?" with the films the asker's own pointer fits names nothing
they did not, and lets them say."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "choices"),
    [
        ("that hitchcock movie, does the blonde die?", {"psycho-1960", "vertigo-1958"}),
        ("in the hitchcock movie does the blonde die?", {"psycho-1960", "vertigo-1958"}),
        ("Which film from 1999 has the big twist ending?", {"fight-club-1999", "the-sixth-sense-1999"}),
    ],
)
def test_a_spoiler_asked_of_a_makers_or_years_films_asks_which(engine: Engine, question: str, choices: set[str]):
    # Before: "That may be a spoiler, and you didn't say which film you mean." with no choices.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS, answer.answer
    assert {ref.id for ref in answer.choices} == choices, answer.choices
    assert answer.film is None


@pytest.mark.parametrize(
    "question",
    [
        # No maker or year of several films: the refusal still names none.
        "the one where the psychologist was dead the whole time, right?",
        # A maker of one of our films only.
        "in the kurosawa film, who really killed the samurai?",
    ],
)
def test_without_such_a_pointer_the_refusal_is_unchanged(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert answer.film is None and not answer.choices, answer.answer
