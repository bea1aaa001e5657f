"""The one exception a document parser raises: a reason a user can act on."""

from __future__ import annotations


class DocumentError(ValueError):
    """A document was refused. `str(error)` is a single line meant to be shown to whoever uploaded it."""

    def __init__(self, reason: str) -> None:
        # Reasons end up in a Discord message or a CLI line, so they must never span lines or run on.
        reason = " ".join(reason.split()) or "unreadable document"
        if len(reason) > 300:
            reason = reason[:297] + "..."
        super().__init__(reason)
        self.reason = reason
