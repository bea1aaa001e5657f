"""Part-way through Stalker (`upto` 40%), "where has the Stalker just come back from?" and "who hires the stalker to
take them in?" were withheld as past the limit: "come back" and "take … in" are no words the visible text holds
(it says "has just returned from prison" and "hire him to lead them"), so half the question's words looked unseen.
A phrasal verb is read as the story tells it; "take the money to the bank" takes a thing somewhere and stays as it
is. And "whom did Kane marry first?" is asked as "who did Kane marry first?" is."""

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
    ("question", "film", "upto", "told"),
    [
        ("In Stalker, where has the Stalker just come back from?", "stalker-1979", "40%", "prison"),
        ("who hires the stalker to take them in?", "stalker-1979", "40%", "the Writer and the Professor"),
        ("Whom did Kane marry first?", "citizen-kane-1941", "50%", "Emily"),
    ],
)
def test_asked_in_the_asker_s_words_answered_in_the_story_s(
    engine: Engine, question: str, film: str, upto: str, told: str
) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(f"upto:{upto}"))
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "why does Marion take the money to the bank?",
        "what does he take back to the house?",
        "ok then how much does Marion take in Psycho?",
    ],
)
def test_a_thing_taken_somewhere_stays_as_typed(question: str) -> None:
    assert "lead" not in plain_question(question)
    assert "return" not in plain_question(question)
