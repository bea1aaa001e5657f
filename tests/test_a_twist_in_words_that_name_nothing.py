"""A twist asked in words that name nothing ("where are they really?", "so what is it really?") while something is
hidden: the premise (the summary an empty question gets) is no answer to it, and was given as one up to 50% of
Planet of the Apes. It is withheld; with the whole film shown it is answered as before."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["where are they really?", "so where are they actually?"])
@pytest.mark.parametrize("scope", ["upto:50%", "off"])
def test_withheld_while_something_is_hidden(engine: Engine, question: str, scope: str) -> None:
    answer = engine.ask(question, film="planet-of-the-apes-1968", scope=SpoilerScope.parse(scope))
    assert answer.status is Status.WITHHELD, answer.answer
    assert "astronauts" not in (answer.answer or "")


def test_with_the_whole_film_shown_it_is_answered(engine: Engine) -> None:
    answer = engine.ask("where are they really?", film="planet-of-the-apes-1968", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
