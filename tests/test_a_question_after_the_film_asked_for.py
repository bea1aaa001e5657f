"""Two requests that asked nothing the answer could give: "what's the film where a guy with no short-term memory
tattoos facts on his body? who directed it?" was answered with what Memento is about (the film found, the question
after it left unread), and "can someone explain what fight club is about without ruining it for the first-years" was
withheld ("ruining it for …" read as story words). Which film is asked first, and the question of it after; not
ruining it, for anyone, is what the scope already keeps."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question_shape import without_description
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("what's the film where a guy with no short-term memory tattoos facts on his body? who directed it?", "Nolan"),
        ("which film has a detective who is a week from retiring? how long is it?", "127"),
    ],
)
def test_the_question_after_is_answered_of_the_film_found(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_a_film_asked_for_alone_is_still_told_about(engine: Engine) -> None:
    answer = engine.ask("what's the film where a guy with no short-term memory tattoos facts on his body?")
    assert answer.film is not None and answer.film.id == "memento-2000", answer.answer
    assert without_description("what's the film where a man forgets everything? any idea?") is None


@pytest.mark.parametrize(
    "question",
    [
        "can someone explain what fight club is about without ruining it for the first-years",
        "what is fight club about, without spoiling anything for my brother",
        "what's fight club about? don't ruin it",
    ],
)
def test_not_ruining_it_asks_nothing(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Narrator" in answer.answer, answer.answer


def test_ruining_as_the_story_tells_it_is_kept() -> None:
    assert "ruin" in plain_question("how does the water scheme ruin the farmers in chinatown?")
