"""A spoiler section's heading is spoiler text ("The reveal: the doctor was a patient"): no listing shows it to a
reader who has not turned that film's spoilers fully on. Every listing surface gets the same film: the command
line's `films show` and `films list`, the terminal's and Discord's `/film info` and `/film list`, autocomplete, the
error messages that name films, the confirmation of a load, and the log at INFO.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.service import FilmService
from bot.terminal import TerminalSession
from tests.discord_world import World, all_text, settle

HEADING = "The reveal: the doctor was a patient"
TWIST = "patient all along"
WARD = f"""# The Ward (2010)
Director: John Carpenter
Runtime: 88 min

## Premise
[0:05] A young woman is taken to a remote psychiatric ward, where a doctor promises to help her.

## {HEADING}
[1:20] In the end the doctor realises that she has been a {TWIST}, and the ward was in her own mind.
[1:25] The last scene shows her waking up in a real hospital bed.
"""
HIDDEN = "spoiler section (plot, 2 paragraphs)"


def leaked(text: str) -> bool:
    lowered = text.lower()
    return "the doctor was a patient" in lowered or TWIST in lowered


def _assert_hidden(text: str) -> None:
    assert not leaked(text), text


# ---- the command line ----------------------------------------------------------------------------------------


@pytest.fixture
def ward_db(tmp_path: Path) -> Path:
    db = tmp_path / "filmbot.db"
    document = tmp_path / "ward.md"
    document.write_text(WARD)
    result = CliRunner().invoke(cli, ["--db", str(db), "films", "load", str(document)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    _assert_hidden(result.output)
    return db


def test_films_show_hides_spoiler_headings_unless_asked(ward_db: Path):
    shown = CliRunner().invoke(cli, ["films", "show", "The Ward", "--db", str(ward_db)], catch_exceptions=False)
    assert shown.exit_code == 0, shown.output
    _assert_hidden(shown.output)
    assert f"[SPOILER] {HIDDEN}" in shown.output
    assert "[   safe] Premise (premise, 1 paragraph)" in shown.output
    assert "--spoilers shows them" in shown.output
    operator = CliRunner().invoke(
        cli, ["films", "show", "The Ward", "--spoilers", "--db", str(ward_db)], catch_exceptions=False
    )
    assert f"[SPOILER] {HEADING} (plot, 2 paragraphs)" in operator.output
    assert TWIST not in operator.output  # the heading, never the text


def test_films_list_and_near_miss_errors_name_titles_only(ward_db: Path):
    for args in (
        ["films", "list"],
        ["films", "show", "The Wardd"],
        ["films", "remove", "Ward"],
        ["films", "export", "the ward 2011"],
        ["ask", "who is the doctor?", "--film", "Ward 2"],
    ):
        result = CliRunner().invoke(cli, [*args, "--db", str(ward_db)], catch_exceptions=False)
        _assert_hidden(result.output)


# ---- the terminal ----------------------------------------------------------------------------------------------


async def test_terminal_film_info_shows_the_heading_only_with_spoilers_fully_on(
    service: FilmService, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO)
    out: list[str] = []
    session = TerminalSession(service, out.append)
    document = tmp_path / "ward.md"
    document.write_text(WARD)
    await session.handle(f"/film add {document}")
    for line in ("/film info The Ward", "/film list", "/film info The Wardd", "/film remove Ward 2"):
        await session.handle(line)
    _assert_hidden("\n".join(out))
    assert f"  [spoiler] {HIDDEN}" in out

    await session.handle("/spoilers on film:The Ward upto:1:30")  # a limit past every mark: still not "on"
    await session.handle("/film info The Ward")
    _assert_hidden("\n".join(out))
    await session.handle("/spoilers on film:The Ward")
    await session.handle("/film info The Ward")
    assert f"  [spoiler] {HEADING}" in out[-3:]
    await session.handle("/film info Psycho")  # another film's spoilers stay closed
    assert "  [spoiler] spoiler section (plot, " in "\n".join(out[-4:])
    _assert_hidden(caplog.text)


# ---- Discord -------------------------------------------------------------------------------------------------


async def test_discord_listings_never_show_the_heading_to_a_reader_without_spoilers(
    world: World, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO)
    seen: list[str] = []

    async def run(user, name, options=None) -> str:
        interaction = await world.slash(user, name, options)
        await settle(interaction)
        text = all_text(interaction)
        seen.append(text)
        return text

    added = await run(
        world.mod, "film add", {"file": world.server.add_attachment("ward.md", WARD.encode(), "text/markdown")}
    )
    assert "The Ward (2010)" in added
    info = await run(world.alice, "film info", {"film": "The Ward"})
    assert HIDDEN in info and "Premise" in info
    await run(world.alice, "film list")
    await run(world.alice, "film info", {"film": "The Wardd"})
    await run(world.alice, "spoilers on", {"film": "The Ward", "upto": "1:30"})
    await run(world.alice, "film info", {"film": "The Ward"})
    completion = await world.server.send_autocomplete(
        world.guild.id, world.channel.id, world.alice, "film info", {"film": "ward"}, focused="film"
    )
    await completion.wait_response()
    seen.append(str(completion.choices))
    assert "The Ward (2010) · this server" in seen[-1]
    _assert_hidden("\n".join(seen))

    await run(world.alice, "spoilers on", {"film": "The Ward"})
    opened = await run(world.alice, "film info", {"film": "The Ward"})
    assert HEADING.replace(":", "") in opened.replace("\\", "").replace(":", "")
    assert TWIST not in opened
    # Bob, in the same channel, has not opened the film.
    _assert_hidden(await run(world.bob, "film info", {"film": "The Ward"}))
    _assert_hidden(caplog.text)
