""" "Why is Malcolm's wife so cold to him?" with spoilers off was answered with the premise sentence that introduces
Malcolm and his wife: the question's names were all it matched, and nothing visible speaks of her coldness (the
reason is the twist). A "why" whose words beside the people it names no visible text holds in any form is not
answered from the set-up; with spoilers on the reason is found."""

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
    ("question", "set_up"),
    [
        ("In The Sixth Sense, why is Malcolm's wife so cold to him?", "psychologist"),
        ("why is Anna ignoring Malcolm in The Sixth Sense?", "psychologist"),
        ("why does Norman dress up in Psycho?", "stuffs birds"),
        ("why is Kelvin so depressed in Solaris?", "country house"),
        ("why is Jake so jealous in Chinatown?", "divorce work"),
    ],
)
def test_a_why_about_nothing_visible_is_not_answered_from_the_set_up(engine: Engine, question: str, set_up: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and set_up not in answer.answer, answer.answer
    # Nothing visible was looked at to say more than "it may be a spoiler, or not in its summary".
    assert "would spoil" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # "end up" says how she came there; the motel is told.
        ("why does Marion end up at the Bates Motel in Psycho?", "Bates Motel"),
        ("why does Malcolm want to help Cole in The Sixth Sense?", "make up for Vincent"),
        ("why does Scottie quit the force in Vertigo?", "acrophobia"),
        # "Polaroid" is capitalised inside a sentence as names are; before "photos" it names a kind of thing.
        ("why does Leonard take Polaroids in Memento?", "Polaroid photos"),
    ],
)
def test_a_why_about_a_visible_situation_is_answered(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_with_spoilers_on_the_reason_is_found(engine: Engine):
    answer = engine.ask("why is Anna so cold to Malcolm in The Sixth Sense?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "grieving" in answer.answer, answer.answer
