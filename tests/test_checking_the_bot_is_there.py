""" "bot are you working?" after a question about Chinatown got a Chinatown passage, "can you understand me?" one
of Rashomon, "you are a robot?" got "I don't have robot", and "sorry my english is not so good, you understand
me?" a refusal as if it described a film. Asking whether the bot is there, works or understands, in any word order
and after an apology for one's English, is small talk: the pointer to /help. A question after it is still asked."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import SMALL_TALK, Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

OFF = SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "bot are you working?",
        "can you understand me?",
        "you are a robot?",
        "are you there bot?",
        "hello everyone! bot you are working today?",
        "sorry my english is not so good, you understand me?",
        "is the bot online",
    ],
)
def test_asking_after_the_bot_is_small_talk(engine: Engine, question: str):
    answer = engine.ask(question, context_film="chinatown-1974", scope=OFF)
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert answer.answer == SMALL_TALK, answer.answer


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("sorry, my english is bad. who directed vertigo?", "Hitchcock"),
        ("are you there? who wrote memento", "Nolan"),
    ],
)
def test_a_question_after_it_is_asked(engine: Engine, question: str, says: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer
