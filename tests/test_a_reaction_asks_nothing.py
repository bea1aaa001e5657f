"""A reaction to an answer ("love that guy", "he's so creepy lol", "great film") judges someone or something just
spoken of and asks nothing: it gets the pointer to /help, never another passage of the last film. A claim about the
story ("he's dead", "she's the killer") and a judgement asked about ("that one is scary?") are still questions."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "said",
    [
        "love that guy",
        "loved that scene!",
        "he's so creepy lol",
        "that guy is the best",
        "she's amazing",
        "the ending was so sad",
        "great film",
        "omg such a creepy scene",
    ],
)
def test_a_reaction_after_an_answer_gets_the_pointer(engine: Engine, said: str):
    answer = engine.ask(said, context_film="psycho-1960")
    assert answer.status is Status.NOT_FOUND and answer.film is None and "/help" in answer.answer


@pytest.mark.parametrize("said", ["he's dead", "she's the killer", "that one is scary?", "he's crazy right?"])
def test_a_claim_or_a_judgement_asked_about_stays_with_the_film(engine: Engine, said: str):
    answer = engine.ask(said, context_film="psycho-1960")
    assert answer.status is not Status.NOT_FOUND and answer.film is not None and answer.film.id == "psycho-1960"
