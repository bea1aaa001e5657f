"""What every text format shares: the parse result, fact lines, spoiler warnings, inline spoiler spans."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from corpus.models import Facts, Paragraph, Section, SectionKind
from corpus.text import TIME_MARK, clean_text, collapse_whitespace, split_time_mark, strip_markdown

MIN_YEAR, MAX_YEAR = 1870, 2100
# A bracketed time mark after a sentence, inside a paragraph: "… to 'John Doe'. [1:08] Doe fires …".
_INLINE_TIME_MARK = re.compile(rf"(?<=\S)\s+(?=\[{TIME_MARK}\]\s)")


# An unknown `Key: value` whose key names part of the story, or whose value is prose, is not a fact.
_STORY_KEY = re.compile(
    r"\b(?:twists?|endings?|end|spoilers?|reveals?|revealed|secrets?|plot|summary|synopsis|story|storyline|"
    r"killer|culprit|villain|murderer|deaths?|dies|outcome|conclusion|finale|climax|resolution|what happens|"
    r"truth|identity|fate)\b",
    re.IGNORECASE,
)
MAX_EXTRA_FACT_WORDS = 20


@dataclass
class FactSheet:
    """Facts gathered from `Key: value` lines or YAML front matter, before they become a `Facts`."""

    title: str | None = None
    year: int | None = None
    aliases: list[str] = field(default_factory=list)
    found: Facts = field(default_factory=Facts)
    # `Twist: …`, `ending: …`: story written as a fact line. Facts are shown to everyone, so these become
    # spoiler text instead (load.py adds them as a spoiler section).
    story: list[str] = field(default_factory=list)

    def add(self, key: str, value: object) -> None:
        """Record one fact; values that cannot be understood are kept verbatim in `extra`, never refused."""
        name = _canonical_key(key)
        text = _value_text(value)
        if not text or has_inline_spoiler(text):
            return
        if name is None and (_STORY_KEY.search(key) or len(text.split()) > MAX_EXTRA_FACT_WORDS):
            self.story.append(f"{collapse_whitespace(key)}: {text}")
            return
        if name in _NUMERIC_FACTS:
            number = _NUMERIC_FACTS[name](value)
            if number is None:
                self.found.extra[key.strip()] = text
            else:
                setattr(self if name == "year" else self.found, name, number)
        elif name == "aliases":
            self.aliases.extend(item for item in split_list(value) if item not in self.aliases)
        elif name == "cast":
            self.found.cast.extend(item for item in split_list(value) if item not in self.found.cast)
        elif name == "title":
            self.title = text
        elif name is not None:
            setattr(self.found, name, text)
        else:
            self.found.extra[collapse_whitespace(key)] = text

    def facts(self) -> Facts:
        return self.found.model_copy(deep=True)


@dataclass
class ParsedDocument:
    """What a text format parser found; load.py turns it into a Film."""

    sheet: FactSheet = field(default_factory=FactSheet)
    # Safe free text that belongs with the facts (e.g. a "## Cast" list without colons).
    fact_notes: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    # A title guessed from the document's prose when no heading or Title line gave one.
    inferred_title: str | None = None
    inferred_year: int | None = None


_KEY_ALIASES: dict[str, str] = {
    **dict.fromkeys(("title", "film", "movie", "film title", "movie title", "name"), "title"),
    **dict.fromkeys(("year", "release year", "released", "release date", "release", "date"), "year"),
    **dict.fromkeys(("runtime", "run time", "running time", "length", "duration"), "runtime_minutes"),
    **dict.fromkeys(("language", "languages", "original language"), "language"),
    **dict.fromkeys(("director", "directors", "directed by"), "director"),
    **dict.fromkeys(("country", "countries", "country of origin"), "country"),
    **dict.fromkeys(("cast", "starring", "stars", "actors", "main cast"), "cast"),
    **dict.fromkeys(("writer", "writers", "written by", "screenplay", "screenplay by", "screenwriter"), "writer"),
    **dict.fromkeys(("genre", "genres"), "genre"),
    **dict.fromkeys(
        (
            "aliases",
            "alias",
            "also known as",
            "aka",
            "a.k.a.",
            "original title",
            "other titles",
            "alternative titles",
            "alternate titles",
        ),
        "aliases",
    ),
}


# Facts given as numbers; a value that does not read as one is kept verbatim in `extra`.
_NUMERIC_FACTS = {"year": lambda value: parse_year(value), "runtime_minutes": lambda value: parse_runtime(value)}


def _canonical_key(key: str) -> str | None:
    return _KEY_ALIASES.get(collapse_whitespace(key).lower().rstrip(":"))


def is_known_fact_key(key: str) -> bool:
    return _canonical_key(key) is not None


def _scalar_text(value: object) -> str:
    # Nested YAML structures are not facts; rendering them could also be arbitrarily expensive.
    if value is None or isinstance(value, dict | list | tuple | set):
        return ""
    return collapse_whitespace(str(value))[:500]


def _value_text(value: object) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(text for text in map(_scalar_text, value) if text)[:500]
    return _scalar_text(value)


def split_list(value: object) -> list[str]:
    """A YAML list or a "A, B and C" string → names."""
    if isinstance(value, list | tuple):
        items = [_scalar_text(item) for item in value]
    else:
        text = _value_text(value)
        items = re.split(r"\s*[,;]\s*|\s+(?:and|&)\s+(?=[^,;]*$)", text)
    return [item for item in (collapse_whitespace(i) for i in items) if item]


def parse_year(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value if MIN_YEAR <= value <= MAX_YEAR else None
    match = re.search(r"\b(\d{4})\b", _value_text(value))
    if match and MIN_YEAR <= int(match.group(1)) <= MAX_YEAR:
        return int(match.group(1))
    return None


_HOURS_MINUTES = re.compile(
    r"(?:(\d{1,2})\s*(?:h|hr|hrs|hours?)\.?)?\s*(?:(\d{1,4})\s*(?:m|min|mins|minutes?)\.?)?", re.IGNORECASE
)


def parse_runtime(value: object) -> int | None:
    """162, "162 mins", "2h 42m", "2 hours 42 minutes", "2:42" → minutes; None when unclear or absurd."""
    minutes: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        minutes = value
    else:
        text = _value_text(value).lower().strip()
        if re.fullmatch(r"\d{1,4}", text):
            minutes = int(text)
        elif match := re.fullmatch(r"(\d{1,2}):([0-5]\d)", text):
            minutes = int(match.group(1)) * 60 + int(match.group(2))
        elif (match := _HOURS_MINUTES.fullmatch(text)) and (match.group(1) or match.group(2)):
            minutes = int(match.group(1) or 0) * 60 + int(match.group(2) or 0)
    return minutes if minutes is not None and 1 <= minutes <= 2000 else None


# The value ends at its last non-space: a lazy `(\S.*?)\s*$` rescans the trailing spaces from every position,
# quadratic in a long run of spaces inside the value.
_FACT_LINE = re.compile(r"^\s*(?:[-*+]\s+)?([A-Za-z][A-Za-z .'’/&()-]{0,30}?)\s*:\s+(\S(?:.*\S)?)\s*$")


def parse_fact_line(line: str) -> tuple[str, str] | None:
    """`Director: Andrei Tarkovsky` → (key, value); an unknown key only when the line is label-like."""
    match = _FACT_LINE.match(line)
    # A marked spoiler must never become a fact: facts are shown to everyone.
    if not match or has_inline_spoiler(line):
        return None
    key, value = match.group(1).strip(), match.group(2)
    if is_spoiler_warning(line):
        return None
    if is_known_fact_key(key):
        return key, value
    # An unknown key must look like a label ("Producer", "Box office"), not the start of a sentence.
    label_like = key[0].isupper() and len(key.split()) <= 3 and len(value) <= 150
    return (key, value) if label_like else None


_NO_SPOILERS = re.compile(
    r"\b(?:no|without|zero|free of)\s+spoilers?\b|\bspoiler[\s-]*free\b|\bnon[\s-]*spoiler", re.IGNORECASE
)
_WARNING = re.compile(
    r"(?:(?:warning|caution|alert|attention|note|heads up)\s+)?"
    r"(?:(?:this|the following|what follows|below|the rest)(?:\s+\w+)?\s+(?:contains?|has|includes?)\s+)?"
    r"(?:(?:major|heavy|massive|big|huge|full|plot|ending|serious|many)\s+)*spoilers?"
    r"(?:\s+(?:warning|alert|ahead|below|follow|follows|inside|begin|begins|start|starts|beyond this point|"
    r"from here on|from here|start here|begin here|after this|past this point|after the break))?"
    r"(?:\s+(?:warning|alert))?"
)


_SPOILER_WORD = re.compile(r"\bspoilers?\b|\bspoiler territory\b|\bspoiling\b")
MAX_WARNING_WORDS = 14


def mentions_no_spoilers(text: str) -> bool:
    return bool(_NO_SPOILERS.search(text))


def is_spoiler_warning(line: str) -> bool:
    """A line that announces that spoilers start: "Warning: spoilers below!", "SPOILERS AHEAD", "The rest of
    this page contains spoilers.", "Spoiler territory ahead!". Any short line of its own that speaks of
    spoilers (and not of their absence) counts: taking one for a warning hides too much, missing one shows
    a twist."""
    if len(line) > 120 or "spoil" not in line.lower() or mentions_no_spoilers(line):
        return False
    words = " ".join(re.findall(r"[a-z]+", strip_markdown(line).lower().replace("’", "'")))
    return bool(_WARNING.fullmatch(words)) or (
        bool(_SPOILER_WORD.search(words)) and len(words.split()) <= MAX_WARNING_WORDS
    )


_INLINE_OPEN = re.compile(r"\|\||>!")


def has_inline_spoiler(text: str) -> bool:
    return bool(_INLINE_OPEN.search(text))


@dataclass
class SpanState:
    """An inline spoiler span left open at the end of a paragraph: the next paragraphs are inside it until its
    closing mark (see `_carried_close`). Without this, the closing `!<` of a span that crosses a paragraph break
    read as an opener, and the span's second half was shown."""

    opener: str | None = None


