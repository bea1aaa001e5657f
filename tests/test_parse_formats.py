"""Each document format, the no-marker default, format detection and every refusal reason."""

from __future__ import annotations

import codecs
import json
from typing import Any

import pytest

from corpus.decode import MAX_DOCUMENT_BYTES, decode_document
from corpus.detect import DocumentFormat, detect_format
from corpus.errors import DocumentError
from corpus.load import parse_document
from corpus.models import Film, SectionKind

MARKDOWN = """---
title: The Long Walk
year: 1999
aliases: [Walk, "La longue marche"]
director: Jane Roe
runtime: "1h 45m"
language: English
country: Canada
cast: Ann Lee, Bo Diaz and Cy Park
writer: Sam Poe
genre: Drama
producer: Kay Oh
---
# Ignored Heading (2001)

## Synopsis (no spoilers)

A **retired** postman sets out to walk across [the country](https://example.com) to meet his estranged son.
He carries only a map.

## The journey

[0:45] He meets a singer named Flo in a diner. They travel together.

(1:12) Flo falls ill near the border and he carries her to a clinic.

## Ending explained

The son turns out to be dead, and the postman reads his letters at the grave.
"""


def _load(text: str, name: str = "doc.md", **kwargs: Any) -> Film:
    return parse_document(text.encode(), name, **kwargs)


def _spoiler_flags(film: Film, needle: str) -> list[bool]:
    return [p.spoiler for p in film.passages if needle in p.text]


# --- Markdown ---------------------------------------------------------------------------------------------


def test_markdown_front_matter_gives_title_and_facts() -> None:
    film = _load(MARKDOWN)
    assert (film.title, film.year) == ("The Long Walk", 1999)
    assert film.aliases == ["Walk", "La longue marche"]
    assert film.facts.director == "Jane Roe"
    assert film.facts.runtime_minutes == 105
    assert film.facts.cast == ["Ann Lee", "Bo Diaz", "Cy Park"]
    assert (film.facts.language, film.facts.country, film.facts.writer, film.facts.genre) == (
        "English",
        "Canada",
        "Sam Poe",
        "Drama",
    )
    assert film.facts.extra == {"producer": "Kay Oh"}


def test_markdown_sections_kinds_and_spoiler_flags() -> None:
    film = _load(MARKDOWN)
    summary = [(s.heading, s.kind, s.spoiler) for s in film.sections]
    assert summary == [
        ("Facts", SectionKind.FACTS, False),
        ("Synopsis (no spoilers)", SectionKind.PREMISE, False),
        # "Ending" names a part of the story but marks nothing: with no spoiler marked anywhere, only what is
        # headed as safe stays safe.
        ("The journey", SectionKind.OTHER, True),
        ("Ending explained", SectionKind.ENDING, True),
    ]
    assert _spoiler_flags(film, "postman sets out") == [False]
    assert _spoiler_flags(film, "reads his letters") == [True]


def test_markdown_cleans_inline_markup() -> None:
    film = _load(MARKDOWN)
    text = " ".join(p.text for p in film.passages)
    assert "A retired postman sets out to walk across the country to meet" in text
    assert "**" not in text and "https://" not in text


def test_markdown_time_marks_are_stripped_and_recorded() -> None:
    film = _load(MARKDOWN)
    journey = next(s for s in film.sections if s.heading == "The journey")
    assert [p.time_mark for p in journey.paragraphs] == [45 * 60, 72 * 60]
    assert journey.paragraphs[0].text.startswith("He meets a singer")
    marked = {p.time_mark for p in film.passages if p.section == "The journey"}
    assert marked == {45 * 60, 72 * 60}


def test_markdown_heading_with_title_and_fact_lines() -> None:
    text = "# Stalker (1979)\n\nDirector: Andrei Tarkovsky\nRuntime: 162 min\n\n## Premise\n\nA guide.\n"
    film = _load(text)
    assert (film.title, film.year, film.facts.director, film.facts.runtime_minutes) == (
        "Stalker",
        1979,
        "Andrei Tarkovsky",
        162,
    )


