"""A question that points at the film it asks about ("what's the twist in that one?", "who is the killer in the
movie?") asks what it asks without the pointer: "one", "movie" and "film" were searched for as story words, and with
spoilers on Vertigo's twist was "The summary of Vertigo doesn't say."."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

POINTERS = ["in that one", "in the movie", "of the film", "in this film"]
QUESTIONS = ["what's the twist", "how does it end", "who dies"]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("pointer", POINTERS)
@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("film", [f.id for f in BUNDLED])
def test_the_pointer_asks_nothing_of_the_film(engine: Engine, film: str, question: str, pointer: str) -> None:
    bare = engine.ask(f"{question}?", film=film, scope=SpoilerScope.on())
    pointed = engine.ask(f"{question} {pointer}?", film=film, scope=SpoilerScope.on())
    assert (pointed.status, pointed.answer) == (bare.status, bare.answer)


def test_a_film_in_the_story_is_still_a_story_word(engine: Engine) -> None:
    # Berton's film of the inquiry is a thing in Solaris's story: "the film he shows" keeps its word.
    answer = engine.ask("what is on the film Berton shows Kelvin?", film="solaris-1972", scope=SpoilerScope.on())
    assert "inquiry" in (answer.answer or "")
