""" "old film where Gavin Elster hired play wife knowing Scottie's fear" named Vertigo (bench/descriptions.py) once
"hire" was given the synonym "ask", which the premise holds ("asks a favour"): the description looked visible, while
the plot holds "hired" as typed, in the twist. The synonym was dropped; these keep a description's word that only the
hidden text holds from being read as a visible one, by a synonym or otherwise."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED, names_no_film

P, E = SectionKind.PREMISE, SectionKind.ENDING

HARBOUR = make_film(
    "Harbour Mayor",
    1984,
    [
        (P, False, "The mayor of a fishing town asks his old friend Tomas to watch the harbour at night."),
        (E, True, "The mayor had hired his old friend to sink the ferry for the insurance."),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, HARBOUR])


@pytest.mark.parametrize(
    "question",
    [
        "old film where Gavin Elster hired play wife knowing Scottie's fear",
        "the film where the mayor hired his old friend",
        "which movie has a mayor who hired his old friend?",
    ],
)
def test_a_hidden_word_read_as_a_visible_synonym_names_no_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert names_no_film(answer), answer.answer


def test_the_visible_word_still_names_its_film(engine: Engine):
    answer = engine.ask("the film where the mayor asks his old friend to watch the harbour", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.title == "Harbour Mayor"
