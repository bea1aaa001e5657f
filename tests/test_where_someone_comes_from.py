""" "Where do the visitors come from?" with spoilers on got "afterwards the visitors stop coming" ("come" found
"coming"), and "where is Judy from?" got a sentence that only names her; right after Vertigo, with spoilers off,
"where is Judy from?" even got "I don't have Judy" (read as the country a film called Judy was made in). Where
someone or something comes from is asked as where they are from, and a sentence telling a source wins; a name
some film's text holds is no title we lack."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("where do the visitors come from in solaris?", "X-rays"),
        ("where is Judy from in vertigo?", "Salina"),
    ],
)
def test_where_someone_comes_from_finds_the_source(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert told in answer.answer, answer.answer


def test_come_from_is_asked_as_are_from() -> None:
    assert plain_question("where do the visitors come from?").startswith("where are the visitors from")
    assert "from" in plain_question("where does Madeleine fall from?")


@pytest.mark.parametrize(
    ("question", "film"), [("where is Judy from?", "vertigo-1958"), ("where is Gettys from?", "citizen-kane-1941")]
)
def test_a_name_asked_where_from_is_no_title_we_lack(engine: Engine, question: str, film: str) -> None:
    answer = engine.ask(question, context_film=film, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert answer.film is not None and answer.film.id == film


def test_an_unknown_name_asked_where_from_is_still_a_film_we_lack(engine: Engine) -> None:
    answer = engine.ask("where is Rocky from?", scope=SpoilerScope.off())
    assert answer.answer.startswith("I don't have Rocky"), answer.answer
