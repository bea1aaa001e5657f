"""Markdown with optional YAML front matter: `# Title (Year)`, fact lines, `##` sections, inline spoilers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import yaml

from corpus.errors import DocumentError
from corpus.formats.common import (
    FactSheet,
    ParsedDocument,
    SpanState,
    build_paragraphs,
    has_inline_spoiler,
    is_spoiler_warning,
    make_section,
    mentions_no_spoilers,
    parse_fact_line,
    split_inline_spoilers,
    split_title_year,
)
from corpus.models import Paragraph, Section, SectionKind
from corpus.text import clean_text, strip_markdown

MAX_FRONT_MATTER_CHARS = 20_000

# The optional closing "#"s are dropped by `_heading_text`: matching them with a lazy `(.*?)(?:\s+#+)?\s*$` rescans
# every run of spaces from each position in it, quadratic in a long heading line.
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s*>(?!!)\s?")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")

_SPOILER_HEADING = re.compile(
    r"\b(?:spoilers?|endings?|twists?|reveals?|revealed|climax|what happens|how it ends|finale|epilogue|"
    r"conclusion|resolution|final (?:act|confrontation|scenes?|showdown|twist)|showdown|the end|aftermath|"
    r"denouement|dénouement|last act|third act|secrets?)\b",
    re.IGNORECASE,
)
# Headings of sections about the film rather than its story ("Trivia", "Cast and crew"), matched whole: after
# a spoiler section they stay as safe as their heading says, since writers mark the spoilers inside them
# (`||…||`). A story heading that merely holds such a word ("The awards ceremony") goes on with the story.
_MARKING_HEADING = re.compile(r"\b(?:spoilers?|twists?|reveals?|revealed|secrets?)\b", re.IGNORECASE)
_NOTES_HEADING = re.compile(
    r"(?:(?:trivia|notes?|production(?: notes)?|reception|background|behind the scenes|awards?|soundtrack|music|"
    r"release|box office|filming(?: locations)?|locations?|cast|crew|credits|references|sources|see also|"
    r"external links|adaptations?|remakes?|fun facts|did you know|characters?|cast of characters|who's who)"
    r"(?:\s*(?:and|&|,)\s*)?)+",
    re.IGNORECASE,
)


def is_notes_heading(heading: str) -> bool:
    return bool(_NOTES_HEADING.fullmatch(" ".join(re.findall(r"[\w&,']+", heading)).strip(" ,")))


_KIND_WORDS: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    (
        SectionKind.ENDING,
        re.compile(
            r"\b(?:endings?|finale|climax|conclusion|resolution|epilogue|how it ends|final (?:act|confrontation|"
            r"scenes?|showdown)|showdown|the end|aftermath|denouement|dénouement|last act|third act)\b",
            re.I,
        ),
    ),
    (
        SectionKind.FACTS,
        re.compile(r"\b(?:facts?|details|info|information|credits|cast|crew|production|at a glance)\b", re.I),
    ),
    (SectionKind.PREMISE, re.compile(r"\b(?:premise|set[\s-]?up|overview|introduction|intro|logline)\b", re.I)),
    (
        SectionKind.PLOT,
        re.compile(
            r"\b(?:plot|story|synopsis|summary|recap|act|chapter|part|what happens|spoilers?|twists?|reveals?|"
            r"breakdown|timeline)\b",
            re.I,
        ),
    ),
)


@dataclass
class _RawSection:
    heading: str
    level: int
    # Each paragraph as its source lines, so fact lines can still be recognised one by one.
    paragraphs: list[list[str]] = field(default_factory=list)


def heading_is_spoiler(heading: str) -> bool:
    """ "Plot (spoilers)", "The ending", "Twist": spoiler. "Synopsis (no spoilers)", "Spoiler-free": safe."""
    return not mentions_no_spoilers(heading) and bool(_SPOILER_HEADING.search(heading))


def heading_kind(heading: str) -> SectionKind:
    safe = mentions_no_spoilers(heading)
    for kind, pattern in _KIND_WORDS:
        if pattern.search(heading):
            # "Synopsis (no spoilers)" is a premise, "Synopsis" alone is the plot.
            return SectionKind.PREMISE if safe and kind is SectionKind.PLOT else kind
    return SectionKind.PREMISE if safe else SectionKind.OTHER


def heading_is_explicitly_safe(heading: str) -> bool:
    return mentions_no_spoilers(heading) or heading_kind(heading) is SectionKind.PREMISE


def split_front_matter(text: str) -> tuple[dict[object, object], str]:
    """`---` YAML `---` at the very top → (mapping, the rest). Raises DocumentError when it is malformed."""
    lines = text.lstrip("\n").split("\n")
    if lines[0].strip() != "---":
        return {}, text
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        raise DocumentError("malformed front matter: no closing '---' line")
    source = "\n".join(lines[1:end])
    if len(source) > MAX_FRONT_MATTER_CHARS:
        raise DocumentError(f"malformed front matter: longer than {MAX_FRONT_MATTER_CHARS} characters")
    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "not valid YAML"
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise DocumentError(f"malformed front matter{where}: {problem}") from None
    except RecursionError:
        raise DocumentError("malformed front matter: nested too deeply") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DocumentError("malformed front matter: expected 'key: value' lines")
    return data, "\n".join(lines[end + 1 :])


def _blocks(body: str) -> tuple[list[str], list[_RawSection]]:
    """Group lines into headed sections of paragraphs; returns the first `#` heading seen and the sections."""
    titles: list[str] = []
    sections = [_RawSection(heading="", level=0)]
    current: list[str] = []
    in_fence = False

    def flush() -> None:
        nonlocal current
        if current:
            sections[-1].paragraphs.append(current)
            current = []

    for line in body.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        heading = None if in_fence else _HEADING.match(line)
        if heading:
            flush()
            level, text = len(heading.group(1)), _heading_text(heading.group(2))
            if level == 1 and not titles:
                titles.append(text)
            else:
                sections.append(_RawSection(heading=text, level=level))
        elif not line.strip() or (not in_fence and _RULE.match(line)):
            flush()
        elif not in_fence and _LIST_ITEM.match(line):
            # Each list item reads as its own paragraph.
            flush()
            current.append(_LIST_ITEM.sub("", line, count=1))
        else:
            current.append(_QUOTE.sub("", line, count=1))
    flush()
    return titles, sections


def _heading_text(text: str) -> str:
    """A heading's text without trailing spaces and without a closing sequence of "#"s after a space."""
    text = text.rstrip()
    bare = text.rstrip("#")
    if bare != text and bare[-1:].isspace():
        text = bare.rstrip()
    return text


