"""`what happens after "<a sentence>"` (what "and then?" is read as) goes on from the sentence after the one quoted,
in its own passage when the passage goes on: after "Marion takes a shower in cabin one.", which opens Psycho's shower
passage, the next passage ("He wraps Marion in the shower curtain …") skipped the stabbing. At the end of a passage
it goes on with the next one, as before. Through the Engine over the bundled films."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_the_rest_of_the_passage_comes_next(engine: Engine):
    answer = engine.ask(
        'what happens after "Marion takes a shower in cabin one."', film="Psycho", scope=SpoilerScope.on()
    )
    assert answer.status is Status.ANSWERED and answer.answer.startswith("A figure"), answer.answer
    assert "stabs her to death" in answer.answer, answer.answer


def test_at_the_end_of_a_passage_the_next_one_comes(engine: Engine):
    answer = engine.ask('what happens after "He wants Scottie to follow her."', film="Vertigo", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "He wants Scottie" not in answer.answer, answer.answer
    assert "Madeleine" in answer.answer, answer.answer


@pytest.mark.parametrize("limit", ["0:47", "35%"])
def test_what_follows_past_a_limit_stays_withheld(engine: Engine, limit: str):
    # The shower passage is hidden up to 0:47 (its scene has only begun) and at 35% (it ends at 40%).
    answer = engine.ask(
        'what happens after "Marion takes a shower in cabin one."', film="Psycho", scope=SpoilerScope.parse(limit)
    )
    assert "stabs" not in answer.answer, answer.answer
