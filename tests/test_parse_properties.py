"""Properties of parse_document over generated input: it only ever refuses with DocumentError, and text
inside an inline spoiler span never reaches a passage shown with spoilers off."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.errors import DocumentError
from corpus.load import parse_document
from corpus.models import Film

_FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_NAMES = st.sampled_from(["film.txt", "film.md", "film.json", "film", "FILM.MARKDOWN"])
# Text made of the characters that steer the parsers, so generated documents hit the interesting branches.
_MARKUP = st.text(
    alphabet=st.sampled_from(list("#|>!<-:*_[]()\n \t{}\"',.?0123456789aAzZ—’\u200b\x00é")) | st.characters(),
    max_size=400,
)
_LINES = st.lists(
    st.sampled_from(
        [
            "# Title (1999)",
            "## Plot",
            "## Ending (spoilers)",
            "---",
            "title: x",
            "year: 1999",
            "Title: X",
            "Director: Y",
            "Runtime: 90 min",
            "Warning: spoilers below!",
            "Last Updated: today",
            "Haven’t seen X yet?",
            "[0:45] Something happens.",
            "||hidden",
            "text||",
            ">!a!<",
            "",
            "{",
            "}",
            "Plain sentence here. Another one.",
            "plot breakdown of Foo (2001)",
        ]
    )
    | st.text(max_size=40),
    max_size=25,
).map("\n".join)


def _parse_or_refuse(data: bytes, name: str) -> Film | None:
    try:
        return parse_document(data, name)
    except DocumentError as error:
        reason = str(error)
        assert reason and "\n" not in reason
        return None


@_FAST
@given(data=st.binary(max_size=600), name=_NAMES)
def test_arbitrary_bytes_only_raise_document_error(data: bytes, name: str) -> None:
    _parse_or_refuse(data, name)


@_FAST
@given(text=_MARKUP | _LINES, name=_NAMES)
def test_arbitrary_text_only_raises_document_error(text: str, name: str) -> None:
    film = _parse_or_refuse(text.encode("utf-8", "surrogatepass"), name)
    if film is not None:
        assert [p.ordinal for p in film.passages] == list(range(len(film.passages)))
        assert all(0.0 <= p.position <= p.position_end <= 1.0 for p in film.passages)


@_FAST
@given(text=_LINES)
def test_arbitrary_json_values_only_raise_document_error(text: str) -> None:
    _parse_or_refuse(json.dumps({"title": text, "sections": [{"heading": text}]}).encode(), "x.json")


_WORDS = st.lists(
    st.sampled_from(
        [
            "the",
            "hero",
            "walks",
            "north",
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
            "[link]",
            "(1:12)",
            "#1",
            ":",
            "Director:",
            "—",
        ]
    ),
    min_size=1,
    max_size=12,
)


@st.composite
def _marked_document(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A Markdown or plain document whose spoiler spans each hold one unique token."""
    secrets: list[str] = []
    paragraphs: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        parts: list[str] = []
        for _ in range(draw(st.integers(1, 4))):
            parts.append(" ".join(draw(_WORDS)))
            if draw(st.booleans()):
                token = f"zqsecret{len(secrets)}"
                secrets.append(token)
                inner = " ".join([*draw(_WORDS), token, *draw(_WORDS)])
                opener, closer = draw(st.sampled_from([("||", "||"), (">!", "!<"), ("||", "")]))
                parts.append(f"{opener}{inner}{closer}")
                if not closer:
                    # An unclosed span hides the rest of its paragraph; nothing after it is meant as safe.
                    break
        paragraphs.append(" ".join(parts))
    heading = draw(st.sampled_from(["# Film (2001)\n\n## Story\n\n", "Title: Film\n\n", "# Film\n\n"]))
    return heading + "\n\n".join(paragraphs) + "\n", secrets


@_FAST
@given(document=_marked_document(), name=st.sampled_from(["film.md", "film.txt"]))
def test_spoiler_span_text_never_lands_in_a_safe_passage(document: tuple[str, list[str]], name: str) -> None:
    text, secrets = document
    try:
        film = parse_document(text.encode(), name)
    except DocumentError as error:
        # A body of punctuation alone ("...") leaves no text beyond the title, and such a document is refused.
        assert "no text beyond its title" in str(error) and not secrets, error
        return
    for passage in film.passages:
        if not passage.spoiler:
            assert not any(secret in passage.text for secret in secrets), passage.text
    shown = " ".join(p.text for p in film.passages)
    assert all(secret in shown for secret in secrets)
