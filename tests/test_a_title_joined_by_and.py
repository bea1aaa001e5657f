"""A title we lack joining two words with "and" ("sense and sensibility", "pride and prejudice"), typed in lower case
with a fact after it, is one title: "I don't have sense and sensibility", not The Sixth Sense's cast for its
"sense", nor "I don't have pride and prejudice cast" with the fact asked read into the title."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("sense and sensibility cast?", "sense and sensibility"),
        ("sense and sensibility runtime", "sense and sensibility"),
        ("pride and prejudice cast?", "pride and prejudice"),
        ("harold and maude runtime", "harold and maude"),
    ],
)
def test_a_title_joined_by_and_is_one_title_we_lack(engine: Engine, question: str, title: str):
    answer = engine.ask(question)
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert f"I don't have {title}." in answer.answer


def test_our_title_beside_one_we_lack_is_not_joined(engine: Engine):
    answer = engine.ask("vertigo and inception, which is longer")
    assert "vertigo and inception" not in answer.answer.lower()
