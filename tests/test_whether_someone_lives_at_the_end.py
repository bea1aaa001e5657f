"""Whether someone lives, asked "at the end" ("does Evelyn get away at the end?"): when the ending tells that
person's death, it answers, not the closing lines beside it ("Cross takes Katherine away …" held "away"). When the
ending tells no death of theirs ("does Taylor survive at the end?"), the closing lines still answer."""

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
    [
        "Does Evelyn get away at the end?",
        "does evelyn get away in the end",
        "so does Evelyn get away at the end of Chinatown?",
        "is Evelyn ok at the end?",
    ],
)
def test_a_death_the_ending_tells_answers(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="chinatown-1974", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "the bullet kills Evelyn" in (answer.answer or "")


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("does Taylor survive at the end?", "planet-of-the-apes-1968", "Earth all along"),
        ("does Hari survive at the end?", "solaris-1972", "island"),
    ],
)
def test_no_death_told_at_the_end_keeps_the_closing_lines(engine: Engine, question: str, film: str, told: str) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert told in (answer.answer or "")


def test_with_spoilers_off_it_stays_withheld(engine: Engine) -> None:
    answer = engine.ask("Does Evelyn get away at the end?", film="chinatown-1974")
    assert answer.status is Status.WITHHELD
    assert "bullet" not in (answer.answer or "")
