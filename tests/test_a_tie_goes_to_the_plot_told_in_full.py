"""Between equal sentences, the spoiler text's when the scope shows it: the premise sums up what the plot tells in
full. "What did the woodcutter find in the forest?" with spoilers on was answered with the premise's "the woodcutter
found the body of a samurai in the forest", which ties with the plot's "found, one after another, a woman's hat, a
samurai's cap, a cut rope and an amulet case, and then the samurai's stiff body". Who someone is ("who is Midge?")
and why ("why did Scottie leave the police?") stay with the set-up, and with spoilers off the premise answers as
before."""

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
    ("question", "film_id", "scope", "told"),
    [
        ("what did the woodcutter find in the forest?", "rashomon-1950", "on", "amulet"),
        ("rashomon: what stuff did the woodcutter find in the forest", None, "on", "cut rope"),
        ("what did the woodcutter find in the forest?", "rashomon-1950", "40%", "amulet"),
        ("how was the bandit caught in Rashomon?", None, "on", "river"),
        ("how did she come into her fortune?", "citizen-kane-1941", "0:40", "mine"),
    ],
)
def test_the_plot_tells_it_in_full(engine: Engine, question: str, film_id: str | None, scope: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.parse(scope), context_film=film_id)
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [("who is Midge?", "vertigo-1958", "commercial artist"), ("who is natalie?", "memento-2000", "bartender")],
)
def test_who_someone_is_is_told_where_they_come_in(engine: Engine, question: str, film_id: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on(), context_film=film_id)
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_a_reason_stays_with_the_set_up(engine: Engine) -> None:
    answer = engine.ask("why did Scottie leave the police in Vertigo?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "acrophobia" in answer.answer, answer.answer
    assert "ledge" not in answer.answer, answer.answer


def test_with_spoilers_off_the_premise_answers(engine: Engine) -> None:
    answer = engine.ask(
        "what did the woodcutter find in the forest?", scope=SpoilerScope.off(), context_film="rashomon-1950"
    )
    assert answer.status is Status.ANSWERED and "body of a samurai" in answer.answer, answer.answer
    assert "amulet" not in answer.answer, answer.answer
