"""Where the tests find files: the checkout, its bundled samples, and the project's shared data beside it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
# The real plot-summary page the project started from, bundled byte for byte (shared/seeds/000_a989bf22523b3a79.txt).
SEED = SAMPLES / "stalker-1979.txt"


def shared(*parts: str) -> Path | None:
    """A file of the project's shared folder (`shared/…`), which sits beside the checkout (CI) or beside a folder
    of checkouts (a worktree) and is never copied into the project; None where it is absent."""
    return next((path for folder in ROOT.parents if (path := folder.joinpath("shared", *parts)).exists()), None)
