"""An ending question asking who did a killing in its own word ("who shoots Angier at the end?") is answered where
that word tells it ("… Fallon walks into the warehouse … and shoots him"), not where the same person dies in another
word ("Dying, Angier admits the cost"), which the last passage held and so won the tie. A death asked in a word the
text never uses is still told in any ("does the narrator kill himself?" — "shoots himself"). Through the Engine."""

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
        ("who shoots angier at the end of the prestige?", "Fallon"),
        ("prestige thread is open! who shot angier at the end", "Fallon"),
        ("does the narrator kill himself at the end of fight club", "shoots himself"),
        ("how does judy die at the end of vertigo", "falls to her death"),
    ],
)
def test_a_death_at_the_end_is_told_in_the_asked_word_first(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