def _is_fact_block(lines: list[str]) -> bool:
    return all(parse_fact_line(strip_markdown(line)) for line in lines)


def parse_markdown(text: str) -> ParsedDocument:
    front, body = split_front_matter(text)
    sheet = FactSheet()
    for key, value in front.items():
        sheet.add(str(key), value)
    titles, raw_sections = _blocks(body)
    if titles and sheet.title is None:
        title, year = split_title_year(clean_text(strip_markdown(titles[0])))
        sheet.title = title or None
        if sheet.year is None:
            sheet.year = year
    reading = _Reading(ParsedDocument(sheet=sheet))
    for index, raw in enumerate(raw_sections):
        reading.read(index, raw)
    return reading.finish()


@dataclass
class _Enclosing:
    """A heading that later, deeper sections sit under."""

    level: int
    spoiler: bool
    safe: bool  # headed "no spoilers", or as notes about the film


@dataclass
class _Reading:
    """Reading a document's sections in order: what the sections read so far say about the ones after them."""

    doc: ParsedDocument
    # A spoiler-warning line was read: everything after it is spoiler.
    warned: bool = False
    # The writer marks spoilers (a warning line, a heading that marks them, an inline span), so what is left
    # unmarked is safe; a document with no such signal is read conservatively (`_conservative`).
    signal: bool = False
    # Once the story has reached a spoiler section, a later section with a neutral heading ("The confession")
    # goes on telling it: it is a spoiler too, unless its heading says it is safe or about the film itself.
    story_spoiled: bool = False
    enclosing: list[_Enclosing] = field(default_factory=list)
    built: list[tuple[Section, bool]] = field(default_factory=list)  # (section, explicitly safe heading)

    def read(self, index: int, raw: _RawSection) -> None:
        heading, marked_heading = _heading(raw, index)
        while self.enclosing and self.enclosing[-1].level >= raw.level:
            self.enclosing.pop()
        kind, spoiler = self._classify(raw, heading, marked_heading)
        paragraphs = self._paragraphs(raw, kind, spoiler)
        if paragraphs:
            safe_heading = bool(raw.heading) and heading_is_explicitly_safe(heading)
            self.built.append((make_section(heading, kind, spoiler, paragraphs), safe_heading))

    def finish(self) -> ParsedDocument:
        self.doc.sections = [section for section, _ in self.built] if self.signal else _conservative(self.built)
        return self.doc

    def _classify(self, raw: _RawSection, heading: str, marked_heading: bool) -> tuple[SectionKind, bool]:
        """The section's kind, and whether it is spoiler, from its heading and the sections before it."""
        own_spoiler = marked_heading or (bool(raw.heading) and heading_is_spoiler(heading))
        kind = heading_kind(heading) if raw.heading else SectionKind.PREMISE
        # After a spoiler section only "no spoilers" or a notes heading keeps a section safe ("Sequel set-up"
        # is story, whatever its premise word says). An ending is a spoiler however it is headed.
        continues = (
            self.story_spoiled
            and bool(raw.heading)
            and not mentions_no_spoilers(heading)
            and kind is not SectionKind.FACTS
            and not is_notes_heading(heading)
            and not any(above.safe for above in self.enclosing)
        )
        ending = kind is SectionKind.ENDING and not mentions_no_spoilers(heading)
        spoiler = self.warned or own_spoiler or continues or ending or any(above.spoiler for above in self.enclosing)
        # Only a heading that marks spoilers ("Plot (spoilers)", "The twist") says the writer marked them, and so
        # that unmarked sections are safe; "Ending" or "Finale" only names a part of the story.
        self.signal = self.signal or marked_heading or (own_spoiler and bool(_MARKING_HEADING.search(heading)))
        if raw.level:
            # A parent headed "no spoilers" (or as notes) keeps unmarked subsections under it from reading as
            # the story going on.
            notes = mentions_no_spoilers(heading) or is_notes_heading(heading)
            self.enclosing.append(_Enclosing(raw.level, spoiler, notes))
        if continues and kind is SectionKind.OTHER:
            kind = SectionKind.PLOT  # it tells the story on, so it has a place in the story's timeline
        self.story_spoiled = self.story_spoiled or (
            spoiler and kind is not SectionKind.FACTS and not is_notes_heading(heading)
        )
        has_markers = any(has_inline_spoiler(line) for para in raw.paragraphs for line in para)
        if kind is SectionKind.FACTS and (spoiler or has_markers):
            # Only safe, unmarked text may sit with the facts at position 0.
            kind = SectionKind.OTHER
        return kind, spoiler

    def _paragraphs(self, raw: _RawSection, kind: SectionKind, spoiler: bool) -> list[Paragraph]:
        """The section's paragraphs. Fact lines go to the fact sheet, and a facts section's prose to the notes
        shown with the facts; a spoiler-warning line makes the rest of the document spoiler."""
        facts_section = kind is SectionKind.FACTS
        paragraphs: list[Paragraph] = []
        section_warned = False
        state = SpanState()
        for lines in raw.paragraphs:
            joined = " ".join(line.strip() for line in lines)
            if is_spoiler_warning(joined):
                self.warned = section_warned = self.signal = True
                continue
            if (facts_section or not raw.heading) and not section_warned and _is_fact_block(lines):
                for line in lines:
                    fact = parse_fact_line(strip_markdown(line))
                    if fact:
                        self.doc.sheet.add(*fact)
                continue
            self.signal = self.signal or has_inline_spoiler(joined)
            pieces = build_paragraphs(joined, spoiler=spoiler or section_warned, markdown=True, state=state)
            if facts_section:
                self.doc.fact_notes.extend(piece.text for piece in pieces)
            else:
                paragraphs.extend(pieces)
        return paragraphs


def _heading(raw: _RawSection, index: int) -> tuple[str, bool]:
    """The section's heading as shown, and whether it marks spoilers inline ("## ||The twist||")."""
    source = raw.heading
    marked = has_inline_spoiler(source)
    if marked:
        source = " ".join(piece for piece, _ in split_inline_spoilers(source))
    return clean_text(strip_markdown(source)) or ("Introduction" if index == 0 else "Section"), marked


def _conservative(built: list[tuple[Section, bool]]) -> list[Section]:
    """No spoiler signal anywhere: sections headed as a premise stay safe, everything else is spoiler.

    Without even a premise heading, only the first paragraph is taken as the premise.
    """
    any_safe_heading = any(safe for _, safe in built)
    result: list[Section] = []
    first = True
    for section, safe in built:
        if any_safe_heading and safe:
            result.append(section)
        elif not any_safe_heading and first:
            result.append(_flagged(section, lambda index: index > 0))
        else:
            result.append(_flagged(section, lambda _: True).model_copy(update={"spoiler": True}))
        first = False
    return result


def _flagged(section: Section, spoiler: Callable[[int], bool]) -> Section:
    """The section with each paragraph's spoiler flag set by its index."""
    paragraphs = [p.model_copy(update={"spoiler": spoiler(index)}) for index, p in enumerate(section.paragraphs)]
    return section.model_copy(update={"paragraphs": paragraphs})
