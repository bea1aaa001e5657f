""" "Where does she end up stopping for the night?" and "where'd her car end up?" ask where someone or something came
to be: the verb of "end up" is no word the answer holds, and read as one it drew the ending ("Two missing girls may
have died the same way", at the very end, holds "girl" and "end"). A question that asks whether someone "ends up
with" another asks how the story ends, and stays an ending question."""

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
    ("question", "film", "scope", "must"),
    [
        ("where does marion end up stopping for the night in psycho?", "psycho-1960", "off", "Bates Motel"),
        ("where did marion end up staying that night?", "psycho-1960", "off", "Bates Motel"),
        ("where does marion wind up stopping for the night?", "psycho-1960", "off", "Bates Motel"),
        ("where does kelvin end up being sent in solaris?", "solaris-1972", "off", "flies out"),
        ("where does marion end up stopping for the night in psycho?", "psycho-1960", "on", "Bates Motel"),
    ],
)
def test_where_someone_ends_up(engine: Engine, question: str, film: str, scope: str, must: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.ANSWERED and must in answer.answer, answer.answer


def test_ending_up_with_someone_is_how_it_ends(engine: Engine):
    answer = engine.ask("does scottie end up with her in vertigo?", film="vertigo-1958", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert "nun" not in answer.answer and "Judy" not in answer.answer
