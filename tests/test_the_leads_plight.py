"""What the lead's problem is, or what they want, is what the set-up tells: "what is the problem of the main
character in Momento? he forget everything?" was withheld ("problem" is in no visible sentence), and the typo
"Momento" was not read as a title when more followed its question mark."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "phrasing",
    [
        "what is the main character's problem in {title}?",
        "what does the protagonist of {title} want?",
        "what is the problem of the main character in {title}?",
        "in {title}, what's the main guy's situation?",
    ],
)
@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_the_leads_plight_is_the_premise(engine: Engine, film, phrasing: str) -> None:
    expected = engine.ask(f"what is {film.title} about?", scope=SpoilerScope.off())
    answer = engine.ask(phrasing.format(title=film.title), scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film.id, answer.answer
    assert answer.answer == expected.answer


@pytest.mark.parametrize(
    ("typed", "film_id"),
    [
        ("Momento", "memento-2000"),
        ("Psyco", "psycho-1960"),
        ("Chinatwon", "chinatown-1974"),
        ("Vertgo", "vertigo-1958"),
        ("Solaris", "solaris-1972"),
    ],
)
@pytest.mark.parametrize("then", ["he forget everything?", "I watch it tomorrow", "it is for my class"])
def test_a_title_closing_a_question_that_more_follows_names_its_film(
    engine: Engine, typed: str, film_id: str, then: str
) -> None:
    answer = engine.ask(f"what is the problem of the main character in {typed}? {then}", scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer


def test_a_place_before_a_dash_is_no_title_we_lack(engine: Engine) -> None:
    question = "the Nolan one about two rival magicians in Victorian London — what's it called?"
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "the-prestige-2006", answer.answer