_CLOSERS = {"||": "||", ">!": "!<"}


def _carried_close(text: str, opener: str) -> int:
    """Where a span carried in from the previous paragraph closes, or -1 when it does not or cannot be told.

    `||` opens and closes alike, so after an unclosed one every later `||` could be either ("x ||y" may close
    the span at the mark or open a new one there): no text after it is known to be outside a span, and the
    rest of the section stays hidden. `>!…!<` marks tell their ends apart."""
    if opener == "||":
        return -1
    close, reopen = text.find("!<"), text.find(">!")
    return close if close != -1 and (reopen == -1 or close < reopen) else -1


def split_inline_spoilers(text: str, state: SpanState | None = None) -> list[tuple[str, bool]]:
    """Split at `||…||` and `>!…!<` spans → [(text, is_spoiler)]. An unclosed span runs to the end (and, with a
    `state`, into the following paragraphs)."""
    state = state if state is not None else SpanState()
    pieces: list[tuple[str, bool]] = []
    pos = 0
    if state.opener is not None:
        close = _carried_close(text, state.opener)
        if close == -1:
            # Still inside the span, or it cannot be told which mark closes it: the whole paragraph is hidden.
            return [(text, True)] if text.strip() else []
        pieces.append((text[:close], True))
        pos = close + 2
        state.opener = None
    while (match := _INLINE_OPEN.search(text, pos)) is not None:
        pieces.append((text[pos : match.start()], False))
        close = text.find(_CLOSERS[match.group(0)], match.end())
        if close == -1:
            # Unbalanced: hiding too much is the safe mistake.
            pieces.append((text[match.end() :], True))
            state.opener = match.group(0)
            pos = len(text)
            break
        pieces.append((text[match.end() : close], True))
        pos = close + 2
    pieces.append((text[pos:], False))
    return [(piece, spoiler) for piece, spoiler in pieces if piece.strip()]


