"""'What did Leonard do for a living?' is answered by the sentence that says what he is or was; 'what does the main
guy do?' by the premise that introduces the lead. 'What car does Leonard drive?' is answered where the visible
text says he drives (a Jaguar) though it never says "car"; 'what weapon does Norman use?' stays unanswered with
spoilers off, as nothing visible says he uses anything."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did leonard do for a living in memento", "insurance claims investigator"),
        ("what does the main guy do for a living in vertigo", "police detective"),
        ("what's scottie's job in vertigo", "police detective"),
        ("what does marion do for work in psycho", "secretary"),
        ("what does jake do in chinatown", "private investigator"),
        ("what does tyler do for a living in fight club", "soap salesman"),
        ("what's the narrator's job in fight club", "recall specialist"),
        # Past a clause about them: "The Narrator, who is never named, is an automobile company recall specialist".
        ("What does the Narrator do for a living in Fight Club?", "recall specialist"),
        # A post there is one of: "Hollis is the chief engineer of the city's Department of Water and Power" (Jake's
        # own job was quoted).
        ("whats hollis's job in chinatown", "chief engineer"),
        ("what does hollis do for a living in chinatown", "chief engineer"),
        # "What is his work?" asks it too (before: only "work as", "do for work").
        ("what is scottie's work in vertigo", "police detective"),
        ("what was elster's work in vertigo?", "shipbuilder"),
    ],
)
def test_an_occupation_is_the_sentence_that_says_what_they_are(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what car does leonard drive in memento", "Jaguar"),
        ("what kind of car does leonard drive in memento", "Jaguar"),
        ("what city is se7en set in", "city"),
        ("how much money does marion steal in psycho", "forty thousand dollars"),
        # "owns": the text says the motel "is kept by" him.
        ("who owns the motel marion stops at in psycho", "Norman"),
    ],
)
def test_the_noun_naming_the_kind_of_answer_need_not_be_in_the_text(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "what weapon does norman use in psycho",
        "what weapon kills marion in psycho",
        "what drug does kyra get in the sixth sense",
    ],
)
def test_a_kind_of_answer_beside_a_passage_that_only_names_someone_stays_withheld(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD


@pytest.mark.parametrize("question", ["what does leonard do in memento", "what does leanard do in memento?"])
def test_the_title_ending_the_question_is_no_place_in_the_story(engine: Engine, question: str) -> None:
    # With spoilers on, "… do in memento" quoted Teddy's confession ("Teddy, who is really an undercover policeman").
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "insurance claims investigator" in answer.answer, answer.answer


def test_what_is_his_work_asks_it_of_the_one_asked_about(engine: Engine) -> None:
    # After "who is the old friend that asks Scottie a favour?" (Gavin Elster): "what is his work?" was refused, the
    # occupation read as asked only by "job", "for a living" or "work as".
    answer = engine.ask(
        "what is his work?",
        context_film="vertigo-1958",
        context_question="and in Vertigo, who is the old friend that asks Scottie a favour?",
    )
    assert answer.status is Status.ANSWERED and "shipbuilder" in answer.answer, answer.answer
