""" "For my essay on Vertigo: is Madeleine really possessed?" was refused as if no film had been named ("you didn't
say which film you mean"), and a follow-up then had no film to go on: the lead-in saying why someone asks ("for my
essay", "for our podcast") was dropped with everything up to its colon, "on Vertigo" read like "on Friday". What the
essay or podcast is about stays, as the film's name; a day, or no topic at all, is dropped as before."""

from __future__ import annotations

import pytest

from corpus.models import Film
from index.answer_model import Status
from index.engine import Engine
from index.remarks import without_purpose
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, names_no_film


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "status", "must"),
    [
        ("For my essay on Vertigo: is Madeleine really possessed?", "vertigo-1958", Status.WITHHELD, "spoil Vertigo"),
        ("for our podcast about Psycho: is norman's mother really alive?", "psycho-1960", Status.WITHHELD, "Psycho"),
        ("for my class on Memento - is teddy a cop?", "memento-2000", Status.WITHHELD, "Memento"),
        ("For my essay on Vertigo: what is Scottie afraid of?", "vertigo-1958", Status.ANSWERED, "rooftop"),
        ("in my review of Chinatown: who hires Jake?", "chinatown-1974", Status.ANSWERED, "Mulwray"),
    ],
)
def test_the_topic_names_the_film(engine: Engine, question: str, film: str, status: Status, must: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film, answer.answer
    assert answer.status is status and must in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("for my essay on Friday: who directed Psycho?", "who directed Psycho?"),
        ("for my essay: who directed it?", "who directed it?"),
        ("For my seminar tomorrow, who plays Norman?", "who plays Norman?"),
        ("for my essay on Vertigo: who plays Scottie?", "Vertigo: who plays Scottie?"),
    ],
)
def test_only_the_topic_is_kept(question: str, left: str):
    assert without_purpose(question) == left


def test_a_topic_naming_two_films_still_asks_which(engine: Engine):
    answer = engine.ask("For my essay on the Hitchcock film, who is the lead actress?", scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS, answer.answer


@pytest.mark.parametrize("film", BUNDLED, ids=lambda film: film.id)
def test_a_topic_in_hidden_words_confirms_no_film(engine: Engine, film: Film):
    # The topic is kept as the asker typed it: when that is a run of a film's hidden text, the reply neither echoes
    # it (as a title we lack) nor names the film it describes.
    hidden = [p for p in film.passages if p.spoiler and p.section_kind.value in ("plot", "ending")]
    words = " ".join(hidden[-1].text.split()[:7]).lower().strip(".,;:")
    answer = engine.ask(f"for my essay on {words}: who directed it?", scope=SpoilerScope.off())
    assert names_no_film(answer), answer.answer
    assert words not in answer.answer.lower(), answer.answer
