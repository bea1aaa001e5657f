""" "Who is X really?", "which sin is X himself?": the sentence saying what X is ("he is ENVY"), though it names X by
one word of their name, over a sentence that holds the whole name and says nothing of what X is."""

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

STATIONS = make_film(
    "The Last Station",
    1990,
    [
        (
            SectionKind.PREMISE,
            False,
            "In Lyon, Inspector Marc Roux hunts a killer who leaves a carved wooden figure of a saint beside each "
            "victim, one saint for every sin the victim committed.",
        ),
        (
            SectionKind.PLOT,
            True,
            "Roux traces the carvings to a workshop rented by Peter Lamb. Peter Lamb escapes across the roofs, and "
            "the workshop holds twelve empty plinths.",
        ),
        (
            SectionKind.ENDING,
            True,
            "Peter Lamb walks into the cathedral and waits for Roux, who arrests him at the altar.",
        ),
        (
            SectionKind.ENDING,
            True,
            "Lamb explains that he carved the last figure for himself: he is the saint of despair, the one sin he "
            "could not forgive.",
        ),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([STATIONS, *BUNDLED])


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("who is Peter Lamb really?", "The Last Station", "saint of despair"),
        ("which sin is John Doe himself?", "Se7en", "he is ENVY"),
        ("who is John Doe really?", "Se7en", "he is ENVY"),
    ],
)
def test_what_someone_turns_out_to_be_is_the_sentence_saying_so(engine: Engine, question: str, film: str, told: str):
    # Before: "Two sins remain when John Doe walks into the police station" held "John" and "Doe", "Doe explains
    # … he is ENVY" only "Doe", and the first answered.
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["who is Peter Lamb really?", "which sin is John Doe himself?"])
def test_with_spoilers_off_what_someone_turns_out_to_be_stays_hidden(engine: Engine, question: str):
    answer = engine.ask(question, film="The Last Station" if "Lamb" in question else "Se7en", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert "despair" not in answer.answer and "ENVY" not in answer.answer, answer.answer


def test_a_sentence_that_says_what_someone_is_stays_the_answer(engine: Engine):
    # ("Teddy, who is really an undercover policeman" holds the name and says what he is: nothing to look for.)
    answer = engine.ask("who is Teddy really?", film="Memento", scope=SpoilerScope.on())
    assert "undercover policeman" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # "turn" was searched as a story word: "Two people keep turning up: Teddy, a cheerful man …"
        ("In Memento, what does Teddy turn out to be?", "undercover"),
        ("what does Tyler turn out to be in fight club", "He is Tyler Durden"),
        ("what does Rosebud turn out to be in Citizen Kane?", "sled"),
    ],
)
def test_what_someone_turns_out_to_be_is_what_they_really_are(question: str, told: str) -> None:
    answer = Engine(BUNDLED).ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_what_someone_turns_out_to_be_stays_hidden_with_spoilers_off() -> None:
    answer = Engine(BUNDLED).ask("In Memento, what does Teddy turn out to be?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "undercover" not in answer.answer, answer.answer
