"""Under a progress limit, a question half of whose words nothing before the limit holds is withheld as most likely
about what lies past it. An everyday word for what the text before the limit tells in its own ("the gorillas
attack" for "a hunting party of armed gorillas … shooting the humans") is no such word: it was withheld at 50%,
though the attack lies well before it. Through the Engine over the bundled films."""

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
        "what happens when the gorillas attack in planet of the apes",
        "planet of the apes: what happens in the gorilla raid?",
    ],
)
def test_an_attack_before_the_limit_is_answered(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.parse("upto:50%"))
    assert answer.status is Status.ANSWERED and "hunting party" in answer.answer, answer.answer


def test_what_lies_past_the_limit_stays_withheld(engine: Engine):
    answer = engine.ask(
        "what does taylor find on the beach at the end of planet of the apes", scope=SpoilerScope.parse("upto:50%")
    )
    assert answer.status is Status.WITHHELD and "Liberty" not in answer.answer, answer.answer
