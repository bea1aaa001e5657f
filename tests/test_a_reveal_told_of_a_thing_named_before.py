"""A reveal's sentence that opens on a pronoun for a thing ("Its painted name, Rosebud, blisters in the flames.") was
quoted without the sentence before, which says what "its" is: "did anybody find out what Rosebud meant?" got the
flames and not the sled. When the sentence stating a twist leans back, the one before comes with it (as it does
for any other answer), while it fits."""

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
        "Did anybody ever find out what Rosebud meant?",
        "so what did rosebud turn out to be?",
        "what was the truth about rosebud",
    ],
)
def test_the_thing_a_twist_sentence_points_back_to_is_quoted(engine: Engine, question: str):
    answer = engine.ask(question, film="Citizen Kane", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "sled" in answer.answer and "Rosebud" in answer.answer, answer.answer


LANTERN = make_film(
    "The Lantern Keeper",
    1961,
    [
        (
            P,
            False,
            'Ada keeps the lighthouse on Gull Rock. Dying, her father whispers "Marigold", and a reporter comes to '
            "find out what it meant.",
        ),
        (PL, True, "A storm cuts the island off for a week, and the reporter leaves without an answer."),
        (
            E,
            True,
            "Ada clears the attic and burns the junk. Among it is a toy boat her father sailed as a boy. Its painted "
            "name, Marigold, peels in the fire. Nobody in the room notices.",
        ),
    ],
)


@pytest.mark.parametrize(
    "question", ["Did anybody ever find out what Marigold meant?", "did anyone find out what Marigold was?"]
)
def test_a_small_film_twist_opening_on_its_quotes_what_its_is(question: str):
    answer = Engine([LANTERN]).ask(question, film="The Lantern Keeper", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "toy boat" in answer.answer and "Marigold" in answer.answer, answer.answer