def build_paragraphs(
    raw: str, *, spoiler: bool, markdown: bool = False, state: SpanState | None = None
) -> list[Paragraph]:
    """One raw paragraph → cleaned paragraphs, split wherever an inline spoiler span starts or ends; `state`
    carries a span left open into the next paragraph."""
    time_mark, rest = split_time_mark(raw)
    paragraphs: list[Paragraph] = []
    for piece, inline in split_inline_spoilers(rest, state):
        # Spans are split out first, so a time mark inside one can never unbalance its `||`.
        for index, part in enumerate(_INLINE_TIME_MARK.split(piece)):
            if index:  # a "[1:08]" inside the paragraph: what follows happens at that time
                time_mark, part = split_time_mark(part)
            text = clean_text(strip_markdown(part) if markdown else part)
            # A leftover "." or "—" between two spans is not a passage.
            if any(char.isalnum() for char in text):
                paragraphs.append(Paragraph(text=text, spoiler=spoiler or inline, time_mark=time_mark))
    return paragraphs


def make_section(heading: str, kind: SectionKind, spoiler: bool, paragraphs: Iterable[Paragraph]) -> Section:
    """A section of `paragraphs`; those of a spoiler section are flagged spoiler themselves too."""
    flagged = [p.model_copy(update={"spoiler": True}) if spoiler and not p.spoiler else p for p in paragraphs]
    return Section(heading=heading, kind=kind, spoiler=spoiler, paragraphs=flagged)


