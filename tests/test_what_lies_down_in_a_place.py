""" "What's down in the fruit cellar?" asks what a place hides, as "what's in the box?" does: a reveal. Read as a
plain question, two sentences on the cellar tied and the earlier one won ("Norman carries his 'mother' down to the
fruit cellar"), not the one the reveal follows ("… finds Mrs. Bates sitting in a chair. When she turns the chair,
it holds a mummified corpse"). With spoilers off it stays withheld."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question", ["Psycho - what's down in the fruit cellar?", "what is hidden in the fruit cellar in psycho?"]
)
def test_what_a_place_hides_is_the_reveal(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert "mummified corpse" in answer.answer, answer.answer


def test_withheld_with_spoilers_off(engine: Engine) -> None:
    answer = engine.ask("Psycho - what's down in the fruit cellar?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "corpse" not in answer.answer, answer.answer


def test_a_place_gone_down_to_is_no_reveal(engine: Engine) -> None:
    # ("what goes down in the fruit cellar" is not "what's down in": no "is" before the place word)
    answer = engine.ask("who goes down to the fruit cellar in psycho?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
