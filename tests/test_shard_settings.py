"""FILMBOT_SHARD_COUNT / FILMBOT_SHARD_IDS: read as an operator writes them, refused in one line when wrong."""

from __future__ import annotations

import pytest

from bot.settings import Settings, StartupError, load_settings, parse_shard_ids


@pytest.mark.parametrize(
    ("text", "ids"),
    [("0", [0]), ("0-3", [0, 1, 2, 3]), ("0,2,5", [0, 2, 5]), ("4-5, 0", [0, 4, 5]), ("7-7", [7])],
)
def test_shard_ids_are_read_as_ranges_and_lists(text: str, ids: list[int]):
    assert parse_shard_ids(text) == ids


@pytest.mark.parametrize(
    ("count", "ids", "message"),
    [
        ("2", "0-2", "FILMBOT_SHARD_IDS: shard 2 is not below FILMBOT_SHARD_COUNT (2)"),
        (None, "0-1", "FILMBOT_SHARD_IDS: needs FILMBOT_SHARD_COUNT"),
        ("4", "3-1", "FILMBOT_SHARD_IDS: '3-1' runs backwards"),
        ("4", "0,a", "FILMBOT_SHARD_IDS: 'a' is not a shard id"),
        ("4", "1,1", "FILMBOT_SHARD_IDS: a shard id is given twice"),
        ("0", None, "FILMBOT_SHARD_COUNT"),
    ],
)
def test_bad_shard_settings_stop_the_start_with_one_line(
    monkeypatch: pytest.MonkeyPatch, count: str | None, ids: str | None, message: str
):
    for name, value in (("FILMBOT_SHARD_COUNT", count), ("FILMBOT_SHARD_IDS", ids)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    with pytest.raises(StartupError) as raised:
        load_settings()
    text = str(raised.value)
    assert "\n" not in text and message in text


def test_without_shard_settings_one_connection_and_with_a_count_every_shard(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("FILMBOT_SHARD_COUNT", raising=False)
    monkeypatch.delenv("FILMBOT_SHARD_IDS", raising=False)
    plain = Settings(_env_file=None)  # type: ignore[call-arg]
    assert plain.shard_count is None and plain.shard_id_list() is None
    monkeypatch.setenv("FILMBOT_SHARD_COUNT", "4")
    assert Settings(_env_file=None).shard_id_list() is None  # type: ignore[call-arg]
    monkeypatch.setenv("FILMBOT_SHARD_IDS", "2-3")
    assert Settings(_env_file=None).shard_id_list() == [2, 3]  # type: ignore[call-arg]
