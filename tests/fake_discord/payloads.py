"""Builders for the JSON objects the fake sends, shaped like Discord API v10 payloads.

Only fields discord.py 2.7 actually reads are guaranteed, but a few it indexes without
``.get`` are easy to forget (``member.flags``, ``interaction.attachment_size_limit``,
``message.type``/``content``, ``application.flags``), so every builder here fills them.
"""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

DISCORD_EPOCH_MS = 1420070400000

# Permission bits used by the defaults below (see discord.Permissions).
PERM_VIEW_CHANNEL = 1 << 10
PERM_SEND_MESSAGES = 1 << 11
PERM_EMBED_LINKS = 1 << 14
PERM_ATTACH_FILES = 1 << 15
PERM_READ_MESSAGE_HISTORY = 1 << 16
PERM_USE_APPLICATION_COMMANDS = 1 << 31
PERM_ADMINISTRATOR = 1 << 3
PERM_MANAGE_GUILD = 1 << 5

MEMBER_PERMISSIONS = (
    PERM_VIEW_CHANNEL
    | PERM_SEND_MESSAGES
    | PERM_EMBED_LINKS
    | PERM_ATTACH_FILES
    | PERM_READ_MESSAGE_HISTORY
    | PERM_USE_APPLICATION_COMMANDS
)
BOT_PERMISSIONS = MEMBER_PERMISSIONS

_counter = itertools.count()
_counter_lock = threading.Lock()


def snowflake(age: float = 0.0) -> int:
    """A fresh, time-ordered snowflake, so discord.py's ``created_at`` is plausible (``age`` seconds ago)."""
    with _counter_lock:
        n = next(_counter)
    ms = int((time.time() - age) * 1000) - DISCORD_EPOCH_MS
    # Worker, process and increment bits all hold the counter: tests mint many ids per millisecond.
    return (ms << 22) | (n & 0x3FFFFF)


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class FakeUser:
    """A human (or bot) that can appear in guilds and trigger interactions."""

    id: int
    name: str
    permissions: int = MEMBER_PERMISSIONS
    roles: list[int] = field(default_factory=list)
    bot: bool = False
    global_name: str | None = None
    nick: str | None = None

    def user_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }

    def member_payload(self, *, with_permissions: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "user": self.user_payload(),
            "nick": self.nick,
            "avatar": None,
            "roles": [str(r) for r in self.roles],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "premium_since": None,
            "deaf": False,
            "mute": False,
            # discord.py 2.7 reads member['flags'] without a default, so it must always be present.
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_permissions:
            # Interaction members carry the resolved channel permissions as a string bitfield.
            data["permissions"] = str(self.permissions)
        return data


@dataclass
class FakeChannel:
    id: int
    name: str = "general"
    type: int = 0
    topic: str | None = None
    nsfw: bool = False
    position: int = 0

    def payload(self, guild_id: int | None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "position": self.position,
            "permission_overwrites": [],
            "nsfw": self.nsfw,
            "topic": self.topic,
            "parent_id": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }
        if guild_id is not None:
            data["guild_id"] = str(guild_id)
        return data


@dataclass
class FakeRole:
    id: int
    name: str
    permissions: int = 0
    position: int = 0

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "icon": None,
            "unicode_emoji": None,
            "flags": 0,
        }


@dataclass
class FakeGuild:
    id: int
    name: str = "Test Guild"
    channels: list[FakeChannel] = field(default_factory=list)
    roles: list[FakeRole] = field(default_factory=list)
    members: list[FakeUser] = field(default_factory=list)
    owner_id: int = 0
    locale: str = "en-US"

    def everyone_role(self) -> FakeRole:
        # The @everyone role shares the guild's id; discord.py relies on that for guild.default_role.
        return FakeRole(id=self.id, name="@everyone", permissions=MEMBER_PERMISSIONS)

    def channel(self, channel_id: int) -> FakeChannel | None:
        return next((c for c in self.channels if c.id == channel_id), None)

    def payload(self, bot_member: FakeUser) -> dict[str, Any]:
        roles = [self.everyone_role(), *[r for r in self.roles if r.id != self.id]]
        members = [m for m in self.members if m.id != bot_member.id]
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(self.owner_id or (members[0].id if members else bot_member.id)),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": [r.payload() for r in roles],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": self.locale,
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "unavailable": False,
            "large": False,
            "member_count": len(members) + 1,
            "joined_at": "2024-01-01T00:00:00+00:00",
            "channels": [c.payload(None) for c in self.channels],
            "threads": [],
            "members": [bot_member.member_payload(), *[m.member_payload() for m in members]],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }


def dm_channel_payload(channel_id: int, user: FakeUser) -> dict[str, Any]:
    return {"id": str(channel_id), "type": 1, "last_message_id": None, "recipients": [user.user_payload()]}


def attachment_payload(
    attachment_id: int, filename: str, size: int, content_type: str | None, url: str, *, ephemeral: bool = False
) -> dict[str, Any]:
    return {
        "id": str(attachment_id),
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url,
        "content_type": content_type,
        "height": None,
        "width": None,
        "ephemeral": ephemeral,
        "flags": 0,
    }


def message_payload(
    *,
    message_id: int,
    channel_id: int,
    guild_id: int | None,
    author: dict[str, Any],
    body: dict[str, Any],
    message_type: int = 0,
    application_id: int | None = None,
    webhook_id: int | None = None,
    interaction_metadata: dict[str, Any] | None = None,
    attachments: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A full message object built from a create-message style request body."""
    data: dict[str, Any] = {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author,
        "content": body.get("content") or "",
        "timestamp": iso_now(),
        "edited_timestamp": None,
        "tts": bool(body.get("tts", False)),
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": attachments or [],
        "embeds": list(body.get("embeds") or []),
        "components": list(body.get("components") or []),
        "pinned": False,
        "type": message_type,
        "flags": int(body.get("flags") or 0),
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    if application_id is not None:
        data["application_id"] = str(application_id)
    if webhook_id is not None:
        data["webhook_id"] = str(webhook_id)
    if interaction_metadata is not None:
        data["interaction_metadata"] = interaction_metadata
    if body.get("poll") is not None:
        data["poll"] = body["poll"]
    return data


def apply_message_edit(message: dict[str, Any], body: dict[str, Any], new_attachments: list[dict[str, Any]]) -> None:
    """Apply a PATCH body to a stored message in place, the way Discord treats omitted fields."""
    if "content" in body:
        message["content"] = body["content"] or ""
    for key in ("embeds", "components"):
        if key in body:
            message[key] = list(body[key] or [])
    if "flags" in body and body["flags"] is not None:
        # Only SUPPRESS_EMBEDS can be toggled by an edit; ephemerality is fixed at creation.
        message["flags"] = (message["flags"] & ~4) | (int(body["flags"]) & 4)
    if "attachments" in body:
        keep = {str(a.get("id")) for a in body["attachments"] or []}
        message["attachments"] = [a for a in message["attachments"] if a["id"] in keep]
    message["attachments"].extend(new_attachments)
    message["edited_timestamp"] = iso_now()
