"""Who someone is, asked with a word for anyone ("the guy who asks Scottie to follow Madeleine", "the lady who hires
Jake"): the word for anyone names the kind of answer, as "what car" does, and the text that names them seldom uses
it. Spoilers off: all of these are in the set-up. ("Who hires Scottie?", read as "asks", was dropped: it made
"Gavin Elster hired her to play his wife", a spoiler, name Vertigo in bench/descriptions.py.)"""

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
    ("question", "film_id", "said"),
    [
        ("and the guy who asks scottie to follow madeleine??", "vertigo-1958", "Elster"),
        ("who's the dude that asks scottie for a favour", "vertigo-1958", "Elster"),
        ("who's the guy who runs the motel?", "psycho-1960", "Norman"),
        ("who is the lady who hires jake?", "chinatown-1974", "Evelyn"),
        ("who's the bloke that hires Jake", "chinatown-1974", "Evelyn"),
    ],
)
def test_someone_asked_with_a_word_for_anyone_is_named(engine: Engine, question: str, film_id: str, said: str):
    answer = engine.ask(question, film=film_id, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and said in answer.answer, answer.answer
