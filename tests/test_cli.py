"""The command line on a real SQLite file: films load/list/show/remove/export, ask, batch, db."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from tests.paths import SEED

PSYCHO_TWIST = "Mother"


def run(db: Path, *args: str):
    return CliRunner().invoke(cli, [*args, "--db", str(db)], catch_exceptions=False)


def passages_of(db: Path, film_id: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [
            row[0] for row in conn.execute("SELECT text FROM passages WHERE film_id = ? ORDER BY ordinal", (film_id,))
        ]


def test_an_empty_database_gets_the_bundled_films(db_path):
    result = run(db_path, "films", "list")
    assert result.exit_code == 0, result.output
    assert "stalker-1979" in result.output
    assert result.output.count("\n") >= 12


def test_load_reports_each_failure_and_keeps_good_files(db_path, tmp_path):
    good = tmp_path / "docs" / "heat.md"
    good.parent.mkdir()
    good.write_text(
        "# Heat (1995)\nDirector: Michael Mann\n\n## Premise\nA crew of thieves and a detective.\n\n"
        "## Plot (spoilers)\nThe detective shoots the thief at the airport.\n"
    )
    (tmp_path / "docs" / "empty.txt").write_text("")
    (tmp_path / "docs" / "binary.md").write_bytes(b"\x00\x01\x02\xff" * 100)
    # A folder walk takes film documents only: not its README, nor files of other kinds.
    (tmp_path / "docs" / "README.md").write_text("# Notes\n\nWhat these files are.\n")
    (tmp_path / "docs" / "cover.png").write_bytes(b"\x89PNG")
    result = run(db_path, "films", "load", str(tmp_path / "docs"))
    assert result.exit_code == 1
    assert "loaded   Heat (1995)" in result.output
    assert "empty.txt:" in result.output and "binary.md:" in result.output
    assert "1 loaded, 2 failed" in result.output


def test_replacing_needs_the_flag_and_keeps_the_old_version_until_then(db_path, tmp_path):
    run(db_path, "films", "list")
    before = passages_of(db_path, "stalker-1979")
    changed = tmp_path / "stalker.md"
    changed.write_text("# Stalker (1979)\nDirector: Andrei Tarkovsky\n\n## Premise\nA guide and a Zone.\n")
    refused = run(db_path, "films", "load", str(changed))
    assert refused.exit_code == 1 and "--replace" in refused.output
    assert passages_of(db_path, "stalker-1979") == before
    replaced = run(db_path, "films", "load", str(changed), "--replace")
    assert replaced.exit_code == 0 and "replaced" in replaced.output
    assert passages_of(db_path, "stalker-1979") != before


def test_a_bad_file_leaves_the_database_unchanged(db_path, tmp_path):
    run(db_path, "films", "list")
    with sqlite3.connect(db_path) as conn:
        before = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "Broken", "sections": [')
    result = run(db_path, "films", "load", str(bad), "--replace")
    assert result.exit_code == 1 and "bad.json:" in result.output
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM passages").fetchone()[0] == before


def test_guild_films_stay_in_their_guild(db_path, tmp_path):
    doc = tmp_path / "local.md"
    doc.write_text("# Our Club Film (2020)\nDirector: A. Member\n\n## Premise\nA film made by the club.\n")
    assert run(db_path, "films", "load", str(doc), "--guild", "42").exit_code == 0
    assert "Our Club Film" not in run(db_path, "films", "list").output
    assert "Our Club Film" in run(db_path, "films", "list", "--guild", "42").output
    elsewhere = json.loads(run(db_path, "ask", "who directed it?", "--film", "Our Club Film", "--json").output)
    assert elsewhere["status"] == "not_found"
    here = json.loads(
        run(db_path, "ask", "who directed it?", "--film", "Our Club Film", "--guild", "42", "--json").output
    )
    assert here["status"] == "answered" and "Member" in here["answer"]


def test_show_lists_sections_without_their_text(db_path):
    result = run(db_path, "films", "show", "Psycho")
    assert result.exit_code == 0
    assert "SPOILER" in result.output and "safe" in result.output
    assert PSYCHO_TWIST not in result.output


def test_export_round_trips_through_load(db_path, tmp_path):
    exported = run(db_path, "films", "export", "Stalker")
    assert exported.exit_code == 0
    path = tmp_path / "stalker.json"
    path.write_text(exported.output)
    assert run(db_path, "films", "remove", "Stalker").exit_code == 0
    assert run(db_path, "films", "load", str(path)).exit_code == 0
    again = json.loads(run(db_path, "films", "export", "Stalker").output)
    original = json.loads(exported.output)
    assert [p["text"] for p in again["passages"]] == [p["text"] for p in original["passages"]]
    assert [s["spoiler"] for s in again["sections"]] == [s["spoiler"] for s in original["sections"]]


def test_ask_json_with_spoilers_off_and_on(db_path):
    off = json.loads(
        run(db_path, "ask", "what does the Professor want with the Room?", "--film", "Stalker", "--json").output
    )
    assert off["status"] == "withheld" and off["passages"] == []
    assert "bomb" not in off["answer"]
    on = json.loads(
        run(
            db_path,
            "ask",
            "what does the Professor want with the Room?",
            "--film",
            "Stalker",
            "--spoilers",
            "on",
            "--json",
        ).output
    )
    assert on["status"] == "answered"
    assert set(on) >= {"question", "status", "film", "answer", "passages"}
    assert set(on["passages"][0]) >= {"film_id", "section", "text", "spoiler", "position", "score"}


def test_batch_answers_in_order_with_one_line_each(db_path, tmp_path):
    questions = ["who directed Stalker?", "what is the Zone?", "who directed Psycho?"]
    batch = tmp_path / "q.jsonl"
    batch.write_text(
        "\n".join(json.dumps({"question": q}) for q in questions)
        + "\nnot json\n"
        + json.dumps({"question": "how long is it?", "film": "Vertigo"})
        + "\n"
    )
    result = run(db_path, "ask", "--batch", str(batch), "--json")
    assert result.exit_code == 1  # one line failed
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("question") for line in lines[:3]] == questions
    assert "error" in lines[3] and lines[3]["line"] == 4
    assert lines[4]["film"]["title"] == "Vertigo"


def test_ask_refuses_a_bad_scope(db_path):
    result = CliRunner().invoke(cli, ["ask", "x", "--spoilers", "sometimes", "--db", str(db_path)])
    assert result.exit_code == 2 and "unknown spoiler scope" in result.output


def test_db_backup_and_check(db_path, tmp_path):
    run(db_path, "films", "list")
    backup = tmp_path / "backup.db"
    assert run(db_path, "db", "backup", str(backup)).exit_code == 0
    assert run(backup, "db", "check").output.strip() == "ok"
    assert "stalker-1979" in run(backup, "films", "list").output


@pytest.mark.skipif(not SEED.exists(), reason="bundled seed missing")
def test_load_with_title_and_year_overrides(db_path):
    result = run(db_path, "films", "load", str(SEED), "--title", "The Stalker", "--year", "1980")
    assert result.exit_code == 0, result.output
    assert "The Stalker (1980)" in result.output


def test_a_database_from_a_newer_filmbot_is_refused_in_one_line(db_path):
    import subprocess
    import sys

    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "films", "list", "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "schema version 99" in result.stderr and "Traceback" not in result.stderr


def test_db_check_finds_damage(db_path):
    run(db_path, "films", "list")
    assert run(db_path, "db", "check", "--quick").output.strip() == "ok"
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'films_identity'").fetchone()[0]
    with open(db_path, "r+b") as raw:  # scribble over one index page
        raw.seek((root - 1) * page_size)
        raw.write(b"\xff" * page_size)
    result = CliRunner().invoke(cli, ["db", "check", "--db", str(db_path)])
    assert result.exit_code == 1
    assert "films_identity" in result.output or "malformed" in result.output
