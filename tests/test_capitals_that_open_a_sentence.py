"""A capital that only opens a sentence or a quote is no title ("What's Chinatown about? Please keep it spoiler
free", "Paused Seven at 1:10.", "why does Leonard write 'Don't believe his lies'?"), and a title never runs across
punctuation ("Alright, the Nolan film …"). A title-like heading before the question ("The Matrix, who directed
it?") still names a film we lack; a film described around a maker's name ("the nolan film where …") is described,
not named; thanks and reactions after an answer are small talk. Over the bundled films, through the engine."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.mentions import phrases
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("What's Chinatown about? Please keep it spoiler free, I'm presenting the setup only.", "chinatown-1974"),
        ("Paused Seven at 1:10. The lawyer victim, which sin was he?", "se7en-1995"),
        ("Watched Psycho last night. Who directed it?", "psycho-1960"),
        ("Rewatching Vertigo tonight. Who plays the detective?", "vertigo-1958"),
        ("Finally saw Solaris! Who directed it?", "solaris-1972"),
        ("why does Leonard write 'Don't believe his lies' on the photo in Memento?", "memento-2000"),
        ("Thanks. Meanwhile, who directed Rashomon?", "rashomon-1950"),
        ("Alright, the Nolan film about two rival stage magicians, who's in it?", "the-prestige-2006"),
        ("the nolan film where a man with no short-term memory tattoos clues on his body: who plays the lead?", None),
        ("the hitchcock movie with the motel, who wrote it?", "psycho-1960"),
        # After "do", a name the film's text uses is its character's, not a title.
        ("why do Mills and Somerset argue in Se7en?", "se7en-1995"),
    ],
)
def test_a_capital_that_opens_a_sentence_names_no_film_we_lack(engine: Engine, question: str, film: str | None):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert "I don't have" not in answer.answer
    if film is not None:
        assert answer.film is not None and answer.film.id == film
    else:
        # A description made of words no summary holds may be asked about ("which film?"), never lacked.
        assert answer.status is not Status.NOT_FOUND


@pytest.mark.parametrize(
    ("question", "lacked"),
    [
        ("The Matrix, who directed it?", "The Matrix"),
        ("The Matrix. Who directed it?", "The Matrix"),
        ("Gone Girl: who directed it?", "Gone Girl"),
        ("Get Out, is it scary?", "Get Out"),
        ("Watched Heat yesterday. Who directed it?", "Heat"),
        ("who directed The Matrix?", "The Matrix"),
        ("Is Seven Samurai any good?", "Seven Samurai"),
        ("Did Fincher also do Gone Girl? What's the twist there?", "Gone Girl"),
    ],
)
def test_a_title_we_lack_is_still_named(engine: Engine, question: str, lacked: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert f"I don't have {lacked}." in answer.answer


@pytest.mark.parametrize(
    ("question", "texts"),
    [
        ("What's Chinatown about? Please keep it short.", ["Chinatown"]),
        ("Alright, the Nolan film about magicians", ["the Nolan"]),
        ("Paused Seven at 1:10.", ["Seven"]),
        ("I'm asking about Vertigo, thanks", ["Vertigo"]),
        ("is 'Don't Look Now' scary?", ["Look Now"]),
    ],
)
def test_phrases_stop_at_punctuation_and_skip_sentence_capitals(question: str, texts: list[str]):
    assert sorted(p.text for p in phrases(question)) == sorted(texts)


@pytest.mark.parametrize(
    "remark",
    [
        "Thanks, that's exactly what I needed.",
        "haha ok, fair",
        "fair enough",
        "perfect, thank you",
        "wait, are you an AI?",
        "got it, makes sense",
        "great, that helps",
        "forget it",
        "same",
        "idk",
    ],
)
def test_thanks_and_reactions_after_an_answer_are_small_talk(engine: Engine, remark: str):
    first = engine.ask("who directed Chinatown?", scope=SpoilerScope.off())
    assert first.film is not None
    answer = engine.ask(remark, scope=SpoilerScope.off(), context_film=first.film.id)
    assert answer.status is Status.NOT_FOUND and answer.film is None
    # The film is still the one asked about: the next follow-up answers it.
    follow = engine.ask("and who plays Jake?", scope=SpoilerScope.off(), context_film=first.film.id)
    assert follow.film is not None and follow.film.id == "chinatown-1974"


@pytest.mark.parametrize(
    ("question", "slotted"),
    [
        ("Did he also do Gone Girl?", ["Gone Girl"]),
        ("did Fincher do Gone Girl?", ["Gone Girl"]),
        ("Where do John and Laura go to pick up Luke?", []),
        ("From what U.S. city do John and Laura enter into Canada?", []),
        ("why do Mills and Somerset argue?", []),
    ],
)
def test_do_before_a_title_is_making_it_not_the_auxiliary(question: str, slotted: list[str]):
    assert [p.text for p in phrases(question) if p.slot] == slotted
