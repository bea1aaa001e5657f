""" "whats his job exactly", asked after "who is Tyler Durdan", was withheld: "exactly" was read as a word the text
must hold, and no visible sentence holds it. Stress words ("exactly", "precisely", "specifically", "basically")
ask nothing more than the question without them."""

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
    ("question", "context", "told"),
    [
        ("whats his job exactly", "who is Tyler Durdan", "soap salesman"),
        ("momento: whats wrong with leonard exactly", None, "memories"),
        ("who directed chinatown, precisely?", None, "Polanski"),
        ("what does jake do specifically", "who is the detective in chinatown?", "divorce"),
        ("what is the zone basically", "who directed stalker?", "Zone"),
    ],
)
def test_a_stress_word_asks_nothing_more(engine: Engine, question: str, context: str | None, told: str):
    film = engine.ask(context).film if context else None
    answer = engine.ask(
        question,
        scope=SpoilerScope.off(),
        context_film=film.id if film else None,
        context_question=context,
    )
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
