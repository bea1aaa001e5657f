""" "katherine who", "chinatown katherine who": the question word typed last, as a chat types it, asks who she is
(with spoilers on it got "Ida Sessions is found murdered …", a sentence that only holds "Katherine"). Words that
go on from the last answer ("and then what", "so who") are not a name."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.mark.parametrize(
    ("question", "asked"),
    [("katherine who", "who is katherine?"), ("rosebud what?", "what is rosebud?")],
)
def test_a_question_word_typed_last_asks_who_or_what_it_is(question: str, asked: str) -> None:
    assert plain_question(question) == asked


@pytest.mark.parametrize("question", ["and then what", "so who", "the killer who"])
def test_words_going_on_are_no_name(question: str) -> None:
    assert plain_question(question) == question


def test_who_she_is_with_spoilers_on() -> None:
    answer = Engine(BUNDLED).ask("chinatown katherine who", scope=SpoilerScope.on())
    assert "her sister and her daughter" in answer.answer, answer.answer
