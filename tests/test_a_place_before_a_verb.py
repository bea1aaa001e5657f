""" "What year does the clock on the ship say when they land?": the place a question is set at is "the ship", not
"the ship say". "say" is in no visible text, the whole text holds it, and so the question read as set somewhere
only the hidden part holds, and a premise fact ("The ship's clock reads 3978") was withheld."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_a_verb_after_the_place_is_no_part_of_it(engine: Engine) -> None:
    answer = engine.ask(
        "what year does the clock on the ship say when they land",
        film="planet-of-the-apes-1968",
        scope=SpoilerScope.off(),
    )
    assert answer.status is Status.ANSWERED and "3978" in answer.answer, answer.answer


def test_a_place_only_the_hidden_text_holds_is_still_withheld(engine: Engine) -> None:
    answer = engine.ask("what does jake find in the pond?", film="chinatown-1974", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
