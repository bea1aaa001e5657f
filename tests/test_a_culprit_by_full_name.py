""" "Who is the killer in Se7en?" was answered "Doe explains that he envied Mills's ordinary life … killed her": the
story's name for him by then, while askers (and every dialogue writer) expect "John Doe". The culprit's sentence is
quoted after the first sentence giving the one-word name with a first name before it, when that one is short; never
a sentence the asker may not see, nor one the culprit's sentence already holds."""

from __future__ import annotations

import pytest

from corpus.load import parse_document
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["who is the killer in se7en", "who's the killer in seven?"])
def test_the_killer_is_named_in_full(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert '"John Doe"' in answer.answer and "Doe explains" in answer.answer, answer.answer


def test_a_culprit_called_so_in_full_keeps_one_sentence(engine: Engine):
    answer = engine.ask("who is the killer in psycho", scope=SpoilerScope.on())
    assert "Norman was the killer all along" in answer.answer and " … " not in answer.answer, answer.answer


def _film(premise: str, plot: str) -> Engine:
    text = f"# The Quiet Lake (1990)\n\n## Premise\n\n{premise}\n\n## Plot (spoilers)\n\n{plot}\n"
    return Engine([parse_document(text.encode(), "the-quiet-lake.md")])


def test_the_full_name_is_quoted_before_the_deed():
    engine = _film(
        "A fisherman, Tom Reed, rents a cabin by the lake. His neighbour Ann Gray paints the water every morning.",
        "Boats go missing all summer. Gray admits she killed the warden to keep the lake for herself.",
    )
    answer = engine.ask("who is the killer?", film="The Quiet Lake", scope=SpoilerScope.on())
    assert "Ann Gray" in answer.answer and "Gray admits she killed the warden" in answer.answer, answer.answer


def test_no_full_name_is_added_when_the_deed_gives_it_or_it_is_hidden():
    told_in_full = _film(
        "A fisherman, Tom Reed, rents a cabin by the lake. His neighbour Ann Gray paints the water every morning.",
        "Boats go missing all summer. Ann Gray admits she killed the warden to keep the lake for herself.",
    )
    answer = told_in_full.ask("who is the killer?", film="The Quiet Lake", scope=SpoilerScope.on())
    assert " … " not in answer.answer and "Ann Gray admits" in answer.answer, answer.answer
    only_surname = _film(
        "A fisherman rents a cabin by the lake. His neighbour, whom everyone calls Gray, paints the water every day.",
        "Boats go missing all summer. Gray admits she killed the warden to keep the lake for herself.",
    )
    answer = only_surname.ask("who is the killer?", film="The Quiet Lake", scope=SpoilerScope.on())
    assert " … " not in answer.answer and "Gray admits" in answer.answer, answer.answer


def test_a_run_of_names_ends_at_punctuation():
    from index.people_asked import name_runs

    people = frozenset({"john", "doe", "scottie", "ferguson"})
    # The full name quoted before the culprit's sentence is two runs, not "John Doe Doe" ("why did he do it?" after
    # it was read as "why did Doe Doe do it?").
    assert name_runs('… registered to "John Doe". … Doe explains', people) == [["John", "Doe"], ["Doe"]]
    assert name_runs('John "Scottie" Ferguson is a detective', people) == [["John", "Scottie", "Ferguson"]]
