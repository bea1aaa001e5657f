""" "Does Madeleine die?" with spoilers on got "A local bookseller tells Scottie the sad story of Carlotta, who … killed
herself.": a death told with "herself" was read as dealt to anyone named before it, in the sentence or the one
before (Madeleine), so Carlotta's suicide outranked the tower. "Killed herself" befalls whoever did it: the name
nearest before it."""

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

HARBOUR = make_film(
    "The Harbour Light",
    1961,
    [
        (
            SectionKind.PREMISE,
            False,
            "Ruth Calder keeps the harbour light after her father's death. A drifter, Owen Pike, takes a room at the "
            "inn.",
        ),
        (
            SectionKind.PLOT,
            True,
            "Ruth reads old letters in the attic. The innkeeper tells Ruth the story of her aunt Maud, who lost her "
            "fiance at sea and drowned herself. Ruth and Owen fall in love over the winter.",
        ),
        (
            SectionKind.ENDING,
            True,
            "In the spring storm Ruth climbs the tower to light the lamp. The stairs give way and she falls to her "
            "death. Owen leaves the harbour alone.",
        ),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([HARBOUR, *BUNDLED])


@pytest.mark.parametrize(
    ("question", "film", "told", "not_told"),
    [
        ("does Ruth die?", "The Harbour Light", "falls to her death", "drowned herself"),
        ("how does Ruth die?", "The Harbour Light", "falls to her death", "drowned herself"),
        # Before: "A local bookseller tells Scottie the sad story of Carlotta, who … killed herself."
        ("does madeleine die in vertigo", "Vertigo", "her body fall", "killed herself"),
        ("is Madeleine dead in Vertigo?", "Vertigo", "her body fall", "killed herself"),
    ],
)
def test_a_suicide_told_of_someone_else_is_not_the_fate_asked(
    engine: Engine, question: str, film: str, told: str, not_told: str
):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer and not_told not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("how does Maud die?", "The Harbour Light", "drowned herself"),
        ("how did Carlotta die in Vertigo?", "Vertigo", "killed herself"),
    ],
)
def test_the_one_who_killed_themselves_is_still_told_it(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer


def test_with_spoilers_off_a_fate_stays_hidden(engine: Engine):
    answer = engine.ask("does Ruth die?", film="The Harbour Light", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert "death" not in answer.answer and "drowned" not in answer.answer, answer.answer
