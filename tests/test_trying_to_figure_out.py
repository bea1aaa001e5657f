""" "Who's the reporter trying to figure it out?": "figure out" is what the text calls "find out" ("sends a reporter,
Jerry Thompson, to find out what 'Rosebud' meant"). It was read as a story word nothing visible holds, and a safe
question was withheld."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import synonym
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    ["who's the reporter trying to figure it out?", "who is the reporter trying to figure out rosebud?"],
)
def test_the_reporter_is_named_with_spoilers_off(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="citizen-kane-1941", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "Thompson" in (answer.answer or "")


def test_figure_reads_as_find_where_the_text_says_so() -> None:
    (figure,) = query_tokens("figure")
    assert synonym(figure, set(query_tokens("to find out what it meant"))) == query_tokens("find")[0]
    # A text that uses "figure" keeps it.
    assert synonym(figure, set(query_tokens("a figure on the stairs finds him"))) == figure
