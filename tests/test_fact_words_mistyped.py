""" "who stared in chinatown" was withheld ("may be a spoiler"), "who wrot the prestige" too, and "whos the directer of
stalker" answered with a run of the facts passage: a fact's word mistyped was read as a word of the story. A word no
English lexicon knows, an edit or two from a fact's word (one for a short word), is read as that word; a word
English knows, and a capitalised one (a name), stays as typed. Two letters swapped ("abuot") count as one edit."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who stared in chinatown", "Jack Nicholson"),
        ("who wrot the prestige", "Jonathan Nolan"),
        ("whos the directer of stalker", "Andrei Tarkovsky"),
        ("what genra is se7en", "Crime thriller"),
        ("what langauge is solaris in", "Russian"),
        ("when was psycho relased", "1960"),
        # Two letters swapped are one slip; "played" and "about" are asked with as often as the credits' words.
        ("who dierctor solaris", "Andrei Tarkovsky"),
        ("who playd norman bates in psyco", "Anthony Perkins"),
        ("wat is the prestige abuot", "In 1890s London"),
        ("whens solaris set", "Solaris, a distant planet"),
        # "long", "year" and "cast" too, and their chat shortenings.
        ("how lnog is psyco", "109 minutes"),
        ("who's in the csat of vertigo", "James Stewart"),
        ("wat yr is memento", "2000"),
        ("how many mins is vertigo", "128 minutes"),
        # The question word mistyped as chat types it.
        ("wen did memento come out", "2000"),
        ("wher is chinatown set", "Los Angeles"),
        # Asked in other words, or after asking whether anyone knows.
        ("any idea who's behind the camera on chinatown", "directed by Roman Polanski"),
        ("does anyone know what the Zone is in stalker", "the Zone, a barbed-wire-guarded area"),
    ],
)
def test_a_mistyped_facts_word_asks_the_fact(engine: Engine, question: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("whos the directer of stalker", "who's the director of stalker"),
        ("who is the writter of vertigo", "who is the writer of vertigo"),
        # English words and names stay as typed.
        ("who is the stalker in the film", "who is the stalker in the film"),
        ("what does Actor say", "what does Actor say"),
        ("who is madelein", "who is madelein"),
        ("what is vertigo aobut", "what is vertigo about"),
        # Between words as near, a letter left out or added before a letter changed.
        ("who directed the movie whith the guy", "who directed the movie with the guy"),
        ("wich film has the boy", "which film has the boy"),
        # "yeah" is the asker's aside, no "year" mistyped.
        ("the newspaper tycoon one yeah? who directed it", "the newspaper tycoon one yeah? who directed it"),
        ("what is vertigo abbot", "what is vertigo abbot"),
    ],
)
def test_only_a_non_word_near_a_facts_word_is_read_as_it(typed: str, read: str):
    assert plain_question(typed) == read
