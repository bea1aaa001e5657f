""" "How is Edward Norton's character introduced in Fight Club?" with spoilers off was answered with the cast list:
the actor was read for the part only when nothing was hidden. The cast entry that gives the part ("Edward Norton as
the Narrator") is a fact anyone may see, so a question naming the part by its actor ("X's character", "the X
character") is asked of the part with spoilers off too. Whether an actor is in the film is still the cast's to
answer, and what only the hidden text tells of the part stays withheld."""

from __future__ import annotations

import pytest

from corpus.models import Facts, SectionKind
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
        ("How is Edward Norton's character introduced in Fight Club?", "recall specialist"),
        ("How is the Bruce Willis character introduced at the start of The Sixth Sense?", "child psychologist"),
        ("what does Bruce Willis's character do for a living in the sixth sense?", "psychologist"),
        ("what is Jack Nicholson's character's job in Chinatown?", "investigator"),
    ],
)
def test_the_part_named_by_its_actor_is_asked_of(engine: Engine, question: str, says: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED, answer.answer
    assert says in answer.answer and "Cast:" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "actor"),
    [("who is in fight club, is it edward norton?", "Norton"), ("is jack nicholson in chinatown?", "Nicholson")],
)
def test_whether_an_actor_is_in_it_is_still_the_casts(engine: Engine, question: str, actor: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED and actor in answer.answer, answer.answer


def test_what_the_hidden_text_tells_of_the_part_stays_withheld(engine: Engine):
    answer = engine.ask("is Bruce Willis's character dead the whole time in the sixth sense?", scope=OFF)
    assert answer.status is Status.WITHHELD, answer.answer
    assert "bullet" not in answer.answer and "ghost" not in answer.answer, answer.answer


HARBOUR = make_film(
    "The Harbour Light",
    1987,
    [
        (SectionKind.PREMISE, False, "Ilse Varga keeps the harbour light on a small northern island."),
        (SectionKind.ENDING, True, "On the last night Ilse rows out to the wreck and the sea takes her: she drowns."),
    ],
    facts=Facts(cast=["Ada Quill as Ilse Varga", "Otto Brenner as Bram Holt"]),
)


def test_a_small_film_part_named_by_its_actor():
    engine = Engine([HARBOUR])
    answer = engine.ask("what does Ada Quill's character do in The Harbour Light?", scope=OFF)
    assert answer.status is Status.ANSWERED and "keeps the harbour light" in answer.answer, answer.answer
    hidden = engine.ask("does Ada Quill's character die in The Harbour Light?", scope=OFF)
    assert hidden.status is Status.WITHHELD and "drowns" not in hidden.answer, hidden.answer


def test_a_small_film_asked_of_the_part_by_its_actor():
    engine = Engine([HARBOUR])
    answer = engine.ask("what is ada quill's job in the harbour light?", scope=OFF)
    assert answer.status is Status.ANSWERED and "keeps the harbour light" in answer.answer, answer.answer
    hidden = engine.ask("does ada quill die in the harbour light?", scope=OFF)
    assert hidden.status is Status.WITHHELD and "drowns" not in hidden.answer, hidden.answer
