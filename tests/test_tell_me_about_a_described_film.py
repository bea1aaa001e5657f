""" "ok tell me about the one with the magicians" got the small-talk pointer ("ok" hid the request, and "me" made it a
remark); without "ok" it was answered with a sentence from the middle of the premise ("One night he slipped
backstage…"); "so can you explain the one with the apes" was refused naming no film. A film described after "tell me
about", "explain" or "describe" is found as any description is, and what it is about is its premise's opening. A
description that states a twist is still refused without naming its film."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, names_no_film


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "opening"),
    [
        ("ok tell me about the one with the magicians", "the-prestige-2006", "In 1890s London"),
        ("tell me about the one with the magicians", "the-prestige-2006", "In 1890s London"),
        ("can you tell me about the movie with the two magicians?", "the-prestige-2006", "In 1890s London"),
        ("so can you explain the one with the apes", "planet-of-the-apes-1968", "Four American astronauts"),
        ("describe the film where a man can't make new memories", "memento-2000", "Leonard Shelby"),
    ],
)
def test_the_described_film_is_told_from_its_opening(engine: Engine, question: str, film: str, opening: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film
    assert answer.answer.startswith(opening), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "tell me about the movie where the shrink is dead",
        "describe the film where norman is his mother",
        "ok can you explain the movie where the guy sees dead people",
    ],
)
def test_a_twist_described_names_no_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and names_no_film(answer), answer.answer


@pytest.mark.parametrize("question", ["ok thanks", "ok tell me a joke"])
def test_small_talk_stays_small_talk(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer


@pytest.mark.parametrize(
    ("context", "question"),
    [
        # Right after a question about the film, these were read as follow-ups and answered or refused naming it:
        # 1,196 of bench/descriptions.py's spoiler descriptions in these two shapes, none before them.
        ("psycho-1960", "what do you know about the film where norman dresses as his mother"),
        ("psycho-1960", "ok can you tell me about the movie where the mother is a corpse in the cellar"),
        ("the-sixth-sense-1999", "i want to know about the movie where malcolm was dead all along"),
        ("the-sixth-sense-1999", "any info on the film where the psychologist is a ghost?"),
        ("the-sixth-sense-1999", "remind me of the film where the doctor was dead the whole time"),
        ("fight-club-1999", "talk about the movie where tyler is the narrator"),
    ],
)
def test_a_twist_described_right_after_its_film_names_no_film(engine: Engine, context: str, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context, context_question="who directed it?")
    assert answer.status is Status.WITHHELD and names_no_film(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("what do you know about the film where an insomniac goes to support groups?", "fight-club-1999"),
        ("any info on the movie where astronauts land on a planet run by apes", "planet-of-the-apes-1968"),
    ],
)
def test_a_safe_description_asked_so_names_its_film(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer
