""" "who directed Die Hard?", "who is in Night Watch?", "what's the midpoint of Die Hard? it's the example in my
screenwriting book": a title typed in Title Case whose words are all common words some summary uses ("die" and
"hard" in Planet of the Apes, "night" and "watch" in The Prestige). Those words anywhere in a film's text made the
phrase look like a name the film uses, so the question went to that film ("who directed Die Hard?" was answered
with "The ship comes down hard in a lake …") or to a refusal naming none. A Title Case phrase is a name a film uses
only when its text writes it so, writes each of its words capitalised, or it names the film's makers."""

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
    ("question", "title"),
    [
        ("who directed Die Hard?", "Die Hard"),
        ("what's the midpoint of Die Hard? it's the example in my screenwriting book", "Die Hard"),
        ("who is in Night Watch?", "Night Watch"),
        ("how does Night Moves end?", "Night Moves"),
        ("who directed Dead Again?", "Dead Again"),
        # Right after the verb of a yes/no question ("is Rear Window …" asked "which film?", or refused as an unnamed
        # film's spoiler).
        ("is Rear Window set in one apartment?", "Rear Window"),
        ("does Die Hard end well?", "Die Hard"),
    ],
)
@pytest.mark.parametrize("spoilers", ["off", "on"])
def test_a_title_case_title_of_common_words_is_a_film_we_lack(engine: Engine, question: str, title: str, spoilers: str):
    scope = SpoilerScope.on() if spoilers == "on" else SpoilerScope.off()
    answer = engine.ask(question, scope=scope)
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert f"I don't have {title}" in answer.answer


@pytest.mark.parametrize(
    ("question", "film"),
    [
        # Written so in the film's text.
        ("who is Gavin Elster?", "vertigo-1958"),
        ("what does Marion do at the Bates Motel?", "psycho-1960"),
        # Each word capitalised in the text ("Detective David Mills").
        ("what is Detective Mills like in Se7en?", "se7en-1995"),
        # Our own title inside the phrase.
        ("who is in Fincher's Se7en?", "se7en-1995"),
    ],
)
def test_names_the_films_use_stay_theirs(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film, answer.answer


@pytest.mark.parametrize(
    "question", ["what is the David Fincher movie with Brad Pitt about?", "what is the Christopher Nolan film about?"]
)
def test_makers_names_are_no_title(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is not Status.NOT_FOUND, answer.answer
