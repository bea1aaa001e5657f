""" "hey what films do you have?" got the pointer to /help ("I answer questions about films … Type /help"), though
the films are what was asked: a new member has no other way to learn which titles to ask about. Asked in any of the
usual ways, the answer lists the films this server may ask about (a server's own films too, never another
server's); past `FILMS_LISTED` it names the first few and points at `/film list`."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.film_replies import FILMS_LISTED, SMALL_TALK
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

OURS = 7_000
THEIRS = 8_000


def _film(title: str, guild_id: int | None = None):
    premise = f"In {title}, a lighthouse keeper counts the ships that pass the island."
    return make_film(title, 1990, [(SectionKind.PREMISE, False, premise)], guild_id=guild_id)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, _film("The Quiet Harbour", OURS), _film("The Loud Harbour", THEIRS)])


@pytest.mark.parametrize(
    "question",
    [
        "hey what films do you have?",
        "what movies do u know",
        "which films can you talk about?",
        # in a learner's word order
        "hello bot, which films you can talk about?",
        "what movies you can talk about",
        "how many films do you have?",
        "list of films?",
        "what films have you actually got",
        "which movies are available",
    ],
)
def test_the_films_are_listed(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), guild_id=OURS)
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert "13 films" not in answer.answer and "14 films" in answer.answer, answer.answer
    for title in ("Stalker (1979)", "Psycho (1960)", "The Sixth Sense (1999)", "The Quiet Harbour (1990)"):
        assert title in answer.answer, answer.answer
    assert "Loud Harbour" not in answer.answer


def test_without_a_server_only_the_shared_films_are_listed(engine: Engine):
    answer = engine.ask("what films do you have?", scope=SpoilerScope.off())
    assert "13 films" in answer.answer and "Harbour" not in answer.answer, answer.answer


def test_many_films_name_a_few_and_point_at_the_list():
    films = [_film(f"Harbour Number {n:03d}") for n in range(FILMS_LISTED + 5)]
    answer = Engine(films).ask("what films do you have?", scope=SpoilerScope.off())
    assert "/film list" in answer.answer and "Harbour Number 000" in answer.answer, answer.answer
    assert f"Harbour Number {FILMS_LISTED:03d}" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["what can you do?", "how do I turn spoilers on?", "good morning"])
def test_other_questions_about_the_bot_still_get_the_pointer(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.answer == SMALL_TALK or "/help" in answer.answer, answer.answer
    assert "Stalker (1979)" not in answer.answer
