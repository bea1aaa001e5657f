"""A message asking several questions one after another ("Why does he leave the police? Is he injured?", "who
is the main character and what is his job?"): when nothing visible answers them together, the first one visible
text answers alone is answered when it is the first, the main one. A part asking after a twist, or a first part
visible text does not answer, keeps the whole withheld."""

import pytest

from index.answer_model import Status
from index.engine import Engine, _questions_in
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        ("Why the detective leaves the police? Is he injured?", 2),
        ("who is the main character and what is his job?", 2),
        ("who directed it and when did it come out?", 2),
        ("who is Tom and Jerry?", 1),
        ("how does it end?", 1),
    ],
)
def test_a_message_is_split_into_its_questions(message: str, parts: int) -> None:
    assert len(_questions_in(message)) == parts


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("Why the detective in Vertigo leaves the police? Is he injured?", "vertigo-1958", "quits"),
        ("Solaris — who is the main character and what is his job?", "solaris-1972", "Kelvin"),
    ],
)
def test_the_first_part_visible_text_answers_is_answered(engine: Engine, question: str, film_id: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert answer.status is Status.ANSWERED and expected in answer.answer
    assert not answer.contains_spoilers


def test_a_later_part_does_not_answer_for_the_first(engine: Engine) -> None:
    answer = engine.ask("who dies in the shower, and who directed it?", film="Psycho", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD


def test_a_part_asking_after_a_twist_keeps_the_whole_withheld(engine: Engine) -> None:
    question = "is the twist as good as psycho's? what is it"
    answer = engine.ask(question, film="The Sixth Sense", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD


@pytest.mark.parametrize(
    ("question", "film", "expected"),
    [
        ("is it scary like Psycho? tell me what it is about", "The Sixth Sense", "Malcolm Crowe"),
        ("is it as scary as Psycho? who directed it?", "The Sixth Sense", "Shyamalan"),
        ("worth watching?? when did it come out", "Memento", "2000"),
    ],
)
def test_an_opinion_first_lets_the_next_part_be_answered(engine: Engine, question: str, film: str, expected: str):
    # An opinion is no summary's to give: the part the text can answer is, instead of "nothing I may show".
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer


def test_an_opinion_first_does_not_open_a_spoiler_asked_next(engine: Engine) -> None:
    answer = engine.ask("is it worth watching? how does it end?", film="Psycho", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and not answer.contains_spoilers


@pytest.mark.parametrize(
    ("question", "film", "expected"),
    [
        ("is it as good as Vertigo who directed it", "Chinatown", "Polanski"),
        ("my friend says this is like Psycho what year is it from", "Se7en", "1995"),
    ],
)
def test_a_remark_or_opinion_typed_without_punctuation_before_a_question(
    engine: Engine, question: str, film: str, expected: str
):
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        ("is it as good as Vertigo who directed it", 2),
        ("tell me what it is about", 1),  # the question word is what "tell me" asks for
        ("do you know who directed it", 1),
    ],
)
def test_a_question_word_mid_message_starts_a_question_only_when_nothing_asks_for_it(message: str, parts: int):
    assert len(_questions_in(message)) == parts
