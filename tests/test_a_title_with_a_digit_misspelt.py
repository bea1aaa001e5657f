""" "se7ven whats in the box at the end" was answered "Which film do you mean?": a lower-case word was a title
candidate only when it was all letters, so a title written with a digit ("Se7en") and then misspelt never reached
the typo search, though "who directed se7ven" (a fact asked of a title we might lack) found it. A word of letters
with a digit among them, starting with a letter, is a candidate too."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.mentions import phrases
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["se7ven whats in the box at the end", "what is in the box in se7ven?"])
def test_the_misspelt_title_is_found(engine: Engine, question: str):
    off = engine.ask(question, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and off.film is not None and off.film.id == "se7en-1995", off.answer
    on = engine.ask(question, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and "Tracy" in on.answer, on.answer


def test_a_safe_question_with_it_is_answered(engine: Engine):
    answer = engine.ask("se7ven who are the two detectives", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Somerset" in answer.answer, answer.answer


@pytest.mark.parametrize("typed", ["se7ven", "s3ven"])
def test_a_word_with_a_digit_is_a_title_candidate(typed: str):
    assert [p.text for p in phrases(f"{typed} whats in the box")] == [typed]
