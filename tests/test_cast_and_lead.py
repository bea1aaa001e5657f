"""'Who's the lead?', 'who else is in it?' ask for the cast; 'who's the main guy?' asks who the story is about,
which the premise's opening says."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("and whos the lead", "chinatown-1974", "Nicholson"),
        ("who else is in it", "vertigo-1958", "Novak"),
        ("who's the star of it", "psycho-1960", "Perkins"),
        ("who is the lead actor", "se7en-1995", "Pitt"),
        ("who's the leading lady", "vertigo-1958", "Novak"),
        # The part named by what it is, in a second language's words.
        ("and who is the actor for the main man?", "memento-2000", "Guy Pearce"),
        ("who plays the main character", "vertigo-1958", "James Stewart"),
        ("who are the two actors?", "the-prestige-2006", "Hugh Jackman"),
    ],
)
def test_the_lead_and_the_rest_of_the_cast(engine: Engine, question: str, film_id: str, expected: str) -> None:
    answer = engine.ask(question, context_film=film_id, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("whos the main guy", "chinatown-1974", "Gittes"),
        ("who's the main character", "memento-2000", "Leonard"),
        ("who is the main guy in it", "vertigo-1958", "Scottie"),
    ],
)
def test_the_main_guy_is_who_the_premise_introduces(engine: Engine, question: str, film_id: str, expected: str) -> None:
    answer = engine.ask(question, context_film=film_id, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer
