""" "fight clubb (1999) premise?" was answered with the facts card ("Fight Club (1999) was directed by …"): the year
typed with a misspelt title stayed a question word and matched "Released in 1999". And "who directed vertigo, how
long is it and is it in color", asked after Rashomon, was answered about Rashomon: "vertigo" typed in lower case
was read as an ordinary word, though a maker's verb comes right before it."""

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
    ("question", "film", "told"),
    [
        ("fight clubb (1999) premise?", "fight-club-1999", "support group"),
        ("vertgo (1958) plot?", "vertigo-1958", "Scottie"),
        ("fight club (1999) premise?", "fight-club-1999", "support group"),
    ],
)
def test_the_year_goes_with_a_misspelt_title(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film, answer.answer
    assert told in answer.answer and "directed by" not in answer.answer, answer.answer


def test_a_title_after_a_makers_verb_moves_off_the_last_film(engine: Engine):
    engine.ask("who directed rashomon?", scope=SpoilerScope.off())
    answer = engine.ask(
        "who directed vertigo, how long is it and is it in color",
        scope=SpoilerScope.off(),
        context_film="rashomon-1950",
    )
    assert answer.film is not None and answer.film.id == "vertigo-1958", answer.answer
    assert answer.status is Status.ANSWERED and "Hitchcock" in answer.answer, answer.answer
