"""Safe questions the premise answers in other words than the question's: answered, not withheld (spoilers off)."""

import pytest

from corpus.load import parse_document
from index.answer import OVERVIEW_CHARS
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

LETTER = b"""---
title: The Lantern Keeper
year: 1990
director: Ada Quill
---
# The Lantern Keeper (1990)

## Premise

Old Tomas keeps the lantern on the sea wall. He shows films in the village hall, and the last line of his
favourite one, "keep the light for those at sea", is painted over his door. The final shot of his own
home movie shows his son waving from the harbour.

## Plot (spoilers)

His son comes back in winter and the two repair the boat together.

## Ending (spoilers)

In the end the son takes over the lantern, and Tomas sails away alone at dawn.
"""


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, parse_document(LETTER, "lantern.md")])


@pytest.mark.parametrize(
    ("question", "film", "expected"),
    [
        # Kane's premise opens on his last word: "last" is what the premise says, not a question about the end.
        ("what was his last word?", "citizen-kane-1941", "Rosebud"),
        ("what is the last line of his favourite film?", "the-lantern-keeper-1990", "keep the light"),
        ("what does the final shot of his home movie show?", "the-lantern-keeper-1990", "waving"),
    ],
)
def test_last_or_final_used_by_the_premise_is_answered(engine: Engine, question: str, film: str, expected: str):
    answer = engine.ask(question, context_film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film
    assert expected in answer.answer


@pytest.mark.parametrize("question", ["how does it end?", "what happens in the final scene?", "what is the last shot?"])
def test_the_films_own_ending_is_still_withheld(engine: Engine, question: str):
    answer = engine.ask(question, context_film="the-lantern-keeper-1990", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD
    assert "sails away" not in answer.answer


@pytest.mark.parametrize(
    ("question", "film", "expected"),
    [
        # The premise speaks of a man "found dead", "a body": a victim, in everyday words.
        ("how was the first victim killed?", "se7en-1995", "forced to eat"),
        # "Stands trial for murder": accused, in everyday words.
        ("who is accused of murder?", "the-prestige-2006", "Borden"),
        ("who is charged with the murder?", "the-prestige-2006", "Borden"),
    ],
)
def test_a_safe_fact_in_other_words_than_the_premise_is_answered(
    engine: Engine, question: str, film: str, expected: str
):
    answer = engine.ask(question, context_film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert expected in answer.answer


@pytest.mark.parametrize(
    ("question", "film", "expected"),
    [
        ("what happened to Malcolm at the start?", "the-sixth-sense-1999", "shoots him"),
        ("what happens to Stewart early on?", "planet-of-the-apes-1968", "died"),
        ("what happens to the officer at the beginning?", "vertigo-1958", "falls to his death"),
    ],
)
def test_a_fate_at_the_start_is_the_set_up_and_is_answered(engine: Engine, question: str, film: str, expected: str):
    # Before: "That would spoil The Sixth Sense": a fate question was withheld unless one sentence named the person
    # with the death, though "at the start" points at the premise, which tells it.
    answer = engine.ask(question, context_film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer


@pytest.mark.parametrize("question", ["what happens to Marion at the end?", "what happens to Marion?"])
def test_a_fate_not_set_at_the_start_is_still_withheld(engine: Engine, question: str):
    answer = engine.ask(question, context_film="psycho-1960", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD


@pytest.mark.parametrize(
    ("question", "film", "scope", "expected"),
    [
        # The summary says "nostril", "shore", "infant": the asker's everyday word finds the same sentence.
        ("what happens to Jake's nose?", "chinatown-1974", SpoilerScope(mode="upto", upto_fraction=0.55), "nostril"),
        ("what happens to Jake's nose?", "chinatown-1974", SpoilerScope.on(), "nostril"),
    ],
)
def test_an_everyday_word_for_what_the_summary_says_finds_it(
    engine: Engine, question: str, film: str, scope: SpoilerScope, expected: str
):
    answer = engine.ask(question, context_film=film, scope=scope)
    assert answer.status is Status.ANSWERED and expected in answer.answer


@pytest.mark.parametrize("film", [f.id for f in BUNDLED])
def test_what_a_film_is_about_is_told_from_its_premise_alone_in_whole_sentences(engine: Engine, film: str):
    # It now runs on past the premise's first passage: never into spoiler text, never past OVERVIEW_CHARS.
    answer = engine.ask("what's it about?", context_film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and not answer.contains_spoilers
    assert len(answer.answer) <= OVERVIEW_CHARS
    premise = " ".join(p.text for p in next(f for f in BUNDLED if f.id == film).passages if not p.spoiler)
    sentences = [s for s in answer.answer.replace("…", "").split(". ") if s]
    assert all(s.strip(" .") in premise for s in sentences)


@pytest.mark.parametrize(
    ("film", "people"),
    [
        # Before: "what's Se7en about?" quoted the two sentences introducing Somerset and left out Mills, his
        # partner, as the premise's first passage held only those two.
        ("se7en-1995", ("Somerset", "Mills")),
        # At 500 characters the overview stopped before the boy the film is about.
        ("the-sixth-sense-1999", ("Malcolm", "Cole")),
    ],
)
def test_an_overview_names_the_people_the_set_up_is_about(engine: Engine, film: str, people: tuple[str, ...]):
    answer = engine.ask("what's it about?", context_film=film, scope=SpoilerScope.off())
    assert all(person in answer.answer for person in people), answer.answer


OPINIONS = [
    "is {} good?",
    "is {} any good?",
    "is {} worth watching?",
    "is {} scary?",
    # "should i watch psycho?" was the /help pointer, "should I watch Psycho?" withheld, "is vertigo worth
    # watching" asked which film (the lower-case title read as a story word).
    "should i watch {}?",
    "should we watch {} tonight?",
    "would i like {}?",
    "is {} worth my time",
    # Whether it suits a viewer: "is psycho ok for kids?" was withheld, "what is memento rated" asked which film.
    "is {} ok for kids?",
    "is {} appropriate for a 12 year old",
    "is {} family friendly?",
    "can my kids watch {}",
    "how violent is {}?",
    "what is {} rated",
]


# A summary asked with its length or plainly: "summarize Psycho in two sentences" and "explain Psycho to me like
# i'm five" were withheld ("two", "five" read as story words), and "what's the story of Psycho?" was "That would
# spoil Psycho".
SUMMARIES = [
    "summarize {} in two sentences",
    "{} in three sentences please",
    "describe {} in a couple of sentences",
    "explain {} to me like i'm five",
    "eli5 {}",
    "what's the story of {}?",
    # "info on psycho", "vertigo info", "hey bot, memento?" were refusals naming no film (the lower-case title read
    # as a story word; after a greeting, one word was kept with the greeting).
    "info on {}",
    "{} info",
    "hey bot, {}?",
    # A summary asked with why or how ("before the exam", "keep it spoiler-free") or in other words ("recap",
    # "refresher", "brief me on"): all ten forms were withheld or read as a remark for every film.
    "{} summary before the exam, spoiler-free please",
    "Exam tomorrow and I never watched {}. Can someone give me a quick recap of the setup? Please keep it spoiler-free",
    "quick recap of {}?",
    "can you recap {} without spoilers",
    "give me a refresher on {}",
    "remind me what {} is about",
    "{} plot for class pls",
    "brief me on {}",
]


@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_an_opinion_or_a_summary_of_a_film_we_have_is_answered_with_its_premise(engine: Engine, film):
    # Before: "Nothing I may show you about Se7en answers that: it may be a spoiler" — no summary judges its film,
    # but what it is about helps someone deciding, and anyone may see it.
    premise = engine.ask("what is it about?", context_film=film.id, scope=SpoilerScope.off()).answer
    for form in OPINIONS + SUMMARIES:
        for title in (film.title, film.title.lower()):
            answer = engine.ask(form.format(title), scope=SpoilerScope.off())
            assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film.id, form
            # ("is it scary?" also has the genre before the premise: it says something of how watching it feels)
            feels = film.facts.genre is not None and any(w in form for w in ("scary", "violent", "sad", "disturbing"))
            said = answer.answer.removeprefix(f"Genre: {film.facts.genre}. ") if feels else answer.answer
            assert feels == answer.answer.startswith("Genre: "), form
            assert said == premise and not answer.contains_spoilers, form


@pytest.mark.parametrize(
    "question",
    ["is it ok for kids?", "is it worth watching? when did it come out", "is it any good", "what is it rated"],
)
def test_an_opinion_asked_of_no_film_names_none(engine: Engine, question: str):
    # Before: "is it ok for kids?" answered The Sixth Sense (its boy), and "is it worth watching? when did it come
    # out" gave Fight Club's year: the words judging a film were searched as if they described one.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None and answer.status is not Status.ANSWERED
