"""Safe questions the summaries answer were refused: "ok safe question then, what city is marion from" (the words
announcing a safe question were read as the story's), "why is Borden in jail?" (the summary says "stands trial for
murder" and "his cell"), "what's wrong with Leonard?" (it tells his condition). Whether someone comes through is
asked in more ways than "does he die?": "does Borden hang?", "is she going to be ok?", "does he ever see his dad
again?"; each asks a fate, which stays withheld with spoilers off and is no set-up passage."""

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
    ("question", "film", "told"),
    [
        ("ok safe question then, what city is marion from in Psycho", "psycho-1960", "Phoenix"),
        ("safe q: who shot malcolm in the sixth sense", "the-sixth-sense-1999", "Vincent"),
        ("spoiler-free question: who directed Memento?", "memento-2000", "Nolan"),
        ("the prestige: why is borden in jail", "the-prestige-2006", "trial for murder"),
        ("momento: whats wrong with leonard", "memento-2000", "new memories"),
    ],
)
def test_a_safe_question_is_answered(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "context"),
    [
        ("does borden hang?", "the-prestige-2006"),
        ("is she going to get out of that motel ok?", "psycho-1960"),
        ("is Kelvin going to be ok?", "solaris-1972"),
        ("does he ever see his dad again", "solaris-1972"),
        ("does Norman get caught?", "psycho-1960"),
    ],
)
def test_a_fate_asked_in_other_words_is_withheld(engine: Engine, question: str, context: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context)
    assert answer.status is Status.WITHHELD, answer.answer
    assert answer.film is not None and answer.film.id == context
    assert answer.passages == []
