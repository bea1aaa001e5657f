"""Loopback fake of Discord (REST v10 + gateway) for end-to-end tests of the real discord.py client."""

from .gateway import shard_of, snowflake_on_shard
from .interactions import FakeInteraction, RecordedRequest, UploadedFile
from .payloads import FakeChannel, FakeGuild, FakeRole, FakeUser, snowflake
from .server import DEFAULT_TOKEN, FakeDiscord, Reply, fake_discord, point_discord_py_at, run_client

__all__ = [
    "DEFAULT_TOKEN",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeInteraction",
    "FakeRole",
    "FakeUser",
    "RecordedRequest",
    "Reply",
    "UploadedFile",
    "fake_discord",
    "point_discord_py_at",
    "run_client",
    "shard_of",
    "snowflake",
    "snowflake_on_shard",
]
