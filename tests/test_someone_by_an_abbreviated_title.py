""" "How did the doctor die in The Sixth Sense?" with spoilers on got Kyra's death: the summary titles Malcolm "Dr.",
and the full stop of the abbreviation ended the run of capitalised words before his name, so "the doctor" was never
read as him. An abbreviated title ("Dr.", "Mr.", "Lt.") before a name is that person's role."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.naming import named_by_role
from index.spoilers import SpoilerScope
from index.tokenize import document_tokens
from tests.engine_films import make_film
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("sentence", "role", "name"),
    [
        ("Dr. Malcolm Crowe is a child psychologist in Philadelphia.", "dr", "Malcolm Crowe"),
        ("The case goes to Lt. Lou Escobar, an old colleague.", "lt", "Lou Escobar"),
    ],
)
def test_the_title_names_its_holder(sentence: str, role: str, name: str):
    people = frozenset(t for w in name.split() for t in document_tokens(w))
    assert named_by_role(sentence, [frozenset(document_tokens(role))], people) == [name]


@pytest.mark.parametrize(
    "question", ["how did the doctor die in the sixth sense?", "what happens to the doctor in the sixth sense?"]
)
def test_the_doctors_fate_is_malcolms(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "Malcolm" in answer.answer and "bullet" in answer.answer, answer.answer


ISLAND = make_film(
    "The Island Doctor",
    1958,
    [
        (SectionKind.PREMISE, False, "Dr. Ines Varga runs the only clinic on a storm-bound island."),
        (SectionKind.PLOT, True, "A fisherman's son falls ill, and the ferry cannot come."),
        (SectionKind.ENDING, True, "Ines rows out in the storm for medicine, and the sea takes her: she drowns."),
    ],
)


def test_a_small_film_the_doctor_by_her_title():
    answer = Engine([ISLAND]).ask("how does the doctor die?", film="The Island Doctor", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "drowns" in answer.answer, answer.answer
