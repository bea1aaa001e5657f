""" "Who is the girl Hollis was with?" (spoilers off) was answered "Eventually Jake photographs Hollis with a young
woman.": the visible sentence that tells of her, which does not say who she is. Who she is lies where the asker
may not look, so it is withheld, worded as unsure (nothing about what is hidden). Where the visible text does
name the one asked after, or nothing is hidden, or the asker opted in, it answers as before."""

from __future__ import annotations

import pytest

from corpus.load import parse_document
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "who is the girl Hollis was with?",
        "who's the young woman Hollis gets photographed with?",
        "so who was the lady Hollis was seen with",
        # the film named after the question: no one the sentence must hold
        "who's the young woman Hollis gets photographed with in Chinatown?",
    ],
)
def test_a_sentence_that_does_not_say_who_is_no_answer(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="Chinatown", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD
    assert answer.unsure
    assert "photographs Hollis" not in answer.answer
    assert "Katherine" not in answer.answer


def test_opted_in_it_is_answered(engine: Engine) -> None:
    answer = engine.ask("who is the girl Hollis was with?", film="Chinatown", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED


@pytest.mark.parametrize(
    ("question", "film", "named"),
    [
        # the sentence names him, in apposition
        ("who is the man Marion spends her lunch hours with?", "Psycho", "Sam Loomis"),
        # no word for what she is in the sentence that tells of her: the general search answers
        ("who is the woman Scottie follows?", "Vertigo", "Madeleine"),
    ],
)
def test_one_the_text_names_is_answered(engine: Engine, question: str, film: str, named: str) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED
    assert named in answer.answer


DOC = """---
title: Dry Season
year: 1980
runtime: 100
---
# Dry Season (1980)

## Premise

Jake is a private investigator in a dusty town. Jake photographs Hollis with a young woman{name} at the reservoir.
Hollis runs the water board.

## Plot (spoilers)

The young woman is Hollis's daughter, and the water board is stealing the river.
"""


def test_a_name_given_to_her_is_quoted() -> None:
    named = Engine([parse_document(DOC.format(name=", Kay Voss,").encode(), "dry.md")])
    answer = named.ask("who is the girl Hollis was with?", film="Dry Season", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED
    assert "Kay Voss" in answer.answer
    unnamed = Engine([parse_document(DOC.format(name="").encode(), "dry.md")])
    refused = unnamed.ask("who is the girl Hollis was with?", film="Dry Season", scope=SpoilerScope.off())
    assert refused.status is Status.WITHHELD
    assert "daughter" not in refused.answer


@pytest.mark.parametrize(
    "question",
    [
        "who was the woman who hired Jake pretending to be Mrs Mulwray?",
        # ("at" and "then" are small words "Jake watches him argue at a public hearing … and then …" holds too: the
        # story's words decide which sentences tell of her)
        "who was the woman who hired Jake at the start, then?",
    ],
)
def test_a_later_sentence_that_names_her_answers(engine: Engine, question: str) -> None:
    # Up to 50% of Chinatown the asker sees that "the woman who hired Jake was an impostor, an actress named Ida
    # Sessions": the first sentence telling of her ("A woman who introduces herself as Mrs. Evelyn Mulwray …") is
    # not all the visible text says. ("Mrs" is a title, no word that sentence must hold.)
    answer = engine.ask(question, film="Chinatown", scope=SpoilerScope.parse("50%"))
    assert answer.status is Status.ANSWERED
    assert "Ida Sessions" in answer.answer
