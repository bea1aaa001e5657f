"""An ending asked under a progress limit: the part of the "Ending" section before the limit is not how the film
ends. "What happens to Evelyn at the end?" up to 70% of Chinatown was answered with the visible opening of its
ending section (Hollis drowned in salt water), as if that were the end; the end lies past the limit."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["what happens to evelyn at the end?", "how does it end for evelyn?"])
def test_an_ending_past_the_limit_is_withheld(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="chinatown-1974", scope=SpoilerScope.parse("upto:70%"))
    assert answer.status is Status.WITHHELD, answer.answer
    assert "salt water" not in (answer.answer or "")


def test_how_vertigo_ends_at_70_percent_is_withheld(engine: Engine) -> None:
    answer = engine.ask("how does vertigo end?", scope=SpoilerScope.parse("upto:70%"))
    assert answer.status is Status.WITHHELD, answer.answer


def test_with_the_whole_film_seen_the_end_is_answered(engine: Engine) -> None:
    answer = engine.ask("what happens to evelyn at the end?", film="chinatown-1974", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "bullet" in (answer.answer or "")
