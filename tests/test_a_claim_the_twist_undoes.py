""" "Is Madeleine actually possessed by Carlotta?" with spoilers on was answered with the set-up that states the
claim in the question's own words ("he fears she is possessed by Carlotta Valdes"): the sentence holding most of the
question's words is the one the twist undoes. A yes/no question after a twist, asked of someone, is answered with the
twist told of them in the spoiler text ("she was the woman he knew as Madeleine"); with spoilers off it stays
withheld, and a question the set-up answers plainly keeps its answer."""

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
    ("question", "film", "must", "must_not"),
    [
        ("is Madeleine actually possessed by Carlotta?", "vertigo-1958", "woman he knew as Madeleine", "fears"),
        ("vertigo - is madeleine actually possessed or what", "vertigo-1958", "Judy", "fears"),
        ("is that really kelvin's father's house in solaris?", "solaris-1972", "ocean made", "last day on Earth"),
    ],
)
def test_the_twist_told_of_them_answers(engine: Engine, question: str, film: str, must: str, must_not: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert must in answer.answer and must_not not in answer.answer, answer.answer
    assert answer.passages and answer.passages[0].spoiler


@pytest.mark.parametrize(
    ("question", "film", "must_not"),
    [
        ("is Madeleine actually possessed by Carlotta?", "vertigo-1958", "Judy"),
        ("is that really kelvin's father's house in solaris?", "solaris-1972", "ocean made"),
    ],
)
def test_with_spoilers_off_it_stays_hidden(engine: Engine, question: str, film: str, must_not: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert must_not not in answer.answer, answer.answer
    assert not any(p.spoiler for p in answer.passages)


def test_a_twist_already_in_the_best_excerpt_is_kept(engine: Engine):
    # "Teddy, who is really an undercover policeman": the best excerpt is spoiler text stating the twist itself.
    answer = engine.ask("is teddy really a cop?", film="memento-2000", scope=SpoilerScope.on())
    assert "undercover" in answer.answer, answer.answer
