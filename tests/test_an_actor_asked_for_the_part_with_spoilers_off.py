"""An actor named where the part is meant ("what's bruce willis's job in the sixth sense?", "what does Bruce Willis
play?") was read for the part only in the words "X's character" when spoilers were off, so the question kept the
actor's name and got a passage that never holds it. The cast entry that gives the part is a fact anyone may see:
the question is asked of the part whenever the cast gives one. An actor named as the film's tag ("the one with
Brad Pitt", "which one has Edward Norton") or asked after as cast ("is it Jack Nicholson?") still names no part.
(The small film's case is in test_an_actors_character_with_spoilers_off.py, beside the film it uses.)"""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

OFF = SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("what's bruce willis's job in the sixth sense", "psychologist"),
        ("What does Bruce Willis play in The Sixth Sense?", "psychologist"),
        ("what does jack nicholson do for a living in chinatown", "private investigator"),
    ],
)
def test_an_actor_named_for_the_part_is_asked_of_the_part(engine: Engine, question: str, says: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED, answer.answer
    assert says in answer.answer and "Cast:" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "actor"),
    [
        ("which one has edward norton", "Edward Norton"),
        ("who's in chinatown, is it jack nicholson?", "Jack Nicholson"),
    ],
)
def test_an_actor_naming_the_film_names_no_part(engine: Engine, question: str, actor: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED and actor in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["fight club with brad pitt: who is the woman?", "in fight club, the one with brad pitt, who is the woman?"],
)
def test_the_films_tag_is_not_the_part_asked_of(engine: Engine, question: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED and "Marla" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["does janet leigh die in psycho", "is bruce willis dead the whole time in the sixth sense"],
)
def test_what_only_the_hidden_text_tells_of_the_part_stays_withheld(engine: Engine, question: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.WITHHELD, answer.answer
    assert "stabs" not in answer.answer and "ghost" not in answer.answer, answer.answer
