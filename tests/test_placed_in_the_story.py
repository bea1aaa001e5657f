"""Someone asked after with where in the story to look ("who is Bob at the start?", "who is Teddy in the opening
scene?"): the placing words say where, not what; the answer is where the visible text introduces them, and the
placing words alone never turn it into a refusal. Every bundled film, every placing, spoilers off."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

# A person each film's premise introduces, with a word of the sentence that does.
_INTRODUCED = [
    ("Fight Club", "Bob", "bodybuilder"),
    ("Psycho", "Norman", "birds"),
    ("Memento", "Teddy", "friend"),
    ("Vertigo", "Midge", "Midge"),
    ("Se7en", "Somerset", "retires"),
    ("Chinatown", "Evelyn", "Evelyn"),
    ("The Sixth Sense", "Cole", "nine"),
    ("Solaris", "Kelvin", "psychologist"),
    ("The Prestige", "Cutter", "Cutter"),
    ("Rashomon", "the woodcutter", "woodcutter"),
    ("Citizen Kane", "Thompson", "reporter"),
    ("Planet of the Apes", "Taylor", "commander"),
]
_PLACINGS = ["at the start", "at the beginning", "early on", "in the opening scene", "at first"]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("placing", _PLACINGS)
@pytest.mark.parametrize(("title", "person", "introduced"), _INTRODUCED)
def test_who_someone_is_at_the_start(engine: Engine, title: str, person: str, introduced: str, placing: str):
    answer = engine.ask(f"who is {person} {placing} in {title}?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.title == title
    assert introduced.lower() in answer.answer.lower()
    assert not answer.contains_spoilers


@pytest.mark.parametrize("placing", _PLACINGS)
def test_someone_only_the_hidden_text_introduces_stays_withheld(engine: Engine, placing: str):
    # Stalker's premise speaks of "two men"; only its spoiler part names the Professor.
    answer = engine.ask(f"who is the Professor {placing} in Stalker?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD
    assert not answer.contains_spoilers
