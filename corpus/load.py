"""The one entry point from an uploaded or bundled file to a `Film` ready to store."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from pydantic import ValidationError

from corpus.decode import MAX_DOCUMENT_BYTES, decode_document
from corpus.detect import DocumentFormat, detect_format
from corpus.errors import DocumentError
from corpus.formats.common import ParsedDocument
from corpus.formats.json_doc import describe_validation_error, parse_json_document
from corpus.formats.markdown import parse_markdown
from corpus.formats.plain import parse_plain
from corpus.formats.seed_page import parse_seed_page
from corpus.models import Film
from corpus.passages import build_passages, facts_section
from corpus.titles import look_alike_problem

# A plot summary has tens of paragraphs; thousands mean a document built to be expensive, not to be read.
MAX_PARAGRAPHS = 5_000
NO_TITLE = "no title: add a '# Title (Year)' heading or a 'Title:' line"

_TEXT_PARSERS: dict[DocumentFormat, Callable[[str], ParsedDocument]] = {
    DocumentFormat.MARKDOWN: parse_markdown,
    DocumentFormat.SEED_PAGE: parse_seed_page,
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
    film.guild_id = guild_id
    film.source_file = filename
    film.content_hash = hashlib.sha256(data).hexdigest()
    film.stamp(loaded_by)
    return film.assign_id()


def _film_from_json(text: str, title: str | None, year: int | None) -> Film:
    film = parse_json_document(text)
    if title is not None or year is not None:
        film = film.model_copy(update={"title": title or film.title, "year": year or film.year})
    # Passages are always rebuilt from the sections: a hand-edited export could otherwise carry passages whose
    # spoiler flags or order disagree with its sections.
    _check_fragmentation(film)
    film.passages = build_passages(film)
    return film


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
    _check_fragmentation(film)
    film.passages = build_passages(film)
    return film
