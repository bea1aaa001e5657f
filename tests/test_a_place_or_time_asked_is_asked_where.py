""" "What city does Marion work in?" was withheld with spoilers off, though the premise tells it: "a real-estate
secretary in Phoenix, Arizona". The kind of answer ("city") names no word the text must hold, but it was dropped only
when every other word of the question stood in one visible passage, and "work" stands nowhere. A place or a time asked
by its kind ("what city", "which town", "what year") asks where or when, as "where does Marion work?" does, which was
answered. Over the bundled films."""

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
    ("question", "told"),
    [
        ("what city does Marion work in, in Psycho?", "Phoenix"),
        ("what town does Sam live in, in Psycho?", "Fairvale"),
        ("which city does Marion come from in psycho", "Phoenix"),
    ],
)
def test_a_place_asked_by_its_kind_is_answered_from_the_premise(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_the_same_question_asked_where_gets_the_same_passage(engine: Engine) -> None:
    by_kind = engine.ask("what city does Marion work in, in Psycho?", scope=SpoilerScope.off())
    by_where = engine.ask("where does Marion work in Psycho?", scope=SpoilerScope.off())
    assert by_kind.answer == by_where.answer


def test_another_kind_of_answer_still_needs_the_rest_held_together(engine: Engine) -> None:
    # "weapon" is no place: with "use" held nowhere the text may see, a passage naming Norman answers nothing.
    answer = engine.ask("what weapon does Norman use in Psycho?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
