"""The processes of a cluster start at the same moment on one host, with one content index directory that none of
them has built yet: none may fail, or answer from a half-built index, because another is building it.
(Starting together on an empty database, where they also race to seed it, is tests/test_change_follow.py's.)"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from tests.store_backends import location_for

PROCESSES = 3


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    return location_for(request.param, request, tmp_path)


async def run(*args: str, env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


async def test_processes_starting_together_all_answer(location: str | Path, tmp_path: Path):
    env = {**os.environ, "FILMBOT_INDEX_DIR": str(tmp_path / "content.index"), "FILMBOT_LOG_LEVEL": "WARNING"}
    seeding = await run("films", "list", "--db", str(location), env=env, cwd=tmp_path)  # seeds; builds no index
    assert await seeding.wait() == 0
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "ask",
            "who delivers the wine to the Zone in Stalker?" if n % 2 else "who directed Stalker?",
            "--db",
            str(location),
            env=env,
            cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        for n in range(PROCESSES)
    ]
    outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in processes)), 120)
    for process, (output, _) in zip(processes, outputs, strict=True):
        text = output.decode()
        assert process.returncode == 0 and "Traceback" not in text, text
        assert "Stalker (1979)" in text, text
