"""Sentence splitting and the cutting of sections into passages."""

from __future__ import annotations

from itertools import pairwise

import pytest

from corpus.models import Facts, Film, Paragraph, Section, SectionKind
from corpus.passages import MAX_WORDS, MIN_WORDS, build_passages, facts_paragraphs
from corpus.text import fix_link_artefacts, split_sentences, split_time_mark, strip_markdown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Zira meets Mr. Taylor. They talk.", ["Dr. Zira meets Mr. Taylor.", "They talk."]),
        ("He flew to the U.S. in May. Then home.", ["He flew to the U.S. in May.", "Then home."]),
        ("Some props, e.g. a doll, survive. Others burn.", ["Some props, e.g. a doll, survive.", "Others burn."]),
        ('She says "Run." He runs.', ['She says "Run."', "He runs."]),
        ('"Where?" she asks. Nobody answers.', ['"Where?" she asks.', "Nobody answers."]),
        ("He waits... and waits. Nothing.", ["He waits... and waits.", "Nothing."]),
        ("He waits... Nothing happens.", ["He waits...", "Nothing happens."]),
        ("Directed by Franklin J. Schaffner. Shot in Utah.", ["Directed by Franklin J. Schaffner.", "Shot in Utah."]),
        ("Really?! Yes. Mrs. Bates waits at St. Mary's.", ["Really?!", "Yes.", "Mrs. Bates waits at St. Mary's."]),
        ("No full stop at the end", ["No full stop at the end"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_link_artefacts_generic() -> None:
    assert fix_link_artefacts("his sister Ripley’s Sister and Jones Jones.") == "his sister and Jones."
    assert fix_link_artefacts("the [Nostromo] lands") == "the Nostromo lands"
    # A possessive that does not repeat the noun is real text and stays.
    assert fix_link_artefacts("his wife Anna’s Car") == "his wife Anna’s Car"


def test_strip_markdown() -> None:
    assert strip_markdown("**Bold** and _em_ and [a link](http://x) and `code`") == "Bold and em and a link and code"


@pytest.mark.parametrize(
    ("text", "mark", "rest"),
    [
        ("[0:45] He runs.", 45 * 60, "He runs."),
        ("(1:12) He runs.", 72 * 60, "He runs."),
        ("1:12 — He runs.", 72 * 60, "He runs."),
        ("1:12:30 - He runs.", 72 * 60 + 30, "He runs."),
        ("He runs at 1:12.", None, "He runs at 1:12."),
    ],
)
def test_split_time_mark(text: str, mark: int | None, rest: str) -> None:
    assert split_time_mark(text) == (mark, rest)


def _sentence(index: int, words: int = 10) -> str:
    return " ".join(f"w{index}x{n}" for n in range(words - 1)) + " end."


def _film(*sections: Section, facts: Facts | None = None) -> Film:
    return Film(
        title="Test", year=2000, facts=facts or Facts(director="Ann Lee", runtime_minutes=95), sections=list(sections)
    )


def _section(
    heading: str,
    kind: SectionKind,
    spoiler: bool,
    paragraphs: list[str],
    flags: list[bool] | None = None,
    marks: list[int | None] | None = None,
) -> Section:
    flags = flags or [spoiler] * len(paragraphs)
    marks = marks or [None] * len(paragraphs)
    return Section(
        heading=heading,
        kind=kind,
        spoiler=spoiler,
        paragraphs=[
            Paragraph(text=text, spoiler=flag, time_mark=mark)
            for text, flag, mark in zip(paragraphs, flags, marks, strict=True)
        ],
    )


def test_passages_are_whole_sentences_of_bounded_size() -> None:
    # Capitalised, so the splitter sees nine sentences per paragraph rather than one long one.
    paragraphs = [" ".join(_sentence(p * 10 + s, 13).capitalize() for s in range(9)) for p in range(5)]
    film = _film(_section("Plot", SectionKind.PLOT, True, paragraphs))
    story = [p for p in build_passages(film) if p.section == "Plot"]
    assert len(story) > 3
    for passage in story:
        assert len(passage.text.split()) <= MAX_WORDS
        assert passage.text.endswith("end.")
    # Only a section's last passage may fall short: its tail merges back only while that stays in bounds.
    assert all(len(p.text.split()) >= MIN_WORDS for p in story[:-1])
    # Every sentence lands in exactly one passage, in order.
    assert " ".join(p.text for p in story) == " ".join(paragraphs)


def test_a_sentence_longer_than_the_limit_stays_whole() -> None:
    giant = _sentence(1, 200)
    film = _film(_section("Plot", SectionKind.PLOT, True, [_sentence(0), giant, _sentence(2)]))
    texts = [p.text for p in build_passages(film)]
    assert giant in texts


def test_spoiler_and_safe_paragraphs_never_share_a_passage() -> None:
    paragraphs = ["Safe one.", "Secret two.", "Safe three.", "Secret four."]
    section = _section("Story", SectionKind.PLOT, False, paragraphs, flags=[False, True, False, True])
    passages = [p for p in build_passages(_film(section)) if p.section == "Story"]
    assert [(p.text, p.spoiler) for p in passages] == [
        ("Safe one.", False),
        ("Secret two.", True),
        ("Safe three.", False),
        ("Secret four.", True),
    ]


def test_passages_never_cross_sections() -> None:
    film = _film(
        _section("A", SectionKind.PREMISE, False, ["Short one."]),
        _section("B", SectionKind.PREMISE, False, ["Short two."]),
    )
    assert [(p.section, p.text) for p in build_passages(film)][1:] == [("A", "Short one."), ("B", "Short two.")]


def test_positions_are_fractions_of_narrative_words() -> None:
    film = _film(
        _section("Premise", SectionKind.PREMISE, False, [_sentence(0, 30)]),
        _section("Plot", SectionKind.PLOT, True, [" ".join(_sentence(i, 10) for i in range(1, 8))]),
        _section("Ending", SectionKind.ENDING, True, [_sentence(9, 20)]),
    )
    passages = build_passages(film)
    assert [p.ordinal for p in passages] == list(range(len(passages)))
    facts, premise, plot, ending = passages
    assert (facts.position, facts.position_end) == (0.0, 0.0)
    assert (premise.position, premise.position_end) == (0.0, pytest.approx(30 / 120))
    assert (plot.position, plot.position_end) == (pytest.approx(30 / 120), pytest.approx(100 / 120))
    assert (ending.position, ending.position_end) == (pytest.approx(100 / 120), 1.0)
    for before, after in pairwise(passages[1:]):
        assert before.position_end == pytest.approx(after.position)


def test_time_mark_is_that_of_the_paragraph_the_passage_starts_in() -> None:
    section = _section(
        "Plot",
        SectionKind.PLOT,
        True,
        ["Opening.", "Marked one.", "Unmarked after.", "Marked two."],
        marks=[None, 600, None, 1200],
    )
    passages = [p for p in build_passages(_film(section)) if p.section == "Plot"]
    # A timed paragraph starts a passage and ends it, so later text never hides behind its earlier mark.
    assert [(p.text, p.time_mark) for p in passages] == [
        ("Opening.", None),
        ("Marked one.", 600),
        ("Unmarked after.", None),
        ("Marked two.", 1200),
    ]


def test_facts_are_written_as_sentences() -> None:
    facts = Facts(
        director="Andrei Tarkovsky",
        runtime_minutes=162,
        language="Russian",
        country="USSR",
        cast=["A", "B", "C"],
        writer="Arkady Strugatsky",
        genre="Science fiction",
        extra={"Producer": "Aleksandra Demidova"},
    )
    text = " ".join(facts_paragraphs("Stalker", 1979, ["Сталкер"], facts))
    for expected in (
        "Stalker (1979) was directed by Andrei Tarkovsky.",
        "Director: Andrei Tarkovsky.",
        "Runtime: 162 minutes; it runs 2 hours 42 minutes long.",
        "Language: Russian.",
        "Year: 1979.",
        "Released in 1979.",
        "Stalker is also known as Сталкер.",
        "Starring A, B and C.",
        "Written by Arkady Strugatsky.",
        "Genre: Science fiction.",
        "Producer: Aleksandra Demidova.",
    ):
        assert expected in text


def test_a_film_without_a_facts_section_still_gets_a_safe_facts_passage() -> None:
    passages = build_passages(_film(_section("Plot", SectionKind.PLOT, True, ["It ends."])))
    assert passages[0].section_kind is SectionKind.FACTS
    assert not passages[0].spoiler
    assert "Runtime: 95 minutes; it runs 1 hour 35 minutes long." in passages[0].text
