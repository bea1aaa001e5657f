""" "where is the story happening?" of The Prestige was withheld, and "where does the story happen?" refused as a
spoiler: only "set" and "take place" asked where a film is set. Where the story, the film or "it" happens or
unfolds, asked in any order ("in which city it happens?"), is its setting, which the premise tells. When an event
happens ("the shower scene, when does it happen?") is still asked of the event."""

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
        ("where is the story happening in the prestige?", "London"),
        ("where does the story happen in the prestige?", "London"),
        ("the prestige, in which city it happens?", "London"),
        ("where is it happening, se7en?", "city"),
        ("when does the story happen in the prestige?", "1890s"),
    ],
)
def test_where_the_story_happens_is_its_setting(engine: Engine, question: str, says: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


def test_when_an_event_happens_is_asked_of_the_event(engine: Engine):
    answer = engine.ask("the shower scene, when does it happen?", context_film="psycho-1960", scope=OFF)
    assert answer.status is Status.WITHHELD and "Phoenix" not in answer.answer, answer.answer
