""" "What's the painting Madeleine keeps staring at?", "who is this Sammy Jankis guy he keeps bringing up?": "keep"
before a verb in -ing says how often something is done, which no summary tells ("sits for hours before a portrait").
Read as a word the text must hold, it withheld the first up to 40% (half the question's words unseen before the
limit) and left the second unanswered."""

import pytest

from index.answer_model import Status
from index.clauses import over_and_over
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "scope", "told"),
    [
        # Before: withheld, "it may lie past your progress limit".
        ("vertigo whats the painting madeleine keeps staring at", "Vertigo", "40%", "portrait"),
        # Before: withheld, "nothing I may show you … answers that".
        ("who is this Sammy Jankis guy he keeps bringing up", "Memento", "off", "claim"),
    ],
)
def test_what_is_done_again_and_again_is_what_is_asked(engine: Engine, question: str, film: str, scope: str, told: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer


def test_keeping_something_is_still_asked(engine: Engine):
    # "Keep" as the deed itself, with no verb in -ing after it: "this time Kelvin keeps her".
    assert over_and_over("does Kelvin keep the second Hari?") == []
    answer = engine.ask("does Kelvin keep the second Hari?", film="Solaris", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "keeps her" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "dropped"),
    [
        ("why does he keep throwing nuts?", ["keep"]),
        ("what keeps piling up outside the lab?", ["keep"]),
        ("she kept on saying it", ["kept"]),
        ("who keeps the baby?", []),
    ],
)
def test_only_a_keep_before_a_verb_in_ing_is_dropped(question: str, dropped: list[str]):
    assert over_and_over(question) == dropped