def story_sections(before_warning: list[str], after_warning: list[str] | None) -> list[Section]:
    """Premise/Plot/Ending sections for formats without headings (plot-summary pages and plain text).

    With a warning line, what precedes it is safe and what follows is spoiler. Without one, inline spans are
    the only explicit marks when present; with no mark at all the first paragraph is the premise and the rest
    is assumed to be spoiler, because a summary's later paragraphs usually give the plot away.
    """
    state = SpanState()
    safe = [build_paragraphs(raw, spoiler=False, state=state) for raw in before_warning]
    safe = [group for group in safe if group]
    if after_warning is not None:
        spoiler = [
            group for group in (build_paragraphs(raw, spoiler=True, state=state) for raw in after_warning) if group
        ]
        premise, rest = safe, spoiler
    elif any(p.spoiler for group in safe for p in group):
        return _sections(
            [("Premise", SectionKind.PREMISE, False, safe[:1]), ("Plot", SectionKind.PLOT, False, safe[1:])]
        )
    else:
        premise = safe[:1]
        rest = [[p.model_copy(update={"spoiler": True}) for p in group] for group in safe[1:]]
    return _sections(
        [
            ("Premise", SectionKind.PREMISE, False, premise),
            ("Plot", SectionKind.PLOT, True, rest[:-1]),
            ("Ending", SectionKind.ENDING, True, rest[-1:]),
        ]
    )


def _sections(specs: list[tuple[str, SectionKind, bool, list[list[Paragraph]]]]) -> list[Section]:
    return [
        make_section(heading, kind, spoiler, (p for group in groups for p in group))
        for heading, kind, spoiler, groups in specs
        if groups
    ]


def join_wrapped_lines(lines: Iterable[str]) -> list[str]:
    """Lines → paragraphs for text without Markdown structure.

    Pasted pages put one paragraph per line; hand-written text wraps lines and separates paragraphs with a
    blank line. A blank line, or a line ending a sentence, closes a paragraph; other lines are wrapped text.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(stripped)
        if re.search(r"[.!?…:\"”’)]$", stripped):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


_TITLE_YEAR = re.compile(r"^(.*?\S)\s*\((\d{4})\)$")


def split_title_year(text: str) -> tuple[str, int | None]:
    """ "Stalker (1979)" → ("Stalker", 1979); a title without a year keeps year None."""
    text = collapse_whitespace(text)
    match = _TITLE_YEAR.match(text)
    if match and (year := parse_year(int(match.group(2)))) is not None:
        return match.group(1), year
    return text, None


def read_header(lines: list[str], sheet: FactSheet) -> int:
    """Read a document's opening `Key: value` lines into `sheet`; return the index of the first body line."""
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if line:
            fact = parse_fact_line(line)
            if fact is None:
                break
            sheet.add(*fact)
        index += 1
    return index


def split_at_warning(lines: list[str]) -> tuple[list[str], list[str] | None]:
    """Body lines → (paragraphs before the first spoiler warning, paragraphs after it or None without one)."""
    for index, line in enumerate(lines):
        if is_spoiler_warning(line.strip()):
            return join_wrapped_lines(lines[:index]), join_wrapped_lines(lines[index + 1 :])
    return join_wrapped_lines(lines), None
