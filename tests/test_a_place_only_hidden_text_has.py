"""A question set at a place only the hidden part of the summary has ("what does Jake find in the pond?", "what
happens in the fruit cellar?"): with spoilers off it was answered with a premise sentence about the person asked
after. Withheld now; a place the visible text calls otherwise ("on the plane" for its "flight"), or an event ("at
the second murder"), or a phrase of time ("in the first place") keeps the question answered as before."""

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
        "what does Jake find in the pond in Chinatown?",
        "what happens in the fruit cellar in psycho",
        "who is waiting at the top of the tower in vertigo",
        "what does Cole tell his mother in the car in the sixth sense?",
    ],
)
def test_a_place_only_hidden_text_has_is_withheld(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and not answer.passages, answer.answer
    assert engine.ask(question, scope=SpoilerScope.on()).status is Status.ANSWERED


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("who does the narrator meet on the plane in fight club", "Tyler Durden"),
        ("what does Marion do at the motel in psycho", "Bates Motel"),
        ("how did Scottie end up with vertigo in the first place?", "rooftop"),
    ],
)
def test_a_place_the_visible_text_tells_is_answered(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
