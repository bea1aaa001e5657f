"""A rank several people share ("Detective" of "Detective Lieutenant William Somerset" and of "Detective David
Mills") is no part of one name: "who is detective mills?" was answered with Somerset's introduction, which holds
"Detective" alone and counted as much as the sentence holding both words. A surname two people share ("Gavin Elster",
"Madeleine Elster") stays part of each name. Through the Engine over the bundled films."""

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told", "not_told"),
    [
        ("who is detective mills in se7en", "hot-headed", "has one week left"),
        ("who is Detective Mills in Se7en?", "hot-headed", "has one week left"),
        ("who is detective somerset in se7en", "one week left", "hot-headed"),
    ],
)
def test_a_rank_before_a_name_asks_of_that_person(engine: Engine, question: str, told: str, not_told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert told in answer.answer and not_told not in answer.answer, answer.answer


def test_a_shared_surname_still_names_one_person(engine: Engine):
    # "Elster" is Gavin's and Madeleine's: what Gavin Elster wants is told where he asks Scottie, not where he is
    # first named in full.
    answer = engine.ask("what does Gavin Elster want from Scottie in Vertigo?", scope=SpoilerScope.off())
    assert "follow her" in answer.answer, answer.answer
