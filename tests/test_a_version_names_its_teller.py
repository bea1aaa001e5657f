"""A story told by several witnesses gives what happened in each one's version. "Who really killed the samurai in
Rashomon?" was answered with "… Tajōmaru killed the samurai as he floundered in the undergrowth …", a sentence of the
woodcutter's version, without a word saying whose version it was: the asker, who asked what truly happened, could not
tell one witness's claim from the story's own telling.

When a question asks what is true ("really", "actually", "true", "version", "lying") and its excerpt is told inside
someone's version, the excerpt is now led by the sentence that opens that version: one naming a story, account,
version or testimony, or "According to X", or one a next sentence goes on from as "In his version". Ordinary talk
("Carla tells Paolo about the ball") opens nothing. Over Rashomon and a document parsed as a moderator loads it."""

from __future__ import annotations

import pytest

from corpus.load import parse_document
from corpus.models import Film
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

_WITNESSES = """# The Three Witnesses (1951)

## Premise

A rich merchant, Orsini, is found drowned in a canal in Venice, and a magistrate hears three witnesses. Orsini's
nephew Paolo inherits everything.

## Plot (spoilers)

The boatman's testimony comes first. He had rowed past the bridge at midnight, singing to keep himself awake. A lantern
hung from the railing, and two men were shouting above him. Paolo seized his uncle by the collar and threw him over
the parapet into the black water.

Paolo's account is different. His uncle slipped on the wet stones and fell, and Paolo dived in after him but could not
find him in the dark.
"""
_OPENER = "The boatman's testimony comes first."
_VERSION = "Paolo seized his uncle by the collar and threw him over the parapet"


@pytest.fixture(scope="module")
def witnesses() -> Film:
    return parse_document(_WITNESSES.encode(), "the-three-witnesses.md")


@pytest.mark.parametrize(
    "question",
    [
        "who really threw Orsini over the parapet?",
        "is Paolo lying about the parapet?",
        "which version is true, who threw Orsini over the parapet?",
    ],
)
def test_a_question_of_truth_is_told_whose_version_answers_it(witnesses: Film, question: str) -> None:
    answer = Engine([witnesses]).ask(question, film=witnesses.id, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.answer.startswith(f"{_OPENER} … ") and _VERSION in answer.answer, answer.answer


def test_a_plain_question_is_answered_as_before(witnesses: Film) -> None:
    # Nothing asks which version is true: the excerpt is the sentence that answers, with what it needs.
    answer = Engine([witnesses]).ask("who threw Orsini over the parapet?", film=witnesses.id, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and _VERSION in answer.answer, answer.answer
    assert _OPENER not in answer.answer, answer.answer


def test_with_spoilers_off_nothing_of_either_version_shows(witnesses: Film) -> None:
    answer = Engine([witnesses]).ask(
        "who really threw Orsini over the parapet?", film=witnesses.id, scope=SpoilerScope.off()
    )
    assert answer.status is Status.WITHHELD, answer.answer
    assert "testimony" not in answer.answer and "parapet" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question", ["who really killed the samurai in rashomon", "so who actually killed the samurai in Rashomon?"]
)
def test_rashomon_says_the_truth_asked_is_the_woodcutters_version(question: str) -> None:
    answer = Engine(BUNDLED).ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.answer.startswith("Pressed by the commoner, the woodcutter admits he saw everything"), answer.answer
    assert "Tajōmaru killed the samurai" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question", ["did his uncle really slip on the wet stones?", "did Orsini actually slip and fall?"]
)
def test_an_excerpt_opening_its_own_version_is_not_led_by_another(witnesses: Film, question: str) -> None:
    # Paolo's version is quoted from its own first sentence: the boatman's, before it, is not whose it is.
    answer = Engine([witnesses]).ask(question, film=witnesses.id, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and answer.answer.startswith("Paolo's account is different."), answer.answer
    assert "testimony" not in answer.answer, answer.answer
