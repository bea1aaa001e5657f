"""Discord text safety: escaping, splitting within limits, one spoiler span per chunk."""

import re
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.durations import parse_duration
from bot.errors import UserError
from bot.formatting import clean_question, clip, escape, pagify, spoiler_chunks


def test_escape_neutralises_markdown_mentions_and_spoiler_bars():
    text = escape("@everyone ||the twist|| is *here* <@123> `code`")
    assert "@everyone" not in text and "<@123>" not in text
    assert "||" not in text.replace("\\|", "")
    assert "\\*here\\*" in text


@given(st.text(min_size=0, max_size=3000), st.integers(min_value=20, max_value=500))
@settings(max_examples=150, deadline=None)
def test_pagify_keeps_every_chunk_within_the_limit_and_loses_no_words(text, limit):
    chunks = list(pagify(text, limit))
    assert all(len(chunk) <= limit for chunk in chunks)
    assert "".join(chunks).split() == "".join(text.split()).split() or "".join("".join(chunks).split()) == "".join(
        text.split()
    )


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=2500))
@settings(max_examples=150, deadline=None)
def test_each_spoiler_chunk_is_one_closed_span(text):
    for chunk in spoiler_chunks(text, 300):
        assert len(chunk) <= 300
        assert chunk.startswith("||") and chunk.endswith("||")
        inner = chunk[2:-2]
        # Every bar inside is escaped, so nothing in the summary can close the span early.
        assert not re.search(r"(?<!\\)\|", inner.replace("\\\\", ""))
        assert not inner.endswith("\\") or inner.endswith("\\\\")


def test_clip_marks_the_cut():
    assert clip("short", 10) == "short"
    clipped = clip("a fairly long title about nothing", 12)
    assert len(clipped) <= 12 and clipped.endswith("…")


def test_durations():
    assert parse_duration("2h") == timedelta(hours=2)
    assert parse_duration("1d12h") == timedelta(days=1, hours=12)
    assert parse_duration("30 m") == timedelta(minutes=30)
    for bad in ("soon", "0m", "2x", "9999w", ""):
        with pytest.raises(UserError):
            parse_duration(bad)


def test_clean_question_drops_discord_markup_only():
    assert clean_question("@everyone ||who|| *directed* Stalker? <@&1> <@!123> <#9>") == "who directed Stalker?"
    assert clean_question("what's Rosebud's meaning?") == "what's Rosebud's meaning?"
    assert clean_question("<@123>") == ""


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        # emoji typed as codes, and custom emoji: "I don't have stalker skull" before
        ("how long is stalker :skull:", "how long is stalker"),
        ("<:kekw:123456789012345678> who is in psycho <a:party:42>", "who is in psycho"),
        # a line quoted above the question is what it answers to
        ("> Cole Sear is a nervous, solemn boy\nwhat is he scared of tho", "what is he scared of tho"),
        # not a time ("at 10:30:") nor a quote alone
        ("what happens at 1:05:30 in psycho", "what happens at 1:05:30 in psycho"),
        ("> is it a quote", "> is it a quote"),
    ],
)
def test_clean_question_drops_emoji_codes_and_quoted_lines(typed: str, asked: str):
    assert clean_question(typed) == asked
