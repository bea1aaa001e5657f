"""Someone asked after by what they are to a person the story names ("who's Natalie's boyfriend?", "what's Angier's
wife called?"): with spoilers off they were answered with a premise sentence that names the person and nothing of
the relation. When nothing visible tells that person and that relation together (its own word, its other side,
or the words a couple is told in), only the hidden part can say who: withheld. Where it is told, it is answered."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "who's Natalie's boyfriend in memento?",
        "what's Angier's wife called in The Prestige?",
        "who is Kelvin's wife in solaris?",
        "who is Evelyn's father in chinatown?",
    ],
)
def test_a_relation_only_hidden_text_tells_is_withheld(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and not answer.passages, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("who is Elster's wife in vertigo?", "Madeleine"),
        ("who is Malcolm's wife in the sixth sense?", "Anna"),
        # A couple told without the word: "… hotel rooms with Sam Loomis … the two cannot afford to marry".
        ("who is marion's boyfriend in psycho?", "Sam Loomis"),
    ],
)
def test_a_relation_visible_text_tells_is_answered(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_with_spoilers_on_the_relation_is_answered(engine: Engine) -> None:
    answer = engine.ask("who's Natalie's boyfriend in memento?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "Jimmy" in answer.answer, answer.answer


def test_the_other_side_of_a_relation_tells_it(engine: Engine) -> None:
    # "… hires Jake to find out whether her husband, Hollis Mulwray, …": Hollis's wife is told, as her husband.
    answer = engine.ask("who is Hollis's wife in chinatown?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
