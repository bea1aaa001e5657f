"""The seed page (a plot-summary site page pasted as text) must load as it is."""

from __future__ import annotations

import hashlib
from itertools import pairwise

import pytest

from corpus.load import parse_document
from corpus.models import Film, SectionKind
from tests.paths import SEED, shared


@pytest.fixture(scope="module")
def seed_bytes() -> bytes:
    return SEED.read_bytes()


def test_the_bundled_page_is_the_shared_seed_byte_for_byte(seed_bytes: bytes):
    shared_seed = shared("seeds", "000_a989bf22523b3a79.txt")
    if shared_seed is None:
        pytest.skip("shared/seeds is not beside this checkout or a folder above it")
    assert seed_bytes == shared_seed.read_bytes()


@pytest.fixture(scope="module")
def film(seed_bytes: bytes) -> Film:
    return parse_document(seed_bytes, "stalker.txt", loaded_by="tester")


def _passages_with(film: Film, needle: str) -> list[bool]:
    return [p.spoiler for p in film.passages if needle in p.text]


def test_title_and_year_are_inferred(film: Film) -> None:
    assert film.title == "Stalker"
    assert film.year == 1979
    assert film.id == "stalker-1979"


def test_header_lines_become_facts(film: Film) -> None:
    assert film.facts.director == "Andrei Tarkovsky"
    assert film.facts.runtime_minutes == 162
    assert film.facts.language == "Russian"
    assert film.facts.extra == {}


def test_sections_are_facts_premise_plot_ending(film: Film) -> None:
    assert [s.heading for s in film.sections] == ["Facts", "Premise", "Plot", "Ending"]
    assert [s.kind for s in film.sections] == [
        SectionKind.FACTS,
        SectionKind.PREMISE,
        SectionKind.PLOT,
        SectionKind.ENDING,
    ]
    assert [s.spoiler for s in film.sections] == [False, False, True, True]


def test_premise_is_safe(film: Film) -> None:
    assert _passages_with(film, "Outside a bleak, nameless city lies the Zone") == [False]


@pytest.mark.parametrize(
    "needle", ["hanged himself", "20-kiloton bomb", "Beethoven", "Meat Grinder", "a man works as a Stalker"]
)
def test_story_after_the_warning_is_spoiler_only(film: Film, needle: str) -> None:
    found = [p.spoiler for p in film.passages if needle.lower() in p.text.lower()]
    assert found
    assert all(found)


def test_final_paragraph_is_the_ending(film: Film) -> None:
    ending = [p for p in film.passages if p.section_kind is SectionKind.ENDING]
    assert ending
    assert "Beethoven" in ending[-1].text
    assert ending[-1].position_end == 1.0


@pytest.mark.parametrize(
    "needle",
    [
        "Bookmark",
        "Haven’t seen",
        "Haven't seen",
        "Last Updated",
        "Don't stop",
        "Track the full timeline",
        "Read the complete plot breakdown",
        "Discover what really happened",
        "Warning: spoilers",
        "scroll on",
    ],
)
def test_boilerplate_is_never_indexed(film: Film, needle: str) -> None:
    assert not any(needle.lower() in p.text.lower() for p in film.passages)
    assert not any(needle.lower() in text.lower() for s in film.sections for text in (p.text for p in s.paragraphs))


@pytest.mark.parametrize("needle", ["[Room]", "Marta Marta", "Stalker’s Wife", "[", "]"])
def test_link_artefacts_are_cleaned(film: Film, needle: str) -> None:
    assert not any(needle in p.text for p in film.passages)


def test_link_artefact_repair_reads_naturally(film: Film) -> None:
    assert any("his wife and daughter, Marta" in p.text for p in film.passages)
    assert any("a rumored Room that" in p.text for p in film.passages)


def test_facts_passage_is_safe_sentences(film: Film) -> None:
    facts = [p for p in film.passages if p.section_kind is SectionKind.FACTS]
    assert facts
    assert all(not p.spoiler and p.position == 0.0 and p.position_end == 0.0 for p in facts)
    text = " ".join(p.text for p in facts)
    assert "Stalker (1979) was directed by Andrei Tarkovsky." in text
    assert "162 minutes" in text
    assert "2 hours 42 minutes" in text
    assert "Russian" in text


def test_provenance(film: Film, seed_bytes: bytes) -> None:
    assert film.source_file == "stalker.txt"
    assert film.content_hash == hashlib.sha256(seed_bytes).hexdigest()
    assert film.loaded_by == "tester"
    assert film.loaded_at is not None
    assert film.guild_id is None
    assert all(p.film_id == "stalker-1979" for p in film.passages)


def test_passages_follow_the_story(film: Film) -> None:
    assert [p.ordinal for p in film.passages] == list(range(len(film.passages)))
    narrative = [p for p in film.passages if p.section_kind is not SectionKind.FACTS]
    assert narrative[0].position == 0.0
    for before, after in pairwise(narrative):
        assert before.position_end == pytest.approx(after.position)
    assert all(len(p.text.split()) <= 150 for p in film.passages)


def test_overrides_win_and_guild_scopes_the_id(seed_bytes: bytes) -> None:
    film = parse_document(seed_bytes, "stalker.txt", title="Сталкер", year=1980, guild_id=42)
    assert film.title == "Сталкер"
    assert film.year == 1980
    assert film.id.endswith("-1980@42")
    assert film.guild_id == 42
