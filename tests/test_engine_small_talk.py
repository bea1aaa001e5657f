"""What people say to a bot that is no question about a film gets the pointer to /help, never a film: also when
it is typed with contractions ("you're", "what's") or the words chatting uses ("so", "today")."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import SMALL_TALK, Engine
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("said", ["what's up?", "you're a great bot", "how are you today?", "thank you so much"])
def test_small_talk_with_contractions_is_no_question_about_a_film(engine: Engine, said: str):
    # Even right after a question about a film: the chat is not a follow-up about it.
    answer = engine.ask(said, context_film="the-sixth-sense-1999")
    assert answer.status is Status.NOT_FOUND and answer.film is None and answer.answer == SMALL_TALK


def test_a_question_with_a_contraction_is_still_a_question(engine: Engine):
    answer = engine.ask("who's the director of Vertigo?")
    assert answer.status is Status.ANSWERED and "Hitchcock" in answer.answer
