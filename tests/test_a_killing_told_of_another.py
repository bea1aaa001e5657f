""" "Who killed Kyra?" with spoilers on quoted Malcolm's reveal ("Vincent's bullet killed him that first night"):
"kill" is rarer in The Sixth Sense than "Kyra", so the sentence holding only it outscored the one telling her
death in another word ("Kyra's mother quietly putting floor cleaner into her daughter's food: she had been
poisoning the child all along"). Asked who killed someone named, a killing told of no one the question names is
another's death."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["who killed kyra?", "who killed kyra in the sixth sense?", "who killed Kyra?"])
def test_the_death_of_the_one_named(engine: Engine, question: str):
    answer = engine.ask(question, film="the-sixth-sense-1999", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "floor cleaner" in answer.answer, answer.answer
    assert "Vincent's bullet" not in answer.answer


@pytest.mark.parametrize(
    ("question", "film", "must"),
    [
        ("who killed hollis?", "chinatown-1974", "Cross admits he killed Hollis"),
        ("who killed tracy?", "se7en-1995", "killed her"),
        ("who killed gibarian?", "solaris-1972", "killed himself"),
    ],
)
def test_a_killing_told_of_them_still_answers(engine: Engine, question: str, film: str, must: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert must in answer.answer, answer.answer


def test_with_spoilers_off_it_stays_hidden(engine: Engine):
    answer = engine.ask("who killed kyra?", film="the-sixth-sense-1999", scope=SpoilerScope.off())
    assert "floor cleaner" not in answer.answer and "poisoning" not in answer.answer, answer.answer
