""" "What is the wife's name in Rashomon?" with spoilers off answered "leading his wife on a horse": the visible text
never names her (Masako is named only in the spoiler text), so the sentence quoted was beside the point. A name asked
of a role that no visible sentence names is withheld, with the wording that says nothing either way."""

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
        "what is the wife's name in Rashomon?",
        "what is the name of the wife in rashomon",
        "what is the wife's name in memento",
    ],
)
def test_a_name_no_visible_sentence_gives_is_withheld(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "would spoil" not in answer.answer, answer.answer
    assert "Masako" not in answer.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("what is the name of the bandit in rashomon", "Tajōmaru"),
        ("what is the detective's name in vertigo", "Ferguson"),
        ("what is the boy called in the sixth sense", "Cole"),
        # "his single mother, Lynn": the role in the asker's word, the name beside the summary's.
        ("what is the mum called in the sixth sense", "Lynn"),
    ],
)
def test_a_name_a_visible_sentence_gives_is_answered(engine: Engine, question: str, name: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and name in answer.answer, answer.answer


def test_with_spoilers_on_the_name_is_answered(engine: Engine):
    answer = engine.ask("what is the wife's name in Rashomon?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "Masako" in answer.answer, answer.answer
