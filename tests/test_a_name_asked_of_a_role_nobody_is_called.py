""" "What's the killer's name?" (spoilers on) got "… a killer is working through the seven deadly sins …": no sentence
of Se7en calls anyone "the killer" beside a name, and the general search read "killer" as a story word. A name asked
by a role the text never names is asked as "who is the killer?", which the story answers ("an apartment registered
to "John Doe" … he is ENVY"). With spoilers off, a name the visible text never gives the role stays withheld."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question_shape import who_by_role
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "named"),
    [
        ("what's the killer's name?", "Se7en", "John Doe"),
        ("what's the killer called in Se7en?", "Se7en", "John Doe"),
        ("what is the killer's name?", "Chinatown", "Cross admits he killed Hollis"),
    ],
)
def test_the_role_asked_as_who(engine: Engine, question: str, film: str, named: str) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert named in answer.answer
    assert "GLUTTONY" not in answer.answer


def test_a_role_the_text_names_keeps_its_sentence(engine: Engine) -> None:
    answer = engine.ask("what is the wife's name?", film="Rashomon", scope=SpoilerScope.on())
    assert answer.answer == "The wife, Masako, fought him off with a dagger before giving in."


def test_spoilers_off_it_stays_withheld(engine: Engine) -> None:
    answer = engine.ask("what's the killer's name?", film="Se7en", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD
    assert "Doe" not in answer.answer


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("what's the killer's name?", "who is the killer?"),
        ("whats the detective called", "who is the detective?"),
        # several asked after: no one "who is" reads
        ("what are the two detectives called?", None),
        # no name asked
        ("who is the killer?", None),
        # no role: "who is the name?" would be read again as a name asked, for ever
        ("what is the name?", None),
        ("whats his name", None),
        ("what is the name of the kid?", "who is the kid?"),
    ],
)
def test_read_as(question: str, who: str | None) -> None:
    assert who_by_role(question) == who


@pytest.mark.parametrize("question", ["what is the name?", "whats his name called?", "what's the name called"])
def test_a_name_of_no_role_is_answered_or_refused_once(engine: Engine, question: str) -> None:
    # Each film, on and off: an answer comes back (no question read as itself again and again).
    for film in ("Se7en", "Solaris", "Chinatown"):
        for scope in (SpoilerScope.on(), SpoilerScope.off()):
            assert engine.ask(question, film=film, scope=scope).status in (Status.ANSWERED, Status.WITHHELD)