@pytest.mark.parametrize(
    "heading", ["Spoilers", "The twist", "Climax", "What happens next", "The reveal", "Plot (SPOILERS)"]
)
def test_spoiler_headings(heading: str) -> None:
    film = _load(f"# Film\n\n## Premise\n\nSafe words here.\n\n## {heading}\n\nSecret words here.\n")
    assert _spoiler_flags(film, "Safe words") == [False]
    assert _spoiler_flags(film, "Secret words") == [True]


@pytest.mark.parametrize(
    "warning", ["Warning: spoilers below!", "**Spoiler warning**", "> SPOILERS AHEAD", "Major spoilers follow."]
)
def test_warning_line_makes_the_rest_spoiler(warning: str) -> None:
    text = f"# Film\n\n## Story\n\nSafe opening.\n\n{warning}\n\nHidden middle.\n\n## Later\n\nHidden later.\n"
    film = _load(text)
    assert _spoiler_flags(film, "Safe opening") == [False]
    assert _spoiler_flags(film, "Hidden middle") == [True]
    assert _spoiler_flags(film, "Hidden later") == [True]
    assert not any("spoiler" in p.text.lower() for p in film.passages)


@pytest.mark.parametrize(
    ("source", "secret"),
    [
        ("The hero meets ||his own father|| at the lake.", "his own father"),
        ("The hero meets >!his own father!< at the lake.", "his own father"),
        ("The hero meets ||his own father at the lake.", "his own father at the lake."),
    ],
)
def test_inline_spoiler_spans_become_spoiler_paragraphs(source: str, secret: str) -> None:
    film = _load(f"# Film\n\n## Story\n\n{source}\n")
    story = next(s for s in film.sections if s.heading == "Story")
    assert story.spoiler is False
    texts = [p.text for p in story.paragraphs]
    assert secret in texts
    assert story.paragraphs[texts.index(secret)].spoiler is True
    assert _spoiler_flags(film, secret) == [True]
    assert _spoiler_flags(film, "The hero meets") == [False]
    assert not any("||" in p.text or ">!" in p.text for p in film.passages)


def test_markdown_without_any_spoiler_signal_is_conservative() -> None:
    text = "# Film\n\n## Story\n\nFirst paragraph.\n\nSecond paragraph.\n\n## Finale\n\nLast paragraph.\n"
    film = _load(text)
    assert _spoiler_flags(film, "First paragraph") == [False]
    assert _spoiler_flags(film, "Second paragraph") == [True]
    assert _spoiler_flags(film, "Last paragraph") == [True]


def test_markdown_without_signal_keeps_premise_headed_sections_safe() -> None:
    text = "# Film\n\n## Premise\n\nSetup one.\n\nSetup two.\n\n## Story\n\nMiddle.\n"
    film = _load(text)
    assert _spoiler_flags(film, "Setup one") == _spoiler_flags(film, "Setup two") == [False]
    assert _spoiler_flags(film, "Middle") == [True]


# --- JSON -------------------------------------------------------------------------------------------------


def test_json_round_trips() -> None:
    original = _load(MARKDOWN)
    again = parse_document(original.model_dump_json().encode(), "export.json", loaded_by="x")
    assert again.model_dump(exclude={"loaded_at", "loaded_by", "source_file", "content_hash"}) == original.model_dump(
        exclude={"loaded_at", "loaded_by", "source_file", "content_hash"}
    )


def test_json_with_sections_but_no_passages_gets_passages() -> None:
    doc = {
        "title": "Heat",
        "year": 1995,
        "facts": {"director": "Michael Mann"},
        "sections": [
            {"heading": "Premise", "kind": "premise", "spoiler": False, "paragraphs": ["A crew plans a heist."]},
            {"heading": "Ending", "kind": "ending", "spoiler": True, "paragraphs": ["The thief is shot."]},
        ],
    }
    film = parse_document(json.dumps(doc).encode(), "heat.json", guild_id=7)
    assert film.id == "heat-1995@7"
    assert [(p.section, p.spoiler) for p in film.passages] == [("Facts", False), ("Premise", False), ("Ending", True)]
    assert "Heat (1995) was directed by Michael Mann." in film.passages[0].text


