"""'Who is Gavin?' with no film named: John Gavin acts in Psycho, Gavin Elster is a character of Vertigo. The
credits repeat a name (cast line and "Starring" line), so they won the content search and the reply quoted
Psycho's cast. A name held by one film's credits and another film's text is asked about ("which film?", with both);
a name only one film holds still names it."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "films"),
    [
        ("who is Gavin?", {"psycho-1960", "vertigo-1958"}),
        ("who is William?", {"se7en-1995", "the-sixth-sense-1999"}),
        ("who's Gavin", {"psycho-1960", "vertigo-1958"}),
    ],
)
def test_a_name_of_one_films_credits_and_anothers_story_is_asked_about(engine: Engine, question: str, films: set):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS and answer.film is None
    assert films <= {c.id for c in answer.choices}


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("who is Orson?", "citizen-kane-1941"),
        ("who is Somerset?", "se7en-1995"),
        ("who is Morgan Freeman?", "se7en-1995"),
        # A writer's credit in Vertigo, the hero of Planet of the Apes: the story holds it more, and leads.
        ("who is Taylor?", "planet-of-the-apes-1968"),
    ],
)
def test_a_name_one_film_holds_names_it(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id


@pytest.mark.parametrize("question", ["who plays taylor?", "taylor actor"])
def test_a_part_asked_for_its_actor_is_no_makers_name(engine: Engine, question: str):
    # Taylor is Planet of the Apes' astronaut and, in Vertigo's credits, its writer Samuel A. Taylor: a part asked
    # for its actor is not the writer's film (both were answered with Vertigo's cast).
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None or answer.film.id == "planet-of-the-apes-1968", answer.answer
    assert "vertigo-1958" not in {c.id for c in answer.choices} or answer.status is Status.AMBIGUOUS
