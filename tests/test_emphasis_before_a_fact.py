""" "Who really directed Psycho?" was refused naming no film, "who actually stars in Vertigo?" and "what is Memento
actually about?" withheld: "really" and "actually" read as asking after a twist. Before a fact or a summary asked
they are emphasis; "who is Teddy really?" and "where is it really set?" still ask after a twist."""

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
    ("question", "told"),
    [
        ("who really directed psycho", "Alfred Hitchcock"),
        ("who actually stars in vertigo", "James Stewart"),
        ("what is memento actually about", "Leonard Shelby"),
        ("what does jake actually do for a living in chinatown", "private investigator"),
        ("when did vertigo actually come out", "1958"),
    ],
)
def test_emphasis_before_a_fact_or_a_summary_is_answered(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["who is teddy really in memento", "where is planet of the apes really set", "who is really the killer in psycho"],
)
def test_really_after_a_twist_is_still_withheld(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
