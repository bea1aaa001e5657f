""" "In Chinatown, who hires Jake Gittes?" quoted the sentence introducing 'J. J. "Jake" Gittes', not "Mrs. Evelyn
Mulwray hires Jake": a name of several words counts once, but the quotes around the nickname broke the run of
capitalised words, so "Jake" and "Gittes" counted as two things asked and outweighed "hires"."""

from __future__ import annotations

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

OFF = SpoilerScope.off()


def test_who_hires_jake_gittes():
    answer = Engine(BUNDLED).ask("In Chinatown, who hires Jake Gittes?", scope=OFF)
    assert answer.status is Status.ANSWERED and "hires Jake" in answer.answer, answer.answer


HARBOUR = make_film(
    "The Harbour Light",
    1987,
    [
        (
            SectionKind.PREMISE,
            False,
            'The keeper Ilse "Izzy" Varga tends the harbour light on a small northern island. She lives alone with '
            "her dog and reads by the lamp at night.",
        ),
        (SectionKind.PLOT, False, "In spring the ferryman hires Izzy to row the mail across the sound."),
    ],
)


def test_a_small_film_nickname_in_quotes():
    answer = Engine([HARBOUR]).ask("who hires Izzy Varga in the harbour light?", scope=OFF)
    assert answer.status is Status.ANSWERED and "ferryman hires" in answer.answer, answer.answer
