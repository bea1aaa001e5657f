""" "Do they go into the Room in Stalker?" was answered with the premise ("seeking the Room"): whether the goal is
reached is the story's outcome, as "does anyone enter the room?" and "do they ever go in?" are."""

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
    [
        "Do they go into the Room in Stalker?",
        "do they get into the room in stalker",
        "did they actually enter the room",
    ],
)
def test_whether_they_reach_the_goal_is_withheld(engine: Engine, question: str):
    answer = engine.ask(question, film="stalker-1979", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer


def test_with_spoilers_on_it_is_answered(engine: Engine):
    answer = engine.ask("Do they go into the Room in Stalker?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "stalker-1979"
