""" "whats psycho about ngl never seen it" and "whats citizen kane about tbh" were withheld, "is the sixth sense
scary, my little bro wants to watch" too: chat abbreviations ("ngl", "tbh", "imo", "idk"), not having seen it,
and who else wants to watch, said after the question, were read as words the visible text must hold. They ask
nothing."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import without_asides
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        ("whats psycho about ngl never seen it", "psycho-1960", "Marion"),
        ("whats psycho about never seen it", "psycho-1960", "Marion"),
        ("whats citizen kane about tbh", "citizen-kane-1941", "Xanadu"),
        ("who directed psycho idk", "psycho-1960", "Hitchcock"),
        ("how long is stalker imo", "stalker-1979", "162"),
        ("is the sixth sense scary, my little bro wants to watch", "the-sixth-sense-1999", "thriller"),
        ("is psycho gory, my mum hates blood", "psycho-1960", "Horror"),
    ],
)
def test_chat_after_the_question_asks_nothing(engine: Engine, question: str, film_id: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("whats psycho about never seen it", "whats psycho about"),
        ("who is in it? not seen it yet", "who is in it?"),
        ("is it scary, my little bro wants to watch", "is it scary"),
        # Inside the question, not having seen something is what is asked.
        ("why has he never seen it", "why has he never seen it"),
        ("who has never seen the room", "who has never seen the room"),
    ],
)
def test_what_is_set_aside(typed: str, asked: str):
    assert without_asides(typed) == asked
