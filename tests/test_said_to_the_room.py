""" "hey everyone, movie night tonight!" and "good morning everyone, the seminar starts at ten" were answered "Which
film do you mean?": the greeting was read off and the rest ("movie night tonight") looked up as a film's words.
"thanks, that was really helpful" got a spoiler refusal ("was" was no small-talk word), and "can you write my essay
on auteur theory?" asked which film. News for the room, thanks and work asked of the bot are small talk: the
pointer to /help, naming no film. A greeting to the room before a question, or before a title, still asks it."""

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
    "said",
    [
        "hey everyone, movie night tonight!",
        "good morning everyone, the seminar starts at ten",
        "hi guys, pizza is here",
        "evening all. the projector is fixed",
        "thanks, that was really helpful",
        "Can you write my essay on auteur theory for me?",
        "could you please do our homework",
    ],
)
def test_chat_is_pointed_at_help(engine: Engine, said: str):
    answer = engine.ask(said, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND, answer.answer
    assert answer.film is None and not answer.passages and "/help" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("hey everyone, who directed psycho?", "psycho-1960", "Hitchcock"),
        ("hey everyone, psycho cast", "psycho-1960", "Perkins"),
        ("hi guys, what is vertigo about", "vertigo-1958", "Scottie"),
        ("morning all, memento runtime", "memento-2000", "113"),
    ],
)
def test_a_question_after_greeting_the_room_is_answered(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer
    assert told in answer.answer, answer.answer


def test_a_statement_about_everyone_is_no_greeting(engine: Engine):
    engine.ask("who dies in se7en?", scope=SpoilerScope.off())
    answer = engine.ask("everyone dies at the end", scope=SpoilerScope.off(), context_film="se7en-1995")
    assert answer.film is not None and answer.film.id == "se7en-1995", answer.answer
