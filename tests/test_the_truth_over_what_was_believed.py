""" "How did Hollis really die?" got "Hollis is found drowned in a reservoir": three sentences tied (the body found,
Cross's confession, "Hollis did not drown in the reservoir; he was drowned in salt water at home") and a death is
read where it is first told. Asked with "really" or "actually", what was believed is doubted: the sentence undoing
it ("did not", "never") wins the tie."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

HARBOUR = make_film(
    "The Harbour Light",
    1961,
    [
        (SectionKind.PREMISE, False, "In a fishing town, the lighthouse keeper Ansel Grier keeps to himself."),
        (SectionKind.PLOT, True, "One winter morning Ansel is found dead at the foot of the cliff below the lamp."),
        (SectionKind.PLOT, True, "His nephew Tobias inherits the light and the boat."),
        (SectionKind.ENDING, True, "Ansel did not die in a fall; he was poisoned at his own table by Tobias."),
    ],
)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("how did Hollis really die in Chinatown?", "salt water"),
        ("In Chinatown, where was Hollis actually drowned?", "salt water"),
    ],
)
def test_a_doubted_death_is_told_where_the_belief_is_undone(question: str, told: str) -> None:
    answer = Engine(BUNDLED).ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_a_doubted_death_of_a_film_of_ones_own() -> None:
    answer = Engine([HARBOUR]).ask("how did Ansel really die?", film="The Harbour Light", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "poisoned" in answer.answer, answer.answer


def test_without_doubt_the_death_is_where_it_is_first_told() -> None:
    answer = Engine([HARBOUR]).ask("how was Ansel found?", film="The Harbour Light", scope=SpoilerScope.on())
    assert "foot of the cliff" in answer.answer, answer.answer


def test_a_doubted_death_stays_hidden_with_spoilers_off() -> None:
    answer = Engine(BUNDLED).ask("how did Hollis really die in Chinatown?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "salt water" not in answer.answer, answer.answer
