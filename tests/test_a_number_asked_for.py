""" "how old is the boy in the sixth sense?" quoted "a former patient Malcolm treated as a boy", not "a nervous,
solemn boy of about nine": "old" is no word the answer repeats, so both sentences held only "boy". "How old",
"how many", "how much" and "how far" ask for a number: a sentence giving one, in digits or words, is preferred."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

OFF = SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("how old is the boy in the sixth sense?", "about nine"),
        ("and the boy, how old he is? (sixth sense)", "about nine"),
    ],
)
def test_the_sentence_giving_a_number_answers(engine: Engine, question: str, says: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


ORCHARD = make_film(
    "The Orchard Road",
    1991,
    [
        (SectionKind.PREMISE, False, "The girl keeps the orchard by the river road, and the girl sells its apples."),
        (SectionKind.PLOT, False, "Her uncle owes the bank money. The girl, Wren, is eleven that summer."),
    ],
)


def test_a_small_film_how_old():
    answer = Engine([ORCHARD]).ask("how old is the girl in the orchard road?", scope=OFF)
    assert answer.status is Status.ANSWERED and "eleven" in answer.answer, answer.answer
