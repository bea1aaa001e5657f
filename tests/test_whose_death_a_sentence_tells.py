"""Whose death a sentence tells, for "what happened to X?": a name set beside the one asked after ("Norman's mother,
Norma Bates, has been dead …") tells her fate, and a killer named before an active killing ("the Mother personality
… killed her") is not the one it befalls. "What happened to Norman's mother?" was answered with the Mother
personality's killings, which tell of others' deaths."""

import pytest

from index.answer import SOMEONE_ELSE, named_before_death
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("sentence", "befalls"),
    [
        # Set beside a possessive phrase: the phrase's words are hers too.
        (
            "The sheriff says that Norman's mother, Norma Bates, has been dead for ten years.",
            {"norman", "mother", "bate"},
        ),
        # An active killing with its victim named after it: the victim, not the killer.
        ("Somerset pleads with him, but Mills shoots Doe dead.", {"doe"}),
        # … or with "her": someone the killer is not.
        ("Later the Mother personality became jealous and killed her.", set(SOMEONE_ELSE)),
        # Done to the one named before: unchanged.
        ("At the house Arbogast is stabbed on the stairs.", {"arbogast"}),
        ("Later the Stalker finds the Writer killed by nothing.", {"writer"}),
    ],
)
def test_whose_death_the_names_before_it_tell(sentence: str, befalls: set[str]):
    assert set(named_before_death(sentence)) == befalls


def test_what_happened_to_someones_mother_tells_her_death_not_her_killings(engine: Engine):
    answer = engine.ask("what happened to norman's mother in psycho", scope=SpoilerScope.on())
    assert "poisoned" in answer.answer, answer.answer
    assert "killed Arbogast" not in answer.answer


def test_a_fate_asked_with_spoilers_off_stays_withheld(engine: Engine):
    answer = engine.ask("what happened to norman's mother in psycho", scope=SpoilerScope.off())
    assert "poisoned" not in answer.answer and "ten years" not in answer.answer, answer.answer
