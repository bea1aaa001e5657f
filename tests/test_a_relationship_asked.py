""" "What's the relationship between Scottie and Midge?" was withheld as a spoiler: "relationship" is in no visible
sentence, and with a hidden part a word the visible text lacks may be what is hidden. What ties two people is told,
seldom named so ("Midge Wood, … who was briefly engaged to him"); the word frames the question. A tie only the hidden
part tells (Evelyn and Katherine) is still withheld, and nothing of it is shown."""

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
    ("question", "film", "told"),
    [
        ("What's the relationship between Scottie and Midge?", "vertigo-1958", "engaged"),
        ("what is the relationship between Marion and Sam in Psycho?", None, "Sam Loomis"),
    ],
)
def test_a_relationship_the_visible_text_tells_is_answered(
    engine: Engine, question: str, film: str | None, told: str
) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer


def test_a_relationship_only_the_hidden_part_tells_stays_withheld(engine: Engine) -> None:
    answer = engine.ask("what's the relationship between Evelyn and Katherine?", film="chinatown-1974")
    assert answer.status is Status.WITHHELD, answer.answer
    assert "sister" not in answer.answer and "daughter" not in answer.answer, answer.answer
