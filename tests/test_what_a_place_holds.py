""" "What do they find in John Doe's apartment?" (spoilers on) got "… trace a man … to an apartment registered to
"John Doe"": the sentence naming the place's owner held more of the question's words than the one telling what the
place holds ("His apartment holds thousands of notebooks of ravings."). A question asking what a place holds is
answered by the sentence saying so, however little of the place's description it repeats. Spoilers off, nothing
past the set-up shows."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import analyze
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "what do they find in john doe's apartment?",
        "what do they find in John Doe's apartment in Se7en?",
        "what is in doe's apartment?",
        "what did Somerset and Mills find inside Doe's apartment?",
    ],
)
def test_the_sentence_telling_what_it_holds_answers(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="Se7en", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "notebooks" in answer.answer


def test_within_a_limit_past_it_the_same_sentence(engine: Engine) -> None:
    answer = engine.ask(
        "what do they find in john doe's apartment?", film="Se7en", scope=SpoilerScope.parse("upto:1:10")
    )
    assert "notebooks" in answer.answer


def test_spoilers_off_it_stays_hidden(engine: Engine) -> None:
    answer = engine.ask("what do they find in john doe's apartment?", film="Se7en", scope=SpoilerScope.off())
    assert "notebooks" not in answer.answer
    assert answer.status is not Status.ANSWERED or "registered" not in answer.answer


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("what do they find in john doe's apartment in seven", "apartment"),
        ("what is in the box?", "box"),
        ("what did Lila find in the fruit cellar in psycho", "cellar"),
        ("what's inside the case?", "case"),
        # no contents asked
        ("what does Taylor find on the beach?", None),
        ("what is in it?", None),
        ("who is in the cast?", None),
        ("who directed Se7en?", None),
    ],
)
def test_the_place_asked(question: str, place: str | None) -> None:
    holder = analyze(question.lower(), query_tokens(question)).holder
    assert holder == (frozenset(query_tokens(place)) if place else frozenset())
