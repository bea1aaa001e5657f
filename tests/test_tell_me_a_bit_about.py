""" "Tell me a bit about Memento" was withheld: "bit" was read as a word of the story, which no visible passage
holds. Asking to be told a bit, a little or something about a film asks what it is about, as "tell me about" does."""

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
    ("question", "says"),
    [
        ("Tell me a bit about Memento", "Leonard"),
        ("tell me a little about vertigo", "Scottie"),
        ("can you tell us a little bit about solaris?", "ocean"),
    ],
)
def test_a_bit_about_a_film_is_its_premise(engine: Engine, question: str, says: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer
