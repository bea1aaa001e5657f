""" "What's Jake's usual line of work?" and "what kind of cases does Jake usually take?" were withheld: "usual" and
"usually" are words the premise never uses ("makes a comfortable living from divorce work"), so they counted as
what the hidden part might be about. Adverbs of habit ask what the text tells without saying it: they are
stopwords, and "usual" is one of an occupation question's own words. "The Usual Suspects" stays a title."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("word", ["usually", "normally", "typically", "generally"])
def test_an_adverb_of_habit_is_no_term(word: str):
    assert query_tokens(f"what does jake {word} do") == query_tokens("what does jake do")


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("what's jake's usual line of work in chinatown?", "divorce"),
        ("what's jake's usual job in chinatown?", "divorce"),
        ("in chinatown, what does jake normally do for a living?", "divorce"),
    ],
)
def test_what_someone_usually_does_is_answered(engine: Engine, question: str, must: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and must in answer.answer, answer.answer


def test_the_usual_suspects_is_still_a_title_we_lack(engine: Engine):
    answer = engine.ask("whats the twist in the usual suspects", scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and "the usual suspects" in answer.answer.lower(), answer.answer
