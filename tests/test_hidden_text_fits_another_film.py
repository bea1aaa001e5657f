"""A description another film's hidden text fits far better than any film's visible text names no film (it used to
name the film whose visible text shared a word or two: "a boy who sees dead people" → Citizen Kane); a word a
summary says in its own words is searched for by its everyday synonym ("a fear of heights" → acrophobia)."""

import pytest

from index.answer_model import UNNAMED_WITHHELD, Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "which film has a boy who sees dead people?",
        "which film has a scene where she tried to drown herself in a pond and failed?",
        "which film has a scene where a hand opens and a wedding ring rolls across the floor?",
        "the movie where two begin spending days together among the redwoods: who directed it?",
        "which film has a scene where she gives in, hoping he will love her for herself?",
    ],
)
def test_a_hidden_scene_names_no_film_at_all(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None
    assert answer.status is Status.AMBIGUOUS or answer.answer == UNNAMED_WITHHELD


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("the movie with a retired detective with a fear of heights", "vertigo-1958"),
        ("which film has a man who can't make new memories?", "memento-2000"),
        ("the one about a cop with a fear of heights", "vertigo-1958"),
    ],
)
def test_a_premise_in_everyday_words_still_names_its_film(engine: Engine, question: str, film_id: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id


def test_with_spoilers_on_the_hidden_scene_names_its_film(engine: Engine) -> None:
    answer = engine.ask("which film has a boy who sees dead people?", scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == "the-sixth-sense-1999"
