"""Run-time settings from the environment or `.env`, with the defaults a fresh install needs."""

from __future__ import annotations

import logging
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.film_index import VisibleCache


def default_db_path() -> Path:
    return Path(user_data_dir("filmbot", appauthor=False)) / "filmbot.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    discord_token: SecretStr | None = Field(default=None, validation_alias="DISCORD_TOKEN")
    db: Path = Field(default_factory=default_db_path, validation_alias="FILMBOT_DB")
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
    # How many films' per-scope search indexes stay built (least recently used dropped): ~40 KB each.
    visible_indexes: int = Field(default=VisibleCache.DEFAULT, ge=1, validation_alias="FILMBOT_VISIBLE_INDEXES")

    @field_validator("discord_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("dev_guild", "discord_api_base", "discord_gateway_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if not isinstance(logging.getLevelName(level), int):
            raise ValueError(f"unknown log level {value!r}")
        return level


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
