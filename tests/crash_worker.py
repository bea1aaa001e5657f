"""The other process of the crash and busy tests (tests/test_crash_consistency.py, tests/test_sqlite_busy.py).

    python tests/crash_worker.py DB seed VERSION PASSAGES    store version VERSION of the big film, then exit
    python tests/crash_worker.py DB save VERSION PASSAGES    print "saving", replace the film with VERSION
    python tests/crash_worker.py DB remove                   print "removing", remove the film
    python tests/crash_worker.py DB hold-lock                BEGIN IMMEDIATE, insert a spoiler preference,
                                                             print "locked", COMMIT when a line arrives on stdin
    python tests/crash_worker.py DB save-many PREFIX COUNT PASSAGES
                                                             print "ready", wait for a line on stdin, then save
                                                             COUNT films titled "PREFIX n" one after another

DB is where the data is, as FILMBOT_DB takes it: a SQLite path or a postgresql:// URL (hold-lock: SQLite only).

Passage texts name their version ("v2 passage 17 ..."), so a reader can tell which version it sees, and
whether it sees one version whole.
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.models import Film, Paragraph, Passage, Section, SectionKind
from corpus.store_api import FilmStore, open_store

TITLE, YEAR = "Crash Test", 2001
FILM_ID = "crash-test-2001"


def big_film(version: int, passages: int, title: str = TITLE, year: int | None = YEAR) -> Film:
    """A film whose every passage says which version it belongs to."""
    texts = [f"v{version} passage {i} " + "the long walk through the zone continues " * 4 for i in range(passages)]
    return Film(
        title=title,
        year=year,
        source_file=f"crash-v{version}.md",
        content_hash=f"hash-v{version}",
        sections=[
            Section(
                heading="Plot",
                kind=SectionKind.PLOT,
                spoiler=False,
                paragraphs=[Paragraph(text=f"version {version}")],
            )
        ],
        passages=[
            Passage(
                film_id="",
                section="Plot",
                section_kind=SectionKind.PLOT,
                ordinal=i,
                text=text,
                spoiler=i % 2 == 1,
                position=i / passages,
                position_end=(i + 1) / passages,
            )
            for i, text in enumerate(texts)
        ],
    ).assign_id()


def hold_lock(db: Path) -> None:
    """Hold the write lock the way another filmbot process would, until told to let go."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO spoiler_prefs (guild_id, channel_id, user_id, film_id, scope, expires_at, set_by, set_at) "
        "VALUES (NULL, 1, 2, NULL, 'on', NULL, 2, '2024-05-01T12:00:00.000000+00:00')"
    )
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("COMMIT")
    conn.close()
    print("done", flush=True)


async def save_many(store: FilmStore, prefix: str, count: int, passages: int) -> None:
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    for n in range(count):
        await store.save_film(big_film(n, passages, f"{prefix} {n}", None), replace=False, actor=prefix)


async def main(argv: list[str]) -> None:
    db, action = argv[1], argv[2]
    if action == "hold-lock":
        hold_lock(Path(db))
        return
    store = await open_store(db)
    try:
        if action in ("seed", "save"):
            film = big_film(int(argv[3]), int(argv[4]))
            if action == "save":
                print("saving", flush=True)
            await store.save_film(film, replace=True, actor=f"worker-{action}")
        elif action == "save-many":
            await save_many(store, argv[3], int(argv[4]), int(argv[5]))
        elif action == "remove":
            print("removing", flush=True)
            assert await store.remove_film(FILM_ID, actor="worker-remove")
        else:
            raise SystemExit(f"unknown action {action!r}")
        print("done", flush=True)
    finally:
        await store.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv))
