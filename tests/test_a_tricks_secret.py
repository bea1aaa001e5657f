"""How a trick is done is told in other words than the trick's: "how did Borden do the trick?" is answered by the
secret ("identical twins", "an exact copy"), not by another sentence that holds "trick" ("a bullet-catch trick")."""

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

COFFIN = make_film(
    "The Glass Coffin",
    1936,
    [
        (
            SectionKind.PREMISE,
            False,
            "Lena Moss is a stage magician in Prague whose illusion, the Glass Coffin, empties a sealed coffin in "
            "front of a full house every night.",
        ),
        (
            SectionKind.PLOT,
            True,
            "At a charity gala Lena performs a card trick for the mayor, and a journalist, Karel, begins to follow "
            "her. He bribes a stagehand and watches from the wings.",
        ),
        (
            SectionKind.ENDING,
            True,
            "Karel sees the truth at last: Lena has an identical sister, who waits under the coffin's false floor "
            "and takes her place each night.",
        ),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([COFFIN, *BUNDLED])


@pytest.mark.parametrize(
    ("question", "film", "secret", "beside"),
    [
        ("how did Borden do the trick?", "The Prestige", "twins", "bullet-catch"),
        ("what's the secret of Borden's trick?", "The Prestige", "twins", "bullet-catch"),
        ("how does Angier's machine trick work?", "The Prestige", "copy", "warehouse"),
        ("how does Lena do the trick?", "The Glass Coffin", "sister", "card trick"),
        ("how does Lena's illusion work?", "The Glass Coffin", "sister", "card trick"),
    ],
)
def test_the_secret_of_a_trick_answers_how_it_is_done(
    engine: Engine, question: str, film: str, secret: str, beside: str
):
    # Before: "trick" was searched for as a story word, and "At Borden's next show Angier, in disguise, loads a real
    # bullet into a bullet-catch trick" (another trick, holding "trick" and "Borden") answered.
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert secret in answer.answer and beside not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["how did Lena pull it off in The Glass Coffin?", "how did Borden pull it off in The Prestige?"],
)
def test_a_title_said_last_does_not_hide_what_is_asked(engine: Engine, question: str):
    # "… pull it off in The Prestige?" was read as a plain "how" question (the title stood between "pull it off"
    # and the end of the question, where the trick's reading looks), and answered with a set-up sentence.
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "sister" in answer.answer or "twins" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["who's in The Glass Coffin?", "who is in Psycho?"])
def test_a_question_of_nothing_but_the_film_keeps_its_title(question: str):
    # ("Who's in Psycho?" asks the cast: with the title read away, nothing would be asked.)
    coffin = make_film(
        "The Glass Coffin",
        1936,
        [(SectionKind.PREMISE, False, "Lena Moss is a stage magician in Prague.")],
        facts_text="Cast: Hedy Lamm as Lena Moss.",
    )
    answer = Engine([coffin, *BUNDLED]).ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Cast:" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["how does Lena do the trick?", "how did Lena pull it off in The Glass Coffin?"])
def test_with_spoilers_off_the_secret_stays_hidden(engine: Engine, question: str):
    answer = engine.ask(question, film="The Glass Coffin", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "sister" not in (answer.answer or ""), answer.answer
