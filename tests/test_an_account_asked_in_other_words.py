"""A witness's account asked for in other words than the text's: "what's the dead husband's version?" (the text
calls him "the dead samurai"), "how does the samurai say he died?", "what the dead guy say through the medium",
"in the version of the dead husband, how he dies?". Each got Masako's story, which speaks of "her husband", or a
set-up passage; the account that opens "The dead samurai speaks through a medium." tells what is asked."""

from __future__ import annotations

import pytest

from index.accounts import teller_asked
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

HIS_END = "the samurai stabbed himself with his wife's dagger"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "what's the dead husband's version?",
        "What's the dead husband's version of what happened?",
        "how does the samurai say he died?",
        "rashoman what did the dead guy say through the medium",
        "in the version of the dead husband, how he dies?",
    ],
)
def test_the_dead_witness_account_is_found(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="Rashomon", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert answer.answer.startswith("The dead samurai speaks through a medium.")
    assert HIS_END in answer.answer


def test_a_living_witness_is_not_taken_for_the_dead_one(engine: Engine) -> None:
    answer = engine.ask("what is the bandit's version?", film="Rashomon", scope=SpoilerScope.on())
    assert answer.answer.startswith("Tajōmaru's story makes him the hero.")


@pytest.mark.parametrize(
    ("question", "teller"),
    [
        ("how does the samurai say he died?", "samurai"),
        ("in the version of the dead husband, how he dies?", "dead husband"),
        # a tale told, not a witness's account
        ("what is the story of Carlotta?", None),
        ("how does the samurai die?", None),
        # what happened, in one version or another: no witness named
        ("which version of the story in Rashomon is the true one?", None),
        ("what is the version of events in court?", None),
    ],
)
def test_who_is_asked_to_tell(question: str, teller: str | None) -> None:
    assert teller_asked(question) == teller


def test_with_spoilers_off_the_account_stays_hidden(engine: Engine) -> None:
    answer = engine.ask("what's the dead husband's version?", film="Rashomon", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD
    assert "stabbed himself" not in answer.answer and "medium" not in answer.answer
