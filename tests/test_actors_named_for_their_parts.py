""" "does janet leigh die in psycho?" with spoilers on answered with the cast list ("Cast: Anthony Perkins, Janet
Leigh, …"), and "is bruce willis dead the whole time?" with a passage about Cole's dead people: the actor named for
the part they play, which the story never calls them. When the cast entry gives the part ("Ada Quill as Ilse
Varga") the question is asked of the part; when it does not, the answer says the summary does not tell who plays
whom, rather than answer beside the point. Whether someone is in the cast is still the cast's to answer, and with
text hidden the question stays a refusal as before (nothing more is said of what the hidden part tells)."""

from __future__ import annotations

import pytest

from corpus.models import Facts, SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

HARBOUR = make_film(
    "The Harbour Light",
    1987,
    [
        (SectionKind.PREMISE, False, "Ilse Varga keeps the harbour light on a small northern island."),
        (SectionKind.ENDING, True, "On the last night Ilse rows out to the wreck and the sea takes her: she drowns."),
    ],
    facts=Facts(cast=["Ada Quill as Ilse Varga", "Otto Brenner as Bram Holt", "Lena Moor"]),
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, HARBOUR])


@pytest.mark.parametrize(
    ("question", "actor"),
    [
        ("does lena moor die in the harbour light?", "Lena Moor"),
        ("what happens to kevin spacey in se7en?", "Kevin Spacey"),
        ("does vera miles die in psycho", "Vera Miles"),
    ],
)
def test_an_actor_named_for_an_unnamed_part_is_told_so(engine: Engine, question: str, actor: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and f"doesn't say which part {actor} plays" in answer.answer, answer.answer
    assert "Cast:" not in answer.answer


def test_a_part_the_cast_entry_gives_is_what_is_asked(engine: Engine):
    answer = engine.ask("does ada quill die in the harbour light?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "she drowns" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "actor"),
    [("is brad pitt in fight club?", "Brad Pitt"), ("was janet leigh even in psycho", "Janet Leigh")],
)
def test_whether_someone_is_in_the_cast_is_the_casts_to_answer(engine: Engine, question: str, actor: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and actor in answer.answer and "which part" not in answer.answer


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("does janet leigh die in psycho?", "Psycho"),
        ("does ada quill die in the harbour light?", "The Harbour Light"),
    ],
)
def test_with_spoilers_off_it_stays_a_refusal(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "drowns" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["is anthony perkins good in psycho?", "is janet leigh good in psycho"])
def test_an_opinion_of_an_actor_gets_the_premise_as_any_opinion_does(engine: Engine, question: str):
    # "That would spoil Psycho": the actor's name read as a word of the story asked after; and "is X good in" was
    # read as "is X in" (a cast question) once names of three words counted there.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Marion Crane" in answer.answer, answer.answer
