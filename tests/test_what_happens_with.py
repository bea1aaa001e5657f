""" "What happens with the baby?" asks the baby's fate, as "what happens to the baby?" does: it was read as a plain
plot question and answered with the baby's first appearance ("A baby starts crying behind the gate"), not with
what becomes of it. Both wordings now get the same reply, with spoilers on and off."""

import pytest

from index.engine import Engine
from index.question import Reveal, analyze, query_tokens
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


_SUBJECTS = [
    ("rashomon-1950", "the baby"),
    ("psycho-1960", "Marion"),
    ("psycho-1960", "the money"),
    ("chinatown-1974", "Evelyn"),
    ("the-prestige-2006", "Angier"),
    ("vertigo-1958", "Judy"),
    ("se7en-1995", "Tracy"),
    ("solaris-1972", "Hari"),
    ("fight-club-1999", "the buildings"),
    ("memento-2000", "Teddy"),
    ("planet-of-the-apes-1968", "Landon"),
]


@pytest.mark.parametrize("tense", ["happens", "happened", "finally happens"])
@pytest.mark.parametrize(("film_id", "subject"), _SUBJECTS)
def test_what_happens_with_someone_asks_their_fate(film_id: str, subject: str, tense: str) -> None:
    question = f"what {tense} with {subject}?"
    assert analyze(question, query_tokens(question)).reveal is Reveal.FATE


@pytest.mark.parametrize("scope", [SpoilerScope.on(), SpoilerScope.off()], ids=["on", "off"])
@pytest.mark.parametrize(("film_id", "subject"), _SUBJECTS)
def test_with_and_to_get_the_same_reply(engine: Engine, film_id: str, subject: str, scope: SpoilerScope) -> None:
    to = engine.ask(f"what happens to {subject}?", film=film_id, scope=scope)
    with_ = engine.ask(f"what happens with {subject}?", film=film_id, scope=scope)
    assert (with_.status, with_.answer) == (to.status, to.answer)
