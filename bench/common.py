"""Helpers shared by the benchmarks: where the data is, answer normalisation, percentiles, machine info."""

from __future__ import annotations

import platform
import re
import string
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/x.py` from anywhere: make corpus/ and index/ importable
    sys.path.insert(0, str(ROOT))

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
OUT = Path(__file__).resolve().parent / "out"

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = str.maketrans("", "", string.punctuation)


def normalize_answer(text: str) -> str:
    """SQuAD-style: lowercase, punctuation and the articles a/an/the removed, whitespace collapsed."""
    text = text.lower().translate(_PUNCT)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def contains(haystack_norm: str, needle_norm: str) -> bool:
    """Normalised substring at word boundaries ("he" must not match inside "the hero")."""
    if not needle_norm:
        return False
    return f" {needle_norm} " in f" {haystack_norm} "


def first_words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    # nearest-rank: the smallest value with at least q% of the values at or below it
    rank = max(1, int(-(-q * len(ordered) // 100)))
    return ordered[min(rank, len(ordered)) - 1]


def data_dir(arg: str | None, sub: str) -> Path | None:
    """The dataset folder, or None (after printing why) when it is absent: benchmarks then skip cleanly."""
    base = Path(arg) if arg else DEFAULT_DATA
    path = base / sub
    if not path.is_dir():
        print(f"SKIP: data folder {path} not found (pass --data DIR, the folder holding {sub}/)")
        return None
    return path


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def run(*cmd: str) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
        except OSError:
            return "?"

    return {
        "date": run("date", "-u"),
        "nproc": run("nproc"),
        "cpu": cpu,
        "python": platform.python_version(),
        "mem": run("free", "-h"),
    }


def md_table(header: list[str], rows: list[list[object]]) -> str:
    def cell(value: object) -> str:
        if isinstance(value, float):
            return f"{value:.3f}"
        return str(value)

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
