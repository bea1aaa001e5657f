"""A loopback fake of Discord's REST v10 API and gateway that the real discord.py client talks to.

Typical use (see tests/test_fake_discord.py for a complete bot)::

    async with fake_discord() as server, run_client(make_client(), server) as client:
        await client.tree.sync(guild=discord.Object(server.guild.id))
        inter = await server.send_slash_command(server.guild.id, server.channel.id, server.user, "ping")
        await inter.wait_message()
        assert inter.content == "pong" and not server.errors

The fake behaves like Discord where a bot can get it wrong: message/embed limits (50035), empty
messages (50006), the 3 s acknowledgement window (10062), double acknowledgement (40060), unknown
or expired webhook tokens (10015 / 50027), and rate limits that discord.py must honour (429).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import fnmatch
import json
import re
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import discord
import yarl
from aiohttp import web

from . import validation
from .gateway import RESUMABLE_CLOSE, FakeGateway
from .interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    CB_AUTOCOMPLETE_RESULT,
    CB_CHANNEL_MESSAGE,
    CB_DEFERRED_CHANNEL_MESSAGE,
    CB_DEFERRED_UPDATE,
    CB_MODAL,
    CB_PONG,
    CB_UPDATE_MESSAGE,
    FLAG_EPHEMERAL,
    FLAG_LOADING,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    PING,
    FakeInteraction,
    RecordedRequest,
    UploadedFile,
)
from .payloads import (
    BOT_PERMISSIONS,
    FakeChannel,
    FakeGuild,
    FakeRole,
    FakeUser,
    apply_message_edit,
    attachment_payload,
    dm_channel_payload,
    message_payload,
    snowflake,
)

DEFAULT_TOKEN = "fake-bot-token.filmbot.0000"
API_PREFIX = "/api/v10"
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024
# Message flags a bot may set when creating a message (SUPPRESS_EMBEDS, EPHEMERAL,
# SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2); anything else is dropped, as Discord does.
_CREATE_FLAGS = 4 | 64 | 4096 | 32768
# Discord's answer depends on the interaction type; these are the callbacks each type accepts.
_ALLOWED_CALLBACKS = {
    PING: {CB_PONG},
    APPLICATION_COMMAND: {CB_CHANNEL_MESSAGE, CB_DEFERRED_CHANNEL_MESSAGE, CB_MODAL},
    MESSAGE_COMPONENT: {
        CB_CHANNEL_MESSAGE,
        CB_DEFERRED_CHANNEL_MESSAGE,
        CB_DEFERRED_UPDATE,
        CB_UPDATE_MESSAGE,
        CB_MODAL,
    },
    AUTOCOMPLETE: {CB_AUTOCOMPLETE_RESULT},
    MODAL_SUBMIT: {CB_CHANNEL_MESSAGE, CB_DEFERRED_CHANNEL_MESSAGE, CB_DEFERRED_UPDATE, CB_UPDATE_MESSAGE},
}
# Application command option types.
_OPT_SUB_COMMAND = 1
_OPT_SUB_GROUP = 2
_OPT_STRING = 3
_OPT_INTEGER = 4
_OPT_BOOLEAN = 5
_OPT_USER = 6
_OPT_CHANNEL = 7
_OPT_ROLE = 8
_OPT_NUMBER = 10
_OPT_ATTACHMENT = 11


@dataclass
class Reply:
    """A response a REST handler wants to send; turned into an aiohttp response centrally."""

    status: int
    body: Any = None
    headers: dict[str, str] | None = None


@dataclass
class _Fault:
    pattern: str
    status: int
    remaining: int
    retry_after: float
    is_global: bool
    body: Any

    def matches(self, method: str, path: str) -> bool:
        method_part, _, path_part = self.pattern.partition(" ")
        if path_part and method_part.isupper():
            return method_part == method and fnmatch.fnmatchcase(path, path_part)
        return fnmatch.fnmatchcase(path, self.pattern)


def _discord_error(status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> Reply:
    body: dict[str, Any] = {"message": message, "code": code}
    if errors is not None:
        body["errors"] = errors
    return Reply(status, body)


def _invalid_form(errors: dict[str, Any]) -> Reply:
    return _discord_error(400, 50035, "Invalid Form Body", errors)


def _find_components(components: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for comp in components:
        yield comp
        for key in ("components", "accessory"):
            child = comp.get(key)
            if isinstance(child, list):
                yield from _find_components(child)
            elif isinstance(child, dict):
                yield from _find_components([child])


class FakeDiscord:
    """The fake Discord: REST under ``/api/v10``, the gateway at ``/``, attachments at ``/attachments``.

    By default there is one guild (``server.guild``) with one text channel (``server.channel``)
    and one human member (``server.user``); pass ``guilds=[FakeGuild(...)]`` for more.
    """

    def __init__(
        self,
        *,
        guilds: list[FakeGuild] | None = None,
        bot_name: str = "filmbot",
        bot_id: int | None = None,
        token: str = DEFAULT_TOKEN,
        ack_timeout: float = 3.0,
        token_lifetime: float = 15 * 60.0,
        heartbeat_interval_ms: int = 41250,
        strict_commands: bool = True,
        bot_permissions: int = BOT_PERMISSIONS,
        application_flags: int = 0,
        shards: int = 1,
        max_concurrency: int = 1,
        identify_interval: float = 5.0,
        enforce_identify_limit: bool = False,
    ) -> None:
        """``shards`` and ``max_concurrency`` are what GET /gateway/bot recommends and allows; see gateway.py for
        how sessions are routed by shard and how IDENTIFYs are rate-limited (``enforce_identify_limit``)."""
        self.token = token
        self.recommended_shards = shards
        self.ack_timeout = ack_timeout
        self.token_lifetime = token_lifetime
        self.strict_commands = strict_commands
        self.application_flags = application_flags
        # Discord gives a bot's user the same id as its application; code relying on that should work.
        self.application_id = bot_id or snowflake()
        self.bot = FakeUser(id=self.application_id, name=bot_name, permissions=bot_permissions, bot=True)
        if guilds is None:
            user = FakeUser(id=snowflake(), name="alice")
            guilds = [FakeGuild(id=snowflake(), channels=[FakeChannel(id=snowflake())], members=[user])]
        self.guilds: dict[int, FakeGuild] = {g.id: g for g in guilds}
        self.clock_offset = 0.0

        self.requests: list[RecordedRequest] = []
        self.errors: list[RecordedRequest] = []
        self.interactions: list[FakeInteraction] = []
        self.messages: dict[str, dict[str, Any]] = {}
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        # Every bulk-overwrite body as received: (guild_id or None for global, payload).
        self.command_syncs: list[tuple[int | None, list[dict[str, Any]]]] = []

        self._faults: list[_Fault] = []
        self._interactions_by_id: dict[int, FakeInteraction] = {}
        self._interactions_by_token: dict[str, FakeInteraction] = {}
        self._attachments: dict[str, tuple[str, bytes, str | None]] = {}
        self._command_ids: dict[tuple[int | None, str, int], int] = {}
        self._dm_channels: dict[int, int] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.gateway = FakeGateway(
            token=token,
            heartbeat_interval_ms=heartbeat_interval_ms,
            ready_payloads=self._ready_payloads,
            members_chunk=self._members_chunk,
            max_concurrency=max_concurrency,
            identify_interval=identify_interval,
            enforce_identify_limit=enforce_identify_limit,
            clock=self.now,
        )
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., Awaitable[Reply]], bool]] = []
        self._add_routes()

    # -- lifecycle -------------------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._handle_api)
        app.router.add_get("/attachments/{attachment_id}/{filename}", self._handle_attachment)
        app.router.add_get("/", self.gateway.handle)
        app.router.add_get("/resume/", self.gateway.handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        await self.gateway.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    @property
    def resume_gateway_url(self) -> str:
        # A distinct path, so tests can see that discord.py resumed where READY told it to.
        return f"ws://127.0.0.1:{self.port}/resume/"

    # -- convenience accessors -------------------------------------------------------------------

    @property
    def guild(self) -> FakeGuild:
        return next(iter(self.guilds.values()))

    @property
    def channel(self) -> FakeChannel:
        return self.guild.channels[0]

    @property
    def user(self) -> FakeUser:
        """The first human member of the default guild."""
        return next(m for m in self.guild.members if not m.bot)

    def now(self) -> float:
        """The fake's clock: monotonic time plus ``clock_offset``."""
        return time.monotonic() + self.clock_offset

    def advance_clock(self, seconds: float) -> None:
        """Pretend time passed, e.g. 901 s to expire interaction tokens without waiting."""
        self.clock_offset += seconds

    @property
    def error_codes(self) -> list[int]:
        """Discord error codes of every error response so far (429s have none)."""
        return [r.error_code for r in self.errors if r.error_code is not None]

    def requests_to(self, pattern: str) -> list[RecordedRequest]:
        """Recorded requests matching ``"METHOD /path/glob"`` or ``"/path/glob"``."""
        probe = _Fault(pattern, 0, 0, 0.0, False, None)
        return [r for r in self.requests if probe.matches(r.method, r.path)]

    def channel_messages(self, channel_id: int) -> list[dict[str, Any]]:
        return [m for m in self.messages.values() if m["channel_id"] == str(channel_id)]

    # -- fault injection -------------------------------------------------------------------------

    def fail_next(
        self,
        pattern: str,
        status: int = 429,
        *,
        retry_after: float = 0.2,
        count: int = 1,
        is_global: bool = False,
        body: Any = None,
    ) -> None:
        """Answer the next ``count`` REST requests matching ``pattern`` with an error.

        ``pattern`` is an fnmatch glob over the path below /api/v10, optionally prefixed by the
        method: ``"POST /interactions/*/callback"``, ``"/webhooks/*"``. A 429 carries the headers
        and body Discord sends (including ``Via``, without which discord.py treats a 429 as a
        Cloudflare ban and raises instead of retrying).
        """
        self._faults.append(_Fault(pattern, status, count, retry_after, is_global, body))

    def fail_server_errors(self, pattern: str, count: int = 1, status: int = 500) -> None:
        """5xx for the next ``count`` matching requests. discord.py retries 500/502/504/524 after
        sleeping 1 s, 3 s, 5 s..., so keep ``count`` small."""
        self.fail_next(pattern, status, count=count)

    def _take_fault(self, method: str, path: str) -> Reply | None:
        for fault in self._faults:
            if fault.remaining > 0 and fault.matches(method, path):
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._faults.remove(fault)
                return self._fault_reply(fault)
        return None

    def _fault_reply(self, fault: _Fault) -> Reply:
        if fault.status != 429:
            body = (
                fault.body if fault.body is not None else {"message": f"{fault.status}: Fake Server Error", "code": 0}
            )
            return Reply(fault.status, body)
        body = fault.body or {
            "message": "You are being rate limited.",
            "retry_after": fault.retry_after,
            "global": fault.is_global,
        }
        headers = {
            "Retry-After": f"{fault.retry_after:g}",
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": f"{time.time() + fault.retry_after:.3f}",
            "X-RateLimit-Reset-After": f"{fault.retry_after:.3f}",
            "X-RateLimit-Bucket": "fake-" + re.sub(r"[^a-z0-9]", "", fault.pattern.lower())[:24],
            "X-RateLimit-Scope": "global" if fault.is_global else "user",
        }
        if fault.is_global:
            headers["X-RateLimit-Global"] = "true"
        return Reply(429, body, headers)

    # -- gateway controls ------------------------------------------------------------------------

    async def wait_until_connected(self, timeout: float = 10.0, *, shard_id: int | None = None) -> None:
        await self.gateway.wait_until_connected(timeout, shard_id=shard_id)

    async def disconnect_gateway(
        self,
        code: int = RESUMABLE_CLOSE,
        *,
        invalidate: bool = False,
        wait: bool = True,
        timeout: float = 10.0,
        shard_id: int | None = None,
    ) -> None:
        """Close the client's websocket (4000 by default, which discord.py resumes after); with ``shard_id``, that
        shard's, else the latest session's.

        With ``wait`` (default) this returns once the client has RESUMEd (or re-IDENTIFYed, if
        ``invalidate`` made the session unknown). Interactions sent meanwhile are buffered and
        replayed on resume, as Discord does.
        """
        await self.gateway.disconnect(code, invalidate=invalidate, shard_id=shard_id)
        if wait:
            await self.gateway.wait_until_connected(timeout, shard_id=shard_id)

    async def send_reconnect(self, *, wait: bool = True, timeout: float = 10.0, shard_id: int | None = None) -> None:
        """Send op 7 RECONNECT (to ``shard_id``'s session, if given); discord.py closes and resumes."""
        await self.gateway.send_reconnect(shard_id=shard_id)
        if wait:
            await self.gateway.wait_until_connected(timeout, shard_id=shard_id)

    @property
    def identify_times(self) -> list[float]:
        """When each session-starting IDENTIFY arrived, on the fake's clock."""
        return self.gateway.identify_times

    def sharding_problems(self) -> list[str]:
        """Sharding mistakes Discord tolerates but a deployment must not make (see FakeGateway.sharding_problems)."""
        return self.gateway.sharding_problems()

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send any gateway DISPATCH event; returns its sequence number."""
        return await self.gateway.dispatch(event, data)

    def _ready_payloads(self, session_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        ready = {
            "v": 10,
            "user": self._bot_user_payload(),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds.values()],
            "session_id": session_id,
            "resume_gateway_url": self.resume_gateway_url,
            "shard": [0, 1],
            "application": {"id": str(self.application_id), "flags": self.application_flags},
            "private_channels": [],
            "relationships": [],
            "user_settings": {},
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "auth_session_id_hash": "",
            "_trace": ["fake-discord"],
        }
        return ready, [g.payload(self.bot) for g in self.guilds.values()]

    def _members_chunk(self, data: dict[str, Any]) -> dict[str, Any] | None:
        guild = self.guilds.get(int(data.get("guild_id") or 0))
        if guild is None:
            return None
        members = [self.bot, *[m for m in guild.members if m.id != self.bot.id]]
        chunk: dict[str, Any] = {
            "guild_id": str(guild.id),
            "members": [m.member_payload() for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        return chunk

    # -- attachments -----------------------------------------------------------------------------

    def add_attachment(self, filename: str, data: bytes, content_type: str | None = None) -> dict[str, Any]:
        """Host ``data`` on the fake and return an attachment payload whose url points at it.

        Pass the payload as a slash-command option value (it becomes a type-11 option with
        ``resolved.attachments``) so the bot can ``await attachment.read()`` over loopback.
        """
        attachment_id = str(snowflake())
        self._attachments[attachment_id] = (filename, data, content_type)
        url = f"{self.base_url}/attachments/{attachment_id}/{filename}"
        return attachment_payload(int(attachment_id), filename, len(data), content_type, url, ephemeral=True)

    async def _handle_attachment(self, request: web.Request) -> web.StreamResponse:
        record = RecordedRequest(request.method, request.path, dict(request.query), None)
        self.requests.append(record)
        stored = self._attachments.get(request.match_info["attachment_id"])
        if stored is None or stored[0] != request.match_info["filename"]:
            record.status = 404
            self.errors.append(record)
            return web.Response(status=404, text="Not Found")
        _filename, data, content_type = stored
        record.status = 200
        return web.Response(status=200, body=data, content_type=content_type or "application/octet-stream")

    # -- REST plumbing ---------------------------------------------------------------------------

    def _route(self, method: str, path: str, handler: Callable[..., Awaitable[Reply]], *, auth: bool = True) -> None:
        regex = "^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$"
        self._routes.append((method, re.compile(regex), handler, auth))

    def _add_routes(self) -> None:
        r = self._route
        r("GET", "/users/@me", self._get_me)
        r("GET", "/users/{user_id}", self._get_user)
        r("POST", "/users/@me/channels", self._create_dm)
        r("GET", "/oauth2/applications/@me", self._get_application)
        r("GET", "/applications/@me", self._get_application)
        r("GET", "/gateway", self._get_gateway, auth=False)
        r("GET", "/gateway/bot", self._get_gateway_bot)
        r("PUT", "/applications/{app_id}/commands", self._put_commands)
        r("GET", "/applications/{app_id}/commands", self._get_commands)
        r("PUT", "/applications/{app_id}/guilds/{guild_id}/commands", self._put_commands)
        r("GET", "/applications/{app_id}/guilds/{guild_id}/commands", self._get_commands)
        r("POST", "/interactions/{interaction_id}/{token}/callback", self._callback, auth=False)
        r("POST", "/webhooks/{app_id}/{token}", self._followup, auth=False)
        r("GET", "/webhooks/{app_id}/{token}/messages/{message_id}", self._get_webhook_message, auth=False)
        r("PATCH", "/webhooks/{app_id}/{token}/messages/{message_id}", self._edit_webhook_message, auth=False)
        r("DELETE", "/webhooks/{app_id}/{token}/messages/{message_id}", self._delete_webhook_message, auth=False)
        r("POST", "/channels/{channel_id}/messages", self._create_channel_message)
        r("GET", "/channels/{channel_id}", self._get_channel)
        r("GET", "/channels/{channel_id}/messages/{message_id}", self._get_channel_message)
        r("PATCH", "/channels/{channel_id}/messages/{message_id}", self._edit_channel_message)
        r("DELETE", "/channels/{channel_id}/messages/{message_id}", self._delete_channel_message)
        r("GET", "/guilds/{guild_id}", self._get_guild)
        r("GET", "/guilds/{guild_id}/channels", self._get_guild_channels)
        r("GET", "/guilds/{guild_id}/members/{user_id}", self._get_member)

    async def _read_body(self, request: web.Request) -> tuple[Any, list[UploadedFile]]:
        if not request.can_read_body:
            return None, []
        ctype = request.content_type
        if ctype == "multipart/form-data":
            body: Any = None
            files: list[UploadedFile] = []
            reader = await request.multipart()
            while (part := await reader.next()) is not None:
                if not isinstance(part, aiohttp.BodyPartReader):
                    continue
                data = await part.read()
                if part.name == "payload_json":
                    body = json.loads(data)
                else:
                    files.append(
                        UploadedFile(part.name or "", part.filename or "file", part.headers.get("Content-Type"), data)
                    )
            return body, files
        raw = await request.read()
        if not raw:
            return None, []
        if ctype == "application/json":
            return json.loads(raw), []
        return raw.decode("utf-8", "replace"), []

    def _interaction_for_path(self, path: str) -> FakeInteraction | None:
        m = re.match(r"^/interactions/(\d+)/([^/]+)/callback$", path)
        if m:
            return self._interactions_by_id.get(int(m.group(1)))
        m = re.match(r"^/webhooks/\d+/([^/]+)", path)
        if m:
            return self._interactions_by_token.get(m.group(1))
        return None

    async def _handle_api(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        record = RecordedRequest(request.method, path, dict(request.query), None)
        self.requests.append(record)
        interaction = self._interaction_for_path(path)
        if interaction is not None:
            record.interaction_id = interaction.id

        reply = self._take_fault(request.method, path)
        if reply is not None:
            record.injected = True
        else:
            try:
                record.body, record.files = await self._read_body(request)
                reply = await self._dispatch_route(request, record, path)
            except Exception as exc:
                # A bug in the fake must show up in ``errors``; 501 because discord.py's HTTPClient
                # retries 500/502/504 with multi-second sleeps but fails fast on other 5xx.
                reply = _discord_error(501, 0, f"fake discord crashed: {exc!r}")
                record.fake_crashed = True

        record.status = reply.status
        record.response = reply.body
        if reply.status >= 400:
            self.errors.append(record)
        if interaction is not None:
            interaction._record(record)
        return self._to_response(reply)

    async def _dispatch_route(self, request: web.Request, record: RecordedRequest, path: str) -> Reply:
        path_matched = False
        for method, regex, handler, auth in self._routes:
            m = regex.match(path)
            if m is None:
                continue
            path_matched = True
            if method != request.method:
                continue
            if auth and request.headers.get("Authorization") != f"Bot {self.token}":
                return _discord_error(401, 0, "401: Unauthorized")
            return await handler(record, **m.groupdict())
        if path_matched:
            return _discord_error(405, 0, "405: Method Not Allowed")
        return _discord_error(404, 0, "404: Not Found")

    @staticmethod
    def _to_response(reply: Reply) -> web.Response:
        # Discord sends every response through its Google front end; discord.py checks for ``Via``
        # on 429s to tell a real rate limit from a Cloudflare ban.
        headers = {"Via": "1.1 google", **(reply.headers or {})}
        if reply.status == 204 or reply.body is None:
            return web.Response(status=reply.status if reply.body is not None else 204, headers=headers)
        # Exactly "application/json": discord.py's json_or_text compares the header for equality,
        # so aiohttp's default "application/json; charset=utf-8" would make it return a str.
        headers["Content-Type"] = "application/json"
        return web.Response(status=reply.status, body=json.dumps(reply.body).encode(), headers=headers)

    # -- users, application, gateway -------------------------------------------------------------

    def _bot_user_payload(self) -> dict[str, Any]:
        return {**self.bot.user_payload(), "verified": True, "mfa_enabled": False, "flags": 0, "email": None}

    def _all_users(self) -> dict[int, FakeUser]:
        users = {self.bot.id: self.bot}
        for guild in self.guilds.values():
            users.update({m.id: m for m in guild.members})
        return users

    async def _get_me(self, record: RecordedRequest) -> Reply:
        return Reply(200, self._bot_user_payload())

    async def _get_user(self, record: RecordedRequest, user_id: str) -> Reply:
        user = self._all_users().get(int(user_id)) if user_id.isdigit() else None
        if user is None:
            return _discord_error(404, 10013, "Unknown User")
        return Reply(200, user.user_payload())

    async def _create_dm(self, record: RecordedRequest) -> Reply:
        recipient = int((record.body or {}).get("recipient_id") or 0)
        user = self._all_users().get(recipient)
        if user is None:
            return _discord_error(404, 10013, "Unknown User")
        channel_id = self._dm_channels.setdefault(user.id, snowflake())
        return Reply(200, dm_channel_payload(channel_id, user))

    async def _get_application(self, record: RecordedRequest) -> Reply:
        return Reply(
            200,
            {
                "id": str(self.application_id),
                "name": self.bot.name,
                "icon": None,
                "description": "filmbot test application",
                "summary": "",
                "type": None,
                "hook": True,
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "flags": self.application_flags,
                "owner": FakeUser(id=1, name="owner").user_payload(),
                "team": None,
                "bot": self.bot.user_payload(),
                "redirect_uris": [],
                "interactions_endpoint_url": None,
                "tags": [],
                "install_params": {
                    "scopes": ["bot", "applications.commands"],
                    "permissions": str(self.bot.permissions),
                },
                "integration_types_config": {"0": {}},
                "approximate_guild_count": len(self.guilds),
            },
        )

    async def _get_gateway(self, record: RecordedRequest) -> Reply:
        return Reply(200, {"url": self.gateway_url})

    async def _get_gateway_bot(self, record: RecordedRequest) -> Reply:
        return Reply(
            200,
            {
                "url": self.gateway_url,
                "shards": self.recommended_shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": max(0, 1000 - self.gateway.identify_count),
                    "reset_after": 14400000,
                    "max_concurrency": self.gateway.max_concurrency,
                },
            },
        )

    # -- application commands --------------------------------------------------------------------

    def _check_app(self, app_id: str) -> Reply | None:
        if app_id != str(self.application_id):
            return _discord_error(403, 50001, "Missing Access")
        return None

    async def _put_commands(self, record: RecordedRequest, app_id: str, guild_id: str | None = None) -> Reply:
        if (bad := self._check_app(app_id)) is not None:
            return bad
        gid = int(guild_id) if guild_id is not None else None
        if gid is not None and gid not in self.guilds:
            return _discord_error(403, 50001, "Missing Access")
        payload = record.body if isinstance(record.body, list) else []
        if not isinstance(record.body, list):
            return _invalid_form({"_errors": [{"code": "BASE_TYPE_ARRAY", "message": "Must be an array."}]})
        if (errors := validation.validate_commands(payload)) is not None:
            return _invalid_form(errors)
        self.command_syncs.append((gid, copy.deepcopy(payload)))
        stored = [self._store_command(cmd, gid) for cmd in payload]
        if gid is None:
            self.global_commands = stored
        else:
            self.guild_commands[gid] = stored
        return Reply(200, stored)

    def _store_command(self, cmd: dict[str, Any], guild_id: int | None) -> dict[str, Any]:
        ctype = int(cmd.get("type", 1))
        # Like Discord, re-syncing a command with the same name and type keeps its id.
        key = (guild_id, cmd["name"], ctype)
        command_id = self._command_ids.setdefault(key, snowflake())
        out: dict[str, Any] = {
            "id": str(command_id),
            "application_id": str(self.application_id),
            "version": str(snowflake()),
            "type": ctype,
            "name": cmd["name"],
            "description": cmd.get("description", ""),
            "options": copy.deepcopy(cmd.get("options") or []),
            "default_member_permissions": cmd.get("default_member_permissions"),
            "dm_permission": cmd.get("dm_permission", True),
            "nsfw": cmd.get("nsfw", False),
            "contexts": cmd.get("contexts"),
            "integration_types": cmd.get("integration_types", [0]),
            "name_localizations": cmd.get("name_localizations"),
            "description_localizations": cmd.get("description_localizations"),
        }
        if guild_id is not None:
            out["guild_id"] = str(guild_id)
        return out

    async def _get_commands(self, record: RecordedRequest, app_id: str, guild_id: str | None = None) -> Reply:
        if (bad := self._check_app(app_id)) is not None:
            return bad
        if guild_id is None:
            return Reply(200, self.global_commands)
        return Reply(200, self.guild_commands.get(int(guild_id), []))

    def find_command(self, name: str, guild_id: int | None) -> dict[str, Any] | None:
        """The synced command a user would invoke as /name in ``guild_id`` (guild commands win)."""
        if guild_id is not None:
            for cmd in self.guild_commands.get(guild_id, []):
                if cmd["name"] == name and cmd["type"] == 1:
                    return cmd
        return next((c for c in self.global_commands if c["name"] == name and c["type"] == 1), None)

    # -- messages --------------------------------------------------------------------------------

    def _store_uploads(
        self, body: dict[str, Any], files: list[UploadedFile], *, ephemeral: bool
    ) -> list[dict[str, Any]]:
        """Turn multipart uploads into hosted attachments, honouring the body's ``attachments`` metadata."""
        meta = {str(a.get("id")): a for a in body.get("attachments") or [] if isinstance(a, dict)}
        out = []
        for upload in files:
            m = re.match(r"files\[(\d+)\]", upload.field_name)
            info = meta.get(m.group(1), {}) if m else {}
            filename = str(info.get("filename") or upload.filename)
            payload = self.add_attachment(filename, upload.data, upload.content_type)
            payload["ephemeral"] = ephemeral
            if info.get("description"):
                payload["description"] = info["description"]
            out.append(payload)
        return out

    def _check_message(
        self, body: Any, files: list[UploadedFile], *, creating: bool, nest: str | None = None
    ) -> Reply | None:
        if not isinstance(body, dict):
            if creating and not files:
                return _discord_error(400, 50006, "Cannot send an empty message")
            return None
        errors = validation.validate_message(body)
        if errors is not None:
            return _invalid_form({nest: errors} if nest else errors)
        if creating and validation.is_empty_message(body, has_files=bool(files)):
            return _discord_error(400, 50006, "Cannot send an empty message")
        return None

    def _interaction_message(
        self, inter: FakeInteraction, body: dict[str, Any], files: list[UploadedFile], *, flags: int
    ) -> dict[str, Any]:
        payload = inter.payload
        channel_id = int(payload["channel_id"])
        guild_id = int(payload["guild_id"]) if payload.get("guild_id") else None
        user = (payload.get("member") or {}).get("user") or payload.get("user")
        metadata: dict[str, Any] = {
            "id": str(inter.id),
            "type": inter.kind,
            "user": user,
            "authorizing_integration_owners": payload.get("authorizing_integration_owners", {}),
        }
        if inter.kind == APPLICATION_COMMAND:
            metadata["name"] = payload["data"]["name"]
            metadata["command_type"] = 1
        message = message_payload(
            message_id=snowflake(),
            channel_id=channel_id,
            guild_id=guild_id,
            author=self.bot.user_payload(),
            body={**body, "flags": flags},
            message_type=20 if inter.kind == APPLICATION_COMMAND else 0,
            application_id=self.application_id,
            webhook_id=self.application_id,
            interaction_metadata=metadata,
            attachments=self._store_uploads(body, files, ephemeral=bool(flags & FLAG_EPHEMERAL)),
        )
        self.messages[message["id"]] = message
        return message

    # -- interaction callback --------------------------------------------------------------------

    async def _callback(self, record: RecordedRequest, interaction_id: str, token: str) -> Reply:
        inter = self._interactions_by_id.get(int(interaction_id))
        if inter is None or inter.token != token:
            return _discord_error(404, 10062, "Unknown interaction")
        if inter.acknowledged:
            return _discord_error(400, 40060, "Interaction has already been acknowledged.")
        if self.now() - inter.created_at > self.ack_timeout:
            return _discord_error(404, 10062, "Unknown interaction")
        body = record.body if isinstance(record.body, dict) else {}
        cb_type = body.get("type")
        if cb_type not in _ALLOWED_CALLBACKS.get(inter.kind, set()):
            return _invalid_form(
                {
                    "type": {
                        "_errors": [
                            {
                                "code": "INTERACTION_CALLBACK_TYPE_INVALID",
                                "message": "Invalid interaction callback type",
                            }
                        ]
                    }
                }
            )
        data = body.get("data") if isinstance(body.get("data"), dict) else {}

        if cb_type in (CB_CHANNEL_MESSAGE, CB_UPDATE_MESSAGE):
            bad = self._check_message(data, record.files, creating=cb_type == CB_CHANNEL_MESSAGE, nest="data")
            if bad is not None:
                return bad
        elif cb_type == CB_AUTOCOMPLETE_RESULT:
            if (errors := validation.validate_autocomplete(data)) is not None:
                return _invalid_form({"data": errors})
        elif cb_type == CB_MODAL:
            title = data.get("title")
            if not data.get("custom_id") or not isinstance(title, str) or not 1 <= len(title) <= 45:
                return _invalid_form(
                    {
                        "data": {
                            "title": {
                                "_errors": [
                                    {"code": "BASE_TYPE_BAD_LENGTH", "message": "Must be between 1 and 45 in length."}
                                ]
                            }
                        }
                    }
                )

        message: dict[str, Any] | None = None
        flags = int(data.get("flags") or 0) & _CREATE_FLAGS
        if cb_type == CB_CHANNEL_MESSAGE:
            message = self._interaction_message(inter, data, record.files, flags=flags)
            inter.original = message
        elif cb_type == CB_DEFERRED_CHANNEL_MESSAGE:
            # The "<bot> is thinking..." placeholder; its ephemerality is fixed now, not by the followup.
            message = self._interaction_message(inter, {}, [], flags=(flags & FLAG_EPHEMERAL) | FLAG_LOADING)
            inter.original = message
        elif cb_type in (CB_DEFERRED_UPDATE, CB_UPDATE_MESSAGE):
            source = inter.source_message
            if source is not None:
                message = self.messages.setdefault(source["id"], source)
                if cb_type == CB_UPDATE_MESSAGE:
                    apply_message_edit(message, data, self._store_uploads(data, record.files, ephemeral=False))
                inter.original = message
        inter.response = copy.deepcopy(body)
        inter._touch(message if cb_type != CB_DEFERRED_UPDATE else None)

        if record.query.get("with_response", "").lower() not in ("1", "true"):
            return Reply(204)
        interaction_info: dict[str, Any] = {"id": str(inter.id), "type": inter.kind}
        resource: dict[str, Any] = {"type": cb_type}
        if message is not None:
            msg_flags = int(message.get("flags") or 0)
            interaction_info["response_message_id"] = message["id"]
            interaction_info["response_message_loading"] = bool(msg_flags & FLAG_LOADING)
            interaction_info["response_message_ephemeral"] = bool(msg_flags & FLAG_EPHEMERAL)
            if cb_type != CB_DEFERRED_UPDATE:
                resource["message"] = message
        return Reply(200, {"interaction": interaction_info, "resource": resource})

    # -- followups and @original -----------------------------------------------------------------

    def _webhook_interaction(self, app_id: str, token: str) -> tuple[FakeInteraction | None, Reply | None]:
        inter = self._interactions_by_token.get(token)
        if inter is None or app_id != str(self.application_id):
            return None, _discord_error(404, 10015, "Unknown Webhook")
        if self.now() - inter.created_at > self.token_lifetime:
            return None, _discord_error(401, 50027, "Invalid Webhook Token")
        if not inter.acknowledged:
            # Until the callback is accepted Discord has no webhook for this token.
            return None, _discord_error(404, 10015, "Unknown Webhook")
        return inter, None

    async def _followup(self, record: RecordedRequest, app_id: str, token: str) -> Reply:
        inter, bad = self._webhook_interaction(app_id, token)
        if inter is None:
            assert bad is not None
            return bad
        if (bad := self._check_message(record.body, record.files, creating=True)) is not None:
            return bad
        body = record.body if isinstance(record.body, dict) else {}
        if inter.loading and inter.original is not None:
            # Discord turns the deferred "thinking" message into the first followup; the flags
            # chosen at defer time win, so an ephemeral followup after a public defer is public.
            message = inter.original
            keep_flags = int(message["flags"]) & ~FLAG_LOADING
            apply_message_edit(
                message,
                {k: v for k, v in body.items() if k != "flags"},
                self._store_uploads(body, record.files, ephemeral=bool(keep_flags & FLAG_EPHEMERAL)),
            )
            message["flags"] = keep_flags
            message["edited_timestamp"] = None
        else:
            message = self._interaction_message(
                inter, body, record.files, flags=int(body.get("flags") or 0) & _CREATE_FLAGS
            )
        inter.followups.append(message)
        inter._touch(message)
        return Reply(200, message)

    def _resolve_webhook_message(self, inter: FakeInteraction, message_id: str) -> dict[str, Any] | None:
        if message_id == "@original":
            message = inter.original
        else:
            message = next(
                (m for m in [inter.original, *inter.followups] if m is not None and m["id"] == message_id), None
            )
        if message is None or message["id"] in inter.deleted_ids:
            return None
        return message

    def _webhook_message(
        self, app_id: str, token: str, message_id: str
    ) -> tuple[FakeInteraction, dict[str, Any]] | Reply:
        """The interaction and message a webhook message route names, or the error Discord would return."""
        inter, bad = self._webhook_interaction(app_id, token)
        if inter is None:
            assert bad is not None
            return bad
        message = self._resolve_webhook_message(inter, message_id)
        if message is None:
            return _discord_error(404, 10008, "Unknown Message")
        return inter, message

    async def _get_webhook_message(self, record: RecordedRequest, app_id: str, token: str, message_id: str) -> Reply:
        found = self._webhook_message(app_id, token, message_id)
        if isinstance(found, Reply):
            return found
        _, message = found
        return Reply(200, message)

    async def _edit_webhook_message(self, record: RecordedRequest, app_id: str, token: str, message_id: str) -> Reply:
        found = self._webhook_message(app_id, token, message_id)
        if isinstance(found, Reply):
            return found
        inter, message = found
        if (bad := self._check_message(record.body, record.files, creating=False)) is not None:
            return bad
        body = record.body if isinstance(record.body, dict) else {}
        was_loading = bool(int(message["flags"]) & FLAG_LOADING)
        apply_message_edit(
            message,
            body,
            self._store_uploads(body, record.files, ephemeral=bool(int(message["flags"]) & FLAG_EPHEMERAL)),
        )
        if was_loading:
            message["flags"] = int(message["flags"]) & ~FLAG_LOADING
            message["edited_timestamp"] = None
        inter._touch(message)
        return Reply(200, message)

    async def _delete_webhook_message(self, record: RecordedRequest, app_id: str, token: str, message_id: str) -> Reply:
        found = self._webhook_message(app_id, token, message_id)
        if isinstance(found, Reply):
            return found
        inter, message = found
        inter.deleted_ids.add(message["id"])
        self.messages.pop(message["id"], None)
        inter._touch()
        return Reply(204)

    # -- channels and guilds ---------------------------------------------------------------------

    def _find_channel(self, channel_id: int) -> tuple[FakeChannel | None, FakeGuild | None]:
        for guild in self.guilds.values():
            channel = guild.channel(channel_id)
            if channel is not None:
                return channel, guild
        return None, None

    async def _get_channel(self, record: RecordedRequest, channel_id: str) -> Reply:
        channel, guild = self._find_channel(int(channel_id))
        if channel is not None and guild is not None:
            return Reply(200, channel.payload(guild.id))
        for user_id, dm_id in self._dm_channels.items():
            if dm_id == int(channel_id):
                return Reply(200, dm_channel_payload(dm_id, self._all_users()[user_id]))
        return _discord_error(404, 10003, "Unknown Channel")

    def _channel_exists(self, channel_id: int) -> tuple[bool, int | None]:
        channel, guild = self._find_channel(channel_id)
        if channel is not None and guild is not None:
            return True, guild.id
        return channel_id in self._dm_channels.values(), None

    async def _create_channel_message(self, record: RecordedRequest, channel_id: str) -> Reply:
        exists, guild_id = self._channel_exists(int(channel_id))
        if not exists:
            return _discord_error(404, 10003, "Unknown Channel")
        if (bad := self._check_message(record.body, record.files, creating=True)) is not None:
            return bad
        body = record.body if isinstance(record.body, dict) else {}
        message = message_payload(
            message_id=snowflake(),
            channel_id=int(channel_id),
            guild_id=guild_id,
            author=self.bot.user_payload(),
            body={**body, "flags": int(body.get("flags") or 0) & (4 | 4096 | 32768)},
            message_type=19 if body.get("message_reference") else 0,
            attachments=self._store_uploads(body, record.files, ephemeral=False),
        )
        self.messages[message["id"]] = message
        return Reply(200, message)

    async def _get_channel_message(self, record: RecordedRequest, channel_id: str, message_id: str) -> Reply:
        message = self.messages.get(message_id)
        if message is None or message["channel_id"] != channel_id or message["flags"] & FLAG_EPHEMERAL:
            return _discord_error(404, 10008, "Unknown Message")
        return Reply(200, message)

    async def _edit_channel_message(self, record: RecordedRequest, channel_id: str, message_id: str) -> Reply:
        message = self.messages.get(message_id)
        if message is None or message["channel_id"] != channel_id or message["flags"] & FLAG_EPHEMERAL:
            return _discord_error(404, 10008, "Unknown Message")
        if message["author"]["id"] != str(self.bot.id):
            return _discord_error(403, 50005, "Cannot edit a message authored by another user")
        if (bad := self._check_message(record.body, record.files, creating=False)) is not None:
            return bad
        body = record.body if isinstance(record.body, dict) else {}
        apply_message_edit(message, body, self._store_uploads(body, record.files, ephemeral=False))
        return Reply(200, message)

    async def _delete_channel_message(self, record: RecordedRequest, channel_id: str, message_id: str) -> Reply:
        message = self.messages.get(message_id)
        if message is None or message["channel_id"] != channel_id or message["flags"] & FLAG_EPHEMERAL:
            return _discord_error(404, 10008, "Unknown Message")
        del self.messages[message_id]
        return Reply(204)

    async def _get_guild(self, record: RecordedRequest, guild_id: str) -> Reply:
        guild = self.guilds.get(int(guild_id)) if guild_id.isdigit() else None
        if guild is None:
            return _discord_error(404, 10004, "Unknown Guild")
        payload = guild.payload(self.bot)
        for key in (
            "channels",
            "members",
            "threads",
            "voice_states",
            "presences",
            "joined_at",
            "large",
            "member_count",
        ):
            payload.pop(key, None)
        return Reply(200, payload)

    async def _get_guild_channels(self, record: RecordedRequest, guild_id: str) -> Reply:
        guild = self.guilds.get(int(guild_id)) if guild_id.isdigit() else None
        if guild is None:
            return _discord_error(404, 10004, "Unknown Guild")
        return Reply(200, [c.payload(guild.id) for c in guild.channels])

    async def _get_member(self, record: RecordedRequest, guild_id: str, user_id: str) -> Reply:
        guild = self.guilds.get(int(guild_id)) if guild_id.isdigit() else None
        if guild is None:
            return _discord_error(404, 10004, "Unknown Guild")
        members = {m.id: m for m in [self.bot, *guild.members]}
        member = members.get(int(user_id)) if user_id.isdigit() else None
        if member is None:
            return _discord_error(404, 10007, "Unknown Member")
        return Reply(200, member.member_payload())

    # -- driving interactions --------------------------------------------------------------------

    def _resolve_location(
        self, guild_id: int | None, channel_id: int | None, user: FakeUser
    ) -> tuple[FakeGuild | None, dict[str, Any]]:
        if guild_id is None:
            dm_id = channel_id or self._dm_channels.setdefault(user.id, snowflake())
            return None, dm_channel_payload(dm_id, user)
        guild = self.guilds.get(guild_id)
        if guild is None:
            raise LookupError(f"guild {guild_id} is not configured on the fake")
        channel = guild.channel(channel_id) if channel_id is not None else guild.channels[0]
        if channel is None:
            raise LookupError(f"channel {channel_id} is not in guild {guild_id}")
        return guild, channel.payload(guild.id)

    async def _send_interaction(
        self,
        kind: int,
        guild_id: int | None,
        channel_id: int | None,
        user: FakeUser,
        data: dict[str, Any],
        *,
        message: dict[str, Any] | None = None,
        locale: str = "en-US",
        age: float = 0.0,
    ) -> FakeInteraction:
        guild, channel = self._resolve_location(guild_id, channel_id, user)
        interaction_id = snowflake(age)
        token = "aW50ZXJhY3Rpb24." + secrets.token_urlsafe(48)
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": kind,
            "data": data,
            "token": token,
            "version": 1,
            "locale": locale,
            "app_permissions": str(self.bot.permissions),
            "entitlements": [],
            "entitlement_sku_ids": [],
            # discord.py 2.7 reads this key without a default.
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            "channel_id": channel["id"],
            "channel": channel,
        }
        if guild is not None:
            payload["guild_id"] = str(guild.id)
            payload["guild"] = {"id": str(guild.id), "locale": guild.locale, "features": []}
            payload["guild_locale"] = guild.locale
            payload["member"] = user.member_payload(with_permissions=True)
            payload["authorizing_integration_owners"] = {"0": str(guild.id)}
            payload["context"] = 0
        else:
            payload["user"] = user.user_payload()
            payload["authorizing_integration_owners"] = {"0": "0"}
            payload["context"] = 1
        if message is not None:
            payload["message"] = copy.deepcopy(message)
        inter = FakeInteraction(
            interaction_id=interaction_id,
            token=token,
            kind=kind,
            payload=payload,
            created_at=self.now() - age,
            source_message=message,
        )
        # Registered before dispatch: a fast bot can answer before ``dispatch`` returns.
        self.interactions.append(inter)
        self._interactions_by_id[interaction_id] = inter
        self._interactions_by_token[token] = inter
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return inter

    def _command_data(
        self,
        guild_id: int | None,
        user: FakeUser,
        name: str,
        options: dict[str, Any] | list[dict[str, Any]] | None,
        *,
        subcommand_group: str | None,
        subcommand: str | None,
        resolved: dict[str, Any] | None,
        focused: str | None = None,
    ) -> dict[str, Any]:
        top, *path = name.split()
        if subcommand_group is not None:
            path = [subcommand_group, *path]
        if subcommand is not None:
            path.append(subcommand)
        command = self.find_command(top, guild_id)
        if command is None and self.strict_commands:
            where = f"guild {guild_id} or globally" if guild_id is not None else "globally"
            raise LookupError(
                f"/{top} is not synced {where}; call tree.sync(...) first "
                "(or build the fake with strict_commands=False)"
            )
        schema: list[dict[str, Any]] | None = command["options"] if command is not None else None
        path_types: list[int] = []
        for i, part in enumerate(path):
            entry = next((o for o in schema or [] if o.get("name") == part), None)
            if entry is None and schema is not None and self.strict_commands:
                raise LookupError(f"/{top} has no subcommand (group) {part!r}")
            default_type = _OPT_SUB_GROUP if i < len(path) - 1 else _OPT_SUB_COMMAND
            path_types.append(int(entry["type"]) if entry else default_type)
            schema = entry.get("options") or [] if entry is not None else None

        auto_resolved: dict[str, dict[str, Any]] = {}
        leaf = self._build_options(options, schema, guild_id, auto_resolved, focused=focused)
        for part, ptype in zip(reversed(path), reversed(path_types), strict=True):
            leaf = [{"type": ptype, "name": part, "options": leaf}]

        data: dict[str, Any] = {
            "id": command["id"] if command is not None else str(snowflake()),
            "name": top,
            "type": 1,
            "options": leaf,
        }
        if command is not None and command.get("guild_id"):
            # discord.py looks guild commands up by this key, not by the interaction's guild_id.
            data["guild_id"] = command["guild_id"]
        for key, value in (resolved or {}).items():
            auto_resolved.setdefault(key, {}).update(value)
        if auto_resolved:
            data["resolved"] = auto_resolved
        return data

    def _build_options(
        self,
        options: dict[str, Any] | list[dict[str, Any]] | None,
        schema: list[dict[str, Any]] | None,
        guild_id: int | None,
        resolved: dict[str, dict[str, Any]],
        *,
        focused: str | None,
    ) -> list[dict[str, Any]]:
        if isinstance(options, list):
            return copy.deepcopy(options)
        values = dict(options or {})
        if focused is not None:
            values.setdefault(focused, "")
        by_name = {o["name"]: o for o in schema or []}
        if schema is not None and self.strict_commands:
            unknown = set(values) - set(by_name)
            if unknown:
                raise LookupError(f"unknown option(s) {sorted(unknown)}; command has {sorted(by_name)}")
            missing = [o["name"] for o in schema if o.get("required") and o["name"] not in values]
            if missing and focused is None:
                raise ValueError(f"required option(s) {missing} missing (a Discord client would not send this)")
        out = []
        for opt_name, value in values.items():
            declared = by_name.get(opt_name, {}).get("type")
            opt_type, wire = self._option_value(value, declared, guild_id, resolved)
            option: dict[str, Any] = {"name": opt_name, "type": opt_type, "value": wire}
            if opt_name == focused:
                # While typing, Discord sends the raw partial text whatever the option's type.
                option["value"] = str(value)
                option["focused"] = True
            out.append(option)
        return out

    def _option_value(
        self, value: Any, declared: int | None, guild_id: int | None, resolved: dict[str, dict[str, Any]]
    ) -> tuple[int, Any]:
        if isinstance(value, FakeUser):
            resolved.setdefault("users", {})[str(value.id)] = value.user_payload()
            if guild_id is not None:
                member = value.member_payload(with_permissions=True)
                member.pop("user")
                resolved.setdefault("members", {})[str(value.id)] = member
            return _OPT_USER, str(value.id)
        if isinstance(value, FakeRole):
            resolved.setdefault("roles", {})[str(value.id)] = value.payload()
            return _OPT_ROLE, str(value.id)
        if isinstance(value, FakeChannel):
            channel = value.payload(guild_id)
            channel["permissions"] = str(self.bot.permissions)
            resolved.setdefault("channels", {})[str(value.id)] = channel
            return _OPT_CHANNEL, str(value.id)
        if isinstance(value, dict) and "filename" in value and "url" in value:
            resolved.setdefault("attachments", {})[str(value["id"])] = value
            return _OPT_ATTACHMENT, str(value["id"])
        if declared is not None:
            return int(declared), value
        if isinstance(value, bool):
            return _OPT_BOOLEAN, value
        if isinstance(value, int):
            return _OPT_INTEGER, value
        if isinstance(value, float):
            return _OPT_NUMBER, value
        return _OPT_STRING, str(value)

    async def send_slash_command(
        self,
        guild_id: int | None,
        channel_id: int | None,
        user: FakeUser,
        name: str,
        options: dict[str, Any] | list[dict[str, Any]] | None = None,
        *,
        subcommand_group: str | None = None,
        subcommand: str | None = None,
        resolved: dict[str, Any] | None = None,
        locale: str = "en-US",
        age: float = 0.0,
    ) -> FakeInteraction:
        """Dispatch INTERACTION_CREATE for ``/name``, as if ``user`` ran it.

        ``age`` makes the interaction that many seconds old (its id and the fake's clock), e.g. 901 for one
        whose token has expired by the time the bot sees it.

        ``name`` may include subcommands (``"film info"``). ``options`` is a dict of option name to
        value (types come from the synced command; FakeUser/FakeRole/FakeChannel values and
        ``add_attachment`` payloads are put into ``resolved`` automatically) or a raw option list.
        ``guild_id=None`` sends it from a DM.
        """
        data = self._command_data(
            guild_id, user, name, options, subcommand_group=subcommand_group, subcommand=subcommand, resolved=resolved
        )
        return await self._send_interaction(
            APPLICATION_COMMAND, guild_id, channel_id, user, data, locale=locale, age=age
        )

    async def send_autocomplete(
        self,
        guild_id: int | None,
        channel_id: int | None,
        user: FakeUser,
        name: str,
        options: dict[str, Any] | None,
        focused: str,
        *,
        subcommand_group: str | None = None,
        subcommand: str | None = None,
        locale: str = "en-US",
    ) -> FakeInteraction:
        """Dispatch an autocomplete request (type 4) while ``user`` types into option ``focused``."""
        data = self._command_data(
            guild_id,
            user,
            name,
            options,
            subcommand_group=subcommand_group,
            subcommand=subcommand,
            resolved=None,
            focused=focused,
        )
        return await self._send_interaction(AUTOCOMPLETE, guild_id, channel_id, user, data, locale=locale)

    def _component_message(self, message: dict[str, Any] | str | int) -> dict[str, Any]:
        message_id = str(message["id"]) if isinstance(message, dict) else str(message)
        stored = self.messages.get(message_id)
        if stored is None:
            if isinstance(message, dict):
                return message
            raise LookupError(f"message {message_id} is unknown to the fake")
        return stored

    async def click_button(
        self, message: dict[str, Any] | str | int, custom_id: str, user: FakeUser, *, locale: str = "en-US"
    ) -> FakeInteraction:
        """Click the button ``custom_id`` on a message the bot sent (type 3 interaction)."""
        return await self._component_interaction(message, custom_id, user, component_type=2, values=None, locale=locale)

    async def select_option(
        self,
        message: dict[str, Any] | str | int,
        custom_id: str,
        user: FakeUser,
        values: list[str],
        *,
        locale: str = "en-US",
    ) -> FakeInteraction:
        """Choose ``values`` in the string select ``custom_id`` on a message the bot sent."""
        return await self._component_interaction(
            message, custom_id, user, component_type=3, values=values, locale=locale
        )

    async def _component_interaction(
        self,
        message: dict[str, Any] | str | int,
        custom_id: str,
        user: FakeUser,
        *,
        component_type: int,
        values: list[str] | None,
        locale: str,
    ) -> FakeInteraction:
        msg = self._component_message(message)
        component = next(
            (c for c in _find_components(msg.get("components") or []) if c.get("custom_id") == custom_id), None
        )
        if component is None:
            raise LookupError(f"message {msg['id']} has no component with custom_id {custom_id!r}")
        if component.get("disabled"):
            raise ValueError(f"component {custom_id!r} is disabled; a user cannot use it")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = values
        guild_id = int(msg["guild_id"]) if msg.get("guild_id") else None
        return await self._send_interaction(
            MESSAGE_COMPONENT, guild_id, int(msg["channel_id"]), user, data, message=msg, locale=locale
        )

    async def submit_modal(
        self, opened: FakeInteraction, user: FakeUser, values: dict[str, str | list[str]], *, locale: str = "en-US"
    ) -> FakeInteraction:
        """Submit the modal the bot opened (callback type 9) on ``opened``; ``values`` maps custom_id
        to the typed text (or chosen values for selects). Returns the MODAL_SUBMIT interaction."""
        if opened.response_type != CB_MODAL:
            raise ValueError(f"{opened!r} was not answered with a modal")
        modal = opened.response_data
        unknown = set(values) - {c.get("custom_id") for c in _find_components(modal.get("components") or [])}
        if unknown:
            raise LookupError(f"modal {modal.get('custom_id')!r} has no input(s) {sorted(unknown)}")

        def submitted(comp: dict[str, Any]) -> dict[str, Any] | None:
            ctype = comp.get("type")
            if ctype == 1:
                return {"type": 1, "components": [x for c in comp.get("components") or [] if (x := submitted(c))]}
            if ctype == 18:
                inner = submitted(comp.get("component") or {})
                return {"type": 18, "id": comp.get("id"), "component": inner} if inner else None
            custom_id = comp.get("custom_id")
            if custom_id is None:
                return None
            if ctype == 4:
                text = str(values.get(custom_id, comp.get("value") or ""))
                if comp.get("required", True) and not text:
                    raise ValueError(f"text input {custom_id!r} is required")
                if len(text) > int(comp.get("max_length") or 4000) or len(text) < int(comp.get("min_length") or 0):
                    raise ValueError(f"text input {custom_id!r} length is out of bounds; Discord would not submit")
                return {"type": 4, "custom_id": custom_id, "value": text}
            chosen = values.get(custom_id, [])
            return {
                "type": ctype,
                "custom_id": custom_id,
                "values": list(chosen) if isinstance(chosen, list) else [chosen],
            }

        components = [x for c in modal.get("components") or [] if (x := submitted(c))]
        data = {"custom_id": modal["custom_id"], "components": components}
        payload = opened.payload
        guild_id = int(payload["guild_id"]) if payload.get("guild_id") else None
        channel_id = int(payload["channel_id"])
        return await self._send_interaction(
            MODAL_SUBMIT, guild_id, channel_id, user, data, message=opened.source_message, locale=locale
        )

    async def send_user_message(self, channel_id: int, user: FakeUser, content: str) -> dict[str, Any]:
        """A human posts ``content`` in a guild channel (MESSAGE_CREATE)."""
        exists, guild_id = self._channel_exists(channel_id)
        if not exists:
            raise LookupError(f"channel {channel_id} is unknown to the fake")
        message = message_payload(
            message_id=snowflake(),
            channel_id=channel_id,
            guild_id=guild_id,
            author=user.user_payload(),
            body={"content": content},
        )
        self.messages[message["id"]] = message
        event = dict(message)
        if guild_id is not None:
            member = user.member_payload()
            member.pop("user")
            event["member"] = member
        await self.gateway.dispatch("MESSAGE_CREATE", event)
        return message


