""" "Who's on trial?" in Rashomon got the sentence about attending a trial ("the two tell the commoner about a trial
they have just attended"), which names no one on trial; who is tried is told as who is charged ("The bandit Tajōmaru
has been caught and charged …"). A summary telling the trial of someone by name still answers ("Alfred Borden stands
trial for murder")."""

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
    ("question", "film", "told"),
    [
        ("who's on trial?", "rashomon-1950", "The bandit"),
        ("who is on trial in rashomon", None, "The bandit"),
        ("who is on trial in the prestige?", None, "Alfred Borden stands trial"),
    ],
)
def test_who_is_on_trial_is_who_is_charged(engine: Engine, question: str, film: str | None, told: str) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer
