""" "Who directed Psycho?", then "and what happens to the private investigator?" was answered as a question about
Chinatown, whose premise has a private investigator where Psycho's has none (its investigator is in the hidden
plot), and so refused without naming any film. A question opening on "and" goes on from the last answer: it stays
with the last film even where another film's visible text holds its words better. A description after "and" still
names the film it fits, and a title still wins."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("context", "question"),
    [
        ("psycho-1960", "and what happens to the private investigator?"),
        ("psycho-1960", "ok and who is the killer?"),
        ("psycho-1960", "And what happened to the private investigator"),
        ("stalker-1979", "and who is the writer?"),
    ],
)
@pytest.mark.parametrize("scope", ["off", "on"])
def test_a_question_opening_on_and_stays_with_the_last_film(engine: Engine, context: str, question: str, scope: str):
    answer = engine.ask(
        question, context_film=context, context_question="who directed it?", scope=SpoilerScope.parse(scope)
    )
    assert answer.film is not None and answer.film.id == context, answer.answer


@pytest.mark.parametrize(
    ("context", "question", "film_id"),
    [
        ("psycho-1960", "and who plays the detective in Chinatown?", "chinatown-1974"),
        ("psycho-1960", "and the film where a man cannot make new memories, who directed that?", "memento-2000"),
    ],
)
def test_a_title_or_a_description_after_and_still_names_its_film(
    engine: Engine, context: str, question: str, film_id: str
):
    answer = engine.ask(question, context_film=context, context_question="who directed it?", scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # Before: the lead-in hid the question after the description, and the premise was the reply.
        ("ok and the film where a man cannot make new memories, who directed that?", "Christopher Nolan"),
        ("and the movie where a man cannot make new memories who is in it", "Guy Pearce"),
        ("so the one where a reporter looks into a tycoon's last word, who directed it?", "Orson Welles"),
    ],
)
def test_what_is_asked_after_a_description_opening_on_and_is_answered(engine: Engine, question: str, told: str):
    answer = engine.ask(question, context_film="psycho-1960", context_question="who directed it?")
    assert told in answer.answer, answer.answer
