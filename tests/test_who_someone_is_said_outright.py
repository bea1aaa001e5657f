""" "Who is Katherine to Evelyn?" with spoilers on got "Jake and Evelyn become lovers … the young woman, Katherine":
a sentence naming both beat the one saying what Katherine is ("Katherine is her sister and her daughter"), which
gives Evelyn only as "her". The sentence that says outright who someone is now outweighs one that only names the
people asked about together (DEFINES_BONUS 1.0 → 1.25, bench/RESULTS.md)."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

ON = SpoilerScope.on()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("who is Katherine to Evelyn in Chinatown?", "her sister and her daughter"),
        ("chinatown: who is katherine to evelyn, really?", "her sister and her daughter"),
        ("Who is Judy Barton really, in Vertigo?", "hired her"),
    ],
)
def test_the_sentence_saying_who_someone_is_answers(engine: Engine, question: str, says: str):
    answer = engine.ask(question, scope=ON)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


DUNES = make_film(
    "The Dunes",
    1977,
    [
        (SectionKind.PREMISE, False, "Rosa runs a roadside inn at the edge of the desert with her brother Tomas."),
        (
            SectionKind.PLOT,
            True,
            "Rosa and Tomas take in a boy, Emil, who wanders out of the dunes. Tomas teaches Emil to drive while Rosa "
            "watches from the porch. A policeman asks Rosa about a missing child.",
        ),
        (
            SectionKind.ENDING,
            True,
            "Rosa finally tells the policeman the truth. Emil is her son, given away at birth, and she has "
            "been hiding him from his father.",
        ),
    ],
)


def test_a_small_film_who_someone_is_to_someone():
    answer = Engine([DUNES]).ask("who is Emil to Rosa?", film="The Dunes", scope=ON)
    assert answer.status is Status.ANSWERED and "her son" in answer.answer, answer.answer
