"""Spoilers off: a safe fact asked in everyday words is answered from the visible text — "till" is no question
word, a governor "race" is the summary's "run", and "who shot <the film>?" asks who filmed it, not after a
killing. Through the Engine over the bundled films."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("how many days till somerset retires in se7en", "se7en-1995", "one week"),
        ("how long till Somerset retires in Se7en?", "se7en-1995", "one week"),
        ("did kane win the governor race", "citizen-kane-1941", "failed run for governor"),
        ("who shot citizen kane? the cinematographer i mean", "citizen-kane-1941", "Gregg Toland"),
        ("who shot it? Citizen Kane, the cinematographer", "citizen-kane-1941", "Gregg Toland"),
        # The film's other titles: a fact, not a longer title ("solaris original title" is no film we lack).
        ("solaris original title?", "solaris-1972", "Солярис"),
        ("what's the original title of Solaris?", "solaris-1972", "Солярис"),
        ("is psycho also known as anything", "psycho-1960", "also known as"),
        # The title's own words around how the film was named ("the apes film from 1968") ask nothing.
        ("what is the premise of the apes film from 1968?", "planet-of-the-apes-1968", "astronauts"),
        ("who directed the apes film", "planet-of-the-apes-1968", "Schaffner"),
        # "cops" for the summary's "detectives": the crime scene was quoted, which names neither.
        ("se7en who are the two cops", "se7en-1995", "Somerset"),
        ("who are the cops in se7en?", "se7en-1995", "Mills"),
        # "big" for the summary's "huge", "guy" for its "man", "parts" of a trick for its "acts", "magic" for its
        # "magician" (the second and third were withheld: two question words the text lacks outweighed the rest).
        ("who's the big guy he meets at the support group in fight club?", "fight-club-1999", "Bob"),
        # How a film is "structured": the summary says how its story is told ("told in two strands").
        ("How is Memento structured?", "memento-2000", "told in two strands"),
        ("what's the timeline of memento like?", "memento-2000", "backwards in time"),
        ("what are the three parts of a magic trick in the prestige?", "the-prestige-2006", "the pledge"),
        # "Country of origin": "origin" only says which country is meant; it was answered with the premise's
        # "country house".
        ("solaris country of origin?", "solaris-1972", "Soviet Union"),
        ("country of origin of vertigo?", "vertigo-1958", "United States"),
        # A doubt about the film itself is no twist asked ("is Teddy really a cop?" is): it was withheld.
        ("is memento really told backwards?", "memento-2000", "backwards"),
        ("is Stalker actually three hours long", "stalker-1979", "162 minutes"),
        (
            "what are the three parts of a magic trick that the engineer explains in the prestige?",
            "the-prestige-2006",
            "pledge",
        ),
    ],
)
def test_a_safe_fact_in_everyday_words_is_answered(engine: Engine, question: str, film_id: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert answer.status is Status.ANSWERED and expected in answer.answer
    assert not answer.contains_spoilers


@pytest.mark.parametrize(
    ("question", "film_id", "hidden"),
    [
        # A deadly deed done to a person is still asked after as that deed.
        ("who shot Arbogast in Psycho?", "psycho-1960", "Norman"),
        ("who killed Hollis Mulwray in Chinatown?", "chinatown-1974", "Cross"),
    ],
)
def test_a_deed_done_to_a_person_is_still_withheld(engine: Engine, question: str, film_id: str, hidden: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert answer.status is Status.WITHHELD and hidden not in answer.answer


@pytest.mark.parametrize("word", ["shrink", "therapist"])
def test_a_shrink_is_the_summary_s_psychiatrist(engine: Engine, word: str):
    # "who's the shrink at the end" quoted the last scene, which names no psychiatrist.
    on = engine.ask(f"who's the {word} at the end of psycho?", scope=SpoilerScope.on())
    assert "Richman" in on.answer
    assert engine.ask(f"who's the {word} at the end of psycho?", scope=SpoilerScope.off()).status is Status.WITHHELD
