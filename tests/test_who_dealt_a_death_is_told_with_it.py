"""Who dealt a death is told where the death is: "who killed Robert Paulson?" was answered with the sentence that
introduces him ("There he meets Robert 'Bob' Paulson, a huge former bodybuilder"), naming Fight Club to a reader who
had named no film. His two names made the introduction look like an answer; it tells no death. With something
hidden, an excerpt that tells no death does not answer who dealt one: the question is withheld (and, asked of no
film, names none). A death the visible text tells is answered as before."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("context_film", [None, "fight-club-1999"])
@pytest.mark.parametrize("question", ["who killed Robert Paulson?", "who murdered robert paulson"])
def test_an_introduction_is_no_answer(engine: Engine, question: str, context_film: str | None) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context_film)
    assert "bodybuilder" not in answer.answer, answer.answer
    if context_film is None:
        # (withheld, or "which film?" where the lower-case name found none: either way no film is named)
        assert answer.status in (Status.WITHHELD, Status.AMBIGUOUS), answer.answer
        assert answer.film is None and "Fight Club" not in answer.answer, answer.answer
    else:
        assert answer.status is Status.WITHHELD, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [("who shot Malcolm?", "the-sixth-sense-1999", "Vincent"), ("who killed the samurai?", "rashomon-1950", "kill")],
)
def test_a_death_the_visible_text_tells_is_answered(engine: Engine, question: str, film_id: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=film_id)
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_with_spoilers_on_the_death_is_told(engine: Engine) -> None:
    answer = engine.ask("who killed Hollis Mulwray?", scope=SpoilerScope.on(), context_film="chinatown-1974")
    assert answer.status is Status.ANSWERED and "Cross" in answer.answer, answer.answer
