"""Issue 10: answers under spoiler scopes (spoilers on, `upto` limits, opened channels, Reveal) that state what was
asked, found by families of dev failures (bench/dialogues/dev*.jsonl)."""

from __future__ import annotations

import pytest

from corpus.detect import is_document_name
from corpus.load import parse_document
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.paths import SAMPLES


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(
        parse_document(path.read_bytes(), path.name)
        for path in sorted(SAMPLES.iterdir())
        if is_document_name(path.name)
    )


@pytest.mark.parametrize(
    ("question", "film", "told", "not_told"),
    [
        # The shower, where it happens, not the psychiatrist's recap ("… killed her, and then killed Arbogast").
        ("what happens to Marion?", "psycho-1960", "stabs her", "psychiatrist"),
        # Landon's own fate, not the sentence where Dodge is killed and Landon only knocked out.
        ("what became of Landon?", "planet-of-the-apes-1968", "lobotomized", "Dodge is killed"),
    ],
)
def test_what_happens_to_someone_with_spoilers_on_quotes_where_their_fate_is_told(
    engine: Engine, question: str, film: str, told: str, not_told: str
):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert answer.answer is not None
    assert told in answer.answer
    assert not_told not in answer.answer
