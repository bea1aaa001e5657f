"""Making summary text safe to put in a Discord message: escaped, wrapped as spoilers, split within limits."""

from __future__ import annotations

import re
from collections.abc import Iterator

import discord

from index.remarks import without_emoji_names

EMBED_TITLE_LIMIT = 256
EMBED_DESCRIPTION_LIMIT = 4096
EMBED_FIELD_VALUE_LIMIT = 1024
EMBED_FOOTER_LIMIT = 2048

_ZERO_WIDTH_SPACE = "\u200b"


def escape(text: str) -> str:
    """Markdown and mentions neutralised, so summary text can never format, ping or close a `||` span."""
    text = discord.utils.escape_markdown(text, as_needed=False)
    text = discord.utils.escape_mentions(text)
    # escape_markdown leaves `|` alone when it is single; a lone pair would still close a spoiler span.
    text = re.sub(r"(?<!\\)\|", r"\\|", text)
    # Channel, role and user mentions in raw form (<#1>, <@&1>) and invite-looking links stay inert.
    return text.replace("<", "<" + _ZERO_WIDTH_SPACE)


_DISCORD_MARKUP = re.compile(
    r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b|\|\||>!|!<|[*_~`]"
    # custom emoji (<:kekw:123…>, animated <a:…>); emoji typed as their codes (":skull:") are the engine's to read
    # (`index.remarks.without_emoji_names`), as from every transport
    r"|<a?:\w{2,32}:\d+>"
)
# A quoted line ("> Cole Sear is a nervous boy"): what someone said before, which the question is asked after.
_QUOTED_LINE = re.compile(r"^\s*>{1,3}\s")


def clean_question(text: str) -> str:
    """A question as words: mentions, spoiler bars, emphasis markers and emoji codes are Discord markup, not the
    question; lines quoted above it are what it answers to."""
    lines = text.splitlines()
    own = [line for line in lines if not _QUOTED_LINE.match(line)]
    if own and len(own) < len(lines):
        text = "\n".join(own)
    return " ".join(without_emoji_names(_DISCORD_MARKUP.sub(" ", text)).split())


def pagify(text: str, limit: int) -> Iterator[str]:
    """Split `text` into chunks of at most `limit` characters, preferring paragraph, sentence, then word ends.

    Never splits inside an escape sequence (a backslash and the character it escapes).
    """
    if limit < 8:
        raise ValueError("limit too small")
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = window.rfind(separator)
            if found > limit // 2:
                cut = found + len(separator)
                break
        if cut <= 0:
            cut = limit
        # An escape sequence is two characters; do not leave a dangling backslash at the end of a chunk.
        while cut > 1 and _ends_with_open_escape(rest[:cut]):
            cut -= 1
        chunk, rest = rest[:cut], rest[cut:]
        if chunk.strip():
            yield chunk.rstrip()
    if rest.strip():
        yield rest.rstrip()


def _ends_with_open_escape(chunk: str) -> bool:
    trailing = len(chunk) - len(chunk.rstrip("\\"))
    return trailing % 2 == 1


def spoiler_chunks(text: str, limit: int) -> list[str]:
    """Escape, then split, then wrap each chunk in its own `||…||`: a span never crosses a message boundary."""
    return [f"||{chunk}||" for chunk in pagify(escape(text), limit - 4)]


def safe_chunks(text: str, limit: int) -> list[str]:
    return list(pagify(escape(text), limit))


def clip(text: str, limit: int) -> str:
    """For titles and footers that must stay one piece: cut on a word and mark the cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    while _ends_with_open_escape(cut):
        cut = cut[:-1]
    return cut + "…"
