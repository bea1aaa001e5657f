"""A message asking several questions one after another ("Why does he leave the police? Is he injured?", "who
is the main character and what is his job?"): when nothing visible answers them together, the first one visible
text answers alone is answered when it is the first, the main one. A part asking after a twist, or a first part
visible text does not answer, keeps the whole withheld."""

import pytest

from index.answer_model import Status
from index.clauses import questions_in
from index.engine import Engine
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
        # A statement before the question is a part of its own; a title's abbreviation ends no sentence.
        ("We're screening The Sixth Sense next week. Who directed it?", 2),
        ("I loved it! Who plays Jake?", 2),
        ("who plays Dr. Malcolm Crowe?", 1),
        ("is Mr. Bernstein in Citizen Kane?", 1),
    ],
)
def test_a_message_is_split_into_its_questions(message: str, parts: int) -> None:
    assert len(questions_in(message)) == parts


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
    assert len(questions_in(message)) == parts


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("Who directed Se7en and who plays the two detectives?", "se7en-1995", ["Fincher", "Morgan Freeman"]),
        ("Who directed Vertigo, and who are the two leads?", "vertigo-1958", ["Hitchcock", "Kim Novak"]),
        ("who wrote Chinatown, and who plays Jake?", "chinatown-1974", ["Towne", "Nicholson"]),
        ("where is Psycho set and how long does it run?", "psycho-1960", ["Phoenix", "109"]),
        (
            "Could you tell me who directed Citizen Kane, and which studio made it?",
            "citizen-kane-1941",
            ["Welles", "RKO"],
        ),
        # A statement before the questions only names the film.
        (
            "We're screening The Sixth Sense next week. Who directed it and who's in the cast?",
            "the-sixth-sense-1999",
            ["Shyamalan", "Bruce Willis"],
        ),
        (
            "I'm watching Psycho for the first time tonight. Who is Norman Bates, just as he is at the start?",
            "psycho-1960",
            ["motel"],
        ),
        (
            "I'm about to watch Fight Club for the course. What does the Narrator do for a living?",
            "fight-club-1999",
            ["recall"],
        ),
        (
            "I'm writing an essay on Citizen Kane for my course. What year was it released?",
            "citizen-kane-1941",
            ["1941"],
        ),
    ],
)
def test_several_facts_or_questions_after_a_statement_are_each_answered(
    engine: Engine, question: str, film_id: str, expected: list[str]
):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert answer.status is Status.ANSWERED
    assert all(word in answer.answer for word in expected), answer.answer
    assert not answer.contains_spoilers


@pytest.mark.parametrize(
    ("question", "hidden"),
    [
        ("We're watching Psycho tonight. Who directed it, and who is the killer?", ["Norman was the killer", "Mother"]),
        ("I'm showing Se7en to friends. What is in the box, and who plays Mills?", ["Tracy's head", "ENVY"]),
        ("who plays Malcolm in The Sixth Sense, and is he dead the whole time?", ["ghost", "bullet"]),
    ],
)
def test_a_spoiler_among_several_questions_is_never_answered(engine: Engine, question: str, hidden: list[str]):
    # The safe part may be answered (the cast), the spoiler part never: nothing hidden is shown.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert not answer.contains_spoilers
    assert not any(word.lower() in answer.answer.lower() for word in hidden)
