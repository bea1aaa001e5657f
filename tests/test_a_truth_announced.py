""" "What's the twist in Memento?": the sentence stating it, "Teddy, who is really an undercover policeman, tells
Leonard the truth as he sees it.", only announces the truth; what it is comes in the next sentence ("Teddy helped
him find and kill the real attacker …"), which the answer now reads on into, as it does after "Malcolm understands
at last.". That next sentence is shown even when it is long (the quote is trimmed): the answer stopped one sentence
before the reveal."""

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["what's the twist in memento?", "what's the big twist in memento"])
def test_the_truth_announced_is_told(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert "real attacker" in answer.answer, answer.answer
    assert len(answer.answer) <= 300


def test_an_understanding_still_reads_on(engine: Engine) -> None:
    answer = engine.ask("what's the twist in the sixth sense?", scope=SpoilerScope.on())
    assert "ghost" in answer.answer, answer.answer


def test_still_withheld_with_spoilers_off(engine: Engine) -> None:
    answer = engine.ask("what's the twist in memento?", scope=SpoilerScope.off())
    assert "real attacker" not in answer.answer and "undercover" not in answer.answer, answer.answer
