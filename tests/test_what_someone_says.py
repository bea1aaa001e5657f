""" "Who does Natalie say beat her up?": what someone says is told by any verb of telling ("… and tells him a man named
Dodd beat her"), not only by "say" ("Teddy, a cheerful man who says he is a friend")."""

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

LIGHTHOUSE = make_film(
    "The Keeper",
    1958,
    [
        (
            SectionKind.PREMISE,
            False,
            "Ivo, a lighthouse keeper who says little to anyone, takes in Mira, a castaway who says she remembers "
            "nothing of the wreck.",
        ),
        (
            SectionKind.PLOT,
            True,
            "Weeks later Mira comes in soaked from the rocks and tells Ivo that the harbour pilot, Brand, pushed her "
            "into the sea.",
        ),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([LIGHTHOUSE, *BUNDLED])


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("who does Mira say pushed her?", "The Keeper", "Brand"),
        ("who does Natalie say beat her up?", "Memento", "Dodd"),
        ("who did Natalie claim beat her up?", "Memento", "Dodd"),
        ("what does Teddy claim about Sammy Jankis at the end?", "Memento", "con man"),
    ],
)
def test_what_someone_says_is_told_by_any_verb_of_telling(engine: Engine, question: str, film: str, told: str):
    # Before: "says" in the premise's introductions ("who says she remembers nothing", "who says he is a friend")
    # held the question's verb and answered.
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_with_spoilers_off_what_she_told_him_stays_hidden(engine: Engine):
    answer = engine.ask("who does Mira say pushed her?", film="The Keeper", scope=SpoilerScope.off())
    assert "Brand" not in (answer.answer or ""), answer.answer
