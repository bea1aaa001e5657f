""" "is memento in color?" answered "The summary of Memento doesn't say.", though its premise tells of "colour scenes
that run backwards": an American spelling asked of a summary written in British spelling (or back) is read as the
text spells it, by rule (color/colour, realize/realise, theater/theatre, gray/grey), not a list of cases."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.question import spellings_of
from index.spoilers import SpoilerScope
from index.tokenize import stem
from tests.engine_films import make_film
from tests.films import BUNDLED

STAGE = make_film(
    "The Grey Theatre",
    1951,
    [
        (
            SectionKind.PREMISE,
            False,
            "Ada Quill runs a small theatre in a grey northern town. She realises too late that her neighbour, the "
            "mayor, means to close it for good.",
        ),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, STAGE])


@pytest.mark.parametrize(
    ("american", "british"),
    [("color", "colour"), ("realize", "realise"), ("theater", "theatre"), ("gray", "grey"), ("neighbor", "neighbour")],
)
def test_each_spelling_reads_as_the_other(american: str, british: str):
    assert stem(british) in spellings_of(stem(american)) and stem(american) in spellings_of(stem(british))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is memento in color?", "colour scenes"),
        ("who runs the theater in The Grey Theatre?", "Ada Quill"),
        ("what does Ada realize in The Grey Theatre?", "her neighbour"),
        ("who is Ada's neighbor in The Grey Theatre?", "the mayor"),
    ],
)
def test_a_question_in_the_other_spelling_is_answered(engine: Engine, question: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer


def test_a_kind_of_answer_in_the_other_spelling_still_names_only_the_kind(engine: Engine):
    # "what color is the jaguar?" asks of the Jaguar, not of the "colour scenes" the premise tells of.
    answer = engine.ask("what color is the jaguar in memento?", scope=SpoilerScope.on())
    assert "Jaguar" in answer.answer and "colour scenes" not in answer.answer, answer.answer
