"""`python -m bot` with a token: the real entry point, configured from the environment, against the fake."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.run import REFUSED_TOKEN
from tests.fake_discord import fake_discord


async def test_python_m_bot_connects_syncs_answers_and_stops_on_sigterm(tmp_path: Path):
    async with fake_discord() as server:
        env = {
            **os.environ,
            "DISCORD_TOKEN": server.token,
            "FILMBOT_DB": str(tmp_path / "bot.db"),
            "FILMBOT_DEV_GUILD": str(server.guild.id),
            "FILMBOT_DISCORD_API_BASE": server.api_url,
            "FILMBOT_DISCORD_GATEWAY_URL": server.gateway_url,
            "FILMBOT_LOG_LEVEL": "INFO",
            # Show deprecation warnings as a developer would see them: discord.py's audioop one must not be.
            "PYTHONWARNINGS": "default",
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            env=env,
            cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        try:

            async def ready() -> None:
                while not (server.command_syncs and server.gateway.identify_count):
                    await asyncio.sleep(0.05)
                    assert process.returncode is None, (await process.stdout.read()).decode()

            await asyncio.wait_for(ready(), timeout=60)
            await asyncio.sleep(2.5)  # discord.py waits guild_ready_timeout (2 s) before it is ready
            guild_id, payload = server.command_syncs[0]
            assert guild_id == server.guild.id and "ask" in {command["name"] for command in payload}
            interaction = await server.send_slash_command(
                server.guild.id, server.channel.id, server.user, "ask", {"question": "who directed Stalker?"}
            )
            await interaction.wait_for(
                lambda: interaction.embeds and not interaction.loading, timeout=10, what="an answer"
            )
            assert "Andrei Tarkovsky" in interaction.embeds[0]["description"]
        finally:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
            output = (await asyncio.wait_for(process.stdout.read(), timeout=30)).decode()
            code = await asyncio.wait_for(process.wait(), timeout=30)
        assert code == 0, output
        assert "synced" in output and "Traceback" not in output
        for unused in ("PyNaCl", "davey", "audioop"):  # filmbot has no voice support to warn about
            assert unused not in output, output
        assert f"films loaded from {tmp_path / 'bot.db'}" in output  # which database it opened


async def test_a_wrong_token_is_one_line_and_exit_code_2(tmp_path: Path):
    async with fake_discord() as server:
        env = {
            **os.environ,
            "DISCORD_TOKEN": "not-the-token",
            "FILMBOT_DB": str(tmp_path / "bot.db"),
            "FILMBOT_DISCORD_API_BASE": server.api_url,
            "FILMBOT_DISCORD_GATEWAY_URL": server.gateway_url,
            "FILMBOT_LOG_LEVEL": "WARNING",
        }
        for args in ((), ("discord",), ("sync",)):
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                *args,
                env=env,
                cwd=tmp_path,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            _, err = await asyncio.wait_for(process.communicate(), timeout=60)
            assert process.returncode == 2, err.decode()
            assert err.decode().splitlines() == [f"Error: {REFUSED_TOKEN}"], args
        assert server.gateway.identify_count == 0


async def test_python_m_bot_sync_publishes_commands_once(tmp_path: Path):
    async with fake_discord() as server:
        env = {
            **os.environ,
            "DISCORD_TOKEN": server.token,
            "FILMBOT_DB": str(tmp_path / "bot.db"),
            "FILMBOT_DISCORD_API_BASE": server.api_url,
            "FILMBOT_DISCORD_GATEWAY_URL": server.gateway_url,
        }
        for args, where in ((["--guild", str(server.guild.id)], server.guild.id), ([], None)):
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "sync",
                *args,
                env=env,
                cwd=tmp_path,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
            )
            output = (await asyncio.wait_for(process.communicate(), timeout=60))[0].decode()
            assert process.returncode == 0, output
            assert server.command_syncs[-1][0] == where
            names = {command["name"] for command in server.command_syncs[-1][1]}
            assert {"ask", "spoilers", "film", "help"} <= names
        assert server.gateway.identify_count == 0  # publishing commands needs no gateway session
