"""An excerpt never ends on a realisation that the next sentence states: "what does the wedding ring moment mean?"
was answered up to "Malcolm understands at last.", one sentence before "Vincent's bullet killed him that first
night". The family is built over hand-made films (the realisation in the same paragraph as the matched sentence, or
opening the next), and the bundled film; the statement is never read into when the asker may not see it."""

from __future__ import annotations

import itertools

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

PL = SectionKind.PLOT
_MATCHED = "At the harbour Ilsa drops the silver locket, and it falls open on the stones."
_REALISING = ["Tomas understands at last.", "Then Tomas realizes.", "Tomas finally understands."]
_STATED = "The locket holds a portrait of his own mother, so Ilsa is his sister."
_FILLER = [
    "The village of Corvo sits on a rocky island where the tide decides everything.",
    "Tomas keeps the lighthouse, and Ilsa sells bread at the market.",
    "A storm season begins, and the council argues about the new harbour wall.",
]
_QUESTION = "what does the locket moment at the harbour mean?"


def _film(realising: str, *, split: bool):
    paragraphs = [(PL, False, text) for text in _FILLER]
    if split:
        paragraphs += [(PL, True, f"{_MATCHED} {realising}"), (PL, True, _STATED)]
    else:
        paragraphs += [(PL, True, f"{_MATCHED} {realising} {_STATED}")]
    return make_film("Corvo", 1961, paragraphs)


@pytest.mark.parametrize(("realising", "split"), list(itertools.product(_REALISING, (False, True))))
def test_the_realisation_is_quoted_with_what_it_realises(realising: str, split: bool):
    film = _film(realising, split=split)
    answer = Engine([film]).ask(_QUESTION, film=film.id, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "his sister" in answer.answer, answer.answer


def test_what_is_realised_is_not_read_into_past_a_limit():
    # The realisation is inside the limit, the statement in the passage after is not (`_runs_into_hidden` then
    # withholds the excerpt whole: what it announces is hidden).
    paragraphs = [(PL, False, text) for text in _FILLER]
    paragraphs += [(PL, True, f"{_MATCHED} Tomas understands at last.")] + [(PL, True, _STATED)] * 1
    paragraphs += [(PL, False, "The storm passes, and the boats go out again for the winter catch.")] * 3
    film = make_film("Corvo", 1961, paragraphs)
    question = "what falls open on the stones at the harbour?"
    engine = Engine([film])
    assert "his sister" in engine.ask(question, film=film.id, scope=SpoilerScope.on()).answer
    answer = engine.ask(question, film=film.id, scope=SpoilerScope.parse("upto:60%"))
    assert "his sister" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question", ["what does the wedding ring moment mean?", "what does the wedding ring reveal at the end?"]
)
def test_the_sixth_sense_ring_is_quoted_to_the_twist(question: str):
    answer = Engine(BUNDLED).ask(question, film="the-sixth-sense-1999", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "ghost" in answer.answer, answer.answer


# A favour or an offer announced ends its sentence the same way: what it is comes next.
FAVOUR = make_film(
    "The Quiet Ferryman",
    1962,
    [
        (SectionKind.PREMISE, False, "Old Jonas runs the ferry. One evening the mayor, Petra Vell, asks him a favour."),
        (SectionKind.PREMISE, False, "She wants him to carry a sealed crate across the lake before dawn, unseen."),
    ],
)


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("what favour does elster ask scottie in vertigo?", None, "Carlotta"),
        ("What favour does Gavin Elster ask of Scottie in Vertigo, and why?", None, "Carlotta"),
        ("what favour does the mayor ask of jonas?", "the-quiet-ferryman-1962", "sealed crate"),
    ],
)
def test_a_favour_asked_is_read_on_to_what_it_is(question: str, film: str | None, told: str):
    engine = Engine([*BUNDLED, FAVOUR])
    answer = engine.ask(question, scope=SpoilerScope.off(), film=film)
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
