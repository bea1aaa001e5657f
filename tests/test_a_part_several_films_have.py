""" "who's the wife?", "who is the detective?" with no film asked about were answered from whichever film's text says
the word most (Rashomon's wife, Se7en's detectives): a part several of our films have is no sign of the film meant,
so the asker picks. A part only one film has ("who is the magician?") or a name still finds its film."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["who's the wife", "who is the detective?", "who is the psychologist?"])
def test_a_part_several_films_have_asks_which(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS and answer.film is None, answer.answer
    assert len(answer.choices) >= 2, answer.choices


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("who is the magician?", "the-prestige-2006"),
        ("who is the bandit?", "rashomon-1950"),
        ("who is the detective in se7en?", "se7en-1995"),
    ],
)
def test_a_part_one_film_has_or_a_named_film_is_answered(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer


def test_after_a_film_the_part_is_that_films(engine: Engine):
    answer = engine.ask("who is the detective?", scope=SpoilerScope.off(), context_film="vertigo-1958")
    assert answer.film is not None and answer.film.id == "vertigo-1958", answer.answer


@pytest.mark.parametrize("scope", ["off", "on"])
def test_the_title_in_the_facts_answers_no_story_question(engine: Engine, scope: str):
    # "Planet of the Apes (1968) was directed by …" held "apes" only as the film's own title.
    answer = engine.ask("who are the apes?", scope=SpoilerScope.parse(scope))
    assert "directed by" not in answer.answer, answer.answer
    if scope == "on":
        assert answer.status is Status.ANSWERED and "ape" in answer.answer, answer.answer
