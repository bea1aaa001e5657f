""" "is hari real in solaris" was answered with Solaris's cast line: Hari is named only in the hidden text, and a
yes/no question with a name the visible text lacks ("is Jack Nicholson in Vertigo?") is a check of the card. A
question doubting who someone is asks a reveal, not the cast."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_a_doubt_about_someone_hidden_is_withheld(engine: Engine):
    answer = engine.ask("is hari real in solaris", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "Cast:" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("is jack nicholson in vertigo?", "Cast: James Stewart"),
        ("did hitchcock direct chinatown?", "directed by Roman Polanski"),
        ("was vertigo made in 1960?", "Year: 1958"),
    ],
)
def test_a_name_or_year_the_text_lacks_is_still_a_card_check(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
