"""`upto:40%` is how far into the film the asker is. It was read only as a share of the summary's words, so a
summary that tells its premise at length put the film's first scenes past the limit: "I've watched about 40% of
Citizen Kane, what did young Charles hit Thatcher with?" was withheld, though the summary's own time marks put the
childhood flashback over by 0:30 of a 1:59 film. A passage now shows under a percentage when it ends within that
share of the story's words, or when the marks place it over within that share of the runtime. Films without marks
keep the word share alone; text told out of order stays at the very end."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bench.story_oracle import allowed, passage_bounds
from bot.plain_text import answer_text
from bot.service import Asker, FilmService
from corpus.load import parse_document
from corpus.models import Film
from corpus.timeline import place
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope, may_show
from tests.films import BUNDLED

KANE = next(f for f in BUNDLED if f.id == "citizen-kane-1941")
SLED = "he struck Thatcher with his sled"

# Five paragraphs: a long premise, then a marked plot. The flashback is told past half of the words but is over
# by 0:30 of a 100-minute film.
MARKED = (
    b"""---
title: Long Premise
year: 1990
runtime: 100
---
# Long Premise (1990)

## Premise

"""
    + b" ".join(
        b"The town of Elm lies beside a grey river where nothing much has happened for years." for _ in range(12)
    )
    + b"""

## Plot (spoilers)

[0:20] Ada finds a letter in the attic and learns that her brother Tom is alive.

She writes to him that night and burns the letter before dawn.

[0:30] Tom arrives at the door in the rain.

## Ending (spoilers)

[1:30] Ada leaves Elm for good.
"""
)


def _film(data: bytes, name: str) -> Film:
    return parse_document(data, name)


def _shows(film: Film, text: str, scope: SpoilerScope) -> bool:
    placements = place(film.passages, film.facts.runtime_minutes)
    passage, placement = next((p, w) for p, w in zip(film.passages, placements, strict=True) if text in p.text)
    return may_show(passage, scope, placement)


def test_the_marks_place_a_passage_within_a_share_of_the_film() -> None:
    film = _film(MARKED, "long-premise.md")
    placements = place(film.passages, film.facts.runtime_minutes)
    burn = next(w for p, w in zip(film.passages, placements, strict=True) if "burns the letter" in p.text)
    # Past half of the words, over by 0:30 of 1:40.
    assert burn.end > 0.5
    assert burn.known_by == 30 * 60
    assert burn.known_share == pytest.approx(0.3)
    assert _shows(film, "burns the letter", SpoilerScope.parse("upto:30%"))
    assert not _shows(film, "burns the letter", SpoilerScope.parse("upto:29%"))
    # The ending: over only by the runtime, and past 90% of the words.
    assert not _shows(film, "leaves Elm", SpoilerScope.parse("upto:90%"))


def test_without_marks_a_percentage_is_the_share_of_the_words() -> None:
    unmarked = _film(
        MARKED.replace(b"[0:20] ", b"").replace(b"[0:30] ", b"").replace(b"[1:30] ", b""), "long-premise.md"
    )
    assert not _shows(unmarked, "burns the letter", SpoilerScope.parse("upto:30%"))
    assert not _shows(unmarked, "burns the letter", SpoilerScope.parse("upto:50%"))


def test_the_benchmarks_oracle_reads_the_same_rule() -> None:
    for film in (_film(MARKED, "long-premise.md"), KANE):
        bounds = passage_bounds(film)
        placements = place(film.passages, film.facts.runtime_minutes)
        for fraction in (0.1, 0.25, 0.3, 0.4, 0.5, 0.7, 0.9):
            scope = SpoilerScope.parse(f"upto:{fraction:.0%}")
            for passage, where in zip(film.passages, placements, strict=True):
                if passage.spoiler:
                    assert may_show(passage, scope, where) == allowed(bounds[passage.ordinal], fraction=fraction)


def test_forty_percent_of_citizen_kane_has_seen_the_sled() -> None:
    engine = Engine(BUNDLED)
    answer = engine.ask(
        "what did young Charles hit Thatcher with?", film="Citizen Kane", scope=SpoilerScope.parse("40%")
    )
    assert answer.status is Status.ANSWERED
    assert SLED in answer.answer
    # Cited within the limit it was shown under.
    assert answer.cited_position is not None and answer.cited_position <= 0.40
    # What lies past the limit by both measures stays hidden: the sled's name burns at the end.
    later = engine.ask("is the sled Rosebud?", film="Citizen Kane", scope=SpoilerScope.parse("40%"))
    assert later.status is Status.WITHHELD
    assert "furnace" not in later.answer and "blisters" not in later.answer
    # Before the marks place it (0:30 of 1:59 is 25%), it is withheld.
    early = engine.ask(
        "what did young Charles hit Thatcher with?", film="Citizen Kane", scope=SpoilerScope.parse("20%")
    )
    assert early.status is Status.WITHHELD
    assert "sled" not in early.answer


def test_through_the_service_as_the_cog_asks(tmp_path: Path) -> None:
    async def run() -> str:
        async with await FilmService.open(tmp_path / "films.db") as service:
            asker = Asker(user_id=7, channel_id=8, guild_id=9)
            await service.set_spoilers(asker, channel_wide=False, film="Citizen Kane", upto="40%", duration=None)
            result = await service.ask_as(asker, "I've watched about 40% of Citizen Kane. Who raised young Charles?")
            return answer_text(result.private or result.public)

    text = asyncio.run(run())
    assert "Thatcher's bank" in text
    assert "spoilers up to 40%" in text
