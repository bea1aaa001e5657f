"""The operator's side: checks that never create a database, a cheap health check, one-line start-up errors,
`--db` anywhere, batch exit codes, readable `films show`, busy writes, heading-only documents and the README's
settings list (the deployment files: tests/test_packaging.py)."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.settings import Settings
from corpus.errors import DocumentError
from corpus.load import parse_document
from corpus.store import DatabaseBusy, Store
from tests.commands import python_m, run
from tests.paths import ROOT


def seeded(db: Path) -> Path:
    assert run("films", "list", "--db", str(db)).exit_code == 0
    return db


# ---- checks never create a database ----------------------------------------------------------------------------


def test_db_check_on_a_missing_file_fails_and_creates_nothing(tmp_path: Path):
    missing = tmp_path / "missing.db"
    result = run("db", "check", "--db", str(missing))
    assert result.exit_code == 1
    assert f"no database at {missing}" in result.output
    assert list(tmp_path.iterdir()) == []
    quick = run("db", "check", "--quick", "--db", str(missing))
    assert quick.exit_code == 1 and list(tmp_path.iterdir()) == []


def test_db_check_refuses_an_empty_or_foreign_database(tmp_path: Path):
    empty = tmp_path / "empty.db"
    empty.touch()
    result = run("db", "check", "--db", str(empty))
    assert result.exit_code == 1 and "not a filmbot database" in result.output
    no_films = tmp_path / "nofilms.db"
    seeded(no_films)
    with sqlite3.connect(no_films) as conn:
        conn.execute("DELETE FROM films")
    conn.close()
    result = run("db", "check", "--quick", "--db", str(no_films))
    assert result.exit_code == 1 and "holds no films" in result.output
    assert run("db", "check", "--db", str(seeded(tmp_path / "good.db"))).output.strip() == "ok"


def test_db_backup_of_a_missing_database_creates_neither_file(tmp_path: Path):
    result = run("db", "backup", str(tmp_path / "copy.db"), "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 1 and "no database at" in result.output
    assert list(tmp_path.iterdir()) == []


def test_health_module_is_cheap_and_honest(tmp_path: Path):
    db = tmp_path / "data" / "filmbot.db"
    missing = python_m("bot.health", env={"FILMBOT_DB": str(db)})
    assert missing.returncode == 1 and "no database at" in missing.stderr
    assert not db.parent.exists()
    db.parent.mkdir()
    db.touch()
    assert python_m("bot.health", str(db)).returncode == 1  # an empty file is no database
    db.unlink()
    seeded(db)
    healthy = python_m("bot.health", env={"FILMBOT_DB": str(db)})
    assert (healthy.returncode, healthy.stdout.strip()) == (0, "ok")
    # Cheap: the check imports neither the bot's dependencies nor discord.py.
    probe = python_m("bot.health", str(db), env={"PYTHONVERBOSE": "1"})
    imported = set(re.findall(r"^import '([\w.]+)'", probe.stderr, re.MULTILINE))
    assert "sqlite3" in imported
    assert not imported & {"discord", "pydantic", "numpy", "aiosqlite", "click", "bot.service"}


# ---- every write goes through the transaction helper ------------------------------------------------------------


async def test_preference_writes_report_a_busy_database_as_busy(tmp_path: Path):
    path = tmp_path / "filmbot.db"
    async with await Store.open(path, busy_timeout_ms=200) as store:
        await store.set_pref(guild_id=1, channel_id=2, user_id=3, film_id=None, scope="on", expires_at=None, set_by=3)
        other = sqlite3.connect(path, isolation_level=None)  # a real second connection holds the write lock
        other.execute("BEGIN IMMEDIATE")
        try:
            writes = {
                "set_pref": lambda: store.set_pref(
                    guild_id=1, channel_id=2, user_id=4, film_id=None, scope="on", expires_at=None, set_by=4
                ),
                "clear_pref": lambda: store.clear_pref(channel_id=2, user_id=3),
                "clear_prefs": lambda: store.clear_prefs(2, 3),
                "purge_expired_prefs": lambda: store.purge_expired_prefs(datetime.now(UTC)),
            }
            for name, write in writes.items():
                with pytest.raises(DatabaseBusy):
                    await write()
                assert not (await store._connection().execute_fetchall("SELECT 1 WHERE 0")), name
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert len(await store.prefs_for(2, 3, datetime.now(UTC))) == 1  # nothing changed
        assert await store.clear_pref(channel_id=2, user_id=3)  # and the store works once the lock is gone


# ---- a film needs some text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "document", [b"# Only heading", b"# Only heading (1999)\n\n## Plot\n", b'{"title": "Only heading", "sections": []}']
)
def test_a_heading_only_document_is_refused_in_one_line(document: bytes):
    name = "only.json" if document.startswith(b"{") else "only.md"
    with pytest.raises(DocumentError) as refused:
        parse_document(document, name)
    assert "has no text beyond its title" in str(refused.value) and "\n" not in str(refused.value)


def test_a_heading_only_file_is_not_loaded(tmp_path: Path):
    document = tmp_path / "only.md"
    document.write_text("# Only heading\n")
    result = run("films", "load", str(document), "--db", str(tmp_path / "f.db"))
    assert result.exit_code == 1 and "Only heading has no text beyond its title" in result.output
    assert "Only heading" not in run("films", "list", "--db", str(tmp_path / "f.db")).output


# ---- start-up errors are one line, exit code 2 -------------------------------------------------------------------


def test_a_bad_setting_is_one_line_naming_it(tmp_path: Path):
    for env, name in (
        ({"FILMBOT_LOG_LEVEL": "verbose"}, "FILMBOT_LOG_LEVEL"),
        ({"FILMBOT_ASK_COOLDOWN": "soon"}, "FILMBOT_ASK_COOLDOWN"),
        ({"FILMBOT_VISIBLE_INDEXES": "0"}, "FILMBOT_VISIBLE_INDEXES"),
    ):
        for args in ((), ("films", "list")):
            result = python_m("bot", *args, env={**env, "FILMBOT_DB": str(tmp_path / "f.db")}, cwd=tmp_path)
            assert result.returncode == 2, result.stderr
            assert result.stderr.count("\n") == 1 and name in result.stderr, result.stderr
            assert "Traceback" not in result.stderr and "pydantic" not in result.stderr


def test_the_container_command_needs_a_token(tmp_path: Path):
    result = python_m("bot", "discord", env={"DISCORD_TOKEN": "", "FILMBOT_DB": str(tmp_path / "f.db")}, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "Error: DISCORD_TOKEN is not set: put it in the environment or in .env"
    assert not (tmp_path / "f.db").exists()


def test_the_welcome_line_names_the_database(tmp_path: Path):
    db = tmp_path / "films.db"
    result = python_m("bot", "--db", str(db), stdin="/quit\n", env={"DISCORD_TOKEN": ""}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"films loaded from {db}." in result.stdout.splitlines()[0]


# ---- the command line ----------------------------------------------------------------------------------------


def test_db_works_before_the_subcommand_too(tmp_path: Path):
    db = tmp_path / "group.db"
    result = run("--db", str(db), "films", "list")
    assert result.exit_code == 0 and "stalker-1979" in result.output
    assert db.exists()
    # After the subcommand wins when both are given.
    other = tmp_path / "sub.db"
    run("--db", str(db), "films", "list", "--db", str(other))
    assert other.exists()


def test_ask_without_arguments_says_what_to_give(tmp_path: Path):
    result = CliRunner().invoke(cli, ["ask", "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 2
    assert "give a QUESTION, or --batch FILE for many" in result.output and "not both" not in result.output
    both = tmp_path / "q.jsonl"
    both.write_text("")
    result = CliRunner().invoke(cli, ["ask", "x", "--batch", str(both), "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 2 and "not both" in result.output


def test_a_failed_batch_line_fails_the_run_and_reads_as_text(tmp_path: Path):
    batch = tmp_path / "q.jsonl"
    batch.write_text(json.dumps({"question": "who directed Stalker?"}) + '\nnot json\n{"film": 3}\n')
    db = str(tmp_path / "f.db")
    text = CliRunner().invoke(cli, ["ask", "--batch", str(batch), "--db", db])
    assert text.exit_code == 1
    assert "Andrei Tarkovsky" in text.stdout
    assert "line 2: Expecting value" in text.stdout and '{"line"' not in text.stdout
    assert 'line 3: expected an object with a string "question"' in text.stdout
    assert "2 lines failed" in text.stderr
    as_json = CliRunner().invoke(cli, ["ask", "--batch", str(batch), "--json", "--db", db])
    assert as_json.exit_code == 1
    assert [json.loads(line).get("line") for line in as_json.stdout.splitlines()] == [None, 2, 3]
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"question": "who directed Stalker?"}) + "\n")
    assert CliRunner().invoke(cli, ["ask", "--batch", str(good), "--db", db]).exit_code == 0


def test_films_show_reads_as_text_for_people(tmp_path: Path):
    db = tmp_path / "f.db"
    document = tmp_path / "heat.md"
    document.write_text(
        "# Heat (1995)\nDirector: Michael Mann\nCast: Al Pacino, Robert De Niro\nRuntime: 170 min\n"
        "\n## Premise\nA crew of thieves and a detective.\n"
    )
    assert run("films", "load", str(document), "--db", str(db)).exit_code == 0
    shown = run("films", "show", "Heat", "--db", str(db)).output
    assert "  cast: Al Pacino, Robert De Niro\n" in shown
    assert "  runtime: 170 min\n" in shown
    assert "[" not in shown.replace("[heat-1995]", "").replace("[   safe]", "")  # no Python lists
    loaded = re.search(r"loaded by cli on (\S+ \S+ UTC)", shown)
    assert loaded is not None and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", loaded.group(1))
    assert not re.search(r"\d\d:\d\d:\d\d\.\d{6}", shown)  # no microsecond timestamps


# ---- the README -----------------------------------------------------------------------------------------------


def _setting_names() -> set[str]:
    names = set()
    for field in Settings.model_fields.values():
        alias = field.validation_alias
        names.add(alias.choices[0] if hasattr(alias, "choices") else str(alias))
    return names


def test_the_readme_lists_every_setting_and_the_python_version():
    readme = (ROOT / "README.md").read_text()
    settings_paragraph = readme[readme.index("Settings (environment or `.env`)") :]
    settings_paragraph = settings_paragraph[: settings_paragraph.index("\n\n")]
    assert {name for name in _setting_names() if f"`{name}`" not in settings_paragraph} == set()
    assert "Python 3.11" in readme
    assert "they are skipped" in readme  # what the two compose-schema skips mean
