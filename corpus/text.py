"""Text cleaning shared by the parsers: whitespace, link artefacts, inline Markdown, time marks, sentences."""

from __future__ import annotations

import re

# Pages pasted from the web use non-breaking hyphens and spaces that tokenizers and readers treat oddly.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u2007": " "})
_SPACES = re.compile(r"\s+")

# "[Room]" is a link whose URL was lost in the paste; "[text](url)" is handled by strip_markdown first.
_BRACKET_LINK = re.compile(r"\[([^\[\]\n]{1,200})\](?![(\[])")
# "his wife Stalker's Wife and" — a character-page link label ("Stalker's Wife") pasted right after the noun
# it names; it is recognisable because its last word repeats that noun.
_POSSESSIVE_LABEL = re.compile(r"\b([a-z]+) ((?:[A-Z][\w-]* )*[A-Z][\w-]*)['’]s ([A-Z][a-z]+)\b")
# "Marta Marta": a name followed by a link label that repeats it.
# (Only from a word's start, and possessive: a word is whole before the space, so no shorter piece of it can match.
# Tried from every capital inside a line-long word, each try reading to its end, "A'Væ'Væ'…" took minutes; found by
# the parser fuzz test.)
_DUPLICATE_NAME = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*+)(?: \1\b)+")

_MD_IMAGE_OR_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\n]*\)")
_MD_REF_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
# No "<" inside: otherwise every "<http://" of an unclosed run would scan to the end (quadratic).
_MD_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
_MD_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
# The span stops at the next delimiter: a lazy `.+?` would let every unclosed "**" scan to the end of the text,
# which makes a line of "**a " repeated quadratic (a 200 KB upload took minutes).
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_MD_STAR_EM = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_UNDERSCORE_EM = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_MD_STRIKE = re.compile(r"~~(?=\S)((?:(?!~~).)+?)(?<=\S)~~")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_ESCAPE_BASE = 0xE000  # a Private Use Area block, never in real documents' prose
_ESCAPED = re.compile("[\ue000-\ue07f]")

# A time into the film, in documents' time marks and in progress limits alike: h:mm or h:mm:ss.
TIME_MARK = r"\d{1,2}:[0-5]\d(?::[0-5]\d)?"
_TIME_MARK_ONLY = re.compile(TIME_MARK)
_LEADING_TIME_MARK = re.compile(
    rf"\s*(?:\[({TIME_MARK})\]|\(({TIME_MARK})\)|({TIME_MARK})\s*[—–-]|({TIME_MARK})\s*:(?=\s))\s*"
)


