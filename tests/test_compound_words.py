"""Words run together that the lexicon lacks ("crewmates", "fightclub", "staffroom") are read as their parts, not
as a typo of whatever known term is nearest by letters ("crewmates" was read as "created"). A near typo that also
splits ("plannet" → plan|net), names that split by chance (kid|man, bow|den) and the words questions are read by
("screenplay") keep their old reading."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.film_index import FilmIndex
from index.spelling import Speller, compound_parts, respell
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED
from tests.test_spelling import film

SHIP = film(
    "Drift",
    ("The crew of a cargo ship wakes in a storm; the galley is flooded and the captain is missing.", False),
    ("The first mate had locked the captain in the staff cabin to take the ship himself.", True),
)
KNOWN = {"crew", "ship", "planet", "somerset", "borden", "fight", "club", "staff", "room", "man"}


def respelt(word: str) -> list[str]:
    return respell(query_tokens(word), KNOWN, lambda: Speller(KNOWN))


@pytest.mark.parametrize(
    ("word", "parts"),
    [("crewmates", ["crew"]), ("fightclub", ["fight", "club"]), ("staffroom", ["staff", "room"])],
)
def test_a_compound_is_read_as_the_parts_the_text_holds(word: str, parts: list[str]) -> None:
    assert respelt(word) == parts


@pytest.mark.parametrize(
    ("word", "read_as"),
    [("plannet", "planet"), ("somerest", "somerset"), ("bowden", "borden")],
)
def test_a_near_typo_stays_a_typo_though_it_splits(word: str, read_as: str) -> None:
    assert respelt(word) == [read_as]


@pytest.mark.parametrize("word", ["kidman", "batman", "podcast"])
def test_a_short_head_is_no_compound(word: str) -> None:
    assert compound_parts(query_tokens(word)[0], KNOWN) is None


def test_a_part_only_hidden_text_holds_is_not_read_with_spoilers_off() -> None:
    index = FilmIndex(SHIP)
    # "mate" is told only in the spoiler passage: with spoilers off "shipmates" is the ship alone.
    assert index.visible(SpoilerScope.off()).respell(query_tokens("shipmates")) == query_tokens("ship")
    assert index.visible(SpoilerScope.on()).respell(query_tokens("shipmates")) == query_tokens("ship mates")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_crewmates_asks_of_the_crew(engine: Engine) -> None:
    answer = engine.ask("what happened to taylor's crewmates in planet of the apes?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "crew" in (answer.answer or "")


def test_the_screenplay_is_still_asked_of_its_writer(engine: Engine) -> None:
    answer = engine.ask("who wrote the screenplay of vertigo?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "Coppel" in (answer.answer or "")
