"""A title after a verb of watching and a time ("i watched chinatown yesterday", "we saw psycho last night",
"watching vertigo tonight") names that film, in lower case too, and the time is no part of the title: "I don't
have chinatown yesterday" and a refusal naming no film were the replies. Every bundled film, typed both ways."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

FORMS = [
    "i watched {} yesterday, who directed it?",
    "we saw {} last night. who wrote it?",
    "watching {} tonight, how long is it?",
    "rewatched {} this weekend - who is in it?",
    "Finally saw {} today! What year is it from?",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("film_id", sorted(f.id for f in BUNDLED))
def test_a_title_after_watching_names_its_film(engine: Engine, film_id: str):
    title = next(f.title for f in BUNDLED if f.id == film_id)
    wrong = []
    for form in FORMS:
        for typed in (title, title.lower()):
            answer = engine.ask(form.format(typed), scope=SpoilerScope.off())
            if answer.status is not Status.ANSWERED or answer.film is None or answer.film.id != film_id:
                wrong.append((form.format(typed), answer.status.value, answer.answer[:60]))
    assert not wrong


@pytest.mark.parametrize(
    ("question", "lacked"),
    [
        ("i watched The Godfather yesterday, who directed it?", "The Godfather"),
        ("we saw jaws last night, who is in it?", "jaws"),
        ("watching the godfather tonight, how long is it?", "the godfather"),
    ],
)
def test_a_film_we_lack_after_watching_is_still_lacking(engine: Engine, question: str, lacked: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert f"I don't have {lacked}." in answer.answer