@contextlib.contextmanager
def point_discord_py_at(server: FakeDiscord) -> Iterator[FakeDiscord]:
    """Point discord.py's REST base and default gateway at ``server``; restore them on exit."""
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = server.api_url
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(server.gateway_url)
    try:
        yield server
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


@contextlib.asynccontextmanager
async def fake_discord(**kwargs: Any) -> AsyncIterator[FakeDiscord]:
    """Start a FakeDiscord (kwargs go to its constructor) with discord.py pointed at it."""
    server = FakeDiscord(**kwargs)
    await server.start()
    try:
        with point_discord_py_at(server):
            yield server
    finally:
        await server.stop()


@contextlib.asynccontextmanager
async def run_client(
    client: discord.Client, server: FakeDiscord, *, timeout: float = 10.0
) -> AsyncIterator[discord.Client]:
    """Log ``client`` in to the fake, connect, wait for on_ready; close it cleanly afterwards.

    Build the client with ``guild_ready_timeout=0.1``: discord.py always waits that long (2 s by
    default) after the last GUILD_CREATE before it fires on_ready.
    """
    await client.login(server.token)
    task = asyncio.create_task(client.connect(reconnect=True), name="fake-discord-client")
    try:
        ready = asyncio.create_task(client.wait_until_ready())
        done, _ = await asyncio.wait({task, ready}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            if task in done:
                task.result()  # re-raise why the connection died
            raise TimeoutError(f"client was not ready within {timeout}s")
        yield client
    finally:
        await client.close()
        try:
            await asyncio.wait_for(task, timeout)
        except (TimeoutError, asyncio.CancelledError):
            task.cancel()
        except Exception:
            # The connection's own failure was already surfaced (or is irrelevant) at teardown.
            pass
