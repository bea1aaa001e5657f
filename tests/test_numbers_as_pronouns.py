"""A number standing for someone said before ("the one with diabetes", "which one he'd be", "the one doing the
killing") was searched for as a story word: the excerpt went to whichever sentence held "one" ("One night he
slipped backstage …"), and under a progress limit a "one" the text before it lacked made half the question unseen.
The number is dropped when no word of substance follows it; before a noun ("the two detectives") it counts."""

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
        ("so who was the one with diabetes", "memento-2000", "diabetic"),
        ("did he know which one he'd be each night?", "the-prestige-2006", "balcony"),
    ],
)
def test_the_one_asked_after_is_found_by_the_rest_of_the_question(
    engine: Engine, question: str, film: str, told: str
) -> None:
    answer = engine.ask(question, context_film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_the_one_doing_the_killing_is_not_answered_from_the_set_up(engine: Engine) -> None:
    """Up to 40% of Psycho, who kills is past the limit: the premise's "Sam is buried in debts" is no answer."""
    answer = engine.ask(
        "Who's the one doing the killing though?", context_film="psycho-1960", scope=SpoilerScope.parse("upto:40%")
    )
    assert answer.status is Status.WITHHELD, answer.answer
    assert "Sam" not in answer.answer


def test_a_number_before_a_noun_still_counts(engine: Engine) -> None:
    answer = engine.ask("who are the two detectives in Se7en?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "Somerset" in answer.answer and "Mills" in answer.answer
