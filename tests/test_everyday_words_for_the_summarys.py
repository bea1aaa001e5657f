"""Everyday words for what a summary says in its own words ("trial" for "tribunal", "lumberjack" for "woodcutter",
"fridge" for "refrigerator"): a safe question in the asker's word is answered from the sentence that tells it,
not withheld because the summary never uses that word. The synonym is read only where the visible text lacks
the word typed, and only from what the visible text holds."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import synonym, synonyms
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "scope", "told"),
    [
        ("What happens at Taylor's trial in Planet of the Apes?", "planet-of-the-apes-1968", "upto:70%", "heresy"),
        ("who plays the lumberjack in rashomon?", "rashomon-1950", "off", "Takashi Shimura"),
        ("who is the monk in rashomon?", "rashomon-1950", "off", "priest"),
        ("what does Kane's paperweight show?", "citizen-kane-1941", "on", "snow globe"),
        # the first synonym the text holds is read: "insulin" before "shot", which Memento uses of a gun
        ("what was in the injection?", "memento-2000", "on", "insulin"),
    ],
)
def test_a_safe_question_in_everyday_words_is_answered(
    engine: Engine, question: str, film: str, scope: str, told: str
) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.on() if scope == "on" else SpoilerScope.parse(scope))
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in (answer.answer or "")


def test_the_word_typed_wins_where_the_text_holds_it() -> None:
    # "court" is Rashomon's own word: it is never read as "tribunal".
    (court,) = query_tokens("court")
    assert synonyms(court)
    assert synonym(court, {court, *synonyms(court)}) == court


def test_a_synonym_is_read_only_from_the_text_given() -> None:
    (trial,) = query_tokens("trial")
    assert synonym(trial, set(query_tokens("the tribunal met"))) == query_tokens("tribunal")[0]
    assert synonym(trial, set(query_tokens("the council met"))) == trial
