"""Schema migrations as numbered SQL files, one folder per dialect: `sqlite/001_name.sql`, `postgres/001_name.sql`.

File N takes a database from version N-1 to N. Released files are never edited, only added to, so every database
can reach the latest version; numbering has no gaps, so a missing or misnamed file is an error at import, not a
database silently left behind.
"""

from __future__ import annotations

import re
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

DIALECTS = ("sqlite", "postgres")
_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def load(dialect: str) -> list[str]:
    """The migration scripts of `dialect`, in order: entry 0 takes an empty database to version 1."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown SQL dialect {dialect!r}; expected one of {', '.join(DIALECTS)}")
    return load_folder(resources.files(__name__).joinpath(dialect))


def load_folder(folder: Traversable | Path) -> list[str]:
    """The scripts in `folder`, named 001_name.sql, 002_name.sql, … without gaps."""
    scripts: dict[int, str] = {}
    for entry in folder.iterdir():
        if not entry.name.endswith(".sql"):
            continue
        match = _NAME.match(entry.name)
        if match is None:
            raise ValueError(f"migration {entry.name} is not named NNN_name.sql")
        number = int(match.group(1))
        if number in scripts:
            raise ValueError(f"two migrations are numbered {number:03d}")
        scripts[number] = entry.read_text(encoding="utf-8")
    expected = list(range(1, len(scripts) + 1))
    if sorted(scripts) != expected:
        found = ", ".join(f"{n:03d}" for n in sorted(scripts))
        raise ValueError(f"migrations must be numbered 001 to {len(scripts):03d} without gaps; found {found}")
    return [scripts[number] for number in expected]
