"""A question that the sentence just before an inline spoiler span answers only in part is about what the span says:
"what are the single frames hidden in the early scenes?" was answered "… a few single frames are hidden in them.",
whose next words (||Those frames are flashes of Tyler …||) are the answer. With spoilers off it is withheld; with
spoilers on it is answered; a yes/no question ("are there hidden frames?"), a question another sentence answers,
and a safe section's last sentence before a spoiler *section* are answered as before.

The family runs over documents parsed as moderators load them, with both inline span syntaxes (`||…||`, `>!…!<`),
and over the two bundled films that hold one."""

from __future__ import annotations

import pytest

from corpus.load import parse_document
from corpus.models import Film
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

_STORY = """# The Quiet Harbour (1964)

## Premise

Ines Varga runs the ferry between two islands and keeps the harbour master's log. When a stranger rents the
lighthouse for the winter, the islanders grow uneasy.

## Plot (spoilers)

The stranger signals to ships at night. Ines follows him to the cliffs and finds the wreck of her father's boat.

## Trivia

The film was shot on the island of Vis in a cold spring. {lead} {open}{hidden}{close}
"""

# (the sentence before the span, the span, a question that sentence answers only in part, words of the span)
_CASES = [
    (
        "Watch the harbour scenes closely: three painted lanterns are hidden in them.",
        "The lanterns spell the name of the drowned father.",
        "what do the painted lanterns hidden in the harbour scenes mean?",
        "drowned father",
    ),
    (
        "The director once gave a simple explanation of the final signal from the lighthouse:",
        "the stranger is Ines's brother, come home under another name.",
        "what is the director's explanation of the final signal from the lighthouse?",
        "brother",
    ),
    (
        "Listen to the ferry horn in the opening reel, which sounds a hidden message.",
        "In Morse it spells the stranger's real name, Tomas.",
        "what message does the ferry horn in the opening reel sound?",
        "Tomas",
    ),
]
_SYNTAXES = [("||", "||"), (">!", "!<")]


def _film(lead: str, hidden: str, syntax: tuple[str, str]) -> Film:
    text = _STORY.format(lead=lead, open=syntax[0], hidden=hidden, close=syntax[1])
    return parse_document(text.encode(), "the-quiet-harbour.md")


@pytest.mark.parametrize("syntax", _SYNTAXES, ids=["pipes", "reddit"])
@pytest.mark.parametrize(("lead", "hidden", "question", "said"), _CASES, ids=["lanterns", "colon", "horn"])
def test_what_the_span_goes_on_to_say_is_withheld_then_answered(
    lead: str, hidden: str, question: str, said: str, syntax: tuple[str, str]
) -> None:
    film = _film(lead, hidden, syntax)
    engine = Engine([film])
    off = engine.ask(question, film=film.id, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD, off.answer
    assert said not in off.answer
    on = engine.ask(question, film=film.id, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and said in on.answer, on.answer


@pytest.mark.parametrize("syntax", _SYNTAXES, ids=["pipes", "reddit"])
@pytest.mark.parametrize(("lead", "hidden"), [(c[0], c[1]) for c in _CASES], ids=["lanterns", "colon", "horn"])
def test_what_the_visible_text_answers_is_still_answered(lead: str, hidden: str, syntax: tuple[str, str]) -> None:
    film = _film(lead, hidden, syntax)
    engine = Engine([film])
    # Another sentence of the same passage answers it.
    where = engine.ask("where was the film shot?", film=film.id, scope=SpoilerScope.off())
    assert where.status is Status.ANSWERED and "Vis" in where.answer, where.answer
    # The set-up's last sentence before a spoiler section: the story goes on there, the sentence is no lead-in.
    uneasy = engine.ask("why do the islanders grow uneasy?", film=film.id, scope=SpoilerScope.off())
    assert uneasy.status is Status.ANSWERED and "stranger" in uneasy.answer, uneasy.answer


def test_a_yes_no_question_the_lead_in_answers_is_answered() -> None:
    film = _film(_CASES[0][0], _CASES[0][1], _SYNTAXES[0])
    answer = Engine([film]).ask("are there painted lanterns hidden in the harbour scenes?", film=film.id)
    assert answer.status is Status.ANSWERED and "lanterns" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("title", "question"),
    [
        ("Fight Club", "what are the single frames hidden in the early scenes?"),
        ("Fight Club", "there are hidden frames in Fight Club, right? what are they of?"),
        ("The Prestige", "what is Cutter's simplest explanation for the Transported Man?"),
    ],
)
def test_the_bundled_inline_spans_are_withheld(title: str, question: str) -> None:
    film = next(f for f in BUNDLED if f.title == title)
    answer = Engine(BUNDLED).ask(question, film=film.id, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer


@pytest.mark.parametrize("syntax", _SYNTAXES, ids=["pipes", "reddit"])
@pytest.mark.parametrize(
    ("lead", "question", "said"),
    [
        (
            "The rock was filmed on a real islet off the Atlantic coast.",
            "The rock was filmed on a real islet off the which coast?",
            "Atlantic",
        ),
        ("The ferry scenes took 41 days to film.", "how many days did the ferry scenes take to film?", "41"),
    ],
    ids=["a name", "a number"],
)
def test_a_lead_in_that_names_what_is_asked_answers_it(lead: str, question: str, said: str, syntax: tuple[str, str]):
    # bench/spoilers.py over-blocked the first: the lead-in holds the question's words and its answer ("Atlantic"),
    # and the span after it is about something else.
    film = _film(lead, "A dummy filled with wet sand was used for the fall.", syntax)
    answer = Engine([film]).ask(question, film=film.id, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and said in answer.answer, answer.answer
