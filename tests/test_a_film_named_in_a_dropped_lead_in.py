""" "For Psycho we'd like to warn people about the shower scene. What happens in it?" was asked "which film?", and
after a question about Psycho, "For Vertigo we'd like to warn people about the tower scene. What happens in it?" was
answered about Psycho: reading the message plainly ("what happens in the tower scene?") dropped the lead-in, and the
title with it. The plain form names the film the message named; read whole, its last part alone ("What happens in
it?") is not asked of the film as a summary."""

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
    ("question", "film", "told"),
    [
        ("For Psycho we'd like to warn people about the shower scene. What happens in it?", "psycho-1960", "stabs"),
        ("Vertigo: we'd like to warn people about the tower scene. What happens in it?", "vertigo-1958", "bell tower"),
    ],
)
def test_the_film_named_is_asked(engine: Engine, question: str, film: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert answer.film is not None and answer.film.id == film
    assert told in answer.answer


def test_the_film_named_beats_the_last_one_asked_about(engine: Engine) -> None:
    question = "For Vertigo we'd like to warn people about the tower scene. What happens in it?"
    answer = engine.ask(question, scope=SpoilerScope.on(), context_film="psycho-1960")
    assert answer.film is not None and answer.film.id == "vertigo-1958"


def test_spoilers_off_the_scene_is_withheld_not_summed_up(engine: Engine) -> None:
    question = "For Psycho we'd like to warn people about the shower scene. What happens in it?"
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD
    assert answer.film is not None and answer.film.id == "psycho-1960"
    assert "Marion Crane is a real-estate secretary" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # the plain form names the film itself: asked as it reads
        "hi! who directed Psycho?",
        # two films named: which one is asked is for the film search to tell
        "I loved Psycho. Who directed Vertigo?",
        # named after what is asked, it is compared, not asked
        "who's the director, same guy as solaris?",
    ],
)
def test_nothing_is_named_again_when_nothing_was_dropped(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.read_as is None or not answer.read_as.endswith((" in Psycho?", " in Vertigo?", " in Solaris?"))
