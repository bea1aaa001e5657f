"""Silencing discord.py's voice notices: filmbot never joins a voice channel, so they only alarm operators.

Exactly these are dropped: the "PyNaCl is not installed" and "davey is not installed" log warnings of
discord.py's client, and Python's deprecation warning for `audioop`, which discord.py's voice player imports.
Every other warning stays. Install before discord.py is imported (the audioop warning fires at import).
"""

from __future__ import annotations

import logging
import warnings

VOICE_NOTICES = ("PyNaCl is not installed", "davey is not installed")


class _VoiceNotices(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno == logging.WARNING and record.getMessage().startswith(VOICE_NOTICES))


_FILTER = _VoiceNotices()


def quiet_unused_voice_support() -> None:
    """Idempotent: entry points and the test configuration may both call it."""
    warnings.filterwarnings(
        "ignore", message=r"'audioop' is deprecated", category=DeprecationWarning, module=r"discord\.player"
    )
    logger = logging.getLogger("discord.client")
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
