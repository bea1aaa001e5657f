""" "She has asked Snaut and Sartorius to destroy her": a death asked for befalls the one who asks, not the ones named
between, and "she" is the one named just before. "What happens to Hari?" is answered there, not by a death in her
past ("Hari took her own life on Earth ten years earlier")."""

import pytest

from index.answer import named_before_death
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.mark.parametrize(
    ("sentence", "befalls"),
    [
        ("She has asked Snaut and Sartorius to destroy her with a new apparatus.", frozenset()),
        ("Masako begged him to kill her, then fainted.", frozenset({"masako"})),
    ],
)
def test_a_death_asked_for_befalls_the_one_asking(sentence: str, befalls: frozenset[str]):
    # Before: the name nearest before the death word, "Sartorius", was taken for the one it befalls.
    assert named_before_death(sentence) == befalls


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("what happens to Hari in the end?", "Solaris", "destroy her"),
        ("what happens to the second Hari?", "Solaris", "destroy her"),
    ],
)
def test_what_happens_to_someone_is_the_death_they_ask_for(question: str, film: str, told: str):
    answer = Engine(BUNDLED).ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
    assert "ten years earlier" not in answer.answer, answer.answer


def test_with_spoilers_off_a_fate_stays_withheld():
    answer = Engine(BUNDLED).ask("what happens to Hari?", film="Solaris", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "destroy" not in answer.answer, answer.answer
