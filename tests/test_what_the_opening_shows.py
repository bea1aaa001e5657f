""" "What does the first scene show?" (spoilers on) got Psycho's ending ("… she will show the police she would not
even hurt a fly"), "what is the very first scene of Memento actually showing?" the premise's "two strands" of
scenes, and "what does the opening shot show?" Fight Club's "Bob Paulson is shot dead": "show" and "shot" were read
as the story's words. What an opening shows is what it opens with: the text that says what the film opens with
answers, or, where none does, the story from its start."""

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
    [
        "What is the very first scene of Memento actually showing?",
        "what does the first scene of Memento show?",
        "what is the opening scene of Memento about?",
    ],
)
def test_the_text_saying_what_it_opens_with(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "The film opens with its last event" in answer.answer


@pytest.mark.parametrize(
    ("question", "film", "start"),
    [
        ("what does the first scene show?", "Psycho", "Marion Crane is a real-estate secretary"),
        ("what does the opening shot show?", "Fight Club", "The Narrator, who is never named"),
    ],
)
def test_else_the_story_from_its_start(engine: Engine, question: str, film: str, start: str) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert answer.answer.startswith(start)
