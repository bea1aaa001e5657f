"""Bytes → text: size limit, binary detection, encodings, newline and zero-width normalisation."""

from __future__ import annotations

import codecs
import re

from corpus.errors import DocumentError

MAX_DOCUMENT_BYTES = 2 * 1024 * 1024

# Bytes that never occur in text files; tab, newline, form feed and carriage return do.
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
_MAX_CONTROL_RATIO = 0.05
# Latin-1 range text decoded from cp1252 is mostly ASCII; random bytes "decode" to mostly accented letters.
_MAX_NON_ASCII_RATIO_CP1252 = 0.3
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x85]")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def format_size(size: int) -> str:
    mb = 1024 * 1024
    if size >= mb:
        return f"{size / mb:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"


def _format_limit(limit: int) -> str:
    mb = 1024 * 1024
    if limit % mb == 0:
        return f"{limit // mb} MB"
    return format_size(limit)


def _looks_binary(text_or_bytes: bytes | str) -> bool:
    if not text_or_bytes:
        return False
    if isinstance(text_or_bytes, bytes):
        if b"\x00" in text_or_bytes:
            return True
        controls = sum(1 for byte in text_or_bytes if byte in _CONTROL_BYTES)
    else:
        if "\x00" in text_or_bytes:
            return True
        controls = sum(1 for char in text_or_bytes if ord(char) in _CONTROL_BYTES)
    return controls / len(text_or_bytes) > _MAX_CONTROL_RATIO


def _decode_unicode_bom(data: bytes) -> str | None:
    """Decode when a BOM names the encoding; None when there is no BOM."""
    # UTF-32 LE's BOM starts with UTF-16 LE's, so it must be tried first.
    for bom, encoding in zip(_UTF32_BOMS, ("utf-32-le", "utf-32-be"), strict=True):
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, "UTF-32")
    for bom, encoding in zip(_UTF16_BOMS, ("utf-16-le", "utf-16-be"), strict=True):
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, "UTF-16")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", "UTF-8")
    return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DocumentError(f"not valid {name} text (bad bytes at offset {error.start})") from None


def _decode_cp1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = sum(1 for char in text if ord(char) > 0x7F)
    return text if non_ascii / len(text) <= _MAX_NON_ASCII_RATIO_CP1252 else None


def normalise_text(text: str) -> str:
    """Unix newlines, no zero-width characters (they break matching and hide in pasted pages)."""
    return _ZERO_WIDTH.sub("", _NEWLINES.sub("\n", text))


def decode_document(data: bytes, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    """Turn an uploaded file into text, or raise DocumentError saying why it is not a text document."""
    if len(data) > max_bytes:
        raise DocumentError(f"file is {format_size(len(data))}; the limit is {_format_limit(max_bytes)}")
    if not data.strip():
        raise DocumentError("empty file")
    text = _decode_unicode_bom(data)
    if text is None:
        if _looks_binary(data):
            raise DocumentError("looks like binary data, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_cp1252(data)
            if text is None:
                raise DocumentError("not UTF-8 text: save the file as UTF-8 and try again") from None
    elif _looks_binary(text):
        raise DocumentError("looks like binary data, not text")
    text = normalise_text(text)
    if not text.strip():
        raise DocumentError("empty file")
    return text
