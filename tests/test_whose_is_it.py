""" "What does Jake find in the pond?" → "… a pair of bifocal glasses." → "whose are they?": read alone, "they" is
nothing the summary speaks of, and the reply was "The summary of Chinatown doesn't say." "They" is what the last
answer quoted, and the sentence saying whose it is answers ("the glasses, which belong to Cross"). With spoilers off
the pond is withheld, and so is whose the glasses are."""

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
    "asked", ["whose are they?", "whose were they? I always mix that up", "and who do they belong to?"]
)
def test_whose_the_thing_just_quoted_is(engine: Engine, asked: str):
    answer = engine.ask(
        asked,
        scope=SpoilerScope.on(),
        context_film="chinatown-1974",
        context_question="what does jake find in the pond in chinatown",
    )
    assert answer.status is Status.ANSWERED and "belong to Cross" in answer.answer, answer.answer


def test_with_spoilers_off_it_stays_withheld(engine: Engine):
    answer = engine.ask(
        "whose are they?",
        scope=SpoilerScope.off(),
        context_film="chinatown-1974",
        context_question="what does jake find in the pond in chinatown",
    )
    assert answer.status is Status.WITHHELD and "Cross" not in answer.answer, answer.answer
