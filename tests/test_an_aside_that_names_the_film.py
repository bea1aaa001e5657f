""" "haven't seen Psycho yet, what's the motel like?" was refused: the aside's "seen" and "yet" were read as words of
the question, and the visible text holds neither. An aside about one's own viewing that names the film keeps the
film's name (it says which film) and drops the rest; "haven't seen it yet, …" was already an aside."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import without_asides
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        ("haven't seen Psycho yet, what's the motel like?", "psycho-1960", "twelve empty cabins"),
        ("I haven't watched Memento yet: what was Leonard's job?", "memento-2000", "insurance"),
        ("never seen se7en - how long does Somerset have before he retires?", "se7en-1995", "one week"),
    ],
)
def test_the_question_after_the_aside_is_answered_of_the_film_it_names(
    engine: Engine, question: str, film_id: str, told: str
) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id, answer
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("haven't seen Psycho yet, what's the motel like?", "Psycho, what's the motel like?"),
        ("we haven't finished the prestige. who is cutter?", "the prestige, who is cutter?"),
        # Not the film: what was not seen, and the question as it was.
        ("haven't seen it yet, who directed it?", "haven't seen it yet, who directed it?"),
        ("why has he never seen his son?", "why has he never seen his son?"),
    ],
)
def test_only_the_aside_is_dropped(question: str, left: str) -> None:
    assert without_asides(question) == left
