"""What the fake remembers about one interaction, and how a test waits for the bot's answer."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

# Interaction types (Discord numbering).
PING = 1
APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
AUTOCOMPLETE = 4
MODAL_SUBMIT = 5

# Callback types.
CB_PONG = 1
CB_CHANNEL_MESSAGE = 4
CB_DEFERRED_CHANNEL_MESSAGE = 5
CB_DEFERRED_UPDATE = 6
CB_UPDATE_MESSAGE = 7
CB_AUTOCOMPLETE_RESULT = 8
CB_MODAL = 9

FLAG_EPHEMERAL = 64
FLAG_LOADING = 128


@dataclass
class UploadedFile:
    field_name: str
    filename: str
    content_type: str | None
    data: bytes


@dataclass
class RecordedRequest:
    """One HTTP request the fake served, with the answer it gave."""

    method: str
    # REST paths are relative to /api/v10 (e.g. "/users/@me"); other paths are absolute.
    path: str
    query: dict[str, str]
    body: Any
    files: list[UploadedFile] = field(default_factory=list)
    status: int = 0
    response: Any = None
    at: float = field(default_factory=time.monotonic)
    interaction_id: int | None = None
    injected: bool = False
    # Set when the fake itself raised while handling the request (a bug in the fake, not the bot).
    fake_crashed: bool = False

    @property
    def error_code(self) -> int | None:
        """Discord's JSON error code (e.g. 50035), if this was an error with a JSON body."""
        if self.status >= 400 and isinstance(self.response, dict):
            code = self.response.get("code")
            return int(code) if code is not None else None
        return None

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status} {self.response if self.status >= 400 else ''}".rstrip()


class FakeInteraction:
    """An interaction the fake dispatched; collects everything the bot did in answer to it."""

    def __init__(
        self,
        *,
        interaction_id: int,
        token: str,
        kind: int,
        payload: dict[str, Any],
        created_at: float,
        source_message: dict[str, Any] | None = None,
    ) -> None:
        self.id = interaction_id
        self.token = token
        self.kind = kind
        self.payload = payload
        # On the fake's clock (monotonic + offset); the 3 s and 15 min windows are measured from here.
        self.created_at = created_at
        self.source_message = source_message
        self.response: dict[str, Any] | None = None
        self.original: dict[str, Any] | None = None
        self.deleted_ids: set[str] = set()
        self._produced: list[dict[str, Any]] = []
        self.followups: list[dict[str, Any]] = []
        self.requests: list[RecordedRequest] = []
        self.errors: list[RecordedRequest] = []
        self._last_touched: dict[str, Any] | None = None
        self._changed = asyncio.Event()

    def __repr__(self) -> str:
        return f"<FakeInteraction id={self.id} kind={self.kind} response_type={self.response_type}>"

    # -- recording (called by the server) --------------------------------------------------------

    def _touch(self, message: dict[str, Any] | None = None) -> None:
        if message is not None:
            self._last_touched = message
            if all(m is not message for m in self._produced):
                self._produced.append(message)
        # Replace the event so each waiter sees every change exactly once, without a Condition lock.
        self._changed.set()
        self._changed = asyncio.Event()

    def _record(self, request: RecordedRequest) -> None:
        self.requests.append(request)
        if request.status >= 400:
            self.errors.append(request)
        self._touch()

    # -- state -----------------------------------------------------------------------------------

    @property
    def acknowledged(self) -> bool:
        return self.response is not None

    @property
    def response_type(self) -> int | None:
        return None if self.response is None else int(self.response["type"])

    @property
    def response_data(self) -> dict[str, Any]:
        return {} if self.response is None else dict(self.response.get("data") or {})

    @property
    def messages(self) -> list[dict[str, Any]]:
        """Every message this interaction created or edited, oldest first, minus deleted ones.

        After a deferred response the first followup *is* the original (Discord turns the
        "thinking" message into it), so it appears once.
        """
        return [m for m in self._produced if m["id"] not in self.deleted_ids]

    @property
    def last_message(self) -> dict[str, Any] | None:
        """The message most recently created or edited on behalf of this interaction."""
        msg = self._last_touched
        return None if msg is None or msg["id"] in self.deleted_ids else msg

    @property
    def content(self) -> str:
        """Text of the last message created or edited for this interaction ("" if none)."""
        message = self.last_message
        return "" if message is None else str(message.get("content") or "")

    @property
    def embeds(self) -> list[dict[str, Any]]:
        message = self.last_message
        return [] if message is None else list(message.get("embeds") or [])

    @property
    def ephemeral(self) -> bool:
        """Whether what the user sees is ephemeral (flags & 64), from the last message or the callback."""
        message = self.last_message
        if message is not None:
            return bool(int(message.get("flags") or 0) & FLAG_EPHEMERAL)
        return bool(int(self.response_data.get("flags") or 0) & FLAG_EPHEMERAL)

    @property
    def loading(self) -> bool:
        """True while a deferred "thinking" response has not been filled in."""
        return self.original is not None and bool(int(self.original.get("flags") or 0) & FLAG_LOADING)

    @property
    def choices(self) -> list[dict[str, Any]]:
        """Autocomplete choices (callback type 8)."""
        return list(self.response_data.get("choices") or [])

    @property
    def error_codes(self) -> list[int]:
        return [r.error_code for r in self.errors if r.error_code is not None]

    # -- waiting ---------------------------------------------------------------------------------

    async def wait_for(self, predicate: Callable[[], T | None], *, timeout: float = 5.0, what: str = "condition") -> T:
        """Wait until ``predicate()`` returns something truthy and return it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {what} on {self!r}; "
                    f"errors returned for it: {[str(e) for e in self.errors] or 'none'}"
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)

    async def wait_response(self, timeout: float = 5.0) -> dict[str, Any]:
        """The accepted callback payload ``{"type": ..., "data": ...}``."""
        return await self.wait_for(lambda: self.response, timeout=timeout, what="an interaction callback")

    async def wait_followup(self, n: int = 1, timeout: float = 5.0) -> dict[str, Any]:
        """The n-th (1-based) followup message, as stored by the fake."""
        await self.wait_for(lambda: len(self.followups) >= n, timeout=timeout, what=f"followup #{n}")
        return self.followups[n - 1]

    async def wait_message(self, timeout: float = 5.0) -> dict[str, Any]:
        """The first visible (non-"thinking") message produced for this interaction."""

        def visible() -> dict[str, Any] | None:
            msg = self.last_message
            if msg is None or int(msg.get("flags") or 0) & FLAG_LOADING:
                return None
            return msg

        return await self.wait_for(visible, timeout=timeout, what="a visible message")

    async def wait_error(self, timeout: float = 5.0) -> RecordedRequest:
        """The first error response the fake returned for this interaction."""
        await self.wait_for(lambda: self.errors, timeout=timeout, what="an error response")
        return self.errors[0]
