""" "What was happening to Angier every night with the machine?" was answered with "every night he did not know
whether he would be the man in the tank or the man on the balcony": "each" and "all" are stopwords, "every" was a
story word, and that sentence held it. "Every" now asks no more of the story than "each" does; "everyone" and
"every one" are other words."""

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
    "question",
    [
        "what was happening to Angier every night with the machine?",
        "and what was the machine actually doing to angier every night",
    ],
)
def test_every_night_finds_what_happens_each_night(engine: Engine, question: str) -> None:
    answer = engine.ask(question, context_film="the-prestige-2006", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "makes a copy of him" in answer.answer, answer.answer


def test_everyone_and_every_one_are_kept() -> None:
    assert "everyone" in plain_question("does everyone die in the end?")
    assert "every one" in plain_question("is every one of them dead?")
