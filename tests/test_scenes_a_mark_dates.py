"""A watch party at 1:00 of Psycho asking "what happens to Marion in the shower?" was refused: the paragraph marked
[0:47] was taken to last until the next mark, [1:12], so nothing of it showed before then. A time mark dates the
scene its paragraph opens with: a minute past the mark it has been seen. The rest of the paragraph, which may sum
up half an hour, still waits for the next mark (corpus/timeline.py; bench/story_oracle.py checks it)."""

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
    ("limit", "question", "told"),
    [
        ("upto:1:00", "what happens to marion in the shower in psycho?", "stabs her"),
        ("upto:1h05m", "what happens in the shower in psycho", "stabs her"),
        ("upto:1:20", "how does arbogast die in psycho?", "staircase"),
        ("upto:0:45", "who is the second victim in se7en?", "GREED"),
        ("upto:1:00", "what does the SWAT team find in Victor's flat in se7en?", "strapped"),
        ("upto:1:10", "how does the alley chase with doe end in se7en?", "spares"),
        ("upto:0:40", "who is Mr. Bernstein in Citizen Kane?", "general manager"),
    ],
)
def test_the_scene_a_mark_dates_is_answered_a_minute_on(engine: Engine, limit: str, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.parse(limit))
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("limit", "question", "hidden"),
    [
        # At the mark itself the scene has only begun.
        ("upto:0:47", "what happens to marion in the shower in psycho?", "stabs"),
        ("upto:1:12", "how does arbogast die in psycho?", "staircase"),
        # An untimed paragraph after a mark is over only by the next mark ([1:36]).
        ("upto:1:30", "what does the sheriff say about norman's mother in psycho?", "poisoned"),
        # The rest of a marked paragraph too: Kane's [1:05] paragraph goes on to the opera.
        ("upto:1:10", "what career does kane push susan into in citizen kane?", "opera career"),
        ("upto:1:10", "why does john doe give himself up to the police in se7en?", "surrenders"),
    ],
)
def test_what_the_marks_do_not_place_before_the_limit_stays_hidden(
    engine: Engine, limit: str, question: str, hidden: str
):
    answer = engine.ask(question, scope=SpoilerScope.parse(limit))
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer
