"""The plot-summary page format: a page pasted from a plot-summary site (see ../shared/seeds/)."""

from __future__ import annotations

import re

from corpus.formats.common import (
    FactSheet,
    ParsedDocument,
    parse_year,
    read_header,
    split_at_warning,
    story_sections,
)

# Site furniture around the summary: never part of the story, never indexed.
_BOILERPLATE = re.compile(
    r"^(?:haven['’]t (?:seen|watched)\b.*\byet\b|bookmark (?:the|this) page|"
    r"read the (?:complete|full|entire) plot|don['’]t stop at just watching|track the full timeline|"
    r"discover what (?:really )?happened|(?:click|tap) here|share (?:this|on)\b|subscribe\b|sign up\b|"
    r"advertisement$|you (?:might|may) also like|related (?:posts|articles|movies)|see also\b|"
    r"scroll (?:down|on)\b|if you['’]re ready, scroll|"
    r"this is the (?:complete |full )?(?:plot )?(?:breakdown|summary|recap) of\b[^.]{0,160}\.?$)",
    re.IGNORECASE,
)
# The page footer; everything from here on is navigation, not story.
_FOOTER = re.compile(r"^(?:last updated|updated on|published on|posted on)\b\s*:?", re.IGNORECASE)
_TITLE_HINTS = (
    re.compile(r"plot breakdown of ([^\n]{1,150}?) \((\d{4})\)", re.IGNORECASE),
    re.compile(r"summary of ([^\n]{1,150}?) \((\d{4})\)", re.IGNORECASE),
    re.compile(r"haven['’]t (?:seen|watched) ([^\n]{1,150}?) yet\?", re.IGNORECASE),
    re.compile(r"explore ([^\n]{1,150}?) in full detail", re.IGNORECASE),
    re.compile(r"timeline of ([^\n]{1,150}?) with every", re.IGNORECASE),
)


def is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line))


def is_footer(line: str) -> bool:
    return bool(_FOOTER.match(line))


def looks_like_summary_page(text: str) -> bool:
    """True when the text carries a summary site's furniture (footer or boilerplate lines)."""
    return any(is_footer(line.strip()) or is_boilerplate(line.strip()) for line in text.split("\n"))


def infer_title(text: str) -> tuple[str | None, int | None]:
    """The site repeats the title in its boilerplate ("plot breakdown of Stalker (1979)")."""
    for pattern in _TITLE_HINTS:
        if match := pattern.search(text):
            year = parse_year(match.group(2)) if pattern.groups > 1 else None
            return match.group(1).strip(), year
    return None, None


def parse_summary_page(text: str) -> ParsedDocument:
    lines = text.split("\n")
    sheet = FactSheet()
    start = read_header(lines, sheet)
    body: list[str] = []
    for line in lines[start:]:
        stripped = line.strip()
        if is_footer(stripped):
            break
        if not is_boilerplate(stripped):
            body.append(line)
    before, after = split_at_warning(body)
    title, year = infer_title(text)
    return ParsedDocument(sheet=sheet, sections=story_sections(before, after), inferred_title=title, inferred_year=year)
