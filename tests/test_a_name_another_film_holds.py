""" "How many people does John Doe kill?" right after a question about Memento was refused as a spoiler of Memento:
Memento's text has a John (John Edward Gammell), so the name looked like its own. A name the last film's text lacks,
that another film's holds, makes the question about that film; when only that film's hidden text holds it, the
reply names no film (naming Se7en would confirm who John Doe is)."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def _after(engine: Engine, film: str, question: str, scope: SpoilerScope | None = None):
    return engine.ask(
        question, scope=scope or SpoilerScope.off(), context_film=film, context_question="who directed it?"
    )


@pytest.mark.parametrize(
    ("film", "question"),
    [("memento-2000", "how many people does John Doe kill?"), ("memento-2000", "why does John Doe do it?")],
)
def test_a_name_only_another_films_hidden_text_holds_names_no_film(engine: Engine, film: str, question: str):
    answer = _after(engine, film, question)
    assert answer.film is None and answer.status is Status.WITHHELD, answer.answer


def test_with_spoilers_on_it_is_that_film(engine: Engine):
    answer = _after(engine, "memento-2000", "how many people does John Doe kill?", SpoilerScope.on())
    assert answer.film is not None and answer.film.id == "se7en-1995", answer.answer


@pytest.mark.parametrize(
    ("film", "question"),
    [
        # Names the last film's text holds stay with it, its hidden part included.
        ("memento-2000", "who is John?"),
        ("memento-2000", "what does Teddy want?"),
        ("psycho-1960", "what does Lila do?"),
    ],
)
def test_a_name_the_last_film_holds_stays_with_it(engine: Engine, film: str, question: str):
    answer = _after(engine, film, question)
    assert answer.film is not None and answer.film.id == film, answer.answer
