""" "psyco cast and whos the director" answered the director alone: the first part asks a fact by its word ("cast")
with no question word, and was passed over as a statement. "Who is the composer no sorry who is the director of
Vertigo", typed without marks, was withheld: the clause taken back ("no sorry") still counted as asked. Found by
typing the dialogue sets without punctuation (bench/dialogues.py --noise bare)."""

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
    "question",
    ["psyco cast and whos the director", "psycho cast and who's the director?", "psycho: cast and director?"],
)
def test_a_fact_asked_by_its_word_beside_a_question_is_answered_too(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Anthony Perkins" in answer.answer, answer.answer
    assert "Hitchcock" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Who is the composer no sorry who is the director of Vertigo",
        "who is the composer, sorry, who is the director of Vertigo?",
        "who wrote vertigo i mean who directed vertigo",
    ],
)
def test_a_clause_taken_back_is_not_asked(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Hitchcock" in answer.answer, answer.answer


def test_two_questions_asked_are_still_both_asked(engine: Engine):
    # Without a word taking it back, the first question stands: answering only the fact would pass over it.
    answer = engine.ask("who dies in the shower and who directed psycho", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer


def test_a_possessive_without_its_apostrophe_still_asks_the_real_one(engine: Engine):
    # "whats the Professors real plan" (--noise apostrophes) was read as a plain plot question: "skeptical of real
    # peril" answered it instead of the bomb.
    answer = engine.ask("whats the Professors real plan in Stalker?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "bomb" in answer.answer, answer.answer
