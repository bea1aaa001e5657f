""" "What does the Professor want?" asks his aim: a sentence on another's wants ("The Stalker, in turn, professes a
humanitarian motive—he wants to help …") is no answer, though "wants" is the rarest word asked. A pronoun in a
sentence that names someone else stands for that one, not for whoever the sentence before named."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import analyze
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_another_ones_wants_do_not_answer(engine: Engine) -> None:
    answer = engine.ask("what does the professor want in stalker", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "Professor" in (answer.answer or "") and "humanitarian" not in (answer.answer or ""), answer.answer


@pytest.mark.parametrize(
    ("question", "whose"),
    [
        ("what does the professor want in stalker", "professor"),
        ("what did Noah Cross really plan?", "noah cross"),
        ("what does he want", ""),
        ("what do they need", ""),
    ],
)
def test_whose_aim_is_asked(question: str, whose: str) -> None:
    assert analyze(question, query_tokens(question)).doer == frozenset(query_tokens(whose))