def test_json_overrides_win() -> None:
    doc = {"title": "Heat", "year": 1995, "facts": {"director": "Michael Mann"}}
    film = parse_document(json.dumps(doc).encode(), "heat.json", title="Heat (remaster)", year=2000)
    assert (film.title, film.year, film.id) == ("Heat (remaster)", 2000, "heat-remaster-2000")


def test_malformed_json_reports_the_line() -> None:
    with pytest.raises(DocumentError, match=r"^malformed JSON at line 3: "):
        parse_document(b'{\n "title": "Heat",\n "year": 1995,,\n}', "heat.json")


def test_json_that_is_not_a_film_says_why() -> None:
    with pytest.raises(DocumentError, match=r"not a film document: year: "):
        parse_document(b'{"title": "Heat", "year": "soon"}', "heat.json")


# --- plain text and the no-marker default -----------------------------------------------------------------


PLAIN = """Title: Quiet Town
Year: 2004
Director: Max Muster

A quiet town waits for the harvest festival.

The mayor hides a stolen fortune.
Everyone suspects the baker.

The baker leaves town on the last train.
"""


def test_plain_text_without_marker_is_conservative() -> None:
    film = parse_document(PLAIN.encode(), "quiet.txt")
    assert (film.title, film.year, film.facts.director) == ("Quiet Town", 2004, "Max Muster")
    assert [(s.heading, s.spoiler) for s in film.sections] == [
        ("Facts", False),
        ("Premise", False),
        ("Plot", True),
        ("Ending", True),
    ]
    assert _spoiler_flags(film, "harvest festival") == [False]
    assert _spoiler_flags(film, "stolen fortune") == [True]
    assert _spoiler_flags(film, "last train") == [True]
    assert film.sections[-1].kind is SectionKind.ENDING


def test_plain_text_title_line_with_year() -> None:
    film = parse_document(b"Quiet Town (2004)\n\nA town.\n\nA twist.\n", "quiet.txt")
    assert (film.title, film.year) == ("Quiet Town", 2004)


def test_plain_text_with_warning_line() -> None:
    film = parse_document(b"Title: Q\n\nOne.\n\nTwo.\n\nSpoilers ahead\n\nThree.\n", "q.txt")
    assert _spoiler_flags(film, "Two.") == [False]
    assert _spoiler_flags(film, "Three.") == [True]


def test_plain_text_with_only_inline_marks_trusts_them() -> None:
    film = parse_document(b"Title: Q\n\nOne.\n\nTwo ||three|| four.\n", "q.txt")
    assert _spoiler_flags(film, "three") == [True]
    assert all(not p.spoiler for p in film.passages if "three" not in p.text)


def test_discord_markup_is_kept_as_text() -> None:
    film = parse_document(b"Title: Q\n\n@everyone look: a | b.\n\nMore.\n", "q.txt")
    assert any("@everyone look: a | b." in p.text for p in film.passages)


# --- detection --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ('{"title": "x"}', "x.txt", DocumentFormat.JSON),
        ("# Film\n\nText.", "x.txt", DocumentFormat.MARKDOWN),
        ("---\ntitle: x\n---\nText.", "x.txt", DocumentFormat.MARKDOWN),
        ("Title: x\n\nText.", "x.md", DocumentFormat.MARKDOWN),
        ("Title: x\n\nText.", "x.txt", DocumentFormat.PLAIN),
        ("Title: x\n\nText.\nLast Updated: today", "x.md", DocumentFormat.SUMMARY_PAGE),
        ("Title: x\n\nText.\nSpoilers ahead\nMore.", "x.txt", DocumentFormat.SUMMARY_PAGE),
    ],
)
def test_detect_format(text: str, name: str, expected: DocumentFormat) -> None:
    assert detect_format(text, name) is expected


