"""A summary asked for with when it is wanted after it: "quick synopsis of Rashomon before tonight's episode?",
"what's Memento about before I watch it" were withheld ("nothing I may show you answers that"): "episode" and
"watch" were read as words of the story the premise lacks. When a summary is wanted says nothing of the story; the
premise answers. A question about what happens before something in the story is still that question."""

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
    ("question", "film_id", "premise_words"),
    [
        ("quick synopsis of Rashomon before tonight's episode?", "rashomon-1950", "woodcutter"),
        ("what's Memento about before I watch it", "memento-2000", "Leonard"),
        ("what is psycho about, before we watch it tonight?", "psycho-1960", "Marion"),
        ("give me the plot of stalker before the screening", "stalker-1979", "Zone"),
        ("summary of vertigo before our meeting tomorrow", "vertigo-1958", "Scottie"),
    ],
)
def test_the_premise_answers(engine: Engine, question: str, film_id: str, premise_words: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert premise_words in answer.answer, answer.answer


def test_what_happens_before_an_event_is_still_asked(engine: Engine) -> None:
    # "before" followed by an event in the story asks what precedes it, not the premise.
    answer = engine.ask("what happens before the shower in psycho?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
