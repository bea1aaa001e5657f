""" "Why is it called Stalker?", "what does the title Vertigo refer to?" were refused as spoilers: the title's words
are taken out of a question as the film's name, leaving nothing to search for. The sentence the reader may see that
holds the title's words answers ("A stalker leads two men into the Zone"); where none does, it is still refused."""

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
        ("why is stalker called stalker", "A stalker leads two men"),
        ("what does the title vertigo refer to", "crippling vertigo"),
        ("why is chinatown called chinatown", "work in Chinatown"),
        ("what is the meaning of the title rashomon", "Rashomon city gate"),
    ],
)
def test_the_visible_sentence_holding_the_title_answers(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_asked_as_a_follow_up(engine: Engine):
    answer = engine.ask(
        "why is it called that?", scope=SpoilerScope.off(), context_film="stalker-1979", context_question="who made it"
    )
    assert "A stalker leads two men" in answer.answer, answer.answer


def test_a_title_only_hidden_text_explains_stays_hidden(engine: Engine):
    # The Sixth Sense's premise never says the words; what the title means is the twist's.
    answer = engine.ask("why is it called the sixth sense", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
