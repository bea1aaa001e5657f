""" "What gave it away to Paul?" asks what let him see through a deception: the sentence where he recognizes it, not one
that happens to hold "gives" and "away" ("Elster has got away", "Clara gives away her mother's piano")."""

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

SECOND_WIFE = make_film(
    "The Second Wife",
    1949,
    [
        (
            SectionKind.PREMISE,
            False,
            "Paul Avery, a widowed banker, marries Clara, a quiet pianist, after a whirlwind courtship in Nice.",
        ),
        (
            SectionKind.PLOT,
            True,
            "Clara gives away her mother's piano to the village church, and Paul finds an unsigned letter in the "
            "attic.",
        ),
        (
            SectionKind.ENDING,
            True,
            "At a recital Clara plays a waltz, and Paul recognizes it as his first wife's own composition. He knows "
            "the woman he married is her sister.",
        ),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([SECOND_WIFE, *BUNDLED])


@pytest.mark.parametrize(
    ("question", "film", "clue"),
    [
        ("what gave it away to Paul?", "The Second Wife", "recognizes it"),
        ("what gave it away to scottie?", "Vertigo", "necklace"),
        ("what does Judy put on that gives the game away?", "Vertigo", "necklace"),
    ],
)
def test_what_gave_it_away_is_where_it_is_recognized(engine: Engine, question: str, film: str, clue: str):
    # Before: "give" and "away" were searched for as story words: "Judy confesses everything; Elster has got away
    # abroad", "Clara gives away her mother's piano".
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and clue in answer.answer, answer.answer


def test_with_spoilers_off_what_gave_it_away_stays_hidden(engine: Engine):
    answer = engine.ask("what gave it away to Paul?", film="The Second Wife", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "recognizes" not in answer.answer, answer.answer