# --- refusals ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n ", "empty file"),
        (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "looks like binary data, not text"),
        (bytes(range(1, 32)) * 10, "looks like binary data, not text"),
        (b"Title: x\n\n\x81\x8d\x8f\x90\x9d" * 3, "not UTF-8 text: save the file as UTF-8 and try again"),
        (
            b"The film has no title line at all.\n\nIt just starts.",
            "no title: add a '# Title (Year)' heading or a 'Title:' line",
        ),
    ],
)
def test_refusals_have_clear_reasons(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_document(data, "upload.txt")
    assert str(caught.value) == reason


def test_fifty_megabytes_is_refused_before_decoding() -> None:
    data = b"word " * (50 * 1024 * 1024 // 5)
    with pytest.raises(DocumentError) as caught:
        parse_document(data, "huge.txt")
    assert str(caught.value) == "file is 50.0 MB; the limit is 2 MB"


def test_size_limit_is_a_parameter() -> None:
    with pytest.raises(DocumentError, match="the limit is 10 bytes"):
        decode_document(b"Title: a long enough text", max_bytes=10)
    assert MAX_DOCUMENT_BYTES == 2 * 1024 * 1024


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("---\ntitle: [unclosed\n---\n# X\n", r"^malformed front matter at line 2: "),
        ("---\ntitle: x\n", r"^malformed front matter: no closing '---' line$"),
        ("---\n- just\n- a list\n---\n# X\n", r"^malformed front matter: expected 'key: value' lines$"),
    ],
)
def test_malformed_front_matter(front: str, reason: str) -> None:
    with pytest.raises(DocumentError, match=reason):
        _load(front)


def test_reasons_are_one_line() -> None:
    assert str(DocumentError("two\nlines")) == "two lines"


# --- encodings --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "Title: Amélie\r\n\r\nShe smiles.\r\n".encode(),
        codecs.BOM_UTF16_LE + "Title: Amélie\n\nShe smiles.\n".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "Title: Amélie\n\nShe smiles.\n".encode("utf-16-be"),
        "Title: Amélie\n\nShe smiles.\n".encode("cp1252"),
        "Title: Amé\u200blie\n\nShe smiles.\n".encode(),
    ],
)
def test_encodings_decode_to_the_same_film(data: bytes) -> None:
    film = parse_document(data, "amelie.txt")
    assert film.title == "Amélie"
    assert _spoiler_flags(film, "She smiles.") == [False]


def test_newlines_are_normalised() -> None:
    assert decode_document(b"a\r\nb\rc\n") == "a\nb\nc\n"


def test_a_document_cut_into_thousands_of_pieces_is_refused() -> None:
    with pytest.raises(DocumentError, match=r"^document has 6001 paragraphs; the limit is 5000$"):
        _load("# Film\n\n" + "- item\n" * 6000)


def test_bad_override_is_a_document_error() -> None:
    with pytest.raises(DocumentError, match=r"^invalid document: year: "):
        _load("# Film\n\nText.\n", year=1500)


def test_look_alike_letters_in_a_title_are_refused():
    from corpus.errors import DocumentError as Refused
    from corpus.load import parse_document as parse

    impostor = "# St\u0430lker (1979)\n\n## Premise\nA guide leads two men.\n".encode()  # Cyrillic "а"
    with pytest.raises(Refused, match="mixes Cyrillic and Latin"):
        parse(impostor, "impostor.md")
    russian = "# Сталкер (1979)\n\n## Premise\nA guide leads two men.\n".encode()
    assert parse(russian, "ru.md").title == "Сталкер"


def test_json_passages_are_rebuilt_from_sections():
    from corpus.load import parse_document as parse

    film = parse(b"# Heat (1995)\n\n## Premise\nA crew of thieves.\n\n## Ending (spoilers)\nThe thief dies.\n", "h.md")
    tampered = film.model_copy(deep=True)
    for passage in tampered.passages:
        passage.spoiler = False  # an edited export claiming every passage is safe
    again = parse(tampered.model_dump_json().encode(), "h.json")
    assert [p.spoiler for p in again.passages] == [p.spoiler for p in film.passages]
    assert any(p.spoiler for p in again.passages)


