"""How long a film loaded in one process takes to be answerable in another (issue 13: p99 ≤ 2 s).

    python bench/propagation.py                                  # a throwaway PostgreSQL (as the tests start one)
    python bench/propagation.py --db postgresql://user@host/db   # an existing server (the database is filled)
    python bench/propagation.py --loads 100 --sqlite             # SQLite (polled once a second) beside it

This process runs a `FilmService` that follows changes as the Discord bot does (`follow_changes`). A second
process (`--loader`) loads `--loads` small films one after another at random intervals, printing the wall-clock
time of each commit. The follower records when each film first answers "who directed …?" correctly; the delay
is that moment minus the commit (both clocks are this machine's). PostgreSQL wakes the follower by NOTIFY;
SQLite has no notifications, so the follower polls its change log every second.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import sys
import tempfile
import time
from pathlib import Path

try:
    from bench.common import ROOT, md_table, percentile
except ImportError:  # run as a script
    from common import ROOT, md_table, percentile  # type: ignore

sys.path.insert(0, str(ROOT))

from bot.service import FilmService


def document(number: int) -> bytes:
    return (
        f"# Propagation Test {number} (2030)\n\nDirector: Director{number} Fenwick\n\n"
        f"## Premise\nA courier numbered {number} carries letters across a frozen lake.\n"
    ).encode()


async def loader(location: str, loads: int, seed: int) -> None:
    """The other process: load films one by one, printing `number commit-time` after each commit."""
    rng = random.Random(seed)
    async with await FilmService.open(location, seed=False, index=False) as service:
        for number in range(loads):
            await asyncio.sleep(rng.uniform(0.02, 0.2))
            data = document(number)
            await service.add_document(data, f"p{number}.md", guild_id=None, actor="bench", replace=False)
            print(number, time.time(), flush=True)


async def measure(location: str, loads: int, seed: int) -> list[float]:
    """Seconds from each film's commit (in the loader) to its first right answer here."""
    answered: dict[int, float] = {}
    async with await FilmService.open(location) as service:
        follower = asyncio.create_task(service.follow_changes())
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            str(Path(__file__).resolve()),
            "--loader",
            location,
            "--loads",
            str(loads),
            "--seed",
            str(seed),
            stdout=asyncio.subprocess.PIPE,
            cwd=ROOT,
        )
        try:
            pending = set(range(loads))
            deadline = time.monotonic() + loads * 0.5 + 60
            while pending and time.monotonic() < deadline:
                for number in sorted(pending):
                    reply = service.ask(f"who directed Propagation Test {number}?")
                    if f"Director{number} Fenwick" in reply.answer:
                        answered[number] = time.time()
                        pending.discard(number)
                await asyncio.sleep(0.005)
            out, _ = await proc.communicate()
        finally:
            follower.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await follower
            if proc.returncode is None:
                proc.kill()
    committed = {int(n): float(t) for n, t in (line.split() for line in out.decode().splitlines())}
    if missing := sorted(set(range(loads)) - answered.keys()):
        raise SystemExit(f"{len(missing)} films never became answerable (first: {missing[0]})")
    return [answered[n] - committed[n] for n in range(loads)]


def throwaway_postgres() -> tuple[str, contextlib.AbstractContextManager[object]]:
    from tests.postgres_server import PostgresServer, unavailable_reason

    if (reason := unavailable_reason()) is not None:
        raise SystemExit(f"no PostgreSQL to measure on: {reason}")
    server = PostgresServer.launch()
    return server.create_database(), server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="a PostgreSQL URL (default: start a throwaway server)")
    parser.add_argument("--loads", type=int, default=100)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--sqlite", action="store_true", help="also measure SQLite (polled), side by side")
    parser.add_argument("--loader", metavar="LOCATION", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.loader:
        asyncio.run(loader(args.loader, args.loads, args.seed))
        return

    runs: dict[str, list[float]] = {}
    with contextlib.ExitStack() as stack:
        if args.db:
            postgres = args.db
        else:
            postgres, server = throwaway_postgres()
            stack.enter_context(server)  # type: ignore[arg-type]
        runs["PostgreSQL (LISTEN/NOTIFY)"] = asyncio.run(measure(postgres, args.loads, args.seed))
        if args.sqlite:
            folder = stack.enter_context(tempfile.TemporaryDirectory())
            runs["SQLite (change log polled every 1 s)"] = asyncio.run(
                measure(str(Path(folder) / "bench.db"), args.loads, args.seed)
            )
    rows = [
        [name, str(len(delays))]
        + [f"{1000 * percentile(delays, q):.0f}" for q in (50, 90, 99)]
        + [f"{1000 * max(delays):.0f}"]
        for name, delays in runs.items()
    ]
    print("## A film loaded in one process → answerable in another\n")
    print(md_table(["store", "loads", "p50 (ms)", "p90 (ms)", "p99 (ms)", "max (ms)"], rows))
    print("\nTarget: p99 ≤ 2,000 ms.")


if __name__ == "__main__":
    main()
