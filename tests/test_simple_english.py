"""Safe facts and summaries asked as someone learning English types them: no article ("what is story of
Psycho?"), a verb left in its base form ("who play in Vertigo?", "Memento who make this film?"), an odd phrase ("i
want know about Solaris", "give me informations about Se7en"). Each was withheld for most films; the same question
in textbook English was answered. Every bundled film, title as typed and in lower case."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

FORMS = [
    "who direct {}?",
    "{} director who?",
    "when {} come out?",
    "who play in {}?",
    "what is story of {}?",
    "tell me story {} without spoiler",
    "{} is about what?",
    "how long {} is?",
    "{} who make this film?",
    "i want know about {}",
    "please explain {} no spoil",
    "{} actors?",
    "film {} is from what country?",
    "give me informations about {}",
    "{} story please",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("form", FORMS)
def test_a_safe_question_in_simple_english_is_answered(engine: Engine, form: str):
    wrong = []
    for film in BUNDLED:
        for title in (film.title, film.title.lower()):
            answer = engine.ask(form.format(title), scope=SpoilerScope.off())
            if answer.film is None or answer.film.id != film.id or answer.status is not Status.ANSWERED:
                wrong.append(title)
            assert not answer.contains_spoilers
    assert wrong == []


# How a film ends, asked the same way: "how finish Psycho?" said "the summary doesn't say" with spoilers on, and
# "Memento end how?" or "what is final of Fight Club?" quoted the set-up to someone who had opted out.
ENDINGS = ["how finish {}?", "{} end how?", "what is final of {}?", "{} final what happen"]


@pytest.mark.parametrize("form", ENDINGS)
def test_the_ending_asked_in_simple_english_is_the_ending(engine: Engine, form: str):
    for film in BUNDLED:
        plain = engine.ask(f"how does {film.title} end?", scope=SpoilerScope.on())
        on = engine.ask(form.format(film.title), scope=SpoilerScope.on())
        assert on.film is not None and on.film.id == film.id
        assert on.answer == plain.answer, film.title
        off = engine.ask(form.format(film.title), scope=SpoilerScope.off())
        assert off.status is Status.WITHHELD and not off.contains_spoilers


# Follow-ups after a first question about a film: "who play main role?" and "who write it?" were refused as
# possible spoilers, "story please" said it would spoil most films.
FOLLOW_UPS = ["who play main role?", "who write it?", "story please", "when it come out?", "where it happen?"]


@pytest.mark.parametrize("follow_up", FOLLOW_UPS)
def test_a_follow_up_in_simple_english_is_answered(engine: Engine, follow_up: str):
    for film in BUNDLED:
        answer = engine.ask(
            follow_up, context_film=film.id, context_question=f"who directed {film.title}?", scope=SpoilerScope.off()
        )
        assert answer.film is not None and answer.film.id == film.id
        assert answer.status is Status.ANSWERED and not answer.contains_spoilers, (film.title, answer.answer)


def test_a_summary_of_a_film_we_lack_names_it(engine: Engine):
    # "the godfather story please" asked which film.
    answer = engine.ask("the godfather story please", scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and "the godfather" in answer.answer


# A film described in simple English, in the shapes newcomers type a search: "i search film: …", "help me find
# film, …" (the search was small talk, or "help" read as asking for /help), "what is film with …?" and "movie …
# what name?" (no article; the name asked last) were not read as a search.
DESCRIBED = {
    "chinatown-1974": "private detective in los angeles, water, drought",
    "fight-club-1999": "man cannot sleep and go to support groups",
    "memento-2000": "man cannot remember new things, he use tattoos and photos",
    "planet-of-the-apes-1968": "astronauts fall in lake on strange planet",
    "rashomon-1950": "japanese old film, woodcutter and priest under gate in rain",
    "se7en-1995": "two police detectives, one old one young, city always rain",
    "solaris-1972": "psychologist go to space station on ocean planet",
    "stalker-1979": "man guide two men into the zone for find room",
    "the-prestige-2006": "two magicians in london are rivals",
    "the-sixth-sense-1999": "child psychologist help scared boy",
}
SEARCHES = [
    "i search film: {}",
    "help me find film, {}",
    "what is film with {}?",
    "movie {} what name?",
    "{}. what film?",
    "you know film about {}?",
]


@pytest.mark.parametrize("search", SEARCHES)
def test_a_film_described_in_simple_english_is_found(engine: Engine, search: str):
    wrong = []
    for film_id, described in DESCRIBED.items():
        answer = engine.ask(search.format(described), scope=SpoilerScope.off())
        if answer.film is None or answer.film.id != film_id or answer.status is not Status.ANSWERED:
            wrong.append(film_id)
    assert wrong == []


@pytest.mark.parametrize("said", ["help", "help me", "help pls"])
def test_help_alone_is_still_for_help(engine: Engine, said: str):
    assert engine.ask(said).status is Status.NOT_FOUND


# Typed without articles (bench/dialogues.py --noise articles lost 36 of 1,710 turns at first): a description
# without its "the" was not read as one, nor "whole time" or "truth" as asking after the twist, and "who wrote
# screenplay?" read "screenplay" as a film we lack.
@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("who directed one about guy with no short-term memory who tattoos clues on himself?", "memento-2000", "Nolan"),
        (
            "movie where astronauts crash-land in lake and clock says 3978: who is in it?",
            "planet-of-the-apes-1968",
            "Heston",
        ),
        ("how long is film about psychologist flying to station above thinking ocean?", "solaris-1972", "167"),
        ("movie where a secretary takes off with 40,000 dollars and stops at a creepy motel", "psycho-1960", "Marion"),
        (
            "the old film where a reporter tries to find what the last word of a dying rich man means",
            "citizen-kane-1941",
            "Rosebud",
        ),
        (
            "lol ok. the one where a guy keeps getting new polaroids and tattoos to find his wife's killer?",
            "memento-2000",
            "Leonard",
        ),
    ],
)
def test_a_description_without_articles_finds_its_film(engine: Engine, question: str, film_id: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert answer.status is Status.ANSWERED and expected in answer.answer


def test_the_twist_asked_without_articles(engine: Engine):
    on = engine.ask("so which planet were they on whole time?", context_film="planet-of-the-apes-1968")
    assert on.status is Status.WITHHELD
    opted = engine.ask(
        "so which planet were they on whole time?", context_film="planet-of-the-apes-1968", scope=SpoilerScope.on()
    )
    assert "Earth all along" in opted.answer
    off = engine.ask("what is truth about Sammy Jankis in Memento?", scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and not off.contains_spoilers


def test_a_fact_word_in_a_title_slot_is_the_fact(engine: Engine):
    answer = engine.ask("who wrote screenplay?", context_film="psycho-1960")
    assert answer.film is not None and answer.film.id == "psycho-1960" and "Stefano" in answer.answer
    # A capitalised title is still one: "The Thing" is a film we lack, whatever its words.
    assert engine.ask("how does The Thing end?", context_film="memento-2000").status is Status.NOT_FOUND
