"""parse_document under fuzzing, every format: it returns a valid Film or refuses with a one-line DocumentError,
never raises anything else, never takes long, and text from inside a spoiler span never reaches a safe passage.

Inputs: random bytes; generated plot-summary pages, Markdown (with and without YAML front matter), JSON film documents
and plain text carrying secret tokens inside `||…||` / `>!…!<` spans, in mixed encodings, with NUL bytes and
unbalanced markers; 200k-character lines built from the pieces that once made the parsers' regexes quadratic;
JSON and YAML nested deep and YAML anchor "billion laughs"; random mutations of the bundled sample documents.
"""

from __future__ import annotations

import codecs
import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.detect import is_document_name
from corpus.errors import DocumentError
from corpus.load import parse_document
from corpus.models import Film
from tests.paths import SAMPLES

SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if is_document_name(p.name))

# One parse of any input here must finish well inside this; the slowest legitimate one takes ~0.3 s.
PARSE_SECONDS = 5.0

# CI runs few examples to stay fast; FILMBOT_FUZZ_SCALE=100 runs a hundred times as many for a deeper search.
_SCALE = max(1, int(os.environ.get("FILMBOT_FUZZ_SCALE", "1")))
_FUZZ = settings(max_examples=40 * _SCALE, deadline=None, suppress_health_check=list(HealthCheck))
_FEW = settings(max_examples=12 * _SCALE, deadline=None, suppress_health_check=list(HealthCheck))

_NAMES = st.sampled_from(["film.txt", "film.md", "film.json", "film", "FILM.MARKDOWN", "notes.TXT"])


def check(data: bytes, name: str, secrets: tuple[str, ...] = ()) -> Film | None:
    """Parse; assert the contract. Any exception other than DocumentError propagates and fails the test."""
    started = time.perf_counter()
    try:
        film = parse_document(data, name)
    except DocumentError as error:
        reason = str(error)
        assert reason.strip() and "\n" not in reason and "\r" not in reason and len(reason) <= 300, reason
        film = None
    elapsed = time.perf_counter() - started
    assert elapsed < PARSE_SECONDS, f"parse of {len(data)} bytes took {elapsed:.1f}s"
    if film is None:
        return None
    again = Film.model_validate(film.model_dump())
    assert again == film
    Film.model_validate_json(film.model_dump_json())
    assert film.id and film.title.strip()
    assert [p.ordinal for p in film.passages] == list(range(len(film.passages)))
    for passage in film.passages:
        assert passage.text.strip(), passage
        assert passage.film_id == film.id
        assert 0.0 <= passage.position <= passage.position_end <= 1.0
        if not passage.spoiler:
            leaked = [secret for secret in secrets if secret in passage.text]
            assert not leaked, f"spoiler span text {leaked} in a safe passage: {passage.text!r}"
    for secret in secrets:
        # Facts, title and aliases are shown to everyone, whatever the spoiler settings.
        assert secret not in film.model_dump_json(include={"title", "aliases", "facts"}), secret
    return film


# ---- random bytes and encodings -------------------------------------------------------------------------


_BOMS = st.sampled_from(
    [
        b"",
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
        codecs.BOM_UTF32_LE,
        b"{",
        b"---\n",
        b"# T\n\n",
        b"Title: X\n",
    ]
)


@_FUZZ
@given(prefix=_BOMS, data=st.binary(max_size=2000), name=_NAMES)
def test_random_bytes(prefix: bytes, data: bytes, name: str) -> None:
    check(prefix + data, name)


# ---- generated documents of every format, with secrets inside spoiler spans -----------------------------

_WORD_LIST = [
    "the",
    "Hero",
    "walks",
    "north.",
    "and",
    "rain",
    "falls",
    "Dr.",
    "Mr.",
    "U.S.",
    "again.",
    "Then",
    "quietly,",
    "...",
    "**bold**",
    "_it_",
    "[link]",
    "[a](http://x)",
    "`code`",
    "(1:12)",
    "#1",
    ":",
    "Director:",
    "—",
    "café",
    "naïve",
    "“quote”",
    "<b>",
    "<!-- c -->",
    "~~s~~",
    "\\*",
    "Marta Marta",
    "’s",
    "!",
    "?",
    "|",
    "!<",
    ">",
]
_WORDS = st.lists(st.sampled_from(_WORD_LIST), min_size=1, max_size=10).map(" ".join)
# Inside a span: no word that would close it early ("!<" ends a ">!" span), so the secret is really inside.
_SPAN_WORDS = st.lists(st.sampled_from([w for w in _WORD_LIST if w != "!<"]), min_size=1, max_size=10).map(" ".join)
_SPANS = st.sampled_from([("||", "||"), (">!", "!<")])


