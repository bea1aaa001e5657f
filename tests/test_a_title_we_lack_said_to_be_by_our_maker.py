""" "Rear Window is also Hitchcock, what happens in it?" after a question about Psycho answered with Psycho's
premise: "also Hitchcock" was read as the alias "Psycho (Hitchcock)" misspelt, by the maker's name alone. And "Rear
Window is also by Hitchcock, …" got "I don't have Rear Window is also". A typo match must hold more than the
maker's name, and what is said of a title ("is also by") is no part of it."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

OFF = SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "Rear Window is also Hitchcock, what happens in it?",
        "Rear Window is also by Hitchcock, what happens in it?",
        "Rear Window is another Hitchcock, who is in it?",
    ],
)
def test_the_title_we_lack_is_named(engine: Engine, question: str):
    answer = engine.ask(question, context_film="psycho-1960", scope=OFF)
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert "I don't have Rear Window." in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film"),
    [("pyscho hitchcock who plays norman", "psycho-1960"), ("Vertgo (Hitchcock) who plays scottie", "vertigo-1958")],
)
def test_our_title_misspelt_beside_its_maker_still_names_it(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer
