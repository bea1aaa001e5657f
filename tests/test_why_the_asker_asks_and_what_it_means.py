""" "What IS rosebud in citizen kane, been wondering for ages" was answered, with spoilers on, by Kane whispering
"Rosebud" ("wondering" and "ages" read as the story's words), and "my film class teacher won't tell us what rosebud
means in citizen kane" by Thompson's search for it: a question asked inside another ("what rosebud means") was not
read as "what does rosebud mean?", the reveal it asks after. Why the asker asks, said after the question ("been
wondering", "just curious", "asking for a friend"), asks nothing; "what X means" asks what "what does X mean?" asks."""

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
    ("typed", "read"),
    [
        ("what IS rosebud in citizen kane, been wondering for ages", "what IS rosebud in citizen kane"),
        ("who directed stalker, just curious", "who directed stalker"),
        ("what is the zone, asking for a friend", "what is the zone"),
        ("tell me what rosebud means", "tell me what does rosebud mean"),
        ("explain what the statue meant", "explain what did the statue mean"),
    ],
)
def test_how_it_is_read(typed: str, read: str) -> None:
    assert plain_question(typed) == read


@pytest.mark.parametrize(
    "question",
    [
        "what IS rosebud in citizen kane, been wondering for ages",
        "my film class teacher won't tell us what rosebud means in citizen kane",
    ],
)
def test_the_reveal_is_found(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "sled" in answer.answer, answer.answer


def test_with_spoilers_off_it_stays_withheld(engine: Engine) -> None:
    answer = engine.ask("tell me what rosebud means in citizen kane, just curious", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "sled" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("what it means to be a stalker", "what does it mean to be a stalker"),
        ("what does rosebud mean", "what does rosebud mean"),
    ],
)
def test_what_is_asked_as_a_question_already_is_left(typed: str, read: str) -> None:
    assert plain_question(typed) == read


@pytest.mark.parametrize(
    "question", ["who tries to figure out what it means?", "Who tries to find out what Rosebud meant?"]
)
def test_a_question_asked_of_someone_else_keeps_its_own_word(question: str) -> None:
    # "Who tries to figure out what it means?" asks who; the meaning is what they are after, not what is asked.
    assert plain_question(question) == question
