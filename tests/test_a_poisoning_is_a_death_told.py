""" "Who's Kyra?", then "how did she die?" with spoilers on was answered with Malcolm's tape of Vincent ("… pleading in
Spanish that it does not want to die"): the sentence that tells her death, "she had been poisoning the child all
along", was not read as telling a fate, since the words a fate is told in lacked poisoning and strangling (which the
death words themselves hold). Over the bundled films, with the question's context as the service passes it."""

from __future__ import annotations

import re

import pytest

from index.answer import states_reveal
from index.answer_model import Status
from index.engine import Engine
from index.question import Reveal
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_her_death_after_who_she_is(engine: Engine) -> None:
    answer = engine.ask(
        "how did she die", scope=SpoilerScope.on(), context_film="the-sixth-sense-1999", context_question="who's kyra"
    )
    assert answer.status is Status.ANSWERED and "poisoning" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "sentence",
    [
        "She had been poisoning the child all along.",
        "Her mother poisoned her food.",
        "Julia is strangled in the water tank.",
    ],
)
def test_a_poisoning_or_a_strangling_tells_a_fate(sentence: str) -> None:
    assert states_reveal(sentence, Reveal.FATE)


def test_a_poison_that_kills_no_one_is_still_no_death_of_hers(engine: Engine) -> None:
    # With spoilers off the death stays hidden: the cue only ranks what the asker may see.
    answer = engine.ask("how did Kyra die in The Sixth Sense?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and not re.search(r"poison", answer.answer, re.I), answer.answer
