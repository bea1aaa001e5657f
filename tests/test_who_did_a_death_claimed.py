""" "the film where leonard killed his own wife" named Memento with its premise: every word is visible ("two men …
raped and killed his wife"), so the description looked safe, yet it claims the twist — Leonard killed her. A
description claiming who did a death is told openly only when a visible sentence holds the doer beside a death's
word; otherwise it names no film, as a claim of who someone is does (index/identity_claims.py)."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED, names_no_film

P, E = SectionKind.PREMISE, SectionKind.ENDING

FERRY = make_film(
    "The Ferry Keeper",
    1988,
    [
        (P, False, "Anna Lind runs the ferry. One stormy night a stranger drowned her brother in the river."),
        (E, True, "Anna Lind herself drowned her brother, and the stranger only saw it."),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, FERRY])


@pytest.mark.parametrize(
    "question",
    [
        "the film where leonard killed his own wife",
        "any info on the film where leonard killed his own wife?",
        "the movie where norman killed his mother",
        "the one where anna lind drowned her brother",
        # Said after "already", "had": the claim all the same.
        "the film where Leonard already killed the man who attacked his wife a long time ago",
        "the film where leonard had killed his wife",
        # Angier drowns in the visible premise: beside a death, but as the one who died, not the doer.
        "which film has a scene where angier kills a clone every show?",
        # A death by one's own hand is its own claim ("Hari" is in no visible sentence telling one).
        "the film where Hari kills herself",
    ],
)
def test_a_death_claimed_of_someone_the_visible_text_does_not_tell_it_of(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert names_no_film(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("the movie where vincent shoots malcolm", "the-sixth-sense-1999"),
        ("the film where the bandit killed the samurai", "rashomon-1950"),
        ("the one where a stranger drowned her brother", "The Ferry Keeper"),
    ],
)
def test_a_death_the_visible_text_tells_of_the_doer_names_its_film(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None, answer.answer
    assert film in (answer.film.id, answer.film.title)


@pytest.mark.parametrize(
    "question",
    [
        # A death claimed in a verb of its own.
        "the film where evelyn dies",
        "the one where marion dies in the shower",
        # Being shot, which the premise tells ("Vincent … shoots him"), is no death: that Malcolm died is the twist.
        "what do you know about the film where malcolm died when vincent shot him?",
    ],
)
def test_a_death_claimed_in_its_own_verb_names_no_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert names_no_film(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("the film where the officer dies in the rooftop chase", "vertigo-1958"),
        ("the movie where stewart died in her sleep pod", "planet-of-the-apes-1968"),
        ("the film where the rival drowns in a water tank", "the-prestige-2006"),
    ],
)
def test_a_death_the_visible_text_tells_still_names_its_film(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer
