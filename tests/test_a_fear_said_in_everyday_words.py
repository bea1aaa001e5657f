"""A fear said in everyday words describes a film by what its summary names in one word: "the one about the guy
who's scared of heights" is Vertigo, whose premise says "acrophobia". "Scared" is no word of any summary, and
counted as one the described film lacks it left Vertigo short of the content search's floor (the refusal naming no
film). A description keeps the noun ("a detective with a fear of heights" is found by its words), and a yes/no
question still reads the fear as the condition ("is Scottie afraid of heights?")."""

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
        "the one about the guy who's scared of heights",
        "the one with the guy who's afraid of heights",
        "that movie about a man who is frightened of heights",
        "film about a bloke scared of heights",
        "the movie where a man is terrified of heights",
        "and the one about the detective who's scared of heights?",
        "the one where the detective is terrified of heights",
        # (the noun kept: found by its words before, as now)
        "old film where a detective with a fear of heights is hired to follow a friend's wife",
        "hitchcock detective fear of heights",
    ],
)
def test_the_film_described_is_named(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == "vertigo-1958", answer.answer


@pytest.mark.parametrize("question", ["is Scottie afraid of heights?", "is scottie scared of heights in vertigo"])
def test_a_yes_no_question_reads_the_condition(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film="vertigo-1958")
    assert answer.status is Status.ANSWERED and "acrophobia" in answer.answer, answer.answer


def test_a_fear_no_summary_names_names_no_film(engine: Engine) -> None:
    # "Spiders" is in no summary: no film is named for the fear of them.
    answer = engine.ask("the one about the guy who's scared of spiders", scope=SpoilerScope.off())
    assert answer.film is None, answer.answer
