"""A refusal under "off for this film" (with spoilers on for the rest) suggests turning it on for that film."""

import pytest

from bot.plain_text import answer_text
from bot.replies import answer_reply
from index.access import Visibility
from index.answer_model import Hold, Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

ON, OFF = SpoilerScope.on(), SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "title"),
    [
        ("who is the killer in Psycho?", "psycho-1960", "Psycho"),
        ("how does Vertigo end?", "vertigo-1958", "Vertigo"),
        ("what is in the box in Se7en?", "se7en-1995", "Se7en"),
    ],
)
def test_off_for_one_film_suggests_turning_it_on_for_that_film(engine: Engine, question, film_id, title):
    # Before: "Turn spoilers on with /spoilers on", which was already on: the narrower "off" is what held it.
    answer = engine.ask(question, scope=Visibility(ON, {film_id: OFF}))
    assert answer.status is Status.WITHHELD and answer.hold is Hold.FILM_OFF
    assert f"/spoilers on film:{title}" in answer_text(answer)
    assert f"`/spoilers on film:{title}`" in (answer_reply(answer).first.description or "")


@pytest.mark.parametrize("question", ["who is the killer in Psycho?", "how does Vertigo end?"])
def test_off_everywhere_still_suggests_spoilers_on(engine: Engine, question: str):
    answer = engine.ask(question, scope=Visibility(OFF, {"psycho-1960": OFF}))
    assert answer.status is Status.WITHHELD and answer.hold is Hold.SPOILERS_OFF
    assert "Turn spoilers on with /spoilers on," in answer_text(answer)