def test_a_time_mark_inside_a_paragraph_starts_a_new_timed_paragraph():
    from corpus.load import parse_document as parse

    film = parse(
        b"# T (2000)\n\n## Plot (spoilers)\nThey find the flat. [1:08] Doe fires and flees. "
        b"Mills is spared.\n\n## Notes\nA ||secret [0:20] kept|| line.\n",
        "t.md",
    )
    timed = {p.text: p.time_mark for p in film.passages if p.section == "Plot (spoilers)"}
    assert timed == {"They find the flat.": None, "Doe fires and flees. Mills is spared.": 68 * 60}
    assert not any("1:08" in p.text for p in film.passages)
    # A mark inside a spoiler span cannot unbalance the span: its text stays spoiler-only.
    assert all(p.spoiler for p in film.passages if "secret" in p.text or "kept" in p.text)


def test_a_neutral_heading_after_a_spoiler_section_goes_on_with_the_spoilers() -> None:
    # A heading that is itself the twist names no spoiler word; after a spoiler section it is story, not notes.
    film = _load(
        "# Ledger (2011)\n\n## Premise\n\nQuill keeps a lighthouse.\n\n## Plot (spoilers)\n\nWren finds "
        "pages cut out.\n\n## The confession: Quill wrecked the ships\n\nQuill admits the wrecks.\n\n"
        "## Trivia\n\nFilmed on a real islet. ||A dummy was used for the fall.||\n"
    )
    sections = {s.heading: s for s in film.sections}
    confession = sections["The confession: Quill wrecked the ships"]
    assert confession.spoiler and confession.kind is SectionKind.PLOT
    assert not sections["Trivia"].spoiler and [p.spoiler for p in sections["Trivia"].paragraphs] == [False, True]
    assert _spoiler_flags(film, "admits the wrecks") == [True]
    assert _spoiler_flags(film, "real islet") == [False]


def test_a_neutral_heading_before_any_spoiler_section_keeps_the_writers_marking() -> None:
    film = _load(
        "# Heist (2001)\n\n## Premise\n\nA crew plans a job.\n\n## The Crew\n\nFive thieves meet.\n\n"
        "## Ending (spoilers)\n\nThey are caught.\n"
    )
    assert _spoiler_flags(film, "Five thieves meet") == [False]
    assert _spoiler_flags(film, "They are caught") == [True]


# --- issue 9's outside probe: every way a document's structure could show a twist ------------------------


@pytest.mark.parametrize(
    "heading",
    ["Finale", "Epilogue", "Conclusion", "Resolution", "The end", "Showdown", "Final confrontation", "Aftermath"],
)
def test_an_ending_is_a_spoiler_however_it_is_headed(heading: str) -> None:
    film = _load(
        f"# Salt (2016)\n\n## Premise\n\nIlka maps the flats. ||A secret.||\n\n## {heading}\n\n"
        "Tavish slips and drowns.\n"
    )
    assert _spoiler_flags(film, "slips and drowns") == [True]


@pytest.mark.parametrize(
    "warning",
    [
        "Beware: spoilers below!",
        "SPOILERS BELOW — you have been warned.",
        "The rest of this page contains spoilers.",
        "Contains spoilers!",
        "Spoilers below, read at your own risk.",
        "Spoiler territory ahead!",
        "Spoilers for the ending below!",
    ],
)
def test_warning_lines_in_their_own_words(warning: str) -> None:
    page = (
        f"Title: Glass Winter\nYear: 1990\n\nOskar blows glass. His sister has a ||sealed|| letter.\n\n"
        f"{warning}\n\nLiv pours sand into the furnace vents.\n"
    )
    film = _load(page, "page.txt")
    assert _spoiler_flags(film, "pours sand") == [True]
    markdown = f"# Glass Winter (1990)\n\n## Story\n\nOskar blows glass.\n\n{warning}\n\nLiv pours sand.\n"
    assert _spoiler_flags(_load(markdown), "pours sand") == [True]


