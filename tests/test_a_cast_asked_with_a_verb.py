"""Whether someone is in the cast, asked with a verb for acting: "does se7en star brad pitt?", "did kim novak appear
in vertigo?", "did brad pitt act in se7en?". Each was withheld: the actor was read as the part they play ("does
se7en star Mills?"), and "star", "act" and "appear" as words of the story the visible text lacks. Asked so, it is
"is brad pitt in se7en?": the cast line answers. A question about what an actor's character does stays one
("does janet leigh die in psycho?")."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "actor"),
    [
        ("does se7en star brad pitt?", "se7en-1995", "Brad Pitt"),
        ("does brad pitt star in se7en?", "se7en-1995", "Brad Pitt"),
        ("did brad pitt act in se7en?", "se7en-1995", "Brad Pitt"),
        ("did kim novak appear in vertigo?", "vertigo-1958", "Kim Novak"),
        ("does vertigo star james stewart and kim novak?", "vertigo-1958", "James Stewart"),
        ("did edward norton also star in fight club", "fight-club-1999", "Edward Norton"),
        ("does the sixth sense star bruce willis", "the-sixth-sense-1999", "Bruce Willis"),
        ("Se7en stars Brad Pitt yeah", "se7en-1995", "Brad Pitt"),
    ],
)
def test_the_cast_answers(engine: Engine, question: str, film_id: str, actor: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert actor in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["does janet leigh die in psycho?", "does bruce willis die in the sixth sense?"])
def test_what_a_part_does_is_still_asked_of_the_part(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert "Cast:" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["did you ever act in a film?", "do people still act in films like that?"])
def test_no_ones_name_is_no_cast_question(engine: Engine, question: str) -> None:
    # "you", "people": no cast member is named; no cast line is given.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert "Cast:" not in answer.answer, answer.answer
