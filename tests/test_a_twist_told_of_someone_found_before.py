"""A twist stated in a sentence opening on "he" or "she" ("He had been on Earth all along, …") was quoted without
the sentence before, which shows the discovery ("… the crown and torch of the Statue of Liberty"), whenever the
twist's sentence held a capitalised word the question asked ("Earth"), taken for the name of whoever "he" is. After
a twist, the sentence before comes with it while they fit; other questions keep the old rule ("He lets Taylor go"
answers "what does Taylor find?" alone)."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

P, PL, E = SectionKind.PREMISE, SectionKind.PLOT, SectionKind.ENDING


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "so were they on earth the whole time in planet of the apes?",
        "planet of the apes: is it earth all along?",
        "true or false: Planet of the Apes was Earth all along",
    ],
)
def test_the_discovery_before_a_twist_told_of_him_is_quoted(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "Statue of Liberty" in answer.answer and "all along" in answer.answer, answer.answer


def test_the_reveal_button_quotes_the_discovery_too(engine: Engine):
    asked = "is it earth the whole time in planet of the apes"
    assert engine.ask(asked, scope=SpoilerScope.off()).status is Status.WITHHELD
    answer = engine.ask(asked, scope=SpoilerScope.on())
    assert "Liberty" in answer.answer, answer.answer


HARBOUR = make_film(
    "The Quiet Harbour",
    1964,
    [
        (P, False, "Tom wakes in a fishing village with no memory and is told he was rescued from a wreck at sea."),
        (PL, True, "He works the nets for a year and courts the miller's daughter, Ruth."),
        (
            E,
            True,
            "Climbing the cliff road, Tom finds a headstone carved with his own name and a date twenty years past. "
            "He had been dead in Brookhaven all along, and the village is where its drowned sailors wait. Tom falls to "
            "his knees on the wet grass and weeps for the wife and daughter he left in a town that has long forgotten "
            "him, while Ruth watches from the gate without understanding.",
        ),
    ],
)


@pytest.mark.parametrize("question", ["so was he in Brookhaven the whole time?", "was it brookhaven all along?"])
def test_a_small_film_twist_told_of_him_keeps_what_he_found(question: str):
    answer = Engine([HARBOUR]).ask(question, film="The Quiet Harbour", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "headstone" in answer.answer and "all along" in answer.answer, answer.answer
