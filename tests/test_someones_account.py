""" "What's the bandit's version in Rashomon?" was answered with the woodcutter's "In his version Tajōmaru begged
Masako …" (spoilers on) or the premise (up to 50%); "what does the dead samurai say happened?" with a sentence of
the bandit's account, even up to 50%, before the samurai's own account is told. Someone's account is the one their
own sentence opens ("Tajōmaru's story makes him the hero.", "The dead samurai speaks through a medium."), read on
to where the next one begins; one the asker may not see yet is withheld."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

P, L = SectionKind.PREMISE, SectionKind.PLOT

# A small film of two witnesses, each account opened in the story's own way.
INQUEST = make_film(
    "The Inquest at Hollow Mill",
    1958,
    [
        (P, False, "A miller drowns in his own race, and the coroner hears two witnesses."),
        (
            L,
            True,
            "The miller's widow, Agnes Pell, tells the court he slipped on the wet boards. She heard a cry and ran "
            "to the race too late.",
        ),
        (
            L,
            True,
            "According to the apprentice, the miller was pushed. He saw a lantern moving on the bank and a man in "
            "a grey coat walking away.",
        ),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, INQUEST])


@pytest.mark.parametrize(
    ("question", "told", "not_told"),
    [
        ("what's the bandit's version in rashomon?", "fair duel", "In his version"),
        ("what is tajomaru's version in rashomon?", "fair duel", "medium"),
        ("what does the dead samurai say happened in rashomon?", "stabbed himself", "fair duel"),
        ("what's the wife's version in rashomon?", "dagger", "medium"),
        ("what is the widow's story in the inquest at hollow mill?", "slipped", "lantern"),
        ("what's the apprentice's version in the inquest at hollow mill?", "grey coat", "slipped"),
    ],
)
def test_an_account_is_the_one_its_teller_opens(engine: Engine, question: str, told: str, not_told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer and not_told not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "scope", "hidden"),
    [
        ("what does the dead samurai say happened in rashomon?", "upto:50%", "stabbed himself"),
        ("what's the bandit's version in rashomon?", "off", "duel"),
        ("what's the apprentice's version in the inquest at hollow mill?", "off", "lantern"),
    ],
)
def test_an_account_not_yet_seen_is_withheld(engine: Engine, question: str, scope: str, hidden: str):
    answer = engine.ask(question, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.WITHHELD, answer.answer
    assert hidden not in answer.answer, answer.answer


def test_an_account_seen_before_the_limit_is_told(engine: Engine):
    answer = engine.ask("what's the bandit's version in rashomon?", scope=SpoilerScope.parse("upto:50%"))
    assert answer.status is Status.ANSWERED and "fair duel" in answer.answer, answer.answer


def test_whether_someone_accepts_a_version_is_no_account_asked(engine: Engine):
    # Not Teddy's account ("According to Teddy, …"): whether Leonard accepts it.
    answer = engine.ask("does leonard accept teddy's version in memento?", scope=SpoilerScope.on())
    assert "chooses not to accept" in answer.answer, answer.answer
