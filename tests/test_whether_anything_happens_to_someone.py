""" "Does anything happen to Bob, the big fellow from the support group, in Fight Club?" with spoilers off was
answered with Bob's introduction (the premise), and with spoilers on missed his death: "what happens to …" asked
after someone's fate, "does anything happen to …" did not. It is a question after a fate too: withheld with spoilers
off (with Reveal), answered with the death with them on."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import Reveal, analyze
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    ["does anything happen to Bob?", "did something bad happen to marion", "will anything ever happen to Evelyn?"],
)
def test_it_asks_after_a_fate(question: str):
    assert analyze(question, query_tokens(question)).reveal is Reveal.FATE


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("Does anything happen to Bob, the big fellow from the support group, in Fight Club?", "shot dead"),
        ("in psycho, does anything happen to the private investigator?", "Arbogast"),
    ],
)
def test_withheld_off_and_told_on(engine: Engine, question: str, told: str):
    off = engine.ask(question, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and told not in off.answer, off.answer
    on = engine.ask(question, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and told in on.answer, on.answer
