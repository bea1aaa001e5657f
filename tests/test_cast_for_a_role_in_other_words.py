"""Who plays a character, asked in other words than "who plays …?": "which actor plays Leonard?", "who is the actor
of the bandit?", "who is the boy actor?" (as learners of English ask it), "who is Marion played by?" were answered
from the plot, or withheld. They get the cast line, as "who plays Leonard?" does."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import Fact, analyze, query_tokens
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


_ROLES = [
    ("memento-2000", "Leonard", "Guy Pearce"),
    ("the-sixth-sense-1999", "the boy", "Haley Joel Osment"),
    ("rashomon-1950", "the bandit", "Toshiro Mifune"),
    ("psycho-1960", "Marion", "Janet Leigh"),
    ("vertigo-1958", "Scottie", "James Stewart"),
    ("fight-club-1999", "Tyler", "Brad Pitt"),
]
_PHRASINGS = [
    "which actor plays {role}?",
    "who is the actor of {role}?",
    "who is the actress of {role}?",
    "what actor played {role}",
    "who acts as {role}?",
    "the actor for {role}?",
    # the verb last: "who's his mom played by?"
    "who is {role} played by?",
    "so who was {role} played by",
]


@pytest.mark.parametrize("phrasing", _PHRASINGS)
@pytest.mark.parametrize(("film_id", "role", "actor"), _ROLES, ids=[r[0] for r in _ROLES])
def test_the_actor_of_a_role_gets_the_cast(engine: Engine, film_id: str, role: str, actor: str, phrasing: str) -> None:
    question = phrasing.format(role=role)
    answer = engine.ask(question, film=film_id, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and actor in answer.answer, answer.answer


@pytest.mark.parametrize("phrasing", [*_PHRASINGS, "who is the {bare} actor?"])
@pytest.mark.parametrize(("film_id", "role", "actor"), _ROLES, ids=[r[0] for r in _ROLES])
def test_the_actor_of_a_role_with_the_title_in_the_question(
    engine: Engine, film_id: str, role: str, actor: str, phrasing: str
) -> None:
    # Tried on a fresh clone: "who is the boy actor in The Sixth Sense?" was answered from the plot (the family
    # above gave the film as the option only).
    title = next(f.title for f in BUNDLED if f.id == film_id)
    question = phrasing.format(role=role, bare=role.removeprefix("the ")).rstrip("?") + f" in {title}?"
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert answer.status is Status.ANSWERED and actor in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["who is the boy actor?", "who's the old detective actor", "who is the cop actor"])
def test_a_role_before_actor_asks_the_cast(question: str) -> None:
    assert analyze(question, query_tokens(question)).facts == (Fact.CAST,)


@pytest.mark.parametrize(
    "question",
    [
        # A lead names no role: which film is meant is still for the question's other words to say.
        "For my essay on the Hitchcock film, who is the lead actress?",
        "what is the actor's name in the newsreel",
    ],
)
def test_no_role_asked_is_no_cast_for_a_role(question: str) -> None:
    assert Fact.CAST not in analyze(question, query_tokens(question)).facts
