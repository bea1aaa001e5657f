"""End to end: the bot as two `python -m bot` processes (shards 0 and 1 of 2) over one PostgreSQL, against the
fake Discord, which routes each guild's events to shard `(guild_id >> 22) % 2`.

One test, in stages, because each stage needs processes that took seconds to start (and whose logins Discord
spaces 5 s apart): the processes log in in turn; a film loaded elsewhere reaches both within 2 s; a guild's film
stays in its guild; opt-ins and Reveal buttons live in the shared store, so the process that takes over a shard
honours those another process recorded; a killed listening connection catches up; with PostgreSQL stopped, a
process answers with spoilers off and refuses writes in one line, then recovers by itself when it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

from bot.service import SETTINGS_UNREADABLE
from tests.discord_world import MODERATOR, all_text, embed_text, private_text, settle
from tests.fake_discord import FakeChannel, FakeDiscord, FakeGuild, FakeUser, fake_discord, snowflake
from tests.fake_discord.gateway import snowflake_on_shard
from tests.postgres_server import PostgresServer

SHARDS = 2
PROPAGATION_S = 2.0  # the bound for a film loaded elsewhere to be answerable
# Waiting for a process: starting Python and discord.py, the 5 s IDENTIFY turn, discord.py's 2 s guild wait.
START_TIMEOUT_S = 60.0


def film(title: str, year: int, director: str, premise: str, ending: str) -> bytes:
    return (
        f"# {title} ({year})\n\nDirector: {director}\n\n## Premise\n{premise}\n\n## Ending (spoilers)\n{ending}\n"
    ).encode()


GLOBAL_FILM = film(
    "Saltmarsh Radio",
    2027,
    "Odile Fenwick",
    "A night-shift DJ takes calls from a village on the saltmarsh.",
    "The last caller is the DJ herself, phoning from the flood of 1953.",
)
GUILD_FILM = film(
    "Copper Orchard",
    2026,
    "Hal Brennick",
    "Two sisters inherit an orchard whose apples ring like bells.",
    "The orchard was planted over their father's buried bells.",
)
CAUGHT_UP_FILM = film(
    "Tin Heron",
    2025,
    "Wren Okafor",
    "A clockmaker builds a mechanical heron to win back a lost commission.",
    "The heron flies off with the clockmaker's will.",
)
RECOVERED_FILM = film(
    "Glass Ferry",
    2024,
    "Pell Anand",
    "A ferry made of glass crosses a lake that freezes at noon.",
    "The ferry shatters and the passengers walk home across the ice.",
)


def guild_on(shard_id: int, name: str, members: list[FakeUser]) -> FakeGuild:
    return FakeGuild(
        id=snowflake_on_shard(snowflake(), shard_id, SHARDS),
        name=name,
        channels=[FakeChannel(id=snowflake())],
        members=members,
    )


class Cluster:
    """The fake Discord, one PostgreSQL database, and the bot processes started on them."""

    def __init__(self, server: FakeDiscord, dsn: str, tmp_path: Path) -> None:
        self.server = server
        self.dsn = dsn
        self.tmp_path = tmp_path
        self.processes: list[asyncio.subprocess.Process] = []
        self.outputs: dict[int, bytes] = {}

    def env(self, **extra: str) -> dict[str, str]:
        return {
            **os.environ,
            "DISCORD_TOKEN": self.server.token,
            "FILMBOT_DB": self.dsn,
            "FILMBOT_DISCORD_API_BASE": self.server.api_url,
            "FILMBOT_DISCORD_GATEWAY_URL": self.server.gateway_url,
            "FILMBOT_LOG_LEVEL": "INFO",
            "FILMBOT_DB_TIMEOUT": "2",
            **{f"FILMBOT_{kind}_COOLDOWN": "0" for kind in ("ASK", "ADD", "REVEAL", "SPOILERS")},
            **extra,
        }

    async def start_bot(self, shard_id: int, guild: FakeGuild) -> asyncio.subprocess.Process:
        """`python -m bot` running shard `shard_id` of SHARDS, its commands synced to `guild`."""
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            env=self.env(
                FILMBOT_SHARD_COUNT=str(SHARDS), FILMBOT_SHARD_IDS=str(shard_id), FILMBOT_DEV_GUILD=str(guild.id)
            ),
            cwd=self.tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        self.processes.append(process)
        return process

    async def until_serving(self, process: asyncio.subprocess.Process, shard_id: int) -> None:
        async with asyncio.timeout(START_TIMEOUT_S):
            while not any(s.shard == (shard_id, SHARDS) for s in self.server.gateway.live_sessions()):
                assert process.returncode is None, await self.output_of(process)
                await asyncio.sleep(0.05)
        await asyncio.sleep(2.5)  # discord.py waits for its guilds (guild_ready_timeout, 2 s) before it is ready

    async def stop(self, process: asyncio.subprocess.Process) -> str:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        output = await self.output_of(process)
        assert await asyncio.wait_for(process.wait(), 30) == 0, output
        return output

    async def output_of(self, process: asyncio.subprocess.Process) -> str:
        if process.pid not in self.outputs:
            assert process.stdout is not None
            if process.returncode is None:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(process.wait(), 30)
            self.outputs[process.pid] = await process.stdout.read()
        return self.outputs[process.pid].decode()

    async def cli_load(self, name: str, data: bytes) -> float:
        """Load a shared film through the command line, a third process; returns when it committed."""
        path = self.tmp_path / name
        path.write_bytes(data)
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "films",
            "load",
            str(path),
            "--db",
            self.dsn,
            env=self.env(),
            cwd=self.tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        output, _ = await asyncio.wait_for(process.communicate(), 60)
        assert process.returncode == 0, output.decode()
        return time.monotonic()

    async def ask(self, guild: FakeGuild, user: FakeUser, question: str, **options: str) -> str:
        interaction = await self.server.send_slash_command(
            guild.id, guild.channels[0].id, user, "ask", {"question": question, **options}
        )
        await settle(interaction)
        return all_text(interaction)

    async def answered_within(
        self, guild: FakeGuild, user: FakeUser, question: str, wanted: str, since: float
    ) -> float:
        """Ask until the answer holds `wanted`; how long after `since` it first did."""
        async with asyncio.timeout(10):
            while wanted not in await self.ask(guild, user, question):
                await asyncio.sleep(0.05)
        return time.monotonic() - since


@contextlib.asynccontextmanager
async def cluster(postgres_db: str, tmp_path: Path, guilds: list[FakeGuild]) -> AsyncIterator[Cluster]:
    async with fake_discord(guilds=guilds) as server:
        running = Cluster(server, postgres_db, tmp_path)
        try:
            yield running
        finally:
            for process in running.processes:
                if process.returncode is None:
                    process.kill()
                    await process.wait()


async def test_two_processes_share_films_opt_ins_and_reveals_and_survive_postgres_outages(
    postgres: PostgresServer, postgres_db: str, tmp_path: Path
):
    alice, bob, mod = (FakeUser(id=snowflake(), name=n) for n in ("alice", "bob", "mod"))
    mod.permissions = MODERATOR
    carol, dave = FakeUser(id=snowflake(), name="carol", permissions=MODERATOR), FakeUser(id=snowflake(), name="dave")
    zero = guild_on(0, "served by A", [alice, bob, mod])
    one = guild_on(1, "served by B", [carol, dave])

    async with cluster(postgres_db, tmp_path, [zero, one]) as world:
        server = world.server
        # Both start at once; the second waits its turn to IDENTIFY (a PostgreSQL advisory lock), as Discord needs.
        a = await world.start_bot(0, zero)
        b = await world.start_bot(1, one)
        await asyncio.gather(world.until_serving(a, 0), world.until_serving(b, 1))
        assert server.sharding_problems() == []
        first, second = server.identify_times
        assert second - first >= 5.0

        # A shared film loaded by a third process: both shards answer it within 2 s.
        committed = await world.cli_load("saltmarsh.md", GLOBAL_FILM)
        question = "who directed Saltmarsh Radio?"
        assert await world.answered_within(one, dave, question, "Odile Fenwick", committed) <= PROPAGATION_S
        assert await world.answered_within(zero, bob, question, "Odile Fenwick", committed) <= PROPAGATION_S

        # A guild's own film, uploaded through A, stays in that guild; B knows it exists but never shows it there.
        upload = server.add_attachment("copper.md", GUILD_FILM, "text/markdown")
        added = await server.send_slash_command(zero.id, zero.channels[0].id, mod, "film add", {"file": upload})
        await settle(added)
        assert "Loaded" in all_text(added)
        assert "Hal Brennick" in await world.ask(zero, bob, "who directed Copper Orchard?")
        assert "Hal Brennick" not in await world.ask(one, dave, "who directed Copper Orchard?")

        # Alice opts in through A; Bob's spoiler question gets a Reveal button made by A.
        opt_in = await server.send_slash_command(zero.id, zero.channels[0].id, alice, "spoilers on", {})
        await settle(opt_in)
        ending = "how does Saltmarsh Radio end?"
        withheld = await server.send_slash_command(zero.id, zero.channels[0].id, bob, "ask", {"question": ending})
        await settle(withheld)
        assert "1953" not in all_text(withheld)
        public = withheld.messages[0]
        button = public["components"][0]["components"][0]

        # A stops; C takes over shard 0 (a rolling restart, a failover): what A recorded holds there.
        assert "Traceback" not in await world.stop(a)
        c = await world.start_bot(0, zero)
        await world.until_serving(c, 0)
        alices = await server.send_slash_command(zero.id, zero.channels[0].id, alice, "ask", {"question": ending})
        await settle(alices, messages=2)
        assert "1953" in private_text(alices)  # her opt-in, set through A, reaches her privately through C
        click = await server.click_button(public, button["custom_id"], bob)
        await settle(click)
        assert click.ephemeral and "1953" in all_text(click)  # A's Reveal token, answered by C

        # B's listening connection killed, a film loaded meanwhile: caught up on reconnect.
        assert postgres.terminate_backends(application_name="filmbot listener", database=postgres_db) >= 1
        committed = await world.cli_load("heron.md", CAUGHT_UP_FILM)
        await world.answered_within(one, dave, "who directed Tin Heron?", "Wren Okafor", committed)

        # PostgreSQL stopped: B still answers, with spoilers off, and says so; writes are refused in one line.
        postgres.stop()
        try:
            during = await server.send_slash_command(
                one.id, one.channels[0].id, dave, "ask", {"question": "who directed Tin Heron?"}
            )
            await settle(during)
            assert "Wren Okafor" in all_text(during) and SETTINGS_UNREADABLE in all_text(during)
            refused = await server.send_slash_command(one.id, one.channels[0].id, dave, "spoilers on", {})
            await settle(refused)
            assert refused.ephemeral and "can't be reached" in embed_text(refused.messages[0])
        finally:
            postgres.start()

        # Back by itself: writes go through again and the feed follows new films, with no restart.
        async with asyncio.timeout(15):
            while True:
                retry = await server.send_slash_command(one.id, one.channels[0].id, dave, "spoilers on", {})
                await settle(retry)
                if "can't be reached" not in all_text(retry):
                    break
                await asyncio.sleep(0.5)
        committed = await world.cli_load("ferry.md", RECOVERED_FILM)
        await world.answered_within(one, dave, "who directed Glass Ferry?", "Pell Anand", committed)

        for process in (b, c):
            output = await world.stop(process)
            assert "Traceback" not in output, output
        assert server.sharding_problems() == []
