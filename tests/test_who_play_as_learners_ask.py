""" "and Vertigo, who play the detective?" (as someone learning English asks it) quoted the sentence introducing the
detective, not the cast: only "who plays" and "who played" asked for the actor of a part."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

OFF = SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "actor"),
    [
        ("and Vertigo, who play the detective?", "James Stewart"),
        ("who play the boy in the sixth sense", "Haley Joel Osment"),
        ("in psycho who portray the sister?", "Vera Miles"),
    ],
)
def test_who_play_asks_for_the_actor(engine: Engine, question: str, actor: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED and actor in answer.answer, answer.answer
