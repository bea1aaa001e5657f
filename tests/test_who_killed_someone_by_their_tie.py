""" "Who killed the husband in Chinatown?" quoted the set-up on Jake's divorce work ("cheating husbands and wives"),
"who killed Evelyn's husband?" the sentence introducing him: the text tells the death by name ("Cross admits he killed
Hollis"), never as "her husband". A death asked of someone by their tie to another is asked of the one name the shown
text gives that tie ("her husband, Hollis Mulwray"); only "who did it": "did Elster kill his wife?" asks of the wife
herself, whom the set-up's name for her ("his wife Madeleine") may not be."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

P, L, E = SectionKind.PREMISE, SectionKind.PLOT, SectionKind.ENDING

HARBOUR = make_film(
    "The Harbour Master",
    1952,
    [
        (P, False, "Ida Voss keeps the lighthouse at Kell with her brother, Anton Voss, a quiet harbour pilot."),
        (L, True, "One foggy night two smugglers steer their boat onto the rocks below the light."),
        (E, True, "Ida learns that Jonas Rusk drowned Anton to keep the cargo secret, and she turns the light off."),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, HARBOUR])


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("who killed the husband in chinatown", "Cross admits he killed Hollis"),
        ("who killed evelyn's husband in chinatown?", "Cross admits he killed Hollis"),
        ("who murdered her brother in The Harbour Master?", "Jonas Rusk drowned Anton"),
    ],
)
def test_the_death_is_asked_of_the_name(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_with_spoilers_off_it_stays_hidden(engine: Engine):
    answer = engine.ask("who murdered her brother in The Harbour Master?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "Jonas" not in answer.answer, answer.answer


def test_a_yes_or_no_question_keeps_the_tie(engine: Engine):
    answer = engine.ask("vertigo: did elster kill his wife", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "neck" in answer.answer, answer.answer
