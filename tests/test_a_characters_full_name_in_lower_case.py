""" "what sin was john doe" (spoilers on) got "Which film do you mean?": "john", typed in lower case, was read as a
maker's name, and three films credit a John. Beside "doe", a name the story gives someone and no credit does, it is
part of a character's name; "brad pitt" is still an actor's."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["what sin was john doe", "which sin was john doe himself", "is john doe caught?"])
def test_the_characters_film_is_found(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == "se7en-1995", answer.answer


def test_an_actors_name_typed_in_lower_case_is_still_an_actors(engine: Engine):
    answer = engine.ask("the fincher movie with brad pitt, who is the woman?", scope=SpoilerScope.on())
    assert answer.status is Status.AMBIGUOUS, answer.answer
