"""A name asked in chat, with no question word ("sixth sense kid name", "kid's name?"), asks what "what is the kid's
name?" asks: who the kid is, where the story first names him. It got the premise's opening, which names a
psychologist and his patient, never the boy. And a message whose last sentence asks a name by role ("the one with
the detective afraid of heights, right? whats the detective called") asks that sentence's question: the words
before it only pointed at the film."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question_shape import role_asked, role_sentence
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("sixth sense kid name", None),
        ("kid name", "The Sixth Sense"),
        ("kid's name?", "The Sixth Sense"),
        ("the sixth sense boy name pls", None),
    ],
)
def test_a_role_and_name_typed_bare_get_the_one_named(engine: Engine, question: str, film: str | None) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED
    assert answer.film is not None and answer.film.id == "the-sixth-sense-1999"
    assert "Cole Sear" in answer.answer
    assert "Malcolm Crowe is a child psychologist" not in answer.answer


@pytest.mark.parametrize(
    ("question", "film", "named"),
    [
        (
            "the one about the detective with a fear of heights right? what is the detective called",
            "Vertigo",
            'John "Scottie" Ferguson is a San Francisco police detective.',
        ),
        (
            "the one about water in LA right? whats the detective called",
            "Chinatown",
            'J. J. "Jake" Gittes is a sharply dressed private investigator',
        ),
    ],
)
def test_the_last_sentence_asks_the_name(engine: Engine, question: str, film: str, named: str) -> None:
    assert role_sentence(question).startswith(("what is", "whats"))
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED
    # The sentence that names the role, not the story searched by the words that pointed at the film ("a rooftop
    # chase", "Los Angeles, 1937").
    assert answer.answer.startswith(named)
    assert "rooftop" not in answer.answer


def test_a_question_word_keeps_its_own_reading() -> None:
    assert role_asked("what is the kid's name?") == (["kid"], False)
    assert role_sentence("what is the kid's name?") == "what is the kid's name?"


@pytest.mark.parametrize(
    "question",
    [
        # no role word: a name of nothing in particular
        "sixth sense name",
        # a sentence before one that asks no name by role
        "ok. who directed it?",
        # a role word and a name, but asked something else
        "why does the kid hide his name",
    ],
)
def test_only_a_name_asked_by_role_is_read_so(question: str) -> None:
    assert role_asked(question) is None
    assert role_sentence(question) == question
