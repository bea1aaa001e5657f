""" "china town who is Katherine": the title typed in two words heads the question and asks nothing itself. Before,
"china town" was asked alone as a question, and the premise answered who Katherine is, which only the plot tells;
with spoilers off it is withheld like "chinatown who is katherine"."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["china town who is Katherine", "chinatown who is katherine"])
def test_a_hidden_answer_headed_by_the_title_is_withheld(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert answer.film is not None and answer.film.id == "chinatown-1974"


def test_a_safe_question_headed_by_the_title_apart_is_answered(engine: Engine) -> None:
    answer = engine.ask("china town who directed it", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Roman Polanski" in (answer.answer or "")
