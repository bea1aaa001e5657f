""" "who is leanord in memento" was withheld: "leanord" is "leonard" with two letters swapped across one, which scores
below the one-wrong-letter similarity the speller asks. The one known term of the same letters (and first letter,
and length) stands for it; two such terms are a guess, and none is taken."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spelling import Speller
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.mark.parametrize(
    ("typed", "known", "read"),
    [
        ("leanord", ["leonard", "lead", "lean"], "leonard"),
        ("sotmerset", ["somerset", "sometim"], "somerset"),  # one letter too many: near enough by the ratio
        ("nroman", ["norman", "nomad"], "norman"),
        ("mraion", ["marion", "mraino"], None),  # two known terms of those letters: a guess
    ],
)
def test_the_one_term_of_the_same_letters(typed: str, known: list[str], read: str | None):
    assert Speller(known).nearest(typed) == read


@pytest.mark.parametrize(
    ("question", "told"),
    [("who is leanord in memento", "insurance claims investigator"), ("who is nroman bates", "Norman Bates")],
)
def test_a_name_with_swapped_letters_is_answered(question: str, told: str):
    answer = Engine(BUNDLED).ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
