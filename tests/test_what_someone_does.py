""" "What does the machine do?" (spoilers on) got "… Nikola Tesla and his assistant Alley build him an electrical
machine.", and "what does the commoner do?" got "Pressed by the commoner, the woodcutter admits …": every sentence
held the one asked about, and the earliest won the tie. What someone or something does is told where it is the one
doing it: "the machine does not move an object, it creates an exact copy", "The commoner strips the abandoned
infant of the robes"."""

from __future__ import annotations

import pytest

from index.answer import _does_something
from index.answer_model import Status
from index.engine import Engine
from index.question import analyze
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("what does the machine do?", "The Prestige", "creates an exact copy"),
        ("what does Tesla's machine do in the prestige", None, "creates an exact copy"),
        ("what does the commoner do?", "Rashomon", "strips the abandoned infant"),
    ],
)
def test_where_it_does_something_answers(engine: Engine, question: str, film: str | None, told: str) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert told in answer.answer


def test_spoilers_off_the_machine_stays_hidden(engine: Engine) -> None:
    answer = engine.ask("what does the machine do?", film="The Prestige", scope=SpoilerScope.off())
    assert "copy" not in answer.answer


@pytest.mark.parametrize(
    ("question", "acting"),
    [
        ("what does the machine do?", "machine"),
        ("what did natalie do to leonard in memento", "natalie"),
        ("what does the commoner actually do", "commoner"),
        # whom "he" stands for is not in the question
        ("what does he do?", None),
        # of someone named, with nothing after: their work
        ("what does Thompson do in citizen kane", None),
        ("and what does her boyfriend Sam do?", None),
        # a living, not a deed
        ("what did Evelyn do for a living?", None),
        # what is asked to be done is not what someone does
        ("what does malcolm tell cole to do", None),
    ],
)
def test_whose_doings_are_asked(question: str, acting: str | None) -> None:
    asked = analyze(question.lower(), query_tokens(question)).acting
    assert asked == (frozenset(query_tokens(acting)) if acting else frozenset())


@pytest.mark.parametrize(
    ("sentence", "does"),
    [
        ("Each night the machine makes a copy of him.", True),
        ("The commoner strips the abandoned infant of the robes it is wrapped in.", True),
        ("Nikola Tesla and his assistant Alley build him an electrical machine.", False),
        ("Pressed by the commoner, the woodcutter admits he saw everything.", False),
        ("Then Fallon walks into the warehouse where Angier keeps his machine and shoots him.", False),
    ],
)
def test_the_one_doing_it(sentence: str, does: bool) -> None:
    assert _does_something(sentence, frozenset(query_tokens("machine commoner"))) is does
