"""A pub quiz asks in its own way: numbered ("Q5 which city is Chinatown set in"), by round ("picture round prep:
which studio made Citizen Kane"), and as claims to judge ("true or false: in Vertigo Scottie is afraid of heights",
"Chinatown is set in LA, right?", "did Psycho come out in 1960?"). The number and the round were read as words of
the story, and a claim checked was withheld as a spoiler when the visible text said it in other words ("acrophobia",
"Los Angeles") or the year was the film's own. A claim about a twist stays withheld, put any of these ways."""

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
        ("Q5 which city is Chinatown set in", "chinatown-1974", "Los Angeles"),
        ("question 3: who directed Psycho?", "psycho-1960", "Hitchcock"),
        ("round 2, q4 - who stars in Memento", "memento-2000", "Guy Pearce"),
        ("picture round prep: which studio made Citizen Kane", "citizen-kane-1941", "RKO"),
        ("true or false: in Vertigo Scottie is afraid of heights", "vertigo-1958", "acrophobia"),
        ("t/f: Scottie has a fear of heights in Vertigo", "vertigo-1958", "acrophobia"),
        ("is Scottie afraid of heights in Vertigo?", "vertigo-1958", "acrophobia"),
        ("is it true that Chinatown is set in Los Angeles?", "chinatown-1974", "Los Angeles"),
        ("is Chinatown set in LA?", "chinatown-1974", "Los Angeles"),
        ("Chinatown is set in LA, right?", "chinatown-1974", "Los Angeles"),
        ("did Psycho come out in 1960?", "psycho-1960", "1960"),
        ("Psycho came out in 1960, right?", "psycho-1960", "1960"),
        ("was Psycho released in 1958?", "psycho-1960", "1960"),
    ],
)
def test_a_quiz_question_is_answered(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("true or false: in Fight Club the narrator and Tyler are the same person", "fight-club-1999"),
        ("are the narrator and Tyler the same person in Fight Club?", "fight-club-1999"),
        ("is it true that Norman is the killer in Psycho?", "psycho-1960"),
        ("in Psycho Norman's mother is dead, right?", "psycho-1960"),
        ("Tyler isn't real in Fight Club, is he?", "fight-club-1999"),
        ("t/f: in The Prestige Angier's machine makes copies of him", "the-prestige-2006"),
        # (a claim that leads to a question: the question is what is asked)
        ("there are hidden frames in Fight Club, right? what are they of?", "fight-club-1999"),
    ],
)
def test_a_claim_about_a_twist_stays_withheld(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert answer.film is not None and answer.film.id == film
    assert answer.passages == []


def test_a_name_after_the_title_is_no_longer_title(engine: Engine):
    # "The Prestige Angier's" read as a film we lack: Angier is The Prestige's own.
    answer = engine.ask("in The Prestige Angier's machine makes copies of him?", scope=SpoilerScope.off())
    assert answer.status is not Status.NOT_FOUND and answer.film is not None
    assert answer.film.id == "the-prestige-2006"


@pytest.mark.parametrize(
    ("question", "film"),
    # The tag of a question is no tag of a claim: "which is it?", "which one was it?".
    [
        ("a secretary steals money and hides at a motel run by a shy young man, which film is it?", "psycho-1960"),
        ("the film where a cop with a fear of heights follows a friend's wife, which one was it?", "vertigo-1958"),
    ],
)
def test_a_question_ending_in_a_tag_is_still_its_own(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film
