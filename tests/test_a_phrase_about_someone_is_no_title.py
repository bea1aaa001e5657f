"""After a question about a film, a few everyday words where a title could stand are the story's, when the question
names someone in that film: "what message does Cole pass to his mother in the traffic jam?" after The Sixth Sense
got "I don't have the traffic jam" (only one such word was allowed: "why is borden in jail"). "The novel" after
Fight Club is the book it was made from, not a film called "the novel published". A film we lack is still one
("who directed the matrix" after The Prestige)."""

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
    ("question", "context_film"),
    [
        ("what message does Cole pass to his mother in the traffic jam?", "the-sixth-sense-1999"),
        ("what does Leonard do in the tattoo parlour?", "memento-2000"),
        ("what year was the novel published", "fight-club-1999"),
        ("when was the book published?", "fight-club-1999"),
    ],
)
def test_the_words_are_the_storys(engine: Engine, question: str, context_film: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context_film)
    assert "I don't have" not in answer.answer, answer.answer
    assert answer.film is not None and answer.film.id == context_film, answer.answer


@pytest.mark.parametrize(
    ("question", "context_film", "lacked"),
    [
        ("who directed the matrix", "the-prestige-2006", "the matrix"),
        ("what about the godfather?", "psycho-1960", "the godfather"),
        # ("Department" of Water and Power is a name in Chinatown, but the words themselves are no one besides)
        ("who dies at the end of the departed", "chinatown-1974", "the departed"),
    ],
)
def test_a_film_we_lack_is_still_one(engine: Engine, question: str, context_film: str, lacked: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context_film)
    assert answer.status is Status.NOT_FOUND and lacked in answer.answer, answer.answer
