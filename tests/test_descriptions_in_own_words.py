"""A film described in the asker's own words, spoilers off: a word its hidden text happens to use is not by
itself a confirmation, a lead-in ("there's one where …") is still a description, and a year names a film."""

import pytest

from index.answer_model import UNNAMED_WITHHELD, Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        # "eye" is only in Chinatown's hidden text, but nowhere near the rest of the description there.
        ("which movie has a private eye hired to see if the water department guy is cheating", "chinatown-1974"),
        (
            "also theres one where a reporter tries to find out what a dead newspaper tycoon's last word meant?",
            "citizen-kane-1941",
        ),
        ("there's that movie where a guy can't make new memories", "memento-2000"),
        ("theres one about a magician rivalry", "the-prestige-2006"),
        # Asked for the film itself: "I'm looking for …", "i forgot the name of the movie with …".
        (
            "I'm looking for the film about two rival magicians in Victorian London who try to ruin each other",
            "the-prestige-2006",
        ),
        ("i forgot the name of the movie about a reporter chasing a dead tycoon's last word", "citizen-kane-1941"),
        # Said like a remark about oneself ("I'm …"), asked as a search.
        (
            "I'm looking for the film about a psychologist sent to a space station orbiting a planet covered by a "
            "thinking ocean",
            "solaris-1972",
        ),
        ("I am looking for the movie about a psychologist sent to a station over a thinking ocean", "solaris-1972"),
        (
            "theres this russian film, a guide takes two guys into a guarded zone to find a room that grants wishes",
            "stalker-1979",
        ),
    ],
)
def test_a_premise_in_other_words_names_its_film(engine: Engine, question: str, film_id: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED
    assert answer.film is not None and answer.film.id == film_id
    assert not answer.contains_spoilers


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        # The visible text holds a little under content search's floor of the asker's words ("space", "might",
        # "insomniac" are not in it) yet leads clearly, and the whole text leads with the same film.
        (
            "that movie where a psychologist is sent to a space station over an ocean that might be alive",
            "solaris-1972",
        ),
        ("movie where everyone tells a different version of a samurai's murder at a trial", "rashomon-1950"),
        ("that film where an insomniac keeps going to support groups he doesn't belong in", "fight-club-1999"),
    ],
)
def test_a_premise_the_visible_and_the_whole_text_both_point_to_names_its_film(
    engine: Engine, question: str, film_id: str
) -> None:
    test_a_premise_in_other_words_names_its_film(engine, question, film_id)


@pytest.mark.parametrize(
    "question",
    [
        # The same loose lead, with the description leaning on what only the hidden text says.
        "that movie where a psychologist finds out he was dead all along after being shot",
        "the film where the narrator blows up his own condo and the soap salesman is really him",
    ],
)
def test_a_loose_lead_that_leans_on_hidden_text_names_no_film(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None
    assert answer.status in (Status.WITHHELD, Status.AMBIGUOUS)
    assert not answer.contains_spoilers


@pytest.mark.parametrize(
    "question",
    [
        "the film where the narrator and his buddy turn out to be the same person",
        "there's one where the psychologist was dead the whole time",
        "theres that movie where the magician has a secret twin brother",
        "the one where the woman he follows was an impostor all along",
    ],
)
def test_a_twist_in_other_words_names_no_film(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None
    assert answer.status in (Status.WITHHELD, Status.AMBIGUOUS)
    if answer.status is Status.WITHHELD:
        assert answer.answer == UNNAMED_WITHHELD


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("who directed the 1972 film?", "solaris-1972", "Tarkovsky"),
        ("the one from 1950, who is in it?", "rashomon-1950", "Mifune"),
        ("the 1995 film, how long is it", "se7en-1995", "127"),
        ("what's the 1958 movie about?", "vertigo-1958", "Scottie"),
    ],
)
def test_a_year_names_the_one_film_of_that_year(engine: Engine, question: str, film_id: str, expected: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED
    assert answer.film is not None and answer.film.id == film_id
    assert expected in answer.answer


@pytest.mark.parametrize(
    "question", ["what's the 1999 film about?", "who directed the 1999 movie?", "the film from 1999?"]
)
def test_a_year_of_two_films_asks_which(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS
    assert {c.id for c in answer.choices} == {"fight-club-1999", "the-sixth-sense-1999"}


def test_a_year_no_film_has_names_none(engine: Engine) -> None:
    answer = engine.ask("who directed the 1987 film?", scope=SpoilerScope.off())
    assert answer.film is None
