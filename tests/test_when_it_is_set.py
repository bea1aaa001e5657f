""" "What year is Planet of the Apes set in?" was answered "The ship comes down hard in a lake on an unknown planet":
the setting's first sentence, which places the story, when the year was asked and the premise gives it ("The ship's
clock reads 3978"). Asked when, the first safe sentence giving a year is the answer; asked where, the first that
places the story still is."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

P, E = SectionKind.PREMISE, SectionKind.ENDING

HARBOUR = make_film(
    "Harbour Lights",
    1981,
    [
        (P, False, "On a small island off the coast, a lighthouse keeper lives alone with his dog."),
        (P, False, "It is the winter of 1952, and the supply boat has stopped coming."),
        (E, True, "In 1961 the keeper is found drowned beneath the lamp room."),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, HARBOUR])


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("what year is planet of the apes set in?", "3978"),
        ("when does Planet of the Apes take place?", "3978"),
        ("when is the prestige set?", "1890s"),
        ("what year does Chinatown take place in?", "1937"),
        ("when is Harbour Lights set?", "1952"),
        ("what year does harbour lights take place in?", "1952"),
    ],
)
def test_asked_when_the_year_given_is_the_answer(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [("where is Harbour Lights set?", "island"), ("where does Chinatown take place?", "Los Angeles")],
)
def test_asked_where_the_place_is_the_answer(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert told in answer.answer, answer.answer
    assert "1961" not in answer.answer


def test_a_year_only_the_ending_gives_is_not_shown(engine: Engine):
    # The premise's year is the answer; the ending's ("In 1961 …") stays hidden with spoilers off, even asked when
    # it all ends.
    answer = engine.ask("what year is harbour lights set in?", scope=SpoilerScope.off())
    assert "1961" not in answer.answer and "drowned" not in answer.answer
