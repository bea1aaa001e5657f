"""Running filmbot's command line from tests: in this process through click (`run`), or as a real
`python -m …` process (`python_m`) where start-up, exit codes and standard error are what is tested."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner, Result

from bot.cli import cli


def run(*args: str) -> Result:
    """`python -m bot ARGS…` in this process; exceptions other than click's propagate (a traceback is a bug)."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def python_m(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """`python -m ARGS…` in a new process, with `env` on top of this one's environment."""
    return subprocess.run(
        [sys.executable, "-m", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )
