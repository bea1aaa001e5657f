"""Issue 10's remaining families (bench/dialogues/dev3.jsonl): summaries asked in everyday words, a lead-in that
names the film before the question, small talk about the bot, and films we do not have, named in any case."""

from __future__ import annotations

import pytest

from corpus.detect import is_document_name
from corpus.load import parse_document
from index.answer_model import Status
from index.engine import Engine
from tests.paths import SAMPLES


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(
        parse_document(path.read_bytes(), path.name)
        for path in sorted(SAMPLES.iterdir())
        if is_document_name(path.name)
    )


@pytest.mark.parametrize(
    ("question", "film_id", "premise_word"),
    [
        ("tl;dr of Se7en?", "se7en-1995", "Somerset"),
        ("tldr rashomon", "rashomon-1950", "woodcutter"),
        ("what is The Sixth Sense about, in a nutshell?", "the-sixth-sense-1999", "Malcolm"),
        ("give me the gist of Psycho", "psycho-1960", "Marion"),
    ],
)
def test_a_summary_in_everyday_words_answers_with_the_premise(
    engine: Engine, question: str, film_id: str, premise_word: str
):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id
    assert premise_word in answer.answer
