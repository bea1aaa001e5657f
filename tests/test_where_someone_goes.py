""" "Where does the writer go?" of Stalker was answered "The summary of Stalker doesn't say.": "writer" read as the
credit asked. Asked "where", a credit word is someone in the story; the country a film was made in is still a fact."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import Fact, analyze
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.mark.parametrize(
    "question", ["where does the writer go?", "where does the director go after the shoot?", "where is the cast?"]
)
def test_where_asks_no_credit(question: str):
    assert analyze(question, query_tokens(question)).facts == ()


@pytest.mark.parametrize(
    ("question", "fact"),
    [("where was it made?", Fact.COUNTRY), ("who is the writer?", Fact.WRITER), ("who directed it?", Fact.DIRECTOR)],
)
def test_facts_asked_as_ever(question: str, fact: Fact):
    assert fact in analyze(question, query_tokens(question)).facts


def test_the_writer_of_stalker_is_found_in_its_story():
    engine = Engine(BUNDLED)
    hidden = engine.ask("where does the writer go?", film="Stalker", scope=SpoilerScope.off())
    assert hidden.status is Status.WITHHELD, hidden.answer
    shown = engine.ask("where does the writer go?", film="Stalker", scope=SpoilerScope.on())
    assert shown.status is Status.ANSWERED, shown.answer
    assert "Writer" in shown.answer and "doesn't say" not in shown.answer, shown.answer
