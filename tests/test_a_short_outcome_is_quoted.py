"""A summary often states the outcome in a few words right after the build-up ("He drives her there hoping to break
the spell. At the mission Madeleine runs up the bell tower."; "… who took her own life. He wants Scottie to follow
her."). An excerpt that filled its length with the build-up stopped one short sentence before it. Such a sentence
is now quoted with it; reading on past a realisation ("Malcolm understands at last.") still reads on as far as
before. Through the Engine over the bundled films."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "scope", "outcome"),
    [
        ("what happens at the old mission in vertigo", SpoilerScope.on(), "Madeleine runs up the bell tower."),
        ("what does Gavin Elster ask Scottie to do in vertigo?", SpoilerScope.on(), "He wants Scottie to follow her."),
        ("what does Gavin Elster ask Scottie to do in vertigo?", SpoilerScope.off(), "He wants Scottie to follow her."),
    ],
)
def test_the_short_sentence_after_the_excerpt_is_quoted(
    engine: Engine, question: str, scope: SpoilerScope, outcome: str
):
    answer = engine.ask(question, scope=scope)
    assert answer.status is Status.ANSWERED and answer.answer.endswith(outcome), answer.answer


def test_reading_on_past_a_realisation_goes_as_far_as_before(engine: Engine):
    answer = engine.ask("what does the wedding ring reveal at the end of the sixth sense?", scope=SpoilerScope.on())
    assert "Malcolm understands at last. Vincent's bullet killed him" in answer.answer, answer.answer
    assert "Every scene since, he has been a ghost" in answer.answer, answer.answer


def test_what_is_hidden_is_not_read_into(engine: Engine):
    # With spoilers off the next sentence of a visible passage may only be visible text: Se7en's box is not quoted.
    answer = engine.ask("what happens in the desert at the end of se7en?", scope=SpoilerScope.off())
    assert "Tracy's head" not in answer.answer, answer.answer
