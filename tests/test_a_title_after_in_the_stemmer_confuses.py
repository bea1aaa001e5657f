""" "Who dies in the departed?" answered from Chinatown, whose summary names the "Department of Water and Power": the
stemmer makes "departed" and "Department" one term, so the words after "in" read as a story's. A word ending the
question after "in" that no film's text writes in any of its forms ("departed", "departs", "depart"), hidden text
included, is a film we lack; one some text writes ("the shower", "the end") is still the story's."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["who dies in the departed", "who is the killer in the departed?"])
def test_a_film_we_lack_named_in_a_word_only_its_stem_shares(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert "departed" in answer.answer and "Chinatown" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "context"),
    [
        ("who dies in the end", "se7en-1995"),
        ("what happens in the shower", "psycho-1960"),
    ],
)
def test_a_word_some_text_writes_stays_the_storys(engine: Engine, question: str, context: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context)
    assert answer.status is not Status.NOT_FOUND, answer.answer
