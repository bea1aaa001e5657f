"""Summaries tell a suicide as what was done ("Dr. Gibarian has just killed himself", "Carlotta Valdes … took her
own life"), seldom by the word: "is there a suicide in Solaris?" with spoilers on got "the summary doesn't say", and
Vertigo's safe premise did not answer it with spoilers off. Through the Engine over the bundled films."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_a_suicide_is_found_in_what_was_done(engine: Engine):
    answer = engine.ask("Is there a suicide in Solaris?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "Gibarian has just killed himself" in answer.answer, answer.answer


def test_a_suicide_the_premise_tells_is_answered_with_spoilers_off(engine: Engine):
    answer = engine.ask("Is there a suicide in Vertigo?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "took her own life" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Is there a suicide in Solaris?", "does anyone commit suicide in solaris"])
def test_a_hidden_suicide_stays_withheld(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "Gibarian" not in answer.answer, answer.answer


def test_the_word_itself_still_counts_where_the_text_uses_it(engine: Engine):
    # Psycho's ending says "faked the suicide note": the word as typed is read first.
    answer = engine.ask("what about the suicide note in psycho", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "suicide note" in answer.answer, answer.answer
