"""The one entry point from an uploaded or bundled file to a `Film` ready to store."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from pydantic import ValidationError

from corpus.decode import MAX_DOCUMENT_BYTES, decode_document
from corpus.detect import DocumentFormat, detect_format
from corpus.errors import DocumentError
from corpus.formats.common import (
    ParsedDocument,
    has_inline_spoiler,
    make_section,
    split_inline_spoilers,
)
from corpus.formats.json_doc import describe_validation_error, parse_json_document
from corpus.formats.markdown import parse_markdown
from corpus.formats.plain import parse_plain
from corpus.formats.summary_page import parse_summary_page
from corpus.models import Facts, Film, Paragraph, Section, SectionKind
from corpus.passages import build_passages, facts_paragraphs, facts_section
from corpus.text import clean_text
from corpus.titles import look_alike_problem

# A plot summary has tens of paragraphs; thousands mean a document built to be expensive, not to be read.
MAX_PARAGRAPHS = 5_000
NO_TITLE = "no title: add a '# Title (Year)' heading or a 'Title:' line"

_TEXT_PARSERS: dict[DocumentFormat, Callable[[str], ParsedDocument]] = {
    DocumentFormat.MARKDOWN: parse_markdown,
    DocumentFormat.SUMMARY_PAGE: parse_summary_page,
    DocumentFormat.PLAIN: parse_plain,
}


def parse_document(
    data: bytes,
    filename: str,
    *,
    title: str | None = None,
    year: int | None = None,
    guild_id: int | None = None,
    loaded_by: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Film:
    """Parse a film document. `title`/`year` override what the document says. Raises only DocumentError."""
    text = decode_document(data, max_bytes=max_bytes)
    document_format = detect_format(text, filename)
    try:
        if title is not None or year is not None:
            # Overrides are assigned without validation below, so check them once here.
            Film(title=title or "untitled", year=year)
        if document_format is DocumentFormat.JSON:
            film = _film_from_json(text, title, year)
        else:
            film = _film_from_text(_TEXT_PARSERS[document_format](text), title, year)
    except ValidationError as error:
        raise DocumentError(f"invalid document: {describe_validation_error(error)}") from None
    for name in (film.title, *film.aliases):
        if problem := look_alike_problem(name):
            raise DocumentError(problem)
    _require_text(film)
    film.guild_id = guild_id
    film.source_file = filename
    film.content_hash = hashlib.sha256(data).hexdigest()
    film.stamp(loaded_by)
    return film.assign_id()


def _film_from_json(text: str, title: str | None, year: int | None) -> Film:
    film = parse_json_document(text)
    if title is not None or year is not None:
        film = film.model_copy(update={"title": title or film.title, "year": year or film.year})
    _refuse_marked_facts(film)
    film.sections = [_not_facts_if_marked(_split_marked_paragraphs(section)) for section in film.sections]
    # Passages are always rebuilt from the sections: a hand-edited export could otherwise carry passages whose
    # spoiler flags or order disagree with its sections.
    _check_fragmentation(film)
    film.passages = build_passages(film)
    return film


def _require_text(film: Film) -> None:
    """A film needs something to answer from beyond its name: summary text, a fact or a note.

    A document that is only a heading ("# Only heading") would otherwise be stored as a film whose one passage
    is its own title, answering every question about it with "Title: …".
    """
    names_only = set(facts_paragraphs(film.title, film.year, film.aliases, Facts()))
    if film.facts != Facts():
        return
    texts = (paragraph.text for section in film.sections for paragraph in section.paragraphs)
    if not any(text.strip() and text not in names_only for text in texts):
        raise DocumentError(
            f"{film.display_title} has no text beyond its title: add a summary (a section of "
            "paragraphs) or facts such as 'Director: …'"
        )


def _refuse_marked_facts(film: Film) -> None:
    """Facts are shown to everyone, so a fact or alias written as a spoiler span cannot be one (as in text)."""
    values = [
        *film.aliases,
        *(v for v in film.facts.model_dump(exclude={"cast", "extra"}).values() if isinstance(v, str)),
        *film.facts.cast,
        *film.facts.extra.values(),
    ]
    if any(has_inline_spoiler(value) for value in values):
        raise DocumentError("facts and aliases are shown to everyone: remove the spoiler marks (|| or >!) from them")


def _split_marked_paragraphs(section: Section) -> Section:
    """`||…||` and `>!…!<` in a hand-written JSON paragraph hide their span, as they do in Markdown and text.

    Without this, a paragraph flagged safe that marks a spoiler inline would be shown whole, span included.
    """
    if not any(has_inline_spoiler(paragraph.text) for paragraph in section.paragraphs):
        return section
    paragraphs = [
        Paragraph(text=piece.strip(), spoiler=paragraph.spoiler or inline, time_mark=paragraph.time_mark)
        for paragraph in section.paragraphs
        for piece, inline in split_inline_spoilers(paragraph.text)
    ]
    return section.model_copy(update={"paragraphs": paragraphs})


def _not_facts_if_marked(section: Section) -> Section:
    """Facts sit at the start of the story and show under every progress limit: a section of kind "facts" that
    holds spoiler text is an ordinary section (as Markdown makes it)."""
    if section.kind is SectionKind.FACTS and (section.spoiler or any(p.spoiler for p in section.paragraphs)):
        return section.model_copy(update={"kind": SectionKind.OTHER})
    return section


def _check_fragmentation(film: Film) -> None:
    """Refuse documents cut into absurdly many pieces before building (and validating) a passage for each."""
    paragraphs = sum(len(section.paragraphs) for section in film.sections)
    if paragraphs > MAX_PARAGRAPHS:
        raise DocumentError(f"document has {paragraphs} paragraphs; the limit is {MAX_PARAGRAPHS}")


def _film_from_text(parsed: ParsedDocument, title: str | None, year: int | None) -> Film:
    sheet = parsed.sheet
    title = title or sheet.title or parsed.inferred_title
    if not title or not title.strip():
        raise DocumentError(NO_TITLE)
    if len(title) > 200:
        raise DocumentError(f"title is {len(title)} characters long; the limit is 200")
    film = Film(
        title=title,
        year=year or sheet.year or parsed.inferred_year,
        aliases=sheet.aliases,
        facts=sheet.facts(),
    )
    film.sections = [facts_section(film, parsed.fact_notes), *parsed.sections]
    if sheet.story:
        # `Twist: …` lines: story written as facts. Never shown as facts; kept as spoiler notes after the story.
        notes = [Paragraph(text=clean_text(line), spoiler=True) for line in sheet.story]
        film.sections.append(make_section("Notes", SectionKind.OTHER, True, notes))
    _check_fragmentation(film)
    film.passages = build_passages(film)
    return film
