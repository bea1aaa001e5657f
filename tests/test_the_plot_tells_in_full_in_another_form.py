""" "Who does Kane run against for governor?" (spoilers on) got the set-up's newsreel ("… two marriages, a failed run
for governor, and a long retreat from the world"), not the plot's "Kane ran for governor of New York against the
political boss Jim W. Gettys.": the plot tells in full what the set-up sums up, but its "ran" counted a little less
than the set-up's "run". A plot sentence holding every word the set-up's holds, in any of their forms, answers in
its place when it scores as well but for those forms. Spoilers off, the set-up's sentence is all there is."""

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
    "question",
    ["who does kane run against for governor", "what happens when kane runs for governor?"],
)
def test_the_plot_answers(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="Citizen Kane", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "Gettys" in answer.answer


def test_spoilers_off_nothing_past_the_set_up(engine: Engine) -> None:
    answer = engine.ask("who does kane run against for governor", film="Citizen Kane", scope=SpoilerScope.off())
    assert "Gettys" not in answer.answer
