"""Safe facts asked in words the card and the set-up do not use were withheld: "did Kim Novak play Midge or
Madeleine?" (which part an actor plays is the cast's to say), "who photographed Citizen Kane?" (its
cinematographer), "who else was in it besides Nicholson?" (the cast, asked in the past tense), "what was the name of
his enormous house?" (Kane's "vast … castle called Xanadu"), "what's the private eye's name?" ('J. J. "Jake" Gittes
is a … private investigator': a surname after a nickname in quotes is a name) and "what's his phobia called?"
(Scottie's acrophobia, a thing called so, not someone). Each near miss keeps its old reading: "is natalie playing
leonard" asks whether she plays him false, "who was in the fruit cellar?" asks of the story, "what's his wife
called?" asks a name."""

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
    ("question", "film", "told"),
    [
        ("In Vertigo, did Kim Novak play Midge or Madeleine?", None, "Kim Novak as Madeleine"),
        ("Did Bruce Willis play the boy's father in The Sixth Sense?", None, "Bruce Willis as Malcolm Crowe"),
        ("Who photographed Citizen Kane? The pictures were so striking.", None, "Gregg Toland"),
        ("And who else was in it besides Nicholson?", "chinatown-1974", "Faye Dunaway"),
        ("What was the name of his enormous house?", "citizen-kane-1941", "Xanadu"),
        ("what's the private eye's name in Chinatown?", None, "Gittes"),
        ("what's his phobia called?", "vertigo-1958", "acrophobia"),
        # ("the main fellow", "the main chap": the lead, as "the main guy" is)
        ("who's the main fellow in Psycho?", None, "Marion Crane is"),
        ("what does the main chap do for a living in Memento?", None, "insurance claims investigator"),
    ],
)
def test_a_safe_fact_in_other_words_is_answered(engine: Engine, question: str, film: str | None, told: str) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "not_told"),
    [
        ("is natalie playing leonard in memento", None, "Cast:"),
        ("who was in the fruit cellar?", "psycho-1960", "Cast:"),
        ("what's his wife called?", "memento-2000", "insurance"),
    ],
)
def test_near_misses_keep_their_reading(engine: Engine, question: str, film: str | None, not_told: str) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert not_told not in answer.answer, answer.answer
