"""Under a progress limit, a question half of whose words nothing before the limit holds is withheld as most likely
about what lies past it. An everyday word for what the text before the limit tells in its own ("the gorillas
attack" for "a hunting party of armed gorillas … shooting the humans") is no such word: it was withheld at 50%,
though the attack lies well before it. Through the Engine over the bundled films."""

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
        "what happens when the gorillas attack in planet of the apes",
        "planet of the apes: what happens in the gorilla raid?",
    ],
)
def test_an_attack_before_the_limit_is_answered(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.parse("upto:50%"))
    assert answer.status is Status.ANSWERED and "hunting party" in answer.answer, answer.answer


def test_what_lies_past_the_limit_stays_withheld(engine: Engine):
    answer = engine.ask(
        "what does taylor find on the beach at the end of planet of the apes", scope=SpoilerScope.parse("upto:50%")
    )
    assert answer.status is Status.WITHHELD and "Liberty" not in answer.answer, answer.answer


# "Did he win the election?" with Citizen Kane shown up to 80%, "who is still on the station?" up to 40% of Solaris:
# a two-word question one of whose words no visible text holds was read as asking after what lies past the limit
# ("win": the text says he "lost both the election and his marriage"; "still" only asks whether it lasts). An everyday
# word is read as the word the summary tells it in (win → lost, hand → fingers), and "still" only frames the question;
# what lies past the limit stays hidden.
@pytest.mark.parametrize(
    ("question", "film", "scope", "told"),
    [
        ("did he win the election", "Citizen Kane", "upto:80%", "lost both the election"),
        ("who is still on the station", "Solaris", "upto:40%", "station"),
    ],
)
def test_answered_before_the_limit(engine: Engine, question: str, film: str, scope: str, told: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "scope", "hidden"),
    [
        ("did he win the election", "Citizen Kane", "upto:40%", "Gettys"),
        ("who is still alive at the end", "Psycho", "upto:40%", "mummified"),
    ],
)
def test_past_the_limit_it_stays_hidden(engine: Engine, question: str, film: str, scope: str, hidden: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer
