"""A question asking when ("what year do they land?", "what day …?") is answered by the sentence that holds a year,
a date or a time, before one that only shares a word with it: "what year do they land?" of Planet of the Apes was
answered with the crew crossing the desert, not with "The ship's clock reads 3978"."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, BY_ID


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "said"),
    [
        ("what year do they land?", "planet-of-the-apes-1968", "3978"),
        ("what year is it when they land?", "planet-of-the-apes-1968", "3978"),
        ("what day are the two paired on the case?", "se7en-1995", "Monday"),
        ("when does the client pay for the house?", "psycho-1960", "Friday"),
        ("when did Hari take her own life?", "solaris-1972", "ten years earlier"),
        ("when does the woodcutter find the body?", "rashomon-1950", "Three days earlier"),
        ("in what year does Mary Kane come into a fortune?", "citizen-kane-1941", "1871"),
    ],
)
@pytest.mark.parametrize("scope", [SpoilerScope.on(), None], ids=["spoilers-on", "spoilers-off"])
def test_when_is_answered_by_the_sentence_holding_a_time(
    engine: Engine, question: str, film_id: str, said: str, scope: SpoilerScope | None
):
    answer = engine.ask(question, film=film_id, scope=scope or SpoilerScope.off())
    visible = scope is not None or any(said in p.text for p in BY_ID[film_id].passages if not p.spoiler)
    if not visible:
        # With spoilers off the sentence is hidden: withheld, and nothing of it shown in its place.
        assert answer.status is Status.WITHHELD and said not in answer.answer, answer.answer
        return
    assert answer.status is Status.ANSWERED and said in answer.answer, answer.answer
