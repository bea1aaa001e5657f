""" "whats rashomon about in like two sentences" was withheld ("like", "two", "sentences" were read as the story's
words), "explain vertigo in under 3 lines" got "I don't have under 3 lines", and "whats stalker about in 2
sentences" was refused as a description of some film. How long the asker wants it, hedged or in digits, asks for
the summary, as "in short" does."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

OFF = SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "says"),
    [
        ("whats rashomon about in like two sentences", "rashomon-1950", "woodcutter"),
        ("explain vertigo in under 3 lines", "vertigo-1958", "Scottie"),
        ("whats stalker about in 2 sentences", "stalker-1979", "Zone"),
        ("what is memento about in just a few words", "memento-2000", "Leonard"),
    ],
)
def test_a_summary_asked_in_so_many_words_is_the_premise(engine: Engine, question: str, film: str, says: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED and answer.film is not None, answer.answer
    assert answer.film.id == film and says in answer.answer, answer.answer
