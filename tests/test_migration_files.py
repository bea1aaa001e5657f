"""The migration files: numbered without gaps per dialect, misnamed or missing files refused at load."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.migrations import load, load_folder


def test_both_dialects_load_in_order():
    sqlite, postgres = load("sqlite"), load("postgres")
    assert len(sqlite) >= 4 and "CREATE TABLE film_changes" in sqlite[3]
    assert len(postgres) >= 1 and "CREATE TABLE film_changes" in postgres[0]
    with pytest.raises(ValueError, match="unknown SQL dialect 'mysql'"):
        load("mysql")


def test_a_gap_a_duplicate_or_a_bad_name_is_refused(tmp_path: Path):
    (tmp_path / "001_first.sql").write_text("CREATE TABLE a (x);")
    (tmp_path / "003_third.sql").write_text("CREATE TABLE c (x);")
    (tmp_path / "notes.txt").write_text("ignored")
    with pytest.raises(ValueError, match="numbered 001 to 002 without gaps; found 001, 003"):
        load_folder(tmp_path)
    (tmp_path / "002_second.sql").write_text("CREATE TABLE b (x);")
    assert load_folder(tmp_path) == ["CREATE TABLE a (x);", "CREATE TABLE b (x);", "CREATE TABLE c (x);"]
    (tmp_path / "002_again.sql").write_text("")
    with pytest.raises(ValueError, match="two migrations are numbered 002"):
        load_folder(tmp_path)
    (tmp_path / "002_again.sql").unlink()
    (tmp_path / "4_Bad-Name.sql").write_text("")
    with pytest.raises(ValueError, match=r"4_Bad-Name\.sql is not named NNN_name\.sql"):
        load_folder(tmp_path)
