""" "How does the film close?" and "how does rashomon close?" were answered "The summary of Rashomon doesn't say"
with spoilers on: "close" was no word of an ending asked, and no sentence holds it. A film closing is its ending:
told from the ending with spoilers on, withheld with them off."""

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
        ("how does rashomon close?", None, "six children"),
        ("how does the film close?", "rashomon-1950", "six children"),
        ("how does vertigo close", None, "nun"),
    ],
)
def test_how_a_film_closes_is_its_ending(engine: Engine, question: str, film: str | None, told: str):
    answer = engine.ask(question, scope=SpoilerScope.on(), film=film)
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
    hidden = engine.ask(question, scope=SpoilerScope.off(), film=film)
    assert hidden.status is Status.WITHHELD and told not in hidden.answer, hidden.answer
