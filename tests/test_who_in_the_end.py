"""'Who is John G finally?', 'who killed the samurai in the end?': who someone turns out to be is a twist. With
spoilers off it is withheld (the set-up that names them was quoted as if it answered); with them on, answered from
the spoiler text."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import Reveal, analyze
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

QUESTIONS = [
    ("in Memento, who is John G finally?", "memento-2000"),
    ("who killed the samurai in the end in Rashomon?", "rashomon-1950"),
    ("who is Madeleine after all, in Vertigo?", "vertigo-1958"),
    ("and who was Tyler eventually in Fight Club?", "fight-club-1999"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(("question", "film_id"), QUESTIONS)
def test_who_someone_is_in_the_end_is_withheld_off_and_told_on(engine: Engine, question: str, film_id: str):
    off = engine.ask(question, scope=SpoilerScope.off())
    assert off.film is not None and off.film.id == film_id
    assert off.status is Status.WITHHELD and not off.contains_spoilers
    on = engine.ask(question, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and on.contains_spoilers


@pytest.mark.parametrize(
    "question",
    ["who is finally able to leave the Zone?", "who directed it in the end, Hitchcock?", "what did she finally do?"],
)
def test_finally_elsewhere_asks_no_identity(question: str):
    assert analyze(question, []).reveal is not Reveal.IDENTITY
