""" "Who is Fallon in The Prestige?" with spoilers off answered with "…watched the rival, Robert Angier, fall through a
trapdoor": Fallon is named only in the hidden text, and the visible text's speller read "fallon" as a typo of
"fall". A word the film's hidden text holds is no typo; it stays unseen, and the question is withheld as any
question about a hidden name is (the refusal says it may be a spoiler or not in the summary, either way)."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

OFF = SpoilerScope.off()


@pytest.mark.parametrize("question", ["Who is Fallon in The Prestige?", "ok so who was fallon then (the prestige)"])
def test_a_name_only_the_hidden_text_holds_is_withheld(question: str):
    answer = Engine(BUNDLED).ask(question, scope=OFF)
    assert answer.status is Status.WITHHELD, answer.answer
    assert "trapdoor" not in answer.answer and "Fallon" not in answer.answer, answer.answer


def test_with_spoilers_on_it_is_answered():
    answer = Engine(BUNDLED).ask("Who is Fallon in The Prestige?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "Fallon" in answer.answer, answer.answer


HARBOUR = make_film(
    "The Harbour Light",
    1987,
    [
        (SectionKind.PREMISE, False, "Ilse keeps the harbour light; the hall stands by the quay at night."),
        (SectionKind.ENDING, True, "Hallor, the ferryman, rows out to the wreck and the sea takes him."),
    ],
)


def test_a_small_film_hidden_name_near_a_visible_word():
    # ("hallor" is no English word, and the speller's nearest visible word is "hall")
    answer = Engine([HARBOUR]).ask("who is hallor in the harbour light?", scope=OFF)
    assert answer.status is Status.WITHHELD and "quay" not in answer.answer, answer.answer
