""" "Did he win the election?" with Citizen Kane shown up to 80%, "does kane become governor?", "who is still on the
station?" up to 40% of Solaris: a two-word question one of whose words no visible text holds was read as asking after
what lies past the limit ("win": the text says he "lost both the election and his marriage"; "still" only asks whether
it lasts). An everyday word is read as the word the summary tells it in (win → lost, hand → fingers), and "still" only
frames the question; what lies past the limit stays hidden."""

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
    ("question", "film", "scope", "told"),
    [
        ("did he win the election", "Citizen Kane", "upto:80%", "lost both the election"),
        ("who is still on the station", "Solaris", "upto:40%", "station"),
    ],
)
def test_answered_before_the_limit(engine: Engine, question: str, film: str, scope: str, told: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "scope", "hidden"),
    [
        ("did he win the election", "Citizen Kane", "upto:40%", "Gettys"),
        ("who is still alive at the end", "Psycho", "upto:40%", "mummified"),
    ],
)
def test_past_the_limit_it_stays_hidden(engine: Engine, question: str, film: str, scope: str, hidden: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer
