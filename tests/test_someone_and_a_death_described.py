""" "The one with the magician who dies in a tank" was refused naming no film, as if it described hidden text: The
Prestige's premise tells the death as "drown" (its hidden text says "dies"). A death a visible sentence tells beside
the description's other words is told openly. A death no visible sentence tells of the one described stays refused:
"Vincent … shoots him" is no death of the "Malcolm" named in the next sentence, and "a woman dies in a water tank"
is no death of the rival Angier, whose drowning in a tank the premise tells (Angier's wife's is the hidden plot's).
A woman's death only a sentence telling one in a woman's words tells. (Tried and dropped: reading a word for someone
by kind, "a woman who steals money", as telling nothing hidden; it named The Prestige for that woman's death.)"""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, names_no_film


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("the one with the magician who dies in a tank", "the-prestige-2006"),
    ],
)
def test_a_description_told_openly_names_its_film(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # "Vincent … shoots him" is one sentence, "Malcolm" is named in the next: no visible sentence tells his death.
        "the film where malcolm dies",
        "the one where the child psychologist dies",
        "the film where marion dies",
        "the movie where a woman dies in a water tank",
        # (Named before this session: "drowned" and "tank" are the premise's words, of a man's death.)
        "the movie where a woman is drowned in a water tank",
        "the movie where the woman is the killer",
    ],
)
def test_a_death_or_a_twist_no_visible_sentence_tells_names_no_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert names_no_film(answer), answer.answer


def test_a_killing_described_beside_a_count_is_no_death_told(engine: Engine):
    # "Two detectives hunt a guy who kills people …": the premise's "the two are paired on a grim case: a … man has
    # been found dead" tells a victim, not the killing described; with "seven deadly sins", words only the hidden
    # text holds, the premise is no answer ("seven" names Se7en, so the refusal may name it).
    answer = engine.ask(
        "that film where two detectives hunt a guy who kills people based on the seven deadly sins",
        scope=SpoilerScope.off(),
    )
    assert answer.status is not Status.ANSWERED, answer.answer
