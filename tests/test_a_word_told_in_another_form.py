"""A question word the visible text tells in another form of the same word ("find" — "found", "send" — "sent":
forms the stemmer keeps apart) counts as told when deciding whether anything visible answers: "why did Kane's mother
send him away?" under a limit past his childhood was withheld beside "She sent her young son Charles east"."""

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
    ("question", "film", "limit", "told"),
    [
        ("Why did Kane's mother send him away as a kid?", "citizen-kane-1941", "50%", "Thatcher"),
        ("What did the woodcutter find lying around in the forest in Rashomon?", "rashomon-1950", "40%", "found"),
    ],
)
def test_a_form_of_the_word_before_the_limit_answers(
    engine: Engine, question: str, film: str, limit: str, told: str
) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(f"upto:{limit}"))
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in (answer.answer or "")


def test_a_form_weighs_no_more_than_a_word_the_text_lacks(engine: Engine) -> None:
    # "sent" as typed is in no visible text, "send" is, in a passage about something else: the premise sentence
    # naming Kelvin still answers why he goes.
    answer = engine.ask("why is Kelvin being sent out there in the first place?", film="solaris-1972")
    assert answer.status is Status.ANSWERED
    assert "shut down" in (answer.answer or "")
