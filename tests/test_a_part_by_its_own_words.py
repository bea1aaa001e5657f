"""Who plays a part named in words another entry of the cast holds too: "who plays the samurai?" in Rashomon got
"Machiko Kyō as the samurai's wife", the first entry holding "samurai". The entry with the fewest words besides
those asked is the part asked for; "who plays the samurai's wife?" still gets hers."""

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
    ("question", "actor", "not_actor"),
    [
        ("who plays the samurai?", "Masayuki Mori", "Machiko"),
        ("who played the samurai in rashomon", "Masayuki Mori", "Machiko"),
        ("who plays the samurai's wife?", "Machiko Kyō", "Masayuki"),
        ("who plays the woodcutter?", "Takashi Shimura", "Mifune"),
    ],
)
def test_the_part_asked_for(engine: Engine, question: str, actor: str, not_actor: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film="rashomon-1950")
    assert answer.status is Status.ANSWERED, answer.answer
    assert actor in answer.answer and not_actor not in answer.answer, answer.answer
