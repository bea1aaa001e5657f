""" "I don't have Seven Samurai. Did you mean Se7en (1995)?", "I don't have The Sixth Day. Did you mean The Sixth
Sense?": a title we lack was offered ours because it holds our alias ("Seven") or shares a word with it. Our title is
offered when it is near the typed one as a whole, as a misspelling is, a year or a number beside it set aside."""

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
    ("question", "not_offered"),
    [
        ("In Seven Samurai, how many of the samurai die at the end?", "Se7en"),
        ("who directed seven samurai", "Se7en"),
        ("and The Sixth Day with Schwarzenegger?", "Sixth Sense"),
    ],
)
def test_a_longer_title_holding_ours_is_not_offered_ours(engine: Engine, question: str, not_offered: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert not_offered not in answer.answer and not answer.choices, answer.answer


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("who is in Psycho (1998)?", "Psycho (1960)"),
        ("who directed Solaris 2002", "Solaris (1972)"),
        ("who directed Vertigoo 2?", "Vertigo (1958)"),
        ("is Rashomon 2 out?", "Rashomon (1950)"),
        # An opinion asked of a longer title holding ours: "Nothing I may show you about Planet of the Apes …".
        ("is rise of the planet of the apes any good", "Planet of the Apes (1968)"),
    ],
)
def test_our_title_typed_with_a_year_or_a_number_is_offered(engine: Engine, question: str, offered: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND, answer.answer
    assert f"Did you mean {offered}?" in answer.answer, answer.answer
