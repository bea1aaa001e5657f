"""A loopback TCP proxy in front of the tests' PostgreSQL server that can stage a server's goodbye half-way.

When PostgreSQL shuts down or terminates a backend, it sends each client a FATAL "terminating connection" error and
then closes the socket. A client can read the first and not yet the second: asyncpg then holds a pooled connection
that looks open but whose protocol is stuck, and its next query fails with `InternalClientError` instead of a
connection error. Stopping the real server hits that window only by chance; `say_goodbye_and_hold` opens it on
purpose and keeps it open: every client connected now gets the error while its socket stays open and silent.
Connections made afterwards pass through untouched, as to a server that is back.

The proxy runs on an event loop in a thread of its own, as a network does: the film reader blocks its caller's loop
while it waits for a read, which must still be forwarded.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
import threading
from collections.abc import Coroutine
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self, TypeVar

T = TypeVar("T")

ADMIN_SHUTDOWN = "57P01"  # SQLSTATE of "terminating connection due to administrator command"
# Loopback delivery is immediate; this lets the clients, on the caller's loop or a thread's own, read the goodbye.
GRACE_S = 0.2


def fatal_error(sqlstate: str, message: str) -> bytes:
    """A backend ErrorResponse message of severity FATAL (the protocol's 'E' message)."""
    fields = ((b"S", "FATAL"), (b"V", "FATAL"), (b"C", sqlstate), (b"M", message))
    body = b"".join(kind + value.encode() + b"\0" for kind, value in fields) + b"\0"
    return b"E" + struct.pack("!I", len(body) + 4) + body


@dataclass
class _Link:
    client: asyncio.StreamWriter
    server: asyncio.StreamWriter
    held: bool = False
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


class FaultProxy:
    """Forwards 127.0.0.1:`port` to `host`:`target_port`; use as `with FaultProxy(...) as proxy`."""

    def __init__(self, host: str, target_port: int) -> None:
        self._host = host
        self._target_port = target_port
        self._links: list[_Link] = []
        self._server: asyncio.Server | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="pg-fault-proxy", daemon=True)
        self.port = 0

    def __enter__(self) -> Self:
        self._thread.start()
        self._server = self._run(asyncio.start_server(self._accept, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._run(self._shut())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self._loop.close()

    async def say_goodbye_and_hold(self) -> int:
        """Send every client connected now the server's FATAL shutdown error and keep its socket open, forwarding
        nothing more either way; returns how many clients got it. Call it while the clients are idle: the message
        must not land inside another one. Returns once the clients have had time to read it, so their next query
        finds the connection in that state rather than racing the message."""
        told = await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._goodbye(), self._loop))
        await asyncio.sleep(GRACE_S)
        return told

    def _run(self, work: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(work, self._loop).result(timeout=5)

    async def _goodbye(self) -> int:
        told = 0
        for link in self._links:
            if link.held or link.client.is_closing():
                continue
            link.held = True
            link.client.write(fatal_error(ADMIN_SHUTDOWN, "terminating connection due to administrator command"))
            await link.client.drain()
            told += 1
        return told

    async def _shut(self) -> None:
        if self._server is not None:
            self._server.close()
        for link in self._links:
            for task in link.tasks:
                task.cancel()
            for writer in (link.client, link.server):
                writer.close()
        for link in self._links:
            await asyncio.gather(*link.tasks, return_exceptions=True)

    async def _accept(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        server_reader, server_writer = await asyncio.open_connection(self._host, self._target_port)
        link = _Link(client_writer, server_writer)
        self._links.append(link)
        link.tasks = [
            asyncio.create_task(self._pipe(client_reader, server_writer, link)),
            asyncio.create_task(self._pipe(server_reader, client_writer, link)),
        ]

    @staticmethod
    async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter, link: _Link) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await source.read(65536):
                if link.held:
                    continue  # the "server" has said goodbye: nothing more goes either way
                sink.write(data)
                await sink.drain()
        # One side hung up: hang up the other, as a TCP connection through a proxy would.
        link.client.close()
        link.server.close()
