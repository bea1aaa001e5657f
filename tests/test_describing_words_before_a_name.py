""" "What happened to the real Madeleine?" (spoilers on) was answered with Judy's makeover: "real" was read as a role
the text gives a name ("the real Madeleine Elster"), so the question became "what happened to Madeleine Madeleine?",
which every sentence about her fits. A word describing someone before their name is no role."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("what happened to the real madeleine in vertigo", "neck"),
        ("what happened to the real Madeleine Elster in Vertigo?", "neck"),
    ],
)
def test_what_happened_to_the_real_one_is_her_fate(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert told in answer.answer, answer.answer


def test_a_role_before_a_name_is_still_read_as_them(engine: Engine):
    # "The private investigator" is Arbogast in the text that tells his death ("Milton Arbogast, a private
    # investigator"): the role still stands for the name.
    answer = engine.ask("what happens to the private investigator in Psycho?", scope=SpoilerScope.on())
    assert "staircase" in answer.answer, answer.answer
