""" "just hint at the twist in the sixth sense, no details" with spoilers on got "The summary of The Sixth Sense
doesn't say": "hint" and "details" were read as words the story must hold. How little of the answer the asker wants
is the excerpt's to decide; the twist is what is asked, withheld with spoilers off as ever."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("just hint at the twist in the sixth sense, no details", "what is the twist in the sixth sense"),
        ("can you give me a hint about the ending?", "what is the ending?"),
        ("and what does it actually mean? just a hint pls", "what does it actually mean?"),
    ],
)
def test_a_hint_asks_what_it_hints_at(question: str, asked: str) -> None:
    assert plain_question(question).startswith(asked)


def test_a_hint_at_the_twist_is_the_twist_with_spoilers_on(engine: Engine) -> None:
    answer = engine.ask("just hint at the twist in the sixth sense, no details", scope=SpoilerScope.on())
    assert "ghost" in answer.answer, answer.answer


def test_a_hint_at_the_twist_is_withheld_with_spoilers_off(engine: Engine) -> None:
    answer = engine.ask("just hint at the twist in the sixth sense, no details", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert "ghost" not in answer.answer
