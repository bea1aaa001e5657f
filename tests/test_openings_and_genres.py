"""Safe questions about how a film opens and what kind of film it is: "how does Solaris begin?", "what happens at
the start of Vertigo?" (the premise tells it; it was withheld for most films), "is The Prestige a horror film?"
(the genre answers it; it was withheld). Every bundled film, typed both ways, spoilers off."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import Fact, analyze
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

OPENINGS = [
    "how does {} begin?",
    "what happens at the start of {}?",
    "how does {} start?",
    "{}: what's the first scene?",
    # A count of minutes (before: "what happens in the first 10 minutes of Psycho?" was withheld).
    "what happens in the first 10 minutes of {}?",
    "what happens in the first few minutes of {}?",
]
GENRES = ["is {} a horror film?", "is {} a comedy?", "is {} a thriller"]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("film_id", sorted(f.id for f in BUNDLED))
def test_how_a_film_opens_is_its_premise(engine: Engine, film_id: str):
    title = next(f.title for f in BUNDLED if f.id == film_id)
    for form in OPENINGS:
        for typed in (title, title.lower()):
            answer = engine.ask(form.format(typed), scope=SpoilerScope.off())
            assert answer.film is not None and answer.film.id == film_id, form
            assert answer.status is Status.ANSWERED and not answer.contains_spoilers, form
            # Quoted from the opening of the story, not from anywhere later.
            assert answer.cited_position is not None and answer.cited_position < 0.2, (form, answer.cited_position)


@pytest.mark.parametrize("film", sorted(BUNDLED, key=lambda f: f.id), ids=lambda f: f.id)
def test_whether_it_is_of_a_genre_is_answered_by_its_genre(engine: Engine, film):
    for form in GENRES:
        answer = engine.ask(form.format(film.title), scope=SpoilerScope.off())
        assert answer.film is not None and answer.film.id == film.id, form
        assert answer.status is Status.ANSWERED and not answer.contains_spoilers, form
        if film.facts.genre:
            assert film.facts.genre in answer.answer, form
        else:
            assert "doesn't say" in answer.answer, form


@pytest.mark.parametrize(
    "question",
    ["how does Marion's trip start in Psycho?", "is Norman a killer in Psycho?", "how does the film open?"],
)
def test_a_question_about_something_in_the_story_is_not_an_opening_or_a_genre(question: str):
    analysis = analyze(question, [])
    assert Fact.GENRE not in analysis.facts
    words = [w for w in ("marion", "trip", "norman", "killer", "open") if w in question.lower()]
    assert not analyze(question, words).overview
