""" "What happens to Angier at the end of The Prestige?" (spoilers on) was answered "Dying, Angier admits the cost: …":
he is dying, but of what the excerpt does not say; the blow ("Then Fallon walks into the warehouse where Angier keeps
his machine and shoots him.") is told two sentences and a passage before. An excerpt that opens while someone dies
now follows the sentence, up to a few story passages before, that dealt that death; only from text the asker may
see. Over the bundled films."""

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
    "question",
    [
        "what happens to angier at the end of the prestige",
        "is angier dead at the end of the prestige?",
    ],
)
def test_the_dying_words_come_with_the_blow(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "shoots him" in answer.answer, answer.answer
    assert answer.answer.index("shoots him") < answer.answer.index("Dying"), answer.answer


def test_past_a_limit_nothing_hidden_is_quoted(engine: Engine) -> None:
    # Up to 80% the ending is hidden: neither the blow nor the dying words are shown.
    answer = engine.ask("what happens to angier at the end of the prestige", scope=SpoilerScope.parse("upto:80%"))
    assert "shoots him" not in answer.answer and "Dying" not in answer.answer, answer.answer
