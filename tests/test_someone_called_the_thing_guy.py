"""Someone named by a thing and "guy" ("the private eye guy", "the sloth guy", "the soap guy"): "guy" was read as
"man" and matched any sentence on any man, so "what happens to the private eye guy in psycho?" got Norman's talk of
"private traps" and "was the sloth guy alive?" another victim. The thing says who is meant; "guy" is dropped after
a word that is only a noun, and "private eye" is read as the summaries' "private investigator". A describing word
("the big guy", "the bad guy"), someone a deed is done to ("who drowned the water guy?") and a title's words ("the
Fight Club guy", who made it) keep it."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

ON = SpoilerScope.on()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("what happens to the private eye guy in psycho", "what happens to the private investigator in psycho"),
        ("was the sloth guy alive?", "was the sloth alive?"),
        ("what about the investigator dude", "what about the investigator"),
    ],
)
def test_the_thing_says_who(question: str, plain: str):
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    "question",
    [
        "who is the big guy in fight club",
        "who is the bad guy",
        "what happened to the other guy",
        "who drowned the water guy",
        # a title's words: the guy is who made it
        "what's this about the fight club guy told me to watch it",
        "who wrote it the Twilight Zone guy",
    ],
)
def test_a_describing_word_or_a_deed_keeps_guy(question: str):
    assert "guy" in plain_question(question)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("what happens to the private eye guy in psycho lol", "Arbogast"),
        ("what happens to the private eye in psycho?", "Arbogast"),
        ("se7en - was the sloth guy alive?", "alive"),
    ],
)
def test_asked_with_spoilers_on(engine: Engine, question: str, says: str):
    answer = engine.ask(question, scope=ON)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer
