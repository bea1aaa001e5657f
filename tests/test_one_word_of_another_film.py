""" "What is rosebud?" right after a question about Fight Club got "The summary of Fight Club doesn't say": a question
of one word never moved on from the last film. One word moves it when it is a name only one film the asker may read
holds ("Rosebud", "Xanadu", "the Zone", written capitalised in its text, or no English word), and the last film does
not; a word any story may use ("what's the last line?", "how is the story structured?") stays with the last film."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def _after_fight_club(engine: Engine, question: str, scope: SpoilerScope):
    return engine.ask(question, scope=scope, context_film="fight-club-1999", context_question="how does it end")


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("what is rosebud", "citizen-kane-1941"),
        ("what is xanadu", "citizen-kane-1941"),
        ("who is tajomaru", "rashomon-1950"),
        ("what is the zone", "stalker-1979"),
    ],
)
def test_a_name_only_another_film_holds_moves_on(engine: Engine, question: str, film: str):
    answer = _after_fight_club(engine, question, SpoilerScope.on())
    assert answer.film is not None and answer.film.id == film, answer.answer


@pytest.mark.parametrize("question", ["what's the last line", "how is the story structured?"])
def test_a_word_any_story_may_use_stays(engine: Engine, question: str):
    answer = _after_fight_club(engine, question, SpoilerScope.on())
    assert answer.film is not None and answer.film.id == "fight-club-1999", answer.answer


def test_with_spoilers_off_a_hidden_meaning_names_no_film(engine: Engine):
    # Rosebud is in Kane's premise, what it is only in its hidden text: the refusal names no film.
    answer = _after_fight_club(engine, "what is rosebud", SpoilerScope.off())
    assert answer.film is None or answer.film.id != "fight-club-1999", answer.answer
    assert "Fight Club" not in answer.answer
