""" "What did Kane build?" was refused: the newsreel's "the chain of newspapers he built" holds the verb in a form the
stemmer keeps apart from "build", and no other word of the question was left. When no word of a question is visible
as typed, an irregular form of it the visible text holds is what it asks about. (For every question the text's forms
cost NarrativeQA answers; see index/visible_terms.py.)"""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

P, E = SectionKind.PREMISE, SectionKind.ENDING

MILL = make_film(
    "The Mill",
    1977,
    [
        (P, False, "Hanna Berg inherits a ruined mill. Over one summer she built a school beside the river."),
        (E, True, "In the last winter the river rose and she fled with the children."),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, MILL])


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("what did kane build in citizen kane?", "chain of newspapers he built"),
        ("what does she build in The Mill?", "she built a school"),
    ],
)
def test_an_irregular_form_answers(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_a_form_only_the_hidden_text_holds_is_still_refused(engine: Engine):
    # "fled" is only in the ending: "who flees?" has nothing visible to be read as.
    answer = engine.ask("who flees in The Mill?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "fled" not in answer.answer, answer.answer


# The stemmer cuts some verbs to a form no dictionary holds ("leave" → leav, "choose" → choos): their irregular
# forms ("left", "chose") were never read as the question's word, so a sentence that merely repeats the other
# words, or holds "leaves" in another sense ("the camera leaves the castle"), was quoted instead.
@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("why did susan leave kane", "slapped"),
        ("in citizen kane, why did susan leave him", "she finally left him"),
        ("why does anna think malcolm leaves her in the sixth sense", "asks why he left her"),
    ],
)
def test_a_verb_the_stemmer_cuts_to_no_word(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


# "At the end" is loose: when no closing passage holds what is asked, an earlier passage that does answers it. The
# check read the question's words as typed, so "why did Susan leave him in the end?" never saw "she finally left him"
# and quoted the closing image's "the camera leaves the castle" instead.
@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("why did susan leave kane in the end", None, "slapped"),
        ("does susan leave him in the end", "Citizen Kane", "she finally left him"),
    ],
)
def test_at_the_end_in_another_form_of_the_verb(engine: Engine, question: str, film: str | None, told: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
