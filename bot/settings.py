"""Run-time settings from the environment or `.env`, with the defaults a fresh install needs."""

from __future__ import annotations

import logging
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import AliasChoices, Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from corpus.db import DEFAULT_BUSY_TIMEOUT_MS
from corpus.postgres_db import DEFAULT_POOL_MAX, DEFAULT_POOL_MIN
from corpus.store_api import StoreSettings, parse_location
from index.engine import FILM_CACHE
from index.film_index import VisibleCache


def default_db_path() -> Path:
    return Path(user_data_dir("filmbot", appauthor=False)) / "filmbot.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    discord_token: SecretStr | None = Field(default=None, validation_alias="DISCORD_TOKEN")
    # A SQLite file (a path or sqlite:///path), or PostgreSQL (postgresql://user@host/db) for several processes.
    db: Path | str = Field(default_factory=default_db_path, validation_alias="FILMBOT_DB")
    # PostgreSQL's connection pool, and how long a database operation waits for a connection or another process's
    # lock before failing as busy (seconds; SQLite's busy timeout too).
    db_pool_min: int = Field(default=DEFAULT_POOL_MIN, ge=0, validation_alias="FILMBOT_DB_POOL_MIN")
    db_pool_max: int = Field(default=DEFAULT_POOL_MAX, ge=1, validation_alias="FILMBOT_DB_POOL_MAX")
    db_timeout: float = Field(default=DEFAULT_BUSY_TIMEOUT_MS / 1000, gt=0, validation_alias="FILMBOT_DB_TIMEOUT")
    # Commands are synced to this guild at start; without it they are synced only by `python -m bot sync`.
    dev_guild: int | None = Field(default=None, validation_alias="FILMBOT_DEV_GUILD")
    discord_api_base: str | None = Field(default=None, validation_alias="FILMBOT_DISCORD_API_BASE")
    discord_gateway_url: str | None = Field(default=None, validation_alias="FILMBOT_DISCORD_GATEWAY_URL")
    log_level: str = Field(default="INFO", validation_alias=AliasChoices("FILMBOT_LOG_LEVEL", "LOG_LEVEL"))
    # Seconds between two uses by the same user: /ask, /film add, the Reveal button, /spoilers. 0 turns one off.
    ask_cooldown: float = Field(default=3.0, ge=0, validation_alias="FILMBOT_ASK_COOLDOWN")
    add_cooldown: float = Field(default=10.0, ge=0, validation_alias="FILMBOT_ADD_COOLDOWN")
    reveal_cooldown: float = Field(default=3.0, ge=0, validation_alias="FILMBOT_REVEAL_COOLDOWN")
    spoilers_cooldown: float = Field(default=2.0, ge=0, validation_alias="FILMBOT_SPOILERS_COOLDOWN")
    max_attachment_bytes: int = Field(default=1_000_000, ge=1, validation_alias="FILMBOT_MAX_ATTACHMENT_BYTES")
    # Sharding (several processes, or many guilds): how many shards the bot has in all, and which of them this
    # process runs ("0-3", "0,2,5"; all of them when unset). Unset count: one connection, no sharding.
    shard_count: int | None = Field(default=None, ge=1, validation_alias="FILMBOT_SHARD_COUNT")
    shard_ids: str | None = Field(default=None, validation_alias="FILMBOT_SHARD_IDS")
    # How many films' per-scope search indexes stay built (least recently used dropped): ~40 KB each.
    visible_indexes: int = Field(default=VisibleCache.DEFAULT, ge=1, validation_alias="FILMBOT_VISIBLE_INDEXES")
    # The content index on disk (finding a film by its text), shared by the processes of one host. Default: beside
    # the SQLite file (films.db.index), or for PostgreSQL a directory in the user cache (index/startup.py).
    index_dir: Path | None = Field(default=None, validation_alias="FILMBOT_INDEX_DIR")
    # How many films' passages stay read from a SQLite database (least recently asked dropped): ~60 KB each.
    film_cache: int = Field(default=FILM_CACHE, ge=1, validation_alias="FILMBOT_FILM_CACHE")

    @field_validator("discord_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator(
        "dev_guild", "discord_api_base", "discord_gateway_url", "shard_count", "shard_ids", "index_dir", mode="before"
    )
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("db", mode="before")
    @classmethod
    def _db_location(cls, value: object) -> object:
        return parse_location(value) if isinstance(value, str | Path) else value

    @field_validator("db_pool_max")
    @classmethod
    def _pool_max_not_below_min(cls, value: int, info: ValidationInfo) -> int:
        low = info.data.get("db_pool_min")
        if low is not None and value < low:
            raise ValueError(f"must be at least FILMBOT_DB_POOL_MIN ({low})")
        return value

    @field_validator("shard_ids")
    @classmethod
    def _shard_ids_readable(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        count = info.data.get("shard_count")
        if count is None:
            raise ValueError("needs FILMBOT_SHARD_COUNT (how many shards there are in all)")
        ids = parse_shard_ids(value)
        if outside := [shard for shard in ids if shard >= count]:
            raise ValueError(f"shard {outside[0]} is not below FILMBOT_SHARD_COUNT ({count})")
        return value

    def shard_id_list(self) -> list[int] | None:
        """The shards this process runs; None: every shard of `shard_count`."""
        return None if self.shard_ids is None else parse_shard_ids(self.shard_ids)

    def store_settings(self) -> StoreSettings:
        """The keyword arguments of `open_store` (and `FilmService.open`) these settings give."""
        return {"pool_min": self.db_pool_min, "pool_max": self.db_pool_max, "timeout": self.db_timeout}

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if not isinstance(logging.getLevelName(level), int):
            raise ValueError(f"unknown log level {value!r}")
        return level


def parse_shard_ids(text: str) -> list[int]:
    """ "0-3" → [0, 1, 2, 3]; "0,2,5" → [0, 2, 5]; ranges and single ids may mix. ValueError says what is wrong."""
    ids: list[int] = []
    for part in text.replace(" ", "").split(","):
        low, dash, high = part.partition("-")
        if not low.isdigit() or (dash and not high.isdigit()):
            raise ValueError(f"{part!r} is not a shard id or a range like 0-3")
        first, last = int(low), int(high) if dash else int(low)
        if last < first:
            raise ValueError(f"{part!r} runs backwards")
        ids.extend(range(first, last + 1))
    if len(set(ids)) != len(ids):
        raise ValueError("a shard id is given twice")
    return sorted(ids)


class StartupError(Exception):
    """The bot cannot start as configured; the message is one line saying what to change."""


def load_settings() -> Settings:
    """The settings, or a StartupError naming the first bad setting (never echoing its value: it may be a secret)."""
    try:
        return Settings()
    except ValidationError as error:
        raise StartupError(describe_settings_error(error)) from None


def describe_settings_error(error: ValidationError) -> str:
    first = error.errors()[0]
    name = ".".join(str(part) for part in first["loc"]) or "a setting"
    message = str(first["msg"]).removeprefix("Value error, ")
    more = len(error.errors()) - 1
    return f"bad setting {name}: {message}" + (f" (and {more} more)" if more else "")
