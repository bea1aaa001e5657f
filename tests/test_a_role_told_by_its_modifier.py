""" "Who's the sloth victim in Se7en?" was answered with "The second victim is Eli Gould … GREED": no sentence calls
anyone "the sloth victim", and the role word alone found the greed victim. The word telling which one ("sloth") is
what the answer holds; the role word is the kind of answer. With spoilers off nothing hidden shows."""

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
    ("question", "told", "not_told"),
    [
        ("who's the sloth victim in se7en", "Victor", "Eli Gould"),
        ("who is the lust victim in se7en?", "prostitute", "Eli Gould"),
        ("who was the greed victim in seven", "Eli Gould", "Victor"),
        ("who is the young detective in se7en", "Mills", "Somerset"),
    ],
)
def test_the_word_telling_which_one_finds_them(engine: Engine, question: str, told: str, not_told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer and not_told not in answer.answer, answer.answer


def test_with_spoilers_off_nothing_hidden_shows(engine: Engine):
    answer = engine.ask("who's the sloth victim in se7en", scope=SpoilerScope.off())
    assert "Victor" not in answer.answer and "SLOTH" not in answer.answer and not answer.contains_spoilers
