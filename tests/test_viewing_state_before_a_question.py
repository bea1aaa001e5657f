""" "ok spoilers are fine now, who is katherine", "i have seen it all now, who is the killer?": what the asker says of
their own viewing, set off by a mark before the question. Its words ("spoilers", "fine", "seen") were read as the
story's, and "who is katherine" with spoilers on was answered with where she is first seen instead of who she is.
Saying spoilers are fine turns nothing on: with spoilers off the answer stays withheld."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import without_lead_in
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("ok spoilers are fine now, who is katherine", "who is katherine"),
        ("i've seen it: how does it end", "how does it end"),
        ("we finished it. what happens to evelyn", "what happens to evelyn"),
        ("i have watched it all now, who is the killer?", "who is the killer?"),
        ("spoilers fine, who is keyser", "who is keyser"),
    ],
)
def test_what_the_asker_says_of_their_viewing_is_set_aside(question: str, asked: str):
    assert without_lead_in(question) == asked


@pytest.mark.parametrize(
    "question",
    [
        # Words of a story before the question stay: they say what is asked about.
        "the zone is weird, what is it",
        "Marion is in the shower, what happens",
        # No mark: "ready" goes on into the question.
        "ok now I am ready who is the killer",
    ],
)
def test_story_words_before_a_question_stay(question: str):
    assert without_lead_in(question) == question


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("ok spoilers are fine now, who is katherine in chinatown", "her sister and her daughter"),
        ("i have seen it all now, who is the killer in psycho?", "Norman was the killer"),
    ],
)
def test_with_spoilers_on_the_question_itself_is_answered(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "hidden"),
    [
        ("ok spoilers are fine now, who is katherine in chinatown", "daughter"),
        ("i have seen it all now, who is the killer in psycho?", "Norman was the killer"),
    ],
)
def test_saying_spoilers_are_fine_turns_nothing_on(engine: Engine, question: str, hidden: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer
