"""The ending's excerpt stopped one short sentence before the outcome it builds up to: "What gets delivered to them
out in the desert at the end of Se7en?" ended on "Somerset opens it, recoils, and shouts for Mills to stay back.",
before "The box holds Tracy's head."; the sled at the end of Citizen Kane stopped before "Its painted name, Rosebud,
blisters in the flames.", the first sentence of the next passage. As any other excerpt does (`answer.SHORT_AFTER`),
the ending's now quotes such a sentence, from the next passage too when that is one the asker may see.

Over the bundled films, and over a document parsed as a moderator loads it, whose time marks put the outcome in a
passage of its own."""

from __future__ import annotations

import pytest

from corpus.load import parse_document
from corpus.models import Film
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

_LAMPLIGHTER = """# The Lamplighter (1950)

## Premise

Tom Ashby keeps the lamps of a small fishing harbour in Cornwall. He is old, and the council wants to replace him
with electric lights.

## Plot (spoilers)

Tom quarrels with the council clerk, loses his post, and spends a winter mending nets. His granddaughter Ellen takes a
job on the ferry that crosses the bay.

## Ending (spoilers)

[1:20] On the night of the great storm the new electric lights fail all along the quay. Tom climbs the old tower with
his oil lantern and keeps it burning while the wind tears at the ropes and the waves break over the wall.

[1:29] The ferry carrying Ellen rounds the point safely.
"""
_OUTCOME = "The ferry carrying Ellen rounds the point safely."
_QUESTION = "what happens on the night of the storm at the end of the lamplighter?"


@pytest.fixture(scope="module")
def bundled() -> Engine:
    return Engine(BUNDLED)


@pytest.fixture(scope="module")
def lamplighter() -> Film:
    return parse_document(_LAMPLIGHTER.encode(), "the-lamplighter.md")


@pytest.mark.parametrize(
    ("question", "outcome"),
    [
        ("What gets delivered to them out in the desert at the end of Se7en?", "The box holds Tracy's head."),
        ("what happens in the desert at the end of se7en", "The box holds Tracy's head."),
        ("what happens to the sled at the end of citizen kane?", "Its painted name, Rosebud, blisters in the flames."),
    ],
)
def test_the_ending_quotes_the_short_outcome_after_its_build_up(bundled: Engine, question: str, outcome: str) -> None:
    answer = bundled.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and answer.answer.endswith(outcome), answer.answer


def test_the_outcome_told_in_the_next_passage_is_quoted(lamplighter: Film) -> None:
    answer = Engine([lamplighter]).ask(_QUESTION, film=lamplighter.id, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "Tom climbs the old tower" in answer.answer and answer.answer.endswith(_OUTCOME), answer.answer


def test_an_outcome_past_the_limit_is_not_read_into(lamplighter: Film) -> None:
    # Up to 1:25 the storm (1:20) may be seen, the ferry's fate (1:29) may not.
    before_it = SpoilerScope(mode="upto", upto_seconds=85 * 60)
    answer = Engine([lamplighter]).ask(_QUESTION, film=lamplighter.id, scope=before_it)
    assert answer.status is Status.ANSWERED and "Tom climbs the old tower" in answer.answer, answer.answer
    assert "ferry carrying" not in answer.answer, answer.answer


def test_with_spoilers_off_the_ending_stays_withheld(lamplighter: Film) -> None:
    answer = Engine([lamplighter]).ask(_QUESTION, film=lamplighter.id, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "ferry carrying" not in answer.answer, answer.answer
