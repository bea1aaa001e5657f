"""The gateway half of the fake: one websocket endpoint speaking Discord's JSON gateway protocol.

Frames are always sent as uncompressed TEXT even though discord.py asks for
``compress=zlib-stream``/``zstd-stream`` in the URL: discord.py only runs its decompressor on
BINARY frames, so text is accepted and keeps the fake free of streaming-compression state.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
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


@dataclass
class GatewaySession:
    session_id: str
    seq: int = 0
    # Every dispatch of the session, kept so a RESUME can replay what the client missed.
    events: list[tuple[int, str]] = field(default_factory=list)
    connection: _Connection | None = None


@dataclass(eq=False)  # identity semantics: connections live in a set
class _Connection:
    ws: web.WebSocketResponse
    path: str
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    session: GatewaySession | None = None

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
    kind: str = "pending"  # "identify", "resume", "invalid-resume" or "pending"


class FakeGateway:
    """State and websocket handler for the fake gateway.

    ``ready_payloads`` is called on IDENTIFY and returns (READY data, [GUILD_CREATE data, ...]).
    """

    def __init__(
        self,
        *,
        token: str,
        heartbeat_interval_ms: int,
        ready_payloads: Callable[[str], tuple[dict[str, Any], list[dict[str, Any]]]],
        members_chunk: Callable[[dict[str, Any]], dict[str, Any] | None],
    ) -> None:
        self.token = token
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self._ready_payloads = ready_payloads
        self._members_chunk = members_chunk
        self.sessions: dict[str, GatewaySession] = {}
        self.current: GatewaySession | None = None
        self.connections: list[GatewayConnectionRecord] = []
        self.received: list[dict[str, Any]] = []
        self.identify_count = 0
        self.resume_count = 0
        self.heartbeats = 0
        self._live: set[_Connection] = set()
        self._connected = asyncio.Event()

    # -- test-facing controls --------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    async def wait_until_connected(self, timeout: float = 10.0) -> None:
        """Wait until a client is identified or resumed on a live socket."""
        await asyncio.wait_for(self._connected.wait(), timeout)

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send (or, while the client is away, buffer for RESUME) a DISPATCH; returns its seq."""
        session = self.current
        if session is None:
            raise RuntimeError("no gateway session yet: connect the client and wait for on_ready first")
        session.seq += 1
        text = json.dumps({"op": OP_DISPATCH, "t": event, "s": session.seq, "d": data})
        session.events.append((session.seq, text))
        if session.connection is not None:
            await session.connection.send(text)
        return session.seq

    async def disconnect(self, code: int = RESUMABLE_CLOSE, *, invalidate: bool = False) -> None:
        """Drop the live socket. With ``invalidate`` the session is forgotten, so a RESUME fails
        with op 9 and the client has to IDENTIFY again."""
        session = self.current
        conn = session.connection if session is not None else None
        if session is not None:
            session.connection = None
            if invalidate:
                self.sessions.pop(session.session_id, None)
        self._connected.clear()
        if conn is not None:
            # discord.py answers the close frame itself (autoclose=False on its side), but never
            # wait forever on a client that is busy elsewhere.
            with contextlib.suppress(TimeoutError, ConnectionError):
                await asyncio.wait_for(conn.ws.close(code=code, message=b"fake disconnect"), 5.0)

    async def send_reconnect(self) -> None:
        """Ask the client to reconnect and resume (op 7), like Discord does before maintenance."""
        session = self.current
        if session is None or session.connection is None:
            raise RuntimeError("no live gateway connection")
        self._connected.clear()
        await session.connection.send({"op": OP_RECONNECT, "d": None})

    async def close_all(self) -> None:
        for conn in list(self._live):
            with contextlib.suppress(TimeoutError, ConnectionError):
                await asyncio.wait_for(conn.ws.close(code=1001, message=b"fake shutting down"), 2.0)
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

    async def _send_dispatch_on(self, conn: _Connection, event: str, data: dict[str, Any]) -> None:
        session = conn.session
        assert session is not None
        session.seq += 1
        text = json.dumps({"op": OP_DISPATCH, "t": event, "s": session.seq, "d": data})
        session.events.append((session.seq, text))
        await conn.send(text)

    async def _identify(self, conn: _Connection, record: GatewayConnectionRecord, data: dict[str, Any]) -> None:
        record.kind = "identify"
        if data.get("token") != self.token:
            await conn.ws.close(code=CLOSE_AUTHENTICATION_FAILED, message=b"Authentication failed.")
            return
        self.identify_count += 1
        session = GatewaySession(session_id=secrets.token_hex(16), connection=conn)
        # A new IDENTIFY replaces the old session, as on Discord.
        if self.current is not None:
            self.current.connection = None
        self.sessions[session.session_id] = session
        self.current = session
        conn.session = session
        ready, guilds = self._ready_payloads(session.session_id)
        await self._send_dispatch_on(conn, "READY", ready)
        for guild in guilds:
            await self._send_dispatch_on(conn, "GUILD_CREATE", guild)
        self._connected.set()

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
            with contextlib.suppress(TimeoutError, ConnectionError):
                await asyncio.wait_for(session.connection.ws.close(code=RESUMABLE_CLOSE), 2.0)
        session.connection = conn
        conn.session = session
        self.current = session
        last_seen = int(data.get("seq") or 0)
        for seq, text in list(session.events):
            if seq > last_seen:
                await conn.send(text)
        await self._send_dispatch_on(conn, "RESUMED", {})
        self._connected.set()
