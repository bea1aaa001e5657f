"""Which parser a document needs, decided from its content; the file extension only breaks ties."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import PurePath

from corpus.formats.common import is_spoiler_warning
from corpus.formats.json_doc import looks_like_json
from corpus.formats.summary_page import looks_like_summary_page


class DocumentFormat(StrEnum):
    JSON = "json"
    MARKDOWN = "markdown"
    SUMMARY_PAGE = "summary_page"
    PLAIN = "plain"


_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S", re.MULTILINE)
_MARKDOWN_SUFFIXES = frozenset((".md", ".markdown", ".mdown", ".mkd"))
# The files a walk through a folder of film documents takes (`films load DIR`, the bundled samples). A file named
# on its own is always tried, whatever its name: detection goes by content.
DOCUMENT_SUFFIXES = frozenset((".txt", ".md", ".markdown", ".json"))


def is_document_name(name: str) -> bool:
    """A name a folder walk loads as a film: a document suffix, and not the folder's README."""
    return PurePath(name).suffix.lower() in DOCUMENT_SUFFIXES and name.lower() != "readme.md"


def detect_format(text: str, filename: str = "") -> DocumentFormat:
    suffix = PurePath(filename).suffix.lower()
    if looks_like_json(text):
        return DocumentFormat.JSON
    if text.lstrip("\n").startswith("---\n") or _ATX_HEADING.search(text):
        return DocumentFormat.MARKDOWN
    if looks_like_summary_page(text):
        return DocumentFormat.SUMMARY_PAGE
    # Content without headings or site furniture reads the same either way: the name decides.
    if suffix in _MARKDOWN_SUFFIXES:
        return DocumentFormat.MARKDOWN
    # A warning line is how a pasted page marks its spoilers, whatever the file is called.
    if any(is_spoiler_warning(line.strip()) for line in text.split("\n")):
        return DocumentFormat.SUMMARY_PAGE
    return DocumentFormat.PLAIN
