"""What a student or a teenager asks of a film they have to watch: its theme for an essay, whether there is romance,
whether it is scary or just gross, what it is even about, with their own news after a "lol". Each was withheld
("theme", "romance", "gross", "even" are words no premise holds) or read as a title we lack ("theme of citizen
kane"); the premise, with the genre for how it feels, is what anyone may see of it."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


PREMISE_OPENS = {
    "citizen-kane-1941": "Xanadu",
    "rashomon-1950": "Kyoto",
    "vertigo-1958": "Scottie",
    "solaris-1972": "Solaris",
    "fight-club-1999": "Narrator",
    "psycho-1960": "Marion",
    "se7en-1995": "Somerset",
}


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("whats the theme of citizen kane", "citizen-kane-1941"),
        ("whats the theme of citizen kane for my essay its due tmrw", "citizen-kane-1941"),
        ("what's the main theme of Rashomon?", "rashomon-1950"),
        ("what are the themes of vertigo", "vertigo-1958"),
        ("what is the moral of the story in rashomon?", "rashomon-1950"),
        ("is solaris boring lol its like 3 hours", "solaris-1972"),
        ("is there romance in fight club", "fight-club-1999"),
        ("any love story in vertigo?", "vertigo-1958"),
        ("is se7en scary or just gross", "se7en-1995"),
    ],
)
def test_what_it_is_like_is_its_premise(engine: Engine, question: str, film_id: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id, answer.answer
    assert PREMISE_OPENS[film_id] in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("whats it even about", "solaris-1972"),
        ("what's it even about?", "psycho-1960"),
        ("is it boring lol my teacher is making us watch it", "citizen-kane-1941"),
    ],
)
def test_what_it_is_like_asked_of_the_film_before(engine: Engine, question: str, film_id: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=film_id)
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id, answer.answer
    assert PREMISE_OPENS[film_id] in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["is there romance in fight club", "is se7en scary or just gross"])
def test_how_it_feels_leads_with_the_genre(engine: Engine, question: str) -> None:
    assert engine.ask(question, scope=SpoilerScope.off()).answer.startswith("Genre: ")


def test_someone_in_a_film_is_still_asked_of_its_cast(engine: Engine) -> None:
    # "there" names no one; a name does.
    answer = engine.ask("is brad pitt in fight club", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Brad Pitt" in answer.answer and "Genre" not in answer.answer


def test_romance_asked_of_the_film_before_is_genre_and_premise(engine: Engine) -> None:
    answer = engine.ask("is there romance", scope=SpoilerScope.off(), context_film="vertigo-1958")
    assert answer.answer.startswith("Genre: ") and PREMISE_OPENS["vertigo-1958"] in answer.answer, answer.answer
    # A genre asked as such is the genre line alone.
    assert engine.ask("is it a thriller?", scope=SpoilerScope.off(), context_film="vertigo-1958").answer == (
        "Genre: Psychological thriller"
    )
