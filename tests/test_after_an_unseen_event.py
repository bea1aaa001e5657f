""" "What happens after John Doe turns himself in?" up to 1:10 of Se7en answered with the set-up passage naming John
Doe: the event the question starts from ("surrenders") lies past the limit, so what follows it does too. A question
about what follows an event no visible text tells is withheld, under a limit and with spoilers off."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "scope", "hidden"),
    [
        ("what happens after John Doe turns himself in in Se7en?", "1:10", "desert"),
        ("what happens after Doe surrenders in Se7en?", "off", "desert"),
        ("what does Jake do after Hollis dies in Chinatown?", "off", "glasses"),
    ],
)
def test_what_follows_an_unseen_event_is_withheld(engine: Engine, question: str, scope: str, hidden: str):
    answer = engine.ask(question, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # "his condo destroyed by an explosion": the event in another part of speech is told.
        ("after the condo explodes, where does the narrator live in Fight Club?", "condo"),
        ("what happens after Marion leaves Phoenix in Psycho?", "Marion"),
    ],
)
def test_what_follows_a_visible_event_is_answered(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_with_spoilers_on_it_is_answered(engine: Engine):
    answer = engine.ask("what happens after John Doe turns himself in in Se7en?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer


def test_once_and_since_as_adverbs_start_no_event():
    # "… where the supply boat calls once a month": "once" read as "once <event>" withheld a premise question
    # (bench/spoilers.py's over-blocking, 3 → 5 of 988, caught it). Only "after" starts the event asked from.
    from tests.films import ALL

    question = (
        "Bartholomew who keeps the lighthouse on Skerra Rock where the supply boat calls once a month in the story?"
    )
    answer = Engine(ALL).ask(question, film="The Lighthouse Keeper's Ledger", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Quill" in answer.answer, answer.answer