def collapse_whitespace(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def fix_link_artefacts(text: str) -> str:
    """Undo what copying a web page does to its links: bare "[label]" and duplicated link labels."""
    text = _BRACKET_LINK.sub(r"\1", text)
    text = _POSSESSIVE_LABEL.sub(lambda m: m.group(1) if m.group(3).lower() == m.group(1).lower() else m.group(0), text)
    return _DUPLICATE_NAME.sub(r"\1", text)


def clean_text(text: str) -> str:
    """Cleaning every parser applies to a paragraph of prose."""
    return collapse_whitespace(fix_link_artefacts(collapse_whitespace(text.translate(_HYPHENS))))


def strip_markdown(text: str) -> str:
    """Inline Markdown → the words a reader sees: links keep their text, emphasis markers go."""
    # Each pattern only runs when its marker character is present: most paragraphs have no markup at all.
    if _ESCAPED.search(text):
        text = _ESCAPED.sub("", text)
    escaped = "\\" in text
    if escaped:
        # Escaped markup characters are literal: hide them from the emphasis patterns, restore them at the end.
        text = _MD_ESCAPE.sub(lambda m: chr(_ESCAPE_BASE + ord(m.group(1))), text)
    if "<" in text:
        text = _strip_html_comments(text)
        text = _MD_AUTOLINK.sub(r"\1", text)
        text = _MD_HTML_TAG.sub(" ", text)
    if "[" in text:
        text = _MD_IMAGE_OR_LINK.sub(r"\1", text)
        text = _MD_REF_LINK.sub(r"\1", text)
    if "`" in text:
        text = _MD_CODE.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _MD_BOLD.sub(r"\2", text)
        text = _MD_STAR_EM.sub(r"\1", text)
        text = _MD_UNDERSCORE_EM.sub(r"\1", text)
    if "~" in text:
        text = _MD_STRIKE.sub(r"\1", text)
    return _ESCAPED.sub(lambda m: chr(ord(m.group(0)) - _ESCAPE_BASE), text) if escaped else text


def _strip_html_comments(text: str) -> str:
    """`<!-- … -->` → " ". A scan, not `<!--.*?-->`: with no closing "-->" every opener would search to the end."""
    pieces: list[str] = []
    pos = 0
    while (start := text.find("<!--", pos)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        pieces.append(text[pos:start])
        pieces.append(" ")
        pos = end + 3
    pieces.append(text[pos:])
    return "".join(pieces)


def time_mark_seconds(text: str) -> int | None:
    """'1:12' (h:mm: an hour and twelve minutes) or '1:12:30' (h:mm:ss) → seconds; None when it is neither."""
    text = text.strip()
    return _seconds(text) if _TIME_MARK_ONLY.fullmatch(text) else None


def _seconds(mark: str) -> int:
    hours, minutes, *seconds = (int(part) for part in mark.split(":"))
    return hours * 3600 + minutes * 60 + sum(seconds)


def split_time_mark(paragraph: str) -> tuple[int | None, str]:
    """A leading "[0:45]", "(1:12)" or "1:12 —" → (seconds, rest of the paragraph)."""
    match = _LEADING_TIME_MARK.match(paragraph)
    if not match:
        return None, paragraph
    mark = next(group for group in match.groups() if group)
    return _seconds(mark), paragraph[match.end() :]


def word_count(text: str) -> int:
    return len(text.split())


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "prof",
        "capt",
        "col",
        "gen",
        "lt",
        "sgt",
        "cpl",
        "mt",
        "ft",
        "rev",
        "hon",
        "gov",
        "sen",
        "rep",
        "pres",
        "vs",
        "mme",
        "mlle",
        "messrs",
        "e.g",
        "i.e",
        "cf",
        "al",
        "approx",
        "dept",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
    )
)
# Only abbreviations before a number ("No. 5", "Vol. 2").
_NUMBER_ABBREVIATIONS = frozenset(("no", "nos", "vol", "vols", "fig", "pp", "p", "ch", "op"))
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
# Only from the first mark of a run: starting inside a long run of "....." again and again is quadratic.
_CANDIDATE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]»]*\s+")
_OPENERS = "\"'“‘([«"
_CLOSERS = "\"'”’)]»"


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    # Bounded slices: looking at the whole remaining text for every candidate would make splitting quadratic.
    rest = text[match.end() : match.end() + 8].lstrip(_OPENERS)
    if not rest or rest[0].islower():
        # "e.g. the", "... and then", "\"Where?\" she asked": the sentence continues.
        return False
    if match.group(0).rstrip().rstrip(_CLOSERS) != ".":
        # "!", "?", "…" and "..." end a sentence whenever a capital follows.
        return True
    before = text[max(0, match.start() - 40) : match.start()].rsplit(None, 1)
    if not before:
        return True
    word = before[-1].lstrip(_OPENERS)
    lowered = word.lower()
    if lowered in _ABBREVIATIONS or _INITIALISM.fullmatch(lowered):
        return False
    if lowered in _NUMBER_ABBREVIATIONS and rest[0].isdigit():
        return False
    # A single capital is an initial ("Franklin J. Schaffner").
    return not (len(word) == 1 and word.isupper())


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping each sentence's own punctuation and quotes."""
    text = collapse_whitespace(text)
    sentences: list[str] = []
    start = 0
    for match in _CANDIDATE_END.finditer(text):
        if _ends_sentence(text, match):
            sentence = text[start : match.end()].strip()
            if sentence:
                sentences.append(sentence)
            start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences
