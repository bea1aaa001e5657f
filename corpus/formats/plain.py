"""Plain text: fact lines, then prose; unmarked, everything after the first paragraph is spoiler."""

from __future__ import annotations

from corpus.formats.common import (
    FactSheet,
    ParsedDocument,
    read_header,
    split_at_warning,
    split_title_year,
    story_sections,
)


def parse_plain(text: str) -> ParsedDocument:
    lines = text.split("\n")
    sheet = FactSheet()
    first = next((index for index, line in enumerate(lines) if line.strip()), 0)
    # A first line such as "Stalker (1979)" names the film.
    title, year = split_title_year(lines[first]) if lines else ("", None)
    if year is not None and len(title) <= 200:
        sheet.title, sheet.year = title, year
        lines = lines[first + 1 :]
    start = read_header(lines, sheet)
    before, after = split_at_warning(lines[start:])
    return ParsedDocument(sheet=sheet, sections=story_sections(before, after))
