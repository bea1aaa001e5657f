"""Idioms that were read as something they do not ask, each as a family over the bundled films (spoilers off,
through the Engine): a summary asked for someone ("… for the show notes"), a place someone lives, how someone
"ended up" with something, "in the first place", "what's the boy's name?", "what did he do for work?"."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.question import Reveal, analyze
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED

OFF = SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def _premise_opening(film_id: str) -> str:
    film = next(f for f in BUNDLED if f.id == film_id)
    premise = next(p for p in film.passages if p.section_kind is SectionKind.PREMISE and not p.spoiler)
    return premise.text.split(". ")[0][:40]


_FOR_WHOM = [
    "quick no-spoiler summary of {t} for the show notes?",
    "rundown of {t} for a listener who hasn't seen it? keep it spoiler free",
    "summary of {t} for my cousin",
    "can I get a recap of {t} for the group chat",
]


@pytest.mark.parametrize("film", BUNDLED, ids=[f.id for f in BUNDLED])
@pytest.mark.parametrize("form", _FOR_WHOM)
def test_a_summary_asked_for_someone_is_the_premise(engine: Engine, film, form: str):
    answer = engine.ask(form.format(t=film.title), scope=OFF)
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film.id, answer.answer
    assert _premise_opening(film.id) in answer.answer, answer.answer
    assert not answer.contains_spoilers


@pytest.mark.parametrize(
    "question",
    ["where does Leonard live?", "where does he live?", "where did they live?", "so where does Marion live"],
)
def test_where_someone_lives_asks_a_place_not_a_fate(question: str):
    assert analyze(question, query_tokens(question)).reveal is not Reveal.FATE


@pytest.mark.parametrize("question", ["does Leonard live?", "did Marion survive?", "does she make it?"])
def test_whether_someone_lives_is_still_a_fate(question: str):
    assert analyze(question, query_tokens(question)).reveal is Reveal.FATE


def test_where_leonard_lives_is_answered_from_the_premise(engine: Engine):
    answer = engine.ask("back to Memento, where does he live?", scope=OFF)
    assert answer.status is Status.ANSWERED and "motel" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how did Scottie end up with vertigo?",
        "how did Scottie end up with vertigo in the first place?",
        "how did Leonard end up as a suspect?",
        "how did Kane end up being so lonely?",
    ],
)
def test_how_someone_ended_up_with_something_is_no_ending_question(question: str):
    assert not analyze(question, query_tokens(question)).ending


@pytest.mark.parametrize(
    "question", ["how does Vertigo end?", "how does Scottie end up?", "how does the boy end up in The Sixth Sense?"]
)
def test_how_it_ends_up_is_still_an_ending_question(question: str):
    assert analyze(question, query_tokens(question)).ending


@pytest.mark.parametrize(
    ("question", "film", "says"),
    [
        ("how did Scottie end up with vertigo in the first place?", None, "rooftop chase"),
        ("why did Marion steal the money in the first place?", "Psycho", "forty thousand dollars"),
        ("how did Leonard lose his memory in the first place?", "Memento", "struck him on the head"),
    ],
)
def test_in_the_first_place_places_the_question_early_and_asks_nothing(
    engine: Engine, question: str, film: str | None, says: str
):
    answer = engine.ask(question, film=film, scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "says"),
    [
        ("what's the boy's name?", "The Sixth Sense", "Cole"),
        ("whats the boy's name?", "The Sixth Sense", "Cole"),
        ("the movie about a child psychologist in Philadelphia: what's the boy's name?", None, "Cole"),
        ("what's the old detective's name?", "Se7en", "Somerset"),
        ("what's the psychologist's name?", "Solaris", "Kelvin"),
    ],
)
def test_whats_someones_name_asks_who_the_role_is(engine: Engine, question: str, film: str | None, says: str):
    answer = engine.ask(question, film=film, scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "says"),
    [
        ("what did Leonard do for work?", "Memento", "insurance claims investigator"),
        ("what does Hollis do for work?", "Chinatown", "chief engineer"),
        ("what does Marion do for work?", "Psycho", "real-estate secretary"),
        # Placed by an event of the story: "… before the attack" was read as a question about the attack.
        ("what did Leonard do for work before the attack?", "Memento", "insurance claims investigator"),
        ("what was Hollis's job before the hearing?", "Chinatown", "chief engineer"),
        ("what was Marion's job before the theft?", "Psycho", "real-estate secretary"),
    ],
)
def test_what_someone_does_for_work_is_their_occupation(engine: Engine, question: str, film: str, says: str):
    answer = engine.ask(question, film=film, scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


def _introduced_by_full_name() -> list[tuple[str, str, str]]:
    """(film title, "First Last", the sentence) where a visible sentence introduces someone by their full name and
    an apposition ("… with Sam Loomis, a divorced hardware-store owner from Fairvale")."""
    import re

    from corpus.text import split_sentences

    cases = []
    for film in BUNDLED:
        for passage in film.passages:
            if passage.spoiler:
                continue
            for sentence in split_sentences(passage.text):
                for match in re.finditer(r"(?<=[a-z] )([A-Z][a-z]+ [A-Z][a-z]+), an? ", sentence):
                    cases.append((film.title, match.group(1), sentence))
    return cases


INTRODUCED = _introduced_by_full_name()


@pytest.mark.parametrize(("title", "name", "sentence"), INTRODUCED, ids=[f"{t}-{n}" for t, n, _ in INTRODUCED])
def test_who_someone_is_by_full_name_quotes_where_the_full_name_introduces_them(
    engine: Engine, title: str, name: str, sentence: str
):
    # The next sentence calling them by one of the names is the same name again, not more of the question.
    answer = engine.ask(f"who is {name}?", film=title, scope=OFF)
    assert answer.status is Status.ANSWERED, answer.answer
    assert f"{name}, a" in answer.answer, answer.answer


def test_the_full_name_family_is_not_empty():
    assert len(INTRODUCED) >= 4, INTRODUCED


@pytest.mark.parametrize("ack", ["fair.", "fair enough,", "perfect.", "lovely,", "excellent!", "alright,"])
@pytest.mark.parametrize(
    ("question", "film", "says"),
    [
        ("what's Hollis's job?", "Chinatown", "chief engineer"),
        ("who directed it?", "Psycho", "Hitchcock"),
        ("who is Midge?", "Vertigo", "Midge Wood"),
    ],
)
def test_an_acknowledgement_before_the_question_asks_nothing(
    engine: Engine, ack: str, question: str, film: str, says: str
):
    # "fair. what's Hollis's job anyway?" was withheld: "fair" read as a story word.
    answer = engine.ask(f"{ack} {question}", film=film, scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


@pytest.mark.parametrize(
    "lead",
    [
        "Rewatching {t}, paused right at the hour.",
        "Rewatched {t} last night,",
        "watching {t} tonight,",
        "{t}, paused halfway through,",
    ],
)
@pytest.mark.parametrize(
    ("title", "question", "says"),
    [
        ("Vertigo", "who is Midge?", "Midge Wood"),
        ("Memento", "who is Teddy?", "Teddy"),
        ("Psycho", "who wrote it?", "Joseph Stefano"),
    ],
)
def test_saying_where_one_is_in_the_film_before_the_question_asks_nothing(
    engine: Engine, lead: str, title: str, question: str, says: str
):
    # "Rewatching Psycho, …" was "I don't have Rewatching Psycho"; "Rewatched Vertigo last night, who is Midge?"
    # was withheld: "rewatched", "last", "night" read as story words.
    answer = engine.ask(f"{lead.format(t=title)} {question}", scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("description", "film_id"),
    [
        ("astronauts crash in a lake and then walk across a burning desert", "planet-of-the-apes-1968"),
        ("an insomniac goes to support groups he does not belong in", "fight-club-1999"),
        ("a psychologist flies out to a space station over a strange ocean", "solaris-1972"),
    ],
)
@pytest.mark.parametrize("after", [None, "se7en-1995"])
def test_a_description_then_which_is_that_asks_for_the_film(
    engine: Engine, description: str, film_id: str, after: str | None
):
    # After Se7en, "different one: astronauts crash in a lake … — which is that?" was answered about Se7en.
    answer = engine.ask(f"different one: {description} — which is that?", context_film=after, scope=OFF)
    assert answer.film is not None and answer.film.id == film_id, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("which Tarkovsky is the one with the ocean that might be thinking?", "solaris-1972"),
        ("which Hitchcock is the one with the motel?", "psycho-1960"),
        ("which Nolan film is the one with the magicians?", "the-prestige-2006"),
    ],
)
def test_which_of_a_makers_films_is_the_one_described_gets_what_it_is_about(
    engine: Engine, question: str, film_id: str
):
    # The first was answered "Solaris (1972) was directed by Andrei Tarkovsky": the maker read as the fact asked.
    answer = engine.ask(question, scope=OFF)
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert "directed by" not in answer.answer and _premise_opening(film_id) in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "which Fincher is the one with the insomniac?",
        "the Fincher one with the insomniac, who is in it?",
        "the Tarkovsky one with the sci-fi vibes, how long is it?",
    ],
)
def test_a_maker_of_two_films_and_words_no_summary_holds_ask_which(engine: Engine, question: str):
    # The first named Se7en: its alias "Se7en (Fincher)" holds the maker's name, and "insomniac" is in no summary.
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.AMBIGUOUS and answer.film is None, answer.answer


def _people_with_a_twist() -> list[tuple[str, str]]:
    """(film title, a person its visible text names), for films with hidden text: two per film."""
    import re

    cases = []
    for film in BUNDLED:
        if not any(p.spoiler for p in film.passages):
            continue
        visible = " ".join(p.text for p in film.passages if not p.spoiler and p.section_kind is SectionKind.PREMISE)
        names = list(dict.fromkeys(re.findall(r"(?<=[a-z,] )([A-Z][a-z]{3,})\b", visible)))
        cases += [(film.title, name) for name in names[:2]]
    return cases


REAL = _people_with_a_twist()


@pytest.mark.parametrize("form", ["is {n} a real person?", "{t} — is {n} a real person?", "was {n} a real man or not?"])
@pytest.mark.parametrize(("title", "name"), REAL, ids=[f"{t}-{n}" for t, n in REAL])
def test_whether_someone_is_a_real_person_is_a_twist_question(engine: Engine, title: str, name: str, form: str):
    # "Fight Club — is Tyler a real person?" was answered "the only person he can think to call is Tyler".
    answer = engine.ask(form.format(n=name, t=title), film=title, scope=OFF)
    assert answer.status is Status.WITHHELD and not answer.contains_spoilers, answer.answer


@pytest.mark.parametrize("bare", ["how?", "why?", "how come?", "and why?"])
@pytest.mark.parametrize(("title", "name"), REAL, ids=[f"{t}-{n}" for t, n in REAL])
def test_a_bare_how_or_why_after_a_question_asks_it_of_the_same_thing(engine: Engine, title: str, name: str, bare: str):
    # "who killed Hollis in Chinatown?" then "how?" got the pointer to /help; "why?" got the premise's opening.
    before = f"what does {name} do in {title}?"
    film = next(f for f in BUNDLED if f.title == title)
    answer = engine.ask(bare, scope=SpoilerScope.on(), context_film=film.id, context_question=before)
    assert answer.film is not None and answer.film.id == film.id, answer.answer
    # (In any case: "what does Detective do in Se7en?", "how?" may be told of "the detectives".)
    assert answer.status is not Status.ANSWERED or name.lower() in answer.answer.lower(), answer.answer


@pytest.mark.parametrize("greeting", ["evening bot!", "morning!", "afternoon all,", "good evening,"])
@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("are you our new club librarian?", Status.NOT_FOUND),
        ("are you the new bot?", Status.NOT_FOUND),
        ("who directed Psycho?", Status.ANSWERED),
    ],
)
def test_a_greeting_by_the_time_of_day_then_a_question(engine: Engine, greeting: str, question: str, status: Status):
    # "evening bot! are you our new club librarian?" asked which film: a question about the bot, after a greeting.
    answer = engine.ask(f"{greeting} {question}", scope=OFF)
    assert answer.status is status, answer.answer
    if status is Status.NOT_FOUND:
        assert answer.film is None and "/help" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "form",
    [
        "what's the inciting incident in {t}?",
        "{t}: what is the inciting incident?",
        "what happens in act one of {t}?",
        "who's the protagonist of {t}?",
        "who is the main character in {t} at the start?",
    ],
)
@pytest.mark.parametrize("film", BUNDLED, ids=[f.id for f in BUNDLED])
def test_a_screenwriters_words_for_the_set_up_and_the_lead_get_the_premise(engine: Engine, film, form: str):
    # "What's the inciting incident in Planet of the Apes?" and "who's the protagonist of Psycho at the start?" were
    # withheld: the craft words are in no summary.
    answer = engine.ask(form.format(t=film.title), scope=OFF)
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film.id, answer.answer
    assert _premise_opening(film.id) in answer.answer and not answer.contains_spoilers, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "says"),
    [
        ("what's Somerset's situation when we meet him?", "Se7en", "one week left"),
        ("what is Marion doing when we first meet her?", "Psycho", "real-estate secretary"),
        ("where is Kelvin when we meet him?", "Solaris", "country house"),
    ],
)
def test_when_we_meet_someone_places_the_question_where_they_are_introduced(
    engine: Engine, question: str, film: str, says: str
):
    answer = engine.ask(question, film=film, scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


@pytest.mark.parametrize("bare", ["how?", "why?"])
@pytest.mark.parametrize(("title", "name"), REAL, ids=[f"{t}-{n}" for t, n in REAL])
def test_a_bare_how_or_why_after_a_withheld_question_is_withheld_too(engine: Engine, title: str, name: str, bare: str):
    # "who killed Hollis in Chinatown?" (withheld) then "how?" was answered from the set-up, beside the point.
    before = f"what happens to {name} at the end of {title}?"
    film = next(f for f in BUNDLED if f.title == title)
    first = engine.ask(before, scope=OFF)
    answer = engine.ask(bare, scope=OFF, context_film=film.id, context_question=before)
    if first.status is Status.WITHHELD:
        assert answer.status is Status.WITHHELD and answer.read_as == before, answer.answer
    assert not answer.contains_spoilers


_MAKERS_OF_TWO = {
    "Tarkovsky": {"solaris-1972", "stalker-1979"},
    "Fincher": {"se7en-1995", "fight-club-1999"},
    "Nolan": {"memento-2000", "the-prestige-2006"},
    "Hitchcock": {"psycho-1960", "vertigo-1958"},
}


@pytest.mark.parametrize("maker", sorted(_MAKERS_OF_TWO))
@pytest.mark.parametrize(
    "phrasing",
    [
        "which {maker} film should I study for slow pacing?",
        "which {maker} film should I show my students first?",
        "which {maker} movie would suit a rainy evening?",
        "the {maker} one, I forget which, the long one",
        "which {maker} film did my professor mean?",
    ],
)
def test_a_maker_of_two_films_and_words_describing_neither_offers_both(engine: Engine, maker: str, phrasing: str):
    # "which Tarkovsky film should I study for slow pacing?" was refused as a spoiler: content search committed to
    # Solaris, whose summary says "studied", and a word of the question fit its hidden text.
    answer = engine.ask(phrasing.format(maker=maker), scope=OFF)
    assert answer.status is Status.AMBIGUOUS and answer.film is None, answer.answer
    assert {ref.id for ref in answer.choices} == _MAKERS_OF_TWO[maker], answer.choices
