""" "who is the writer?" in Stalker asks of the Writer, the man the Stalker leads into the Zone, not of who wrote the
film: the answer was "The summary of Stalker doesn't say." "who are the Writer and the Professor?" got "I don't have
the Professor", and "who plays Arbogast?" in a talk about Psycho got "I don't have Arbogast": a part in the film
asked about, read as a film we lack because the text the asker may see does not name it. And "who played John
Doe?" in Se7en answered "John C. McGinley.": a cast member sharing one word of the part's name.

A credit's word is a character's name when the asker types it so ("the Writer") or when the text the scope shows
writes it so; hidden text never decides the reading, so the reply tells nothing of what it names."""

from __future__ import annotations

import pytest

from corpus.load import parse_document
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

# A film whose premise (shown with spoilers off) names a character by a credit's word.
STUDIO = b"""---
title: The Night Studio
year: 1964
director: Ada Quill
cast: [Mara Lind, Otto Brenner]
---
# The Night Studio (1964)

## Premise

In a failing radio studio, the Producer, a tired man who has not slept in weeks, hires a young singer for one last
live broadcast.

## Plot (spoilers)

During the broadcast the singer learns that the Producer has sold the studio to pay his debts.

## Ending (spoilers)

The Producer sets the studio on fire after the last song and walks into the night.
"""


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, parse_document(STUDIO, "studio.md")])


@pytest.mark.parametrize(
    ("question", "context"),
    [
        ("who is the writer?", "stalker-1979"),
        ("who is the Writer in Stalker?", None),
        ("who are the Writer and the Professor?", "stalker-1979"),
    ],
)
def test_a_character_called_by_a_credits_word_is_that_character(engine: Engine, question: str, context: str | None):
    answer = engine.ask(question, scope=SpoilerScope.on(), context_film=context, context_question="who made Stalker?")
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "stalker-1979"
    assert "the Writer and the Professor" in answer.answer, answer.answer


def test_the_word_read_from_shown_text_names_the_character(engine: Engine):
    answer = engine.ask("who is the producer in The Night Studio?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "tired man" in answer.answer, answer.answer


def test_typed_in_lower_case_it_is_the_credit_while_the_text_shown_never_names_him(engine: Engine):
    # With spoilers off Stalker's shown text never says "the Writer": the credit is what is asked, as for any film.
    answer = engine.ask("who is the writer in Stalker?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "doesn't say" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "context", "expected"),
    [
        ("who plays Arbogast?", "psycho-1960", "Anthony Perkins"),
        ("who plays the Professor?", "stalker-1979", "Stalker"),
        ("who played John Doe?", "se7en-1995", "Kevin Spacey"),
        ("who plays the Producer?", "the-night-studio-1964", "Mara Lind"),
    ],
)
def test_a_part_played_is_no_film_we_lack(engine: Engine, question: str, context: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context, context_question="who directed it?")
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == context, answer.answer
    assert "I don't have" not in answer.answer and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["who plays in Inception?", "who stars in The Matrix?"])
def test_a_film_we_lack_after_plays_in_is_still_one(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film="psycho-1960", context_question="who's in it")
    assert answer.status is Status.NOT_FOUND and "I don't have" in answer.answer, answer.answer