def test_a_span_crossing_a_paragraph_break_hides_both_halves() -> None:
    page = (
        "Title: Tin Harbour\nYear: 1980\n\nBram finds a tin box in his nets.\n>!Inside is a chart to the "
        "wreck.\nHis father faked his own death.!< Bram sails out.\n\nSpoilers ahead!\n\nHe dives.\n"
    )
    film = _load(page, "page.txt")
    assert _spoiler_flags(film, "faked his own death") == [True]
    assert _spoiler_flags(film, "Bram sails out") == [False]
    assert not any("!<" in p.text for p in film.passages)
    markdown = (
        "# Paper Moon (1977)\n\n## Premise\n\nGuests lose jewels. ||Fournier hides them\n\nin the piano "
        "legs.|| The police arrive.\n\n- A maid >!served time in Marseille\n- under a false name!< "
        "and sings.\n"
    )
    film = _load(markdown)
    assert _spoiler_flags(film, "in the piano legs") == [True]
    assert _spoiler_flags(film, "under a false name") == [True]


@pytest.mark.parametrize(
    "line",
    [
        "Twist: Ada has been dead since the first scene",
        "Ending: the manager is the thief",
        "Spoilers: Ada is a ghost",
        "Notes: " + "word " * 25,
    ],
)
def test_story_written_as_a_fact_line_is_never_a_fact(line: str) -> None:
    page = f"Title: Kestrel Point\nYear: 1985\nGenre: Thriller\n{line}\n\nA keeper and his assistant.\n"
    film = _load(page, "page.txt")
    secret = line.split(": ", 1)[1].split()[0]
    assert secret not in " ".join(p.text for p in film.passages if not p.spoiler)
    assert secret not in film.facts.model_dump_json()
    front = "---\ntitle: Kestrel Point\nyear: 1985\nending: the manager is the thief\n---\n\n## Premise\n\nA keeper.\n"
    film = _load(front)
    assert "thief" not in " ".join(p.text for p in film.passages if not p.spoiler)


def test_after_a_spoiler_section_only_notes_or_no_spoilers_stay_safe() -> None:
    film = _load(
        "# Copper Vale (1999)\n\n## Premise\n\nMara keeps books.\n\n## Plot (spoilers)\n\nThe mill "
        "burns.\n\n## The awards ceremony\n\nOwain bursts in alive.\n\n## Sequel set-up\n\nRoux keeps a "
        "diamond.\n\n## Cast and crew\n\nFilmed in Wales.\n\n## Characters (no spoilers)\n\n### Mara\n\n"
        "A careful clerk.\n"
    )
    assert _spoiler_flags(film, "bursts in alive") == [True]
    assert _spoiler_flags(film, "keeps a diamond") == [True]
    assert _spoiler_flags(film, "Filmed in Wales") == [False]
    assert _spoiler_flags(film, "careful clerk") == [False]


def test_a_json_facts_section_holding_a_spoiler_is_an_ordinary_section() -> None:
    document = {
        "title": "Iron Saints",
        "year": 2003,
        "sections": [
            {
                "heading": "Production facts",
                "kind": "facts",
                "spoiler": False,
                "paragraphs": ["Shot in Lisbon. ||Sister Benedita is the counterfeiter.||"],
            },
            {"heading": "Premise", "kind": "premise", "spoiler": False, "paragraphs": ["Nuns print hymn books."]},
        ],
    }
    film = _load(json.dumps(document), "film.json")
    spoiler = next(p for p in film.passages if "counterfeiter" in p.text)
    assert spoiler.spoiler and spoiler.section_kind is not SectionKind.FACTS


def test_a_sites_plot_breakdown_line_is_not_the_premise() -> None:
    page = (
        "Title: Orchard\nYear: 1987\n\nThis is the plot breakdown of Orchard (1987).\n\nMarit inherits an "
        "orchard.\n\nThe trees die.\n\nLars poisoned them.\n\nLast Updated: 3 March 2020\n"
    )
    film = _load(page, "page.txt")
    assert not any("plot breakdown" in p.text for p in film.passages)
    assert _spoiler_flags(film, "inherits an orchard") == [False]
    assert _spoiler_flags(film, "Lars poisoned") == [True]
