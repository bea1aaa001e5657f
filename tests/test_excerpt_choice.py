"""Which sentence the answer quotes when the question names someone (or something) in full: a name of several words
("Charles Foster Kane", "Carlotta Valdes") is one thing asked after, so the line that introduces it in full does not
outweigh the sentence that holds what the question asks about it. Asked through the Engine over the bundled films;
the same rule took tune questions on NarrativeQA ("Where did John Bender hide his stash?", bench/quality.py)."""

from __future__ import annotations

import pytest

from corpus.models import Passage, SectionKind
from index.answer import choose
from index.answer_model import Status
from index.engine import Engine
from index.film_index import Hit
from index.question import analyze
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED

ON, OFF = SpoilerScope.on(), SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def _quotes(engine: Engine, question: str, film: str, scope: SpoilerScope, states: str) -> None:
    answer = engine.ask(question, film=film, scope=scope)
    assert answer.status is Status.ANSWERED, answer.answer
    assert states.lower() in answer.answer.lower(), answer.answer


@pytest.mark.parametrize(
    ("question", "film", "scope", "states"),
    [
        # The full name is in the line that introduces the person; what is asked is told later under one name.
        ("What did Charles Foster Kane build for Susan?", "Citizen Kane", ON, "opera house"),
        ("What did Susan Alexander do at Xanadu?", "Citizen Kane", ON, "jigsaw"),
        ("What does Jerry Thompson read?", "Citizen Kane", ON, "memoirs"),
        ("What did Walter Parks Thatcher get struck with?", "Citizen Kane", ON, "sled"),
        ("Who abandoned Carlotta Valdes?", "Vertigo", ON, "rich lover"),
        ("What does John Cutter say the answer is?", "The Prestige", ON, "double"),
        ("What does Kris Kelvin burn?", "Solaris", OFF, "papers"),
        ("What does William Somerset suspect?", "Se7en", OFF, "one-off"),
    ],
)
def test_a_full_name_counts_once_against_what_is_asked_about_it(
    engine: Engine, question: str, film: str, scope: SpoilerScope, states: str
):
    _quotes(engine, question, film, scope, states)


@pytest.mark.parametrize(
    ("question", "film", "scope", "states"),
    [
        # Where the full name is in the answering sentence itself, it still answers.
        ("What does Norman Bates stuff?", "Psycho", OFF, "birds"),
        ("What does Evelyn Mulwray hire Jake to do?", "Chinatown", OFF, "affair"),
        ("What does Madeleine Elster buy?", "Vertigo", ON, "posy"),
        ("What does Tyler Durden make soap from?", "Fight Club", ON, "liposuction"),
        # After a twist the full name marks whose twist a sentence tells: kept whole there.
        ("what is the truth about Sammy Jankis?", "Memento", ON, "con man"),
        ("where did Hollis Mulwray actually drown?", "Chinatown", ON, "salt water"),
    ],
)
def test_a_sentence_naming_the_person_in_full_still_answers(
    engine: Engine, question: str, film: str, scope: SpoilerScope, states: str
):
    _quotes(engine, question, film, scope, states)


@pytest.mark.parametrize(
    ("question", "film", "hidden"),
    [
        ("Who abandoned Carlotta Valdes?", "Vertigo", "rich lover"),
        ("What did Charles Foster Kane build for Susan?", "Citizen Kane", "opera house"),
    ],
)
def test_with_spoilers_off_the_excerpt_comes_only_from_what_may_be_shown(
    engine: Engine, question: str, film: str, hidden: str
):
    answer = engine.ask(question, film=film, scope=OFF)
    assert hidden not in answer.answer.lower(), answer.answer
    assert not answer.contains_spoilers, answer.answer


def _plot(*texts: str) -> list[Hit]:
    return [
        Hit(
            Passage(
                film_id="f",
                section="Plot",
                section_kind=SectionKind.PLOT,
                ordinal=i,
                text=text,
                spoiler=False,
                position=i / len(texts),
                position_end=(i + 1) / len(texts),
            ),
            1.0,
            frozenset(),
            1.0,
        )
        for i, text in enumerate(texts)
    ]


def _chosen(question: str, texts: list[str]) -> str:
    terms = query_tokens(question)
    choice = choose(_plot(*texts), terms, analyze(question, terms), lambda term: 1.0)
    assert choice is not None
    return choice.excerpt.text


@pytest.mark.parametrize(
    ("question", "texts", "answer"),
    [
        (
            "Where does Tom Hale hide?",
            ["The story follows the clerk Tom Hale.", "Tom hides under the stairs."],
            "under the stairs",
        ),
        (
            "What does the First Harbour Bank lose?",
            ["The First Harbour Bank opens a branch.", "That winter the bank loses its gold."],
            "its gold",
        ),
    ],
)
def test_the_words_of_one_name_count_as_one_question_word(question: str, texts: list[str], answer: str):
    # Every word weighs the same here: only counting the name once lets the later sentence, which holds the
    # question's verb, beat the earlier one that holds the whole name (and wins ties).
    assert answer in _chosen(question, texts)


def test_two_people_named_side_by_side_in_the_question_are_not_one_name():
    # "Lara and John" are never one capitalised run in the text: each is a question word of its own, so the
    # sentence holding both and the verb beats the earlier one holding one of them and the verb.
    texts = ["Lara hides in the attic.", "John and Lara hide in the cellar."]
    assert "cellar" in _chosen("Where do John and Lara hide?", texts)
