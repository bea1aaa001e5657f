"""The stored tables as both backends dump and restore them (`db copy`): columns in order, in neutral Python types.

Neutral means what the models use, whatever the column type: moments are aware UTC datetimes (SQLite stores ISO
text, PostgreSQL timestamptz), `passages.spoiler` is a bool (SQLite stores 0/1), ids and snowflakes are ints.
The order is the one rows must be written in: passages after their films.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

Row = tuple[Any, ...]

TABLES: dict[str, tuple[str, ...]] = {
    "films": (
        "id",
        "guild_id",
        "title",
        "year",
        "title_key",
        "document",
        "content_hash",
        "source_file",
        "loaded_by",
        "loaded_at",
    ),
    "passages": (
        "film_id",
        "ordinal",
        "section",
        "section_kind",
        "text",
        "spoiler",
        "position",
        "position_end",
        "time_mark",
        "terms",
        "terms_version",
    ),
    "audit": ("id", "at", "actor", "action", "film_id", "title", "guild_id", "source_file", "content_hash"),
    "spoiler_prefs": (
        "id",
        "guild_id",
        "channel_id",
        "user_id",
        "film_id",
        "scope",
        "expires_at",
        "set_by",
        "set_at",
        "then_scope",
    ),
    "reveal_requests": ("token", "guild_id", "channel_id", "film_id", "question", "created_at"),
    "film_changes": ("id", "film_id", "action", "at"),
}

# Each table's key, which dumps are ordered by (so two dumps of equal data are equal, row for row).
ORDER: dict[str, str] = {
    "films": "id",
    "passages": "film_id, ordinal",
    "audit": "id",
    "spoiler_prefs": "id",
    "reveal_requests": "token",
    "film_changes": "id",
}

TIME_COLUMNS = frozenset({"loaded_at", "at", "expires_at", "set_at", "created_at"})
BOOL_COLUMNS = frozenset({"spoiler"})

# Tables whose integer id the database hands out; after a restore with explicit ids it must continue above them.
GENERATED_IDS = ("audit", "spoiler_prefs", "film_changes")


def utc(moment: datetime) -> datetime:
    """An aware UTC datetime; a naive one is taken as UTC, the zone filmbot keeps every time in."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
