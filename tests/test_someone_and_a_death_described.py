""" "Is there a film about a woman who steals money?" and "the one with the magician who dies in a tank" were refused
naming no film, as if they described hidden text: Psycho's premise calls her Marion, never "a woman" (its hidden text
has an old woman), and The Prestige's tells the death as "drown" (its hidden text says "dies"). A word for someone
by kind tells who, not what is hidden; a death a visible sentence tells beside the description's other words is
told openly. A death no visible sentence tells of the one described stays refused."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, names_no_film


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("is there a film about a woman who steals money", "psycho-1960"),
        ("the one with the magician who dies in a tank", "the-prestige-2006"),
    ],
)
def test_a_description_told_openly_names_its_film(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # "Vincent … shoots him" is one sentence, "Malcolm" is named in the next: no visible sentence tells his death.
        "the film where malcolm dies",
        "the one where the child psychologist dies",
        "the film where marion dies",
        "the movie where the woman is the killer",
    ],
)
def test_a_death_or_a_twist_no_visible_sentence_tells_names_no_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert names_no_film(answer), answer.answer