@st.composite
def _story(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """Paragraphs of prose whose spoiler spans each hold one unique secret token; an unclosed opener hides the
    rest of its paragraph, so it is always the paragraph's last span and nothing meant as safe follows it."""
    secrets: list[str] = []
    paragraphs: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        parts: list[str] = []
        for _ in range(draw(st.integers(1, 4))):
            parts.append(draw(_WORDS))
            if draw(st.booleans()):
                token = f"zqsecret{len(secrets)}x"
                secrets.append(token)
                opener, closer = draw(_SPANS)
                unclosed = draw(st.integers(0, 5)) == 0
                parts.append(f"{opener}{draw(_SPAN_WORDS)} {token} {draw(_SPAN_WORDS)}{'' if unclosed else closer}")
                if unclosed:
                    # A blank line must end it: like Discord's, a span pairs with the next "||" even on a later
                    # line of the same paragraph, so two unclosed openers in one paragraph make one span.
                    parts.append("\n")
                    break
        paragraphs.append(" ".join(parts))
    return paragraphs, secrets


_FACT_LINES = st.lists(
    st.sampled_from(
        [
            "Director: Andrei Tarkovsky",
            "Runtime: 2h 42m",
            "Year: 1979",
            "Language: Russian",
            "Cast: A, B and C",
            "Producer: Someone",
            "Country: USSR",
            "Runtime: 99999",
            "Year: 1492",
            "Genre: drama",
        ]
    ),
    max_size=4,
)
_WARNINGS = st.sampled_from(["Warning: spoilers below!", "SPOILERS AHEAD", "Spoiler warning", "Major spoilers"])


@st.composite
def _summary_page(draw: st.DrawFn) -> tuple[str, list[str]]:
    safe, safe_secrets = draw(_story())
    rest, rest_secrets = draw(_story())
    lines = ["Title: Film", *draw(_FACT_LINES), "", "Haven't seen Film yet? Read the full plot.", "", *safe]
    if draw(st.booleans()):
        lines += ["", draw(_WARNINGS), ""]
    lines += [*rest, "", "Last Updated: May 1, 2024", "Subscribe for more"]
    return "\n".join(lines), safe_secrets + rest_secrets


@st.composite
def _markdown(draw: st.DrawFn) -> tuple[str, list[str]]:
    secrets: list[str] = []
    parts: list[str] = []
    if draw(st.booleans()):
        front = {
            "title": "Film",
            "year": draw(st.sampled_from([1999, "1999", "n/a", None])),
            "director": "Someone",
            "cast": ["A", "B"],
            "runtime": draw(st.sampled_from([120, "2h", "x"])),
        }
        parts.append("---\n" + "\n".join(f"{k}: {json.dumps(v)}" for k, v in front.items()) + "\n---")
    parts.append(draw(st.sampled_from(["# Film (1999)", "# Film", "Title: Film", "# **Film** (2001) ##"])))
    parts.extend(draw(_FACT_LINES))
    for _ in range(draw(st.integers(1, 4))):
        heading = draw(
            st.sampled_from(
                [
                    "## Premise",
                    "## Plot",
                    "## Ending (spoilers)",
                    "### Act 1",
                    "## Synopsis (no spoilers)",
                    "## Cast",
                    "## Twist",
                    "",
                    "##",
                ]
            )
        )
        paragraphs, found = draw(_story())
        secrets += found
        if draw(st.integers(0, 3)) == 0:
            paragraphs.insert(0, draw(_WARNINGS))
        parts.append(heading + "\n\n" + "\n\n".join(paragraphs))
    return "\n\n".join(parts) + "\n", secrets


@st.composite
def _json_doc(draw: st.DrawFn) -> tuple[str, list[str]]:
    secrets: list[str] = []
    sections = []
    for _ in range(draw(st.integers(0, 3))):
        paragraphs, found = draw(_story())
        secrets += found
        flags = draw(st.lists(st.booleans(), max_size=len(paragraphs) + 1))
        section: dict[str, object] = {
            "heading": draw(st.sampled_from(["Premise", "Plot", "Ending"])),
            "kind": draw(st.sampled_from(["premise", "plot", "ending", "other"])),
            "spoiler": draw(st.booleans()),
        }
        if draw(st.booleans()):  # schema 1: texts, with their flags in a list of their own
            section |= {"paragraphs": paragraphs, "spoiler_paragraphs": flags}
        else:
            section["paragraphs"] = [
                {"text": text, **({"spoiler": flags[i]} if i < len(flags) else {})} for i, text in enumerate(paragraphs)
            ]
        sections.append(section)
    document: dict[str, object] = {
        "title": draw(st.sampled_from(["Film", "  Film  ", "", "x" * 201])),
        "year": draw(st.sampled_from([1999, None, 1500, "1999"])),
        "sections": sections,
    }
    if draw(st.booleans()):
        document["facts"] = {
            "director": "Someone",
            "runtime_minutes": draw(st.sampled_from([90, 0, None])),
            "extra": {"Producer": "Somebody"},
        }
    if draw(st.booleans()):
        # Passages in a document are never trusted: they are rebuilt from the sections.
        document["passages"] = [
            {
                "film_id": "x",
                "section": "Plot",
                "section_kind": "plot",
                "ordinal": 0,
                "text": " ".join(secrets) or "text",
                "spoiler": False,
                "position": 0.0,
                "position_end": 0.0,
            }
        ] * 2
    return json.dumps(document, ensure_ascii=draw(st.booleans())), secrets


@st.composite
def _plain(draw: st.DrawFn) -> tuple[str, list[str]]:
    paragraphs, secrets = draw(_story())
    head = draw(st.sampled_from(["Film (1999)", "Title: Film", "Film"]))
    return "\n".join([head, *draw(_FACT_LINES), "", *paragraphs]), secrets


_DOCUMENTS = st.one_of(
    st.tuples(_summary_page(), st.sampled_from(["film.txt", "page"])),
    st.tuples(_markdown(), st.sampled_from(["film.md", "film.txt"])),
    st.tuples(_json_doc(), st.sampled_from(["film.json", "film.txt"])),
    st.tuples(_plain(), st.sampled_from(["film.txt", "film"])),
)


@st.composite
def _encoded(draw: st.DrawFn, text: str) -> bytes:
    """The document in one of the encodings uploads come in, some of them broken."""
    encoding = draw(
        st.sampled_from(
            [
                "utf-8",
                "utf-8-sig",
                "utf-16",
                "utf-16-le",
                "utf-16-be",
                "utf-32",
                "latin-1",
                "cp1252",
                "utf-8+cp1252",
                "utf-8+nul",
                "crlf",
            ]
        )
    )
    if encoding == "utf-8+cp1252":
        # Stray bytes go before spaces: one inside "||" would destroy the marker, not test the parser.
        data = bytearray(text.encode())
        spaces = [index for index, byte in enumerate(data) if byte == 0x20] or [len(data)]
        for at in sorted(draw(st.lists(st.sampled_from(spaces), min_size=1, max_size=4)), reverse=True):
            data.insert(at, draw(st.sampled_from([0x93, 0x94, 0x96, 0xE9, 0x81])))
        return bytes(data)
    if encoding == "utf-8+nul":
        at = draw(st.integers(0, len(text)))
        return (text[:at] + "\x00" + text[at:]).encode()
    if encoding == "crlf":
        return text.replace("\n", "\r\n").encode()
    return text.encode(encoding, errors="replace")


@_FUZZ
@given(st.data())
def test_generated_documents_never_leak_span_text(data: st.DataObject) -> None:
    (text, secrets), name = data.draw(_DOCUMENTS)
    raw = data.draw(_encoded(text))
    check(raw, name, tuple(secrets))


def test_utf16_with_and_without_bom_and_latin1_are_read_or_refused_cleanly() -> None:
    text = "# Amélie (2001)\n\n## Premise\n\nA café waitress in Montmartre.\n\n## Ending\n\n||She finds love.||\n"
    for raw in (
        text.encode("utf-16"),
        codecs.BOM_UTF8 + text.encode(),
        text.encode("latin-1"),
        text.encode("cp1252"),
        text.encode("utf-32"),
    ):
        film = check(raw, "amelie.md", ("She finds love",))
        assert film is not None and film.title == "Amélie", raw[:20]
    for raw in (text.encode("utf-16-le"), text.encode("utf-16-be"), text.encode() + b"\x00", b"\xff\xfe\x00"):
        assert check(raw, "amelie.md") is None


def test_json_spans_and_facts_follow_the_text_formats() -> None:
    """Hand-written JSON: a span in a safe paragraph is hidden; a marked fact is refused, not shown."""
    paragraph = "He walks home. ||zqsecret He was dead all along.|| The end credits roll."
    document = {
        "title": "Film",
        "sections": [
            {
                "heading": "Plot",
                "kind": "plot",
                "spoiler": False,
                "paragraphs": [{"text": paragraph, "spoiler": False}],
            }
        ],
    }
    film = check(json.dumps(document).encode(), "film.json", ("zqsecret", "dead all along"))
    assert film is not None
    assert any("zqsecret" in p.text and p.spoiler for p in film.passages)
    assert any("He walks home." in p.text and not p.spoiler for p in film.passages)
    marked = {"title": "Film", "facts": {"extra": {"Twist": "||the butler||"}}}
    with pytest.raises(DocumentError, match="spoiler marks"):
        parse_document(json.dumps(marked).encode(), "film.json")


# ---- unbalanced markers -------------------------------------------------------------------------------------


@_FUZZ
@given(
    pieces=st.lists(
        st.sampled_from(
            [
                "||",
                ">!",
                "!<",
                "|",
                ">",
                "!",
                "a b.",
                "Then c. ",
                "\n",
                "\n\n",
                "## Plot\n",
                "Warning: spoilers below!\n",
                "[0:45] ",
                "**",
                "`",
            ]
        ),
        max_size=60,
    ),
    head=st.sampled_from(["# Film (1999)\n\n", "Title: Film\n\n", "Film (1999)\n", ""]),
    name=_NAMES,
)
def test_unbalanced_spoiler_markers(pieces: list[str], head: str, name: str) -> None:
    text = head + "".join(pieces)
    film = check(text.encode(), name)
    # Markup can make a literal "||" ("|`|`", "\\|\\|", "|**|**") that never marked a span; without any, every
    # marker was split out, however they paired, and an unclosed one hid the rest of its paragraph.
    if film is not None and not any(char in text for char in "`*_[\\<~"):
        for passage in film.passages:
            if not passage.spoiler:
                assert "||" not in passage.text and ">!" not in passage.text, passage.text


# ---- huge lines: everything that made a regex quadratic, and its neighbours -----------------------------

_HUGE = 200_000
# Each unit, repeated to a 200k-character line, once made a parse take minutes (quadratic regex backtracking):
# an unclosed "**"/"__"/"~~" span, an unclosed HTML comment, "<http://" without ">", a long run of spaces inside a
# fact value or heading, and a long run of sentence punctuation.
_QUADRATIC_UNITS = ["**a ", "__a ", "~~a ", "<!--", "<http://", "Ab" + "." * 50, "a" + ".!?" * 20, " ", "'Væ"]
_OTHER_UNITS = [
    "||",
    "|| a ",
    ">!",
    "*a ",
    "_a ",
    "[a",
    "[a](",
    "<a ",
    "`a",
    "\\*",
    "Dr. ",
    "Marta ",
    "a Bb Cc's ",
    "1:00 ",
    "#",
    "a" * 50,
    "x. ",
    "spoiler ",
    "no ",
    "- ",
    "> ",
]


def _huge_documents(unit: str) -> list[tuple[bytes, str]]:
    line = (unit * (_HUGE // len(unit) + 1))[:_HUGE]
    return [
        (f"# Film (1999)\n\n## Plot\n\nA{line}b.\n".encode(), "film.md"),  # a Markdown paragraph
        (f"# Film (1999)\n\n## a{line}b\n\nText.\n".encode(), "film.md"),  # a heading
        (f"Title: Film\nDirector: a{line}b\n\nText.\n".encode(), "film.txt"),  # a fact line
        (f"Title: Film\n\nA{line}b.\n\nLast Updated: today\n".encode(), "page.txt"),  # a seed page
        (f"Film (1999)\n\nA{line}b.\n\nMore.\n".encode(), "film.txt"),  # plain text
        (
            json.dumps(
                {
                    "title": "Film",
                    "sections": [{"heading": "Plot", "kind": "plot", "spoiler": False, "paragraphs": [line]}],
                }
            ).encode(),
            "film.json",
        ),
    ]


@pytest.mark.parametrize("unit", _QUADRATIC_UNITS)
def test_huge_lines_that_were_quadratic_parse_quickly(unit: str) -> None:
    for data, name in _huge_documents(unit):
        check(data, name)


@_FEW
@given(unit=st.sampled_from(_QUADRATIC_UNITS + _OTHER_UNITS) | st.text(min_size=1, max_size=6), where=st.integers(0, 5))
def test_huge_lines(unit: str, where: int) -> None:
    data, name = _huge_documents(unit)[where]
    check(data, name)


# ---- deep nesting -------------------------------------------------------------------------------------------

_DEEP = 10_000


@pytest.mark.parametrize(
    "document",
    [
        "[" * _DEEP + "]" * _DEEP,
        '{"title": "Film", "facts": ' + '{"a": ' * _DEEP + "1" + "}" * _DEEP + "}",
        '{"title": "Film", "sections": ' + "[" * _DEEP + "]" * _DEEP + "}",
        '{"title": "Film", "aliases": ' + "[" * _DEEP * 10,
        '{"title": ' + '{"a":' * _DEEP * 10,
        '{"title": "Film", "year": 1' + "0" * 5000 + "}",
        '{"title": "Film", "year": 1e99999}',
        '{"title": "Film", "facts": {"runtime_minutes": NaN}}',
        '{"title": "\\ud800"}',
    ],
    ids=["array", "object", "sections", "unclosed-array", "unclosed-object", "long-int", "inf", "nan", "surrogate"],
)
def test_json_nesting_and_numbers(document: str) -> None:
    assert check(document.encode(), "film.json") is None


def _laughs(levels: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join(lines)


@pytest.mark.parametrize(
    "front",
    [
        "title: " + "[" * 5000 + "]" * 5000,
        "title: " + "{a: " * 3000 + "1" + "}" * 3000,
        "".join("  " * i + f"k{i}:\n" for i in range(130)),  # block nesting as deep as the 20k-character limit allows
        _laughs(9) + "\ntitle: Film",
        _laughs(9) + "\ncast: *a8\naliases: *a8\ndirector: *a8\nyear: *a8\nruntime: *a8",
        _laughs(9) + "\n*a8 : x",
        _laughs(9) + "\ntitle: *a8",
        "title: &t Film\nextra: *t\nx: *nope",
        "!!python/object/apply:os.system ['true']",
        "title: x" * 3000,
    ],
    ids=[
        "flow-seq",
        "flow-map",
        "block",
        "laughs",
        "laughs-in-facts",
        "laughs-as-key",
        "laughs-title",
        "bad-alias",
        "python-tag",
        "over-limit",
    ],
)
def test_yaml_nesting_and_anchors(front: str) -> None:
    # check() bounds the time generously (a hang, not a speed target: that is bench/'s); what shows the anchors
    # were not expanded is the size of what was stored.
    film = check(f"---\n{front}\n---\n# Film (1999)\n\n## Premise\n\nA man walks.\n".encode(), "film.md")
    if film is not None:
        assert len(film.model_dump_json()) < 20_000  # anchors were not expanded into the stored document


# ---- mutations of the real sample documents ----------------------------------------------------------------


@st.composite
def _mutated_sample(draw: st.DrawFn) -> tuple[bytes, str]:
    path = draw(st.sampled_from(SAMPLE_FILES))
    data = path.read_bytes()
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "truncate", "shuffle", "delete", "duplicate", "insert"]))
        if kind == "flip" and data:
            at = draw(st.integers(0, len(data) - 1))
            data = data[:at] + bytes([data[at] ^ (1 << draw(st.integers(0, 7)))]) + data[at + 1 :]
        elif kind == "truncate":
            data = data[: draw(st.integers(0, len(data)))]
        elif kind == "shuffle":
            lines = data.split(b"\n")
            data = b"\n".join(draw(st.permutations(lines)))
        elif kind == "delete" and data:
            start = draw(st.integers(0, len(data) - 1))
            data = data[:start] + data[start + draw(st.integers(1, 200)) :]
        elif kind == "duplicate":
            lines = data.split(b"\n")
            at = draw(st.integers(0, max(0, len(lines) - 1)))
            data = b"\n".join(lines[:at] + lines[at : at + 5] * draw(st.integers(2, 50)) + lines[at:])
        elif kind == "insert":
            at = draw(st.integers(0, len(data)))
            junk = draw(
                st.sampled_from(
                    [
                        b"||",
                        b">!",
                        b"\x00",
                        b"\xff\xfe",
                        b"\x93",
                        b"---\n",
                        b"{",
                        b"# ",
                        b"\n\n## Ending\n",
                        b"Warning: spoilers below!\n",
                    ]
                )
            )
            data = data[:at] + junk + data[at:]
    return data, draw(st.sampled_from([path.name, "upload.txt", "upload.md", "upload.json"]))


@settings(max_examples=60 * _SCALE, deadline=None, suppress_health_check=list(HealthCheck))
@given(sample=_mutated_sample())
def test_mutated_samples(sample: tuple[bytes, str]) -> None:
    check(*sample)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_samples_themselves_parse(path: Path) -> None:
    assert check(path.read_bytes(), path.name) is not None
