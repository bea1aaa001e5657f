""" "Psycho: the mother is alive or dead?" with spoilers on got "… the Mother personality became jealous and killed
her": "her" after a death word was read as anyone named before it, so Mother's own killing read as a death told of her.
"Him" or "her" is never whoever did it, the first name of its own clause."""

import pytest

from index.answer import tells_fate_of
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.mark.parametrize(
    ("text", "asked", "told"),
    [
        # The doer is the clause's first name.
        ("When Norman felt drawn to Marion, the Mother personality became jealous and killed her.", "mother", False),
        ("When Norman felt drawn to Marion, the Mother personality became jealous and killed her.", "marion", True),
        ("Then Fallon walks into the warehouse where Angier keeps his machine and shoots him.", "fallon", False),
        ("Then Fallon walks into the warehouse where Angier keeps his machine and shoots him.", "angier", True),
        # A clause naming no one says nothing of who did it: "him" may be anyone named before (NarrativeQA: Stanwyk
        # pays Fletch to kill him; taking the sentence's first name, or the nearest, as the doer each cost answers).
        ("Stanwyk offers $50,000 for Fletch to come to his mansion, kill him, and then escape.", "stanwyk", True),
        ("Malcolm treated the boy. Vincent accuses him of that failure, shoots him, and leaves.", "malcolm", True),
    ],
)
def test_him_or_her_after_a_death_word_is_not_who_dealt_it(text: str, asked: str, told: bool):
    assert tells_fate_of(text, [asked]) is told


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_whether_the_mother_lives_is_told_where_her_death_is(engine: Engine):
    # Before: "When Norman felt drawn to Marion, the Mother personality became jealous and killed her, …".
    answer = engine.ask("Psycho: the mother is alive or dead?", film="Psycho", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "ten years" in answer.answer, answer.answer


def test_with_spoilers_off_it_stays_hidden(engine: Engine):
    answer = engine.ask("Psycho: the mother is alive or dead?", film="Psycho", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert "ten years" not in answer.answer and "poison" not in answer.answer, answer.answer
