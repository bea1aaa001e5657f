"""Is the database fit to serve? `python -m bot.health [PATH]` is the container's health check; `db check` uses it.

Standard library only, on purpose: a health check runs every minute, and importing the bot (pydantic, numpy,
discord.py) for it cost a second and a half and 80 MB each time. The file is opened read-only and never
created: a check that creates an empty database and calls it healthy hides a lost volume.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

# Long enough to wait out a write in progress; a check never takes the write lock itself.
BUSY_TIMEOUT_S = 5.0


def problems(path: Path, *, quick: bool = True) -> list[str]:
    """What is wrong with the database at `path`, one line each; [] when it is sound and holds films."""
    if not path.exists():
        return [f"no database at {path} (nothing was created)"]
    if not path.is_file():
        return [f"{path} is not a file"]
    try:
        # mode=ro: never create the file, never write to it (not even a schema migration).
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as error:
        return [f"cannot open {path}: {error}"]
    try:
        pragma = "quick_check" if quick else "integrity_check"
        found = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
        if found != ["ok"]:
            return found
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'films'").fetchone() is None:
            return [f"{path} is not a filmbot database (it has no films table)"]
        if conn.execute("SELECT EXISTS (SELECT 1 FROM films)").fetchone()[0] == 0:
            return [f"{path} holds no films: the bot would have nothing to answer from"]
    except sqlite3.DatabaseError as error:  # not a database at all, or too damaged to read
        return [f"cannot read {path}: {error}"]
    finally:
        conn.close()
    return []


def main(argv: list[str]) -> int:
    target = argv[1] if len(argv) > 1 else os.environ.get("FILMBOT_DB")
    if not target:
        print("usage: python -m bot.health [PATH]  (or set FILMBOT_DB)", file=sys.stderr)
        return 2
    found = problems(Path(target))
    for line in found:
        print(line, file=sys.stderr)
    if not found:
        print("ok")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
