"""'Spoil Memento for me', 'just spoil it', 'Memento ending explained': the asker wants the twist or the ending.
With spoilers on it is answered from the spoiler text; with them off it is withheld, and nothing hidden shows.
("Spoil X for me" got "the summary doesn't say"; "ending explained" quoted a set-up sentence where someone
explains something.) A twist named with a word before it ("the shocking twist", "the plot twist", "the big
revelation at the end") is asked the same, as are spoilers asked for by name ("Psycho spoilers", "give me the
spoilers for Vertigo"), and the twist asked for in other words ("give me the twist", "I've seen it, what's the
twist?"): the word said "the summary doesn't say". Every bundled film."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

FORMS = [
    "spoil {} for me",
    "just spoil {}",
    "{} ending explained",
    "spoil {} for me please",
    "what is the shocking twist in {}?",
    "whats the plot twist in {}",
    "what's the final twist of {}?",
    "what is the big revelation at the end of {}?",
    # Spoilers asked for by name: "the summary doesn't say" with spoilers on, for 57 of 65 probes.
    "{} spoilers",
    "spoilers for {}?",
    "give me the spoilers for {}",
    "full plot of {} with spoilers",
    "{} with spoilers please",
    # How the twist is asked for, and having seen the film: "give me the twist of Psycho", "I've seen Memento,
    # what's the twist?" said "the summary doesn't say" for 51 of 117 probes.
    "give me the twist of {}",
    "show me the twist of {}",
    "i want to know the twist of {}",
    "ok tell me the twist of {} now",
    "I've seen {}, what's the twist?",
    "tell me the twist of {} instead, I've seen that.",
    "already watched {}, just give me the twist",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("spoil Memento for me", "what is the twist in Memento?"),
        ("just spoil it", "what is the twist?"),
        ("ok spoil it for us pls", "what is the twist?"),
        ("don't spoil it", "don't spoil it"),
        ("spoil me", "spoil me"),
        ("Psycho spoilers", "what is the twist in Psycho?"),
        ("i want spoilers for memento", "what is the twist in memento?"),
        ("full plot of Se7en with spoilers", "what is the twist in Se7en?"),
        # Asking for none, or for how they are shown, is no request to be spoiled.
        ("psycho no spoilers", "psycho"),
        ("any spoilers in it?", "any spoilers in it?"),
        ("spoilers on", "spoilers on"),
        ("mild spoilers for solaris?", "mild spoilers for solaris?"),
        ("who spoils the plan?", "who spoils the plan?"),
    ],
)
def test_a_request_to_be_spoiled_asks_for_the_twist(typed: str, read: str):
    assert plain_question(typed) == read


@pytest.mark.parametrize("film_id", sorted(f.id for f in BUNDLED))
def test_asked_to_spoil_a_film_shows_its_spoilers_only_to_those_who_opted_in(engine: Engine, film_id: str):
    title = next(f.title for f in BUNDLED if f.id == film_id)
    for form in FORMS:
        on = engine.ask(form.format(title), scope=SpoilerScope.on())
        assert on.film is not None and on.film.id == film_id
        assert on.status is Status.ANSWERED and on.contains_spoilers, form
        off = engine.ask(form.format(title), scope=SpoilerScope.off())
        assert off.status is Status.WITHHELD and not off.contains_spoilers, form


def test_asked_to_spoil_the_film_asked_about_last(engine: Engine):
    answer = engine.ask("just spoil it", scope=SpoilerScope.on(), context_film="se7en-1995")
    assert answer.film is not None and answer.film.id == "se7en-1995"
    assert answer.status is Status.ANSWERED and answer.contains_spoilers


# Who speaks of the twist says nothing of what is asked: "everyone talks" quoted "try talking to his wife".
HEARSAY = [
    "what's the big twist in {} everyone talks about",
    "what is the twist in {} that everybody talks about",
    "{}: the twist my friends keep spoiling, what is it",
    "what's the reveal people rave about in {}",
    "the secret i keep hearing about in {}?",
    "{} twist that everyone knows",
]


@pytest.mark.parametrize("form", HEARSAY)
def test_a_twist_people_talk_about_is_the_twist(engine: Engine, form: str):
    for film in BUNDLED:
        plain = engine.ask(f"what's the twist in {film.title}?", scope=SpoilerScope.on())
        # In lower case "rashomon everyone talks" read as a longer title we lack.
        for title in (film.title, film.title.lower()):
            heard = engine.ask(form.format(title), scope=SpoilerScope.on())
            assert heard.film is not None and heard.film.id == film.id, title
            assert heard.answer == plain.answer, title
            assert engine.ask(form.format(title), scope=SpoilerScope.off()).status is Status.WITHHELD


@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_an_ending_people_talk_about_is_the_ending(engine: Engine, film):
    plain = engine.ask(f"what's the ending of {film.title.lower()}?", scope=SpoilerScope.on())
    heard = engine.ask(f"whats the ending of {film.title.lower()} everyone talks about", scope=SpoilerScope.on())
    assert heard.film is not None and heard.film.id == film.id
    assert heard.status is plain.status and heard.contains_spoilers == plain.contains_spoilers


FOLLOW_UPS = ["twist?", "so how does it finish?", "how did it wrap up?", "what's the big reveal?", "ending?"]


@pytest.mark.parametrize("film_id", sorted(f.id for f in BUNDLED))
def test_asked_for_the_twist_or_ending_of_the_last_film(engine: Engine, film_id: str):
    # "twist?" said "I don't have twist" (a bare word read as a title we lack); "so how does it finish?" was no
    # question about the ending ("the summary doesn't say").
    title = next(f.title for f in BUNDLED if f.id == film_id)
    for question in FOLLOW_UPS:
        asked = {"context_film": film_id, "context_question": f"who directed {title}?"}
        on = engine.ask(question, scope=SpoilerScope.on(), **asked)
        assert on.film is not None and on.film.id == film_id, question
        assert on.status is Status.ANSWERED and on.contains_spoilers, question
        off = engine.ask(question, scope=SpoilerScope.off(), **asked)
        assert off.status is Status.WITHHELD and not off.contains_spoilers, question
