"""The terminal session: the same handlers as Discord, as one user in one channel."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

from bot.terminal import TerminalSession, split_options


async def session_for(service):
    lines: list[str] = []
    return TerminalSession(service, lines.append), lines


def test_split_options_takes_values_with_spaces():
    assert split_options("who is Tyler? film:Fight Club", ("film",)) == ("who is Tyler?", {"film": "Fight Club"})
    assert split_options("on film:The Sixth Sense upto:40% for:2h", ("film", "upto", "for")) == (
        "on",
        {"film": "The Sixth Sense", "upto": "40%", "for": "2h"},
    )
    assert split_options("what does filming mean", ("film",)) == ("what does filming mean", {})
    # A colon with a space after it is the sentence's: "name the film: a guy who can't make new memories".
    assert split_options("name the film: a man in a motel", ("film",)) == ("name the film: a man in a motel", {})


async def test_ask_withhold_reveal_and_opt_in(service):
    session, out = await session_for(service)
    await session.handle("who directed Stalker?")
    assert "Tarkovsky" in out[-1]
    await session.handle("/ask what does the Professor want with the Room? film:Stalker")
    withheld = "\n".join(out[-2:])
    assert "bomb" not in withheld and "/reveal" in withheld
    await session.handle("/reveal")
    assert "bomb" in out[-1]
    await session.handle("/spoilers on film:Stalker")
    await session.handle("what does the Professor want with the Room? film:Stalker")
    assert "bomb" in out[-1]
    await session.handle("/spoilers status film:Stalker")
    assert "spoilers on" in out[-1]
    await session.handle("/spoilers off")
    await session.handle("/ask what does the Professor want with the Room? film:Stalker")
    assert "bomb" not in "\n".join(out[-2:])


async def test_progress_limit(service):
    session, out = await session_for(service)
    await session.handle("/spoilers on upto:bogus")
    assert "unknown spoiler scope" in out[-1]
    await session.handle("/spoilers on upto:30%")
    assert "30%" in out[-1]


async def test_film_commands_and_bad_input(service, tmp_path):
    session, out = await session_for(service)
    await session.handle("/film list")
    assert out[-1].endswith("films.") and any("Stalker" in line for line in out)
    await session.handle("/film info Psycho")
    info = "\n".join(out[-6:])
    assert "[spoiler]" in info and "Mother" not in info
    doc = tmp_path / "heat.md"
    doc.write_text("# Heat (1995)\nDirector: Michael Mann\n\n## Premise\nA crew of thieves and a detective.\n")
    await session.handle(f"/film add {doc}")
    assert "Loaded Heat (1995)" in out[-1]
    await session.handle("who directed Heat?")
    assert "Michael Mann" in out[-1]
    await session.handle(f"/film add {tmp_path / 'missing.md'}")
    assert "Cannot read" in out[-1]
    await session.handle("/film info Nonexistent Film Title")
    assert "No film is called" in out[-1]
    assert await session.handle("/quit") is False
    for typed in ("quit", "Exit", "bye!"):
        assert await session.handle(typed) is False, typed


def test_python_m_bot_without_a_token_runs_the_terminal_session(tmp_path):
    env = {**os.environ, "FILMBOT_DB": str(tmp_path / "t.db"), "DISCORD_TOKEN": ""}
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        input="who directed Stalker?\n/quit\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "terminal session" in result.stdout
    assert "Andrei Tarkovsky" in result.stdout


async def test_films_loaded_by_another_process_are_picked_up(service, db_path, tmp_path):
    from click.testing import CliRunner

    from bot.cli import cli

    await service.refresh()
    doc = tmp_path / "heat.md"
    doc.write_text("# Heat (1995)\nDirector: Michael Mann\n\n## Premise\nA crew of thieves and a detective.\n")
    # The command line runs its own event loop and connection, as another process would.
    result = await asyncio.to_thread(CliRunner().invoke, cli, ["films", "load", str(doc), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "heat-1995" not in {ref.id for ref in service.films()}
    assert await service.refresh() == 1
    assert "Michael Mann" in service.ask("who directed Heat?").answer
    removed = await asyncio.to_thread(CliRunner().invoke, cli, ["films", "remove", "Heat", "--db", str(db_path)])
    assert removed.exit_code == 0
    assert await service.refresh() == 1
    assert "heat-1995" not in {ref.id for ref in service.films()}
    assert await service.refresh() == 0


async def test_a_follow_up_without_a_film_is_about_the_last_film(service):
    session, out = await session_for(service)
    await session.handle("what does the Professor want with the Room?")
    # Only Stalker's hidden text has a Professor and a Room: "which film" is asked back, saying it may be a spoiler.
    assert "didn't say which film" in out[-1] and "Stalker" not in out[-1]
    await session.handle("who directed Stalker?")
    await session.handle("what does the Professor want with the Room?")
    assert out[-1].startswith("Stalker (1979)") and "/reveal" in out[-1] and "bomb" not in out[-1]
    await session.handle("/spoilers on")
    await session.handle("who dies in the shower?")  # content search (spoilers on) beats the last film
    assert out[-1].startswith("Psycho (1960)")


async def test_housekeeping_forgets_old_reveals_and_expired_opt_ins(service):
    from datetime import UTC, datetime, timedelta

    from bot.service import REVEAL_LIFETIME, Asker

    asker = Asker(user_id=5, channel_id=6, guild_id=None)
    fresh = await service.remember_reveal(asker, "what is the Zone?", "stalker-1979")
    await service.internals.store.add_reveal(
        token="0" * 16,
        guild_id=None,
        channel_id=6,
        film_id="stalker-1979",
        question="old",
        now=datetime.now(UTC) - REVEAL_LIFETIME - timedelta(hours=1),
    )
    await service.internals.store.set_pref(
        guild_id=None,
        channel_id=6,
        user_id=5,
        film_id=None,
        scope="on",
        expires_at=datetime.now(UTC) - timedelta(minutes=1),
        set_by=5,
    )
    await service.internals.store.set_pref(
        guild_id=None, channel_id=6, user_id=7, film_id=None, scope="on", expires_at=None, set_by=7
    )
    assert await service.housekeeping() == (1, 1)
    assert await service.recall_reveal(fresh) == ("what is the Zone?", "stalker-1979")
    assert await service.housekeeping() == (0, 0)
