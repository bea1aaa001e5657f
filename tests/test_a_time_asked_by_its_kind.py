""" "What year was the Fight Club novel published?" was withheld with spoilers off, though the trivia note tells it
("Chuck Palahniuk's 1996 novel"), and "what day of the week do they get the first case in Se7en?" too, though the
premise opens "On a Monday the two are paired on a grim case". A time asked by its kind ("what year", "which day",
"what month") is told by an instance of it, seldom by the kind's own word: the year, the weekday, the month's name
count as holding it, both in deciding whether visible text answers and in choosing the sentence. Over the bundled
films."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import Kind, analyze
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("what year was the Fight Club novel published?", "1996"),
        ("which year was the book behind Fight Club published?", "1996"),
        ("what day of the week do they get the first case in Se7en?", "Monday"),
        ("which year is Chinatown set in?", "1937"),
    ],
)
def test_a_time_asked_by_its_kind_is_answered_by_an_instance(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question", ["which year was it made?", "what day of the week is it?", "what month does it start in?"]
)
def test_a_time_asked_by_its_kind_asks_when(question: str) -> None:
    assert analyze(question, list(query_tokens(question))).kind is Kind.WHEN


def test_the_films_own_year_is_still_its_release(engine: Engine) -> None:
    # "year" as the card says it: no instance in the story outranks the film's own year.
    answer = engine.ask("what year did Se7en come out?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "1995" in answer.answer, answer.answer


def test_a_time_the_visible_text_does_not_tell_stays_withheld(engine: Engine) -> None:
    # Nothing visible names the day Marion dies; a weekday elsewhere in the premise ("One Friday afternoon …") is
    # the set-up, not her death.
    answer = engine.ask("what day of the week does Marion die in Psycho?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
