""" "Who gets killed in the shower?" up to 1:15 of Psycho was withheld as if it asked past the limit: "killed" is in
no text before it, which tells the death its own way ("stabs her to death", 0:47). A death word the visible text
lacks counts as seen when a visible passage tells a death beside another word asked; a death told nowhere the asker
may look stays withheld."""

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
    ("question", "scope", "told"),
    [
        ("who gets killed in the shower in psycho?", "1:15", "stabs her to death"),
        ("how is marion killed in psycho", "1:15", "stabs her to death"),
        ("who gets murdered in the shower in psycho?", "60%", "stabs her to death"),
        # (15%: by 30% of the film the marks place the second body and the word GLUTTONY, which then answers)
        ("how was the first victim killed in se7en?", "15%", "found dead"),
        ("how was bob killed in fight club?", "90%", "shot dead"),
    ],
)
def test_a_death_asked_in_other_words_is_answered_before_the_limit(
    engine: Engine, question: str, scope: str, told: str
):
    answer = engine.ask(question, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "scope", "hidden"),
    [
        # Nothing before 0:50 tells a death beside Arbogast: his lies past the limit.
        ("how does arbogast die in psycho", "0:50", "staircase"),
        ("how is Hollis killed in chinatown?", "30%", "drowned"),
        ("who gets killed in the shower in psycho?", "off", "stabs"),
    ],
)
def test_a_death_told_nowhere_visible_stays_withheld(engine: Engine, question: str, scope: str, hidden: str):
    answer = engine.ask(question, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer
