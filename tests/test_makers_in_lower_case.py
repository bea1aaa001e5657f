"""Films named by their makers typed in lower case ("who's in the hitchcock film", "the fincher one with brad
pitt"): two films by the same people are the asker's to choose between; one is that film."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "choices"),
    [
        ("who's in the hitchcock film", {"psycho-1960", "vertigo-1958"}),
        ("the fincher one with brad pitt, what year is it", {"se7en-1995", "fight-club-1999"}),
        ("when did the nolan movie come out", {"memento-2000", "the-prestige-2006"}),
        ("how long is the tarkovsky film", {"solaris-1972", "stalker-1979"}),
        # A plan to watch it says nothing of which film ("watch" and "tonight" chose Vertigo).
        ("I want to watch the Hitchcock film tonight, what is it about?", {"psycho-1960", "vertigo-1958"}),
        ("we're watching the nolan movie this weekend, how long is it?", {"memento-2000", "the-prestige-2006"}),
        ("showing the tarkovsky film tomorrow, who is in it", {"solaris-1972", "stalker-1979"}),
        # The asker's own word for it, which no summary holds: "I don't have slow Tarkovsky film".
        ("that slow Tarkovsky film, what's it about", {"solaris-1972", "stalker-1979"}),
        ("that weird Nolan movie, how long is it?", {"memento-2000", "the-prestige-2006"}),
        ("the long boring Tarkovsky one, what year?", {"solaris-1972", "stalker-1979"}),
        # A fact whose word no summary holds ("wrote") beside the maker's name alone: no choices were offered.
        ("who wrote the tarkovsky film", {"solaris-1972", "stalker-1979"}),
        ("who wrote the hitchcock movie", {"psycho-1960", "vertigo-1958"}),
    ],
)
def test_makers_of_two_films_ask_which(engine: Engine, question: str, choices: set[str]):
    # Before: Se7en for the Hitchcock and the Fincher questions (a wrong film), "may be a spoiler" for Nolan.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS and answer.film is None
    assert {ref.id for ref in answer.choices} == choices


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("when did the shyamalan movie come out", "the-sixth-sense-1999", "1999"),
        ("how long is the kurosawa film", "rashomon-1950", "88"),
        ("what year is the welles movie from", "citizen-kane-1941", "1941"),
        ("we want to watch the kurosawa film tonight, how long is it", "rashomon-1950", "88"),
    ],
)
def test_the_makers_of_one_film_name_it(engine: Engine, question: str, film_id: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert expected in answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("who is in the kurosawa movie?", "rashomon-1950"),
        ("the kurosawa one, who is in it?", "rashomon-1950"),
        ("kurosawa's film, who is in it?", "rashomon-1950"),
        ("that polanski film: who wrote it?", "chinatown-1974"),
        ("that welles movie - when did it come out?", "citizen-kane-1941"),
        ("the fincher one, how long is it?", None),  # Se7en or Fight Club: which?
        ("the tarkovsky film, who is in it?", None),
    ],
)
@pytest.mark.parametrize("context_film", ["vertigo-1958", "memento-2000"])
def test_a_maker_in_lower_case_after_another_film_names_their_film(
    engine: Engine, question: str, film_id: str | None, context_film: str
):
    # Right after a question about Vertigo, "the kurosawa one, who is in it?" was answered with Vertigo's cast: the
    # maker typed in lower case was no name, so "it" read as the film asked about last.
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context_film)
    if film_id is None:
        assert answer.status is Status.AMBIGUOUS and answer.film is None, answer.answer
    else:
        assert answer.film is not None and answer.film.id == film_id, answer.answer


@pytest.mark.parametrize(
    "question",
    ["that hitchcock movie, does the blonde die?", "the hitchcock one - does the blonde die?"],
)
@pytest.mark.parametrize("context_film", [None, "memento-2000"])
def test_a_question_after_a_film_pointed_at_is_read_alone(engine: Engine, question: str, context_film: str | None):
    # "that hitchcock movie, does the blonde die?" was read whole, as no fate question, and answered with Vertigo's
    # line on "the elegant, blonde Madeleine": whether she dies is what is asked, and with spoilers off it is held.
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context_film)
    assert answer.status is not Status.ANSWERED and "blonde" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "context_film"),
    [
        # "guy" is Guy Pearce's first name (Memento), "sam" Sam Loomis's and "taylor" a writer of Vertigo: ordinary
        # words and the last film's own people, no maker pointing at another film.
        ("how was the first guy killed", "se7en-1995"),
        ("what does the guy do next?", "se7en-1995"),
        ("and who wrote it, taylor?", "planet-of-the-apes-1968"),
    ],
)
def test_a_makers_first_name_or_the_last_films_people_keep_the_film(engine: Engine, question: str, context_film: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context_film)
    assert answer.film is not None and answer.film.id == context_film, answer.answer


@pytest.mark.parametrize(
    ("question", "context_film", "film_id"),
    [
        ("hmm what about the other hitchcock one", "psycho-1960", "vertigo-1958"),
        ("what about the other Hitchcock film?", "vertigo-1958", "psycho-1960"),
        ("what about the other nolan film", "memento-2000", "the-prestige-2006"),
        ("and the other tarkovsky one?", "stalker-1979", "solaris-1972"),
        ("whats the other fincher movie about", "se7en-1995", "fight-club-1999"),
        # The maker's name alone, or with a description after a comma
        ("what about the other hitchcock, the one with the fear of heights?", "psycho-1960", "vertigo-1958"),
        ("and the other nolan?", "memento-2000", "the-prestige-2006"),
        ("who directed the other tarkovsky", "stalker-1979", "solaris-1972"),
    ],
)
def test_the_other_film_by_a_maker_is_theirs_not_the_last(
    engine: Engine, question: str, context_film: str, film_id: str
):
    # "what about the other hitchcock one" after Psycho was answered about Psycho.
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context_film)
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert answer.status is Status.ANSWERED, answer.answer


@pytest.mark.parametrize(
    ("question", "context_film"),
    [("what about the other detective?", "se7en-1995"), ("and the other magician, angier?", "the-prestige-2006")],
)
def test_the_other_one_of_a_story_stays_in_the_film(engine: Engine, question: str, context_film: str):
    # "the other X" names another film only when X made one of ours.
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context_film)
    assert answer.film is not None and answer.film.id == context_film, answer.answer
