"""The gateway half of the fake: one websocket endpoint speaking Discord's JSON gateway protocol.

Frames are always sent as uncompressed TEXT even though discord.py asks for
``compress=zlib-stream``/``zstd-stream`` in the URL: discord.py only runs its decompressor on
BINARY frames, so text is accepted and keeps the fake free of streaming-compression state.

Sharding follows Discord's gateway documentation (https://discord.com/developers/docs/events/gateway, sections
"Sharding", "Max Concurrency", "Identifying" and "Rate Limiting"):

- IDENTIFY's ``shard: [shard_id, num_shards]`` routes each guild's events to the sessions whose shard is
  ``(guild_id >> 22) % num_shards``; events without a guild (DMs) go to shard 0 only. A session that sent no
  ``shard`` gets everything, as before.
- A shard outside ``0 <= shard_id < num_shards`` closes the socket with 4010 Invalid Shard (discord.py gives up).
- Discord does *not* refuse a second session on a live shard, nor sessions that disagree on ``num_shards``: "You can
  establish multiple sessions with the same [shard_id, num_shards], or sessions with different num_shards values"
  (each is routed by its own count, so both get the shard's events). The fake does the same and records either case
  in ``sharding_problems()``, because for one deployment of filmbot both are misconfigurations.
- ``max_concurrency`` IDENTIFYs per 5 s, one per bucket ``shard_id % max_concurrency``; over the limit Discord
  answers op 9 Invalid Session, after which discord.py closes, calls ``before_identify_hook`` and IDENTIFYs again.
  Every IDENTIFY is recorded (``identifies``, ``identify_times``) and checked by ``sharding_problems()``; answering
  with op 9 is opt-in (``enforce_identify_limit``) because tests skip discord.py's 5 s wait on purpose.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

_log = logging.getLogger(__name__)

OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE = 3
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11

# Close codes after which discord.py (2.7) will try to RESUME.
RESUMABLE_CLOSE = 4000
CLOSE_AUTHENTICATION_FAILED = 4004
CLOSE_INVALID_SHARD = 4010
# A client closing with these ends its session on Discord: it cannot be resumed, so it gets no more events.
_SESSION_ENDING_CLOSES = (1000, 1001)
# The dispatches whose guild is ``id`` rather than ``guild_id``.
_GUILD_EVENTS = {"GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE"}

Shard = tuple[int, int]  # (shard_id, num_shards), as sent in IDENTIFY


def shard_of(guild_id: int, shard_count: int) -> int:
    """Discord's sharding formula: the shard that receives ``guild_id``'s events."""
    return (guild_id >> 22) % shard_count


def snowflake_on_shard(snowflake: int, shard_id: int, shard_count: int) -> int:
    """``snowflake`` moved back by under ``shard_count`` milliseconds so that it lands on ``shard_id``; the low bits
    (the fake's unique counter) are kept, so ids stay unique."""
    ms = snowflake >> 22
    ms -= (ms - shard_id) % shard_count
    return (ms << 22) | (snowflake & 0x3FFFFF)


def event_guild_id(event: str, data: dict[str, Any]) -> int | None:
    raw = data.get("id") if event in _GUILD_EVENTS else data.get("guild_id")
    return int(raw) if raw else None


@dataclass
class GatewaySession:
    session_id: str
    seq: int = 0
    # Every dispatch of the session, kept so a RESUME can replay what the client missed.
    events: list[tuple[int, str]] = field(default_factory=list)
    connection: _Connection | None = None
    shard: Shard | None = None

    def receives(self, guild_id: int | None) -> bool:
        """Whether Discord routes an event of ``guild_id`` (None: no guild, e.g. a DM) to this session."""
        if self.shard is None:
            return True
        shard_id, count = self.shard
        return shard_id == (0 if guild_id is None else shard_of(guild_id, count))

    def dispatched(self, event: str) -> list[dict[str, Any]]:
        """The data of every ``event`` dispatch sent (or buffered) on this session."""
        out = []
        for _seq, text in self.events:
            payload = json.loads(text)
            if payload.get("t") == event:
                out.append(payload["d"])
        return out


@dataclass(eq=False)  # identity semantics: connections live in a set
class _Connection:
    ws: web.WebSocketResponse
    path: str
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    session: GatewaySession | None = None
    closed_by_fake: bool = False

    async def close(self, code: int, message: bytes, timeout: float) -> None:
        self.closed_by_fake = True
        # discord.py answers the close frame itself (autoclose=False on its side), but never
        # wait forever on a client that is busy elsewhere.
        with contextlib.suppress(TimeoutError, ConnectionError):
            await asyncio.wait_for(self.ws.close(code=code, message=message), timeout)

    async def send(self, payload: dict[str, Any] | str) -> None:
        text = payload if isinstance(payload, str) else json.dumps(payload)
        async with self.lock:
            if self.ws.closed:
                return
            # A socket that died under us just loses the frame; the session buffer replays it on RESUME.
            with contextlib.suppress(ConnectionError):
                await self.ws.send_str(text)


@dataclass
class GatewayConnectionRecord:
    """How a client connected: which path, and whether it identified or resumed."""

    path: str
    query: dict[str, str]
    kind: str = "pending"  # "identify", "resume", "invalid-resume", "rate-limited", "invalid-shard" or "pending"


@dataclass
class IdentifyRecord:
    """One IDENTIFY with a valid token: when (on the fake's clock), for which shard, and whether it started a session
    (False: answered op 9 because the concurrency bucket was used less than ``identify_interval`` ago)."""

    at: float
    shard: Shard | None
    accepted: bool


class FakeGateway:
    """State and websocket handler for the fake gateway.

    ``ready_payloads`` is called on IDENTIFY and returns (READY data, [GUILD_CREATE data, ...]) for every guild; the
    gateway keeps the ones of the identifying session's shard.
    """

    def __init__(
        self,
        *,
        token: str,
        heartbeat_interval_ms: int,
        ready_payloads: Callable[[str], tuple[dict[str, Any], list[dict[str, Any]]]],
        members_chunk: Callable[[dict[str, Any]], dict[str, Any] | None],
        max_concurrency: int = 1,
        identify_interval: float = 5.0,
        enforce_identify_limit: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token = token
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.max_concurrency = max_concurrency
        self.identify_interval = identify_interval
        self.enforce_identify_limit = enforce_identify_limit
        self._clock = clock
        self._ready_payloads = ready_payloads
        self._members_chunk = members_chunk
        # Sessions that can still be resumed and receive events (a client's close with 1000/1001 ends one).
        self.sessions: dict[str, GatewaySession] = {}
        # Every session ever started, ended ones included, for tests that ask who received what.
        self.all_sessions: list[GatewaySession] = []
        self.current: GatewaySession | None = None  # the latest identified or resumed session
        self.connections: list[GatewayConnectionRecord] = []
        self.received: list[dict[str, Any]] = []
        self.identifies: list[IdentifyRecord] = []
        self.identify_count = 0
        self.resume_count = 0
        self.heartbeats = 0
        self._problems: list[str] = []
        self._live: set[_Connection] = set()
        self._connected = asyncio.Event()
        self._changed = asyncio.Event()

    # -- test-facing controls --------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    @property
    def identify_times(self) -> list[float]:
        """When each session-starting IDENTIFY arrived, on the fake's clock (seconds)."""
        return [record.at for record in self.identifies if record.accepted]

    def live_sessions(self) -> list[GatewaySession]:
        """Sessions with a connected socket right now."""
        return [s for s in self.sessions.values() if s.connection is not None]

    def session_for(self, shard_id: int | None = None) -> GatewaySession:
        """The latest session of ``shard_id`` (None: the latest session of any shard)."""
        if shard_id is None:
            session = self.current
        else:
            matching = [s for s in self.sessions.values() if s.shard is not None and s.shard[0] == shard_id]
            session = matching[-1] if matching else None
        if session is None:
            which = "" if shard_id is None else f" for shard {shard_id}"
            raise RuntimeError(f"no gateway session{which} yet: connect the client and wait for on_ready first")
        return session

    def delivered_to(self, event: str, **fields: object) -> list[Shard | None]:
        """The shards (None: unsharded) of every session that was sent an ``event`` whose data has these fields,
        compared as strings: ``delivered_to("INTERACTION_CREATE", id=inter.id)``."""
        wanted = {key: str(value) for key, value in fields.items()}
        return [
            session.shard
            for session in self.all_sessions
            if any(all(str(data.get(k)) == v for k, v in wanted.items()) for data in session.dispatched(event))
        ]

    def sharding_problems(self) -> list[str]:
        """What Discord would let pass but a sharded deployment must not do: sessions that disagree on the shard
        count or share a shard while live, and IDENTIFYs closer than ``identify_interval`` in one bucket."""
        problems = list(self._problems)
        last: dict[int, IdentifyRecord] = {}
        for record in (r for r in self.identifies if r.accepted):
            bucket = self._bucket(record.shard)
            previous = last.get(bucket)
            if previous is not None and record.at - previous.at < self.identify_interval:
                problems.append(
                    f"IDENTIFY of {_describe(record.shard)} {record.at - previous.at:.2f}s after that of "
                    f"{_describe(previous.shard)}; Discord allows one per {self.identify_interval:g}s per "
                    f"concurrency bucket (max_concurrency {self.max_concurrency})"
                )
            last[bucket] = record
        return problems

    async def wait_until_connected(self, timeout: float = 10.0, *, shard_id: int | None = None) -> None:
        """Wait until a client is identified or resumed on a live socket (on ``shard_id``, if given)."""
        if shard_id is None:
            await asyncio.wait_for(self._connected.wait(), timeout)
            return

        async def shard_connected() -> None:
            while not any(s.shard is not None and s.shard[0] == shard_id for s in self.live_sessions()):
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(shard_connected(), timeout)

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send (or, while its client is away, buffer for RESUME) a DISPATCH to every session Discord would route
        it to; returns its seq in the latest of them."""
        guild_id = event_guild_id(event, data)
        targets = [s for s in self.sessions.values() if s.receives(guild_id)]
        if not targets:
            if not self.sessions:
                raise RuntimeError("no gateway session yet: connect the client and wait for on_ready first")
            where = f"guild {guild_id}" if guild_id is not None else "events without a guild (shard 0)"
            raise RuntimeError(f"no gateway session receives {where}: shards connected are {self._shards_text()}")
        seq = 0
        for session in targets:
            seq = await self._send_dispatch(session, event, data)
        return seq

    async def disconnect(
        self, code: int = RESUMABLE_CLOSE, *, invalidate: bool = False, shard_id: int | None = None
    ) -> None:
        """Drop the live socket of the latest session (of ``shard_id``, if given). With ``invalidate`` the session
        is forgotten, so a RESUME fails with op 9 and the client has to IDENTIFY again."""
        session = self.current if shard_id is None else self.session_for(shard_id)
        conn = session.connection if session is not None else None
        if session is not None:
            session.connection = None
            if invalidate:
                self.sessions.pop(session.session_id, None)
        if session is self.current:
            self._connected.clear()
        if conn is not None:
            await conn.close(code, b"fake disconnect", 5.0)

    async def send_reconnect(self, *, shard_id: int | None = None) -> None:
        """Ask the client to reconnect and resume (op 7), like Discord does before maintenance."""
        session = self.current if shard_id is None else self.session_for(shard_id)
        if session is None or session.connection is None:
            raise RuntimeError("no live gateway connection")
        if session is self.current:
            self._connected.clear()
        await session.connection.send({"op": OP_RECONNECT, "d": None})

    async def close_all(self) -> None:
        for conn in list(self._live):
            await conn.close(1001, b"fake shutting down", 2.0)
        self._live.clear()

    # -- websocket handler -----------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        conn = _Connection(ws=ws, path=request.path)
        record = GatewayConnectionRecord(path=request.path, query=dict(request.query))
        self.connections.append(record)
        self._live.add(conn)
        try:
            await conn.send({"op": OP_HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                payload = json.loads(msg.data)
                self.received.append(payload)
                await self._on_message(conn, record, payload)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._live.discard(conn)
            session = conn.session
            if session is not None and session.connection is conn:
                session.connection = None
                if session is self.current:
                    self._connected.clear()
                if not conn.closed_by_fake and ws.close_code in _SESSION_ENDING_CLOSES:
                    self.sessions.pop(session.session_id, None)
            self._changed.set()
        return ws

    async def _on_message(self, conn: _Connection, record: GatewayConnectionRecord, payload: dict[str, Any]) -> None:
        op = payload.get("op")
        data = payload.get("d")
        if op == OP_HEARTBEAT:
            self.heartbeats += 1
            await conn.send({"op": OP_HEARTBEAT_ACK, "d": None})
        elif op == OP_IDENTIFY:
            await self._identify(conn, record, data or {})
        elif op == OP_RESUME:
            await self._resume(conn, record, data or {})
        elif op == OP_REQUEST_MEMBERS and conn.session is not None:
            chunk = self._members_chunk(data or {})
            if chunk is not None:
                await self._send_dispatch_on(conn, "GUILD_MEMBERS_CHUNK", chunk)
        # Presence (3) and voice (4) updates are recorded in ``received`` and otherwise ignored.

    @staticmethod
    def _next_dispatch(session: GatewaySession, event: str, data: dict[str, Any]) -> str:
        session.seq += 1
        text = json.dumps({"op": OP_DISPATCH, "t": event, "s": session.seq, "d": data})
        session.events.append((session.seq, text))
        return text

    async def _send_dispatch(self, session: GatewaySession, event: str, data: dict[str, Any]) -> int:
        text = self._next_dispatch(session, event, data)
        seq = session.seq  # before the send yields to another dispatch
        if session.connection is not None:
            await session.connection.send(text)
        return seq

    async def _send_dispatch_on(self, conn: _Connection, event: str, data: dict[str, Any]) -> None:
        assert conn.session is not None
        await conn.send(self._next_dispatch(conn.session, event, data))

    async def _identify(self, conn: _Connection, record: GatewayConnectionRecord, data: dict[str, Any]) -> None:
        record.kind = "identify"
        if data.get("token") != self.token:
            await conn.close(CLOSE_AUTHENTICATION_FAILED, b"Authentication failed.", 5.0)
            return
        try:
            shard = _parse_shard(data.get("shard"))
        except ValueError:
            record.kind = "invalid-shard"
            await conn.close(CLOSE_INVALID_SHARD, b"Invalid shard.", 5.0)
            return
        now = self._clock()
        if self.enforce_identify_limit and self._too_soon(shard, now):
            record.kind = "rate-limited"
            self.identifies.append(IdentifyRecord(now, shard, accepted=False))
            # What Discord answers over max_concurrency; discord.py closes and IDENTIFYs again after its hook.
            await conn.send({"op": OP_INVALID_SESSION, "d": False})
            return
        self.identifies.append(IdentifyRecord(now, shard, accepted=True))
        self.identify_count += 1
        self._note_overlaps(shard)
        session = GatewaySession(session_id=secrets.token_hex(16), connection=conn, shard=shard)
        self.sessions[session.session_id] = session
        self.all_sessions.append(session)
        self.current = session
        conn.session = session
        ready, guilds = self._ready_payloads(session.session_id)
        if shard is not None:
            ready = {
                **ready,
                "shard": list(shard),
                "guilds": [g for g in ready.get("guilds", []) if session.receives(int(g["id"]))],
            }
            guilds = [g for g in guilds if session.receives(int(g["id"]))]
        await self._send_dispatch_on(conn, "READY", ready)
        for guild in guilds:
            await self._send_dispatch_on(conn, "GUILD_CREATE", guild)
        self._connected.set()
        self._changed.set()

    async def _resume(self, conn: _Connection, record: GatewayConnectionRecord, data: dict[str, Any]) -> None:
        session = self.sessions.get(str(data.get("session_id")))
        if session is None or data.get("token") != self.token:
            record.kind = "invalid-resume"
            # d=false tells discord.py the session cannot be resumed; it then re-IDENTIFYs.
            await conn.send({"op": OP_INVALID_SESSION, "d": False})
            return
        record.kind = "resume"
        self.resume_count += 1
        if session.connection is not None and session.connection is not conn:
            await session.connection.close(RESUMABLE_CLOSE, b"", 2.0)
        session.connection = conn
        conn.session = session
        self.current = session
        last_seen = int(data.get("seq") or 0)
        for seq, text in list(session.events):
            if seq > last_seen:
                await conn.send(text)
        await self._send_dispatch_on(conn, "RESUMED", {})
        self._connected.set()
        self._changed.set()

    # -- sharding rules --------------------------------------------------------------------------

    def _bucket(self, shard: Shard | None) -> int:
        return (shard[0] if shard is not None else 0) % self.max_concurrency

    def _too_soon(self, shard: Shard | None, now: float) -> bool:
        bucket = self._bucket(shard)
        previous = [r.at for r in self.identifies if r.accepted and self._bucket(r.shard) == bucket]
        return bool(previous) and now - previous[-1] < self.identify_interval

    def _note_overlaps(self, shard: Shard | None) -> None:
        live = self.live_sessions()
        if any(other.shard == shard for other in live):
            self._problems.append(
                f"a second session IDENTIFYed as {_describe(shard)} while one is live: "
                "Discord sends both every event of that shard"
            )
        if shard is None:
            if any(other.shard is not None for other in live):
                self._problems.append(
                    "an unsharded session IDENTIFYed while sharded ones are live: it also gets every guild's events"
                )
            return
        if any(other.shard is None for other in live):
            self._problems.append(
                f"{_describe(shard)} IDENTIFYed while an unsharded session is live: that one gets every guild's events"
            )
        counts = sorted({other.shard[1] for other in live if other.shard is not None and other.shard[1] != shard[1]})
        if counts:
            self._problems.append(
                f"{_describe(shard)} IDENTIFYed while sessions with shard count {', '.join(map(str, counts))} are "
                "live: the sessions disagree on the shard count, so some guilds are handled twice and others never"
            )

    def _shards_text(self) -> str:
        return ", ".join(sorted({_describe(s.shard) for s in self.sessions.values()}))


def _parse_shard(raw: object) -> Shard | None:
    """IDENTIFY's shard as (id, count), None when absent; ValueError where Discord closes with 4010."""
    if raw is None:
        return None
    if (
        isinstance(raw, list)
        and len(raw) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in raw)
        and 0 <= raw[0] < raw[1]
    ):
        return raw[0], raw[1]
    raise ValueError(f"invalid shard {raw!r}")


def _describe(shard: Shard | None) -> str:
    return "an unsharded session" if shard is None else f"shard [{shard[0]}, {shard[1]}]"
