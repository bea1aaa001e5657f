"""A question with an aside ("who directed it, same guy as The Prestige?", "what is Vertigo about? no spoilers
pls"): the clause that asks a fact, the premise or the setting is answered; the aside asks nothing of the summary."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("option", "question", "expected"),
    [
        ("Psycho", "what year is it from, same decade as Vertigo?", "1960"),
        ("Memento", "who directed it, same guy as The Prestige?", "Nolan"),
        ("Planet of the Apes", "who wrote it, the Twilight Zone guy?", "Serling"),
        ("Memento", "what's this about? the Fight Club guy told me to watch it", "Leonard"),
        ("Se7en", "how long is it - my friend says forever", "127"),
        ("Solaris", "who directed it; i forgot", "Tarkovsky"),
    ],
)
def test_with_the_film_option_the_aside_does_not_withhold_the_fact(
    engine: Engine, option: str, question: str, expected: str
):
    # Before: "Nothing I may show you about Psycho answers that: it may be a spoiler" for all of them.
    answer = engine.ask(question, film=option, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED
    assert expected in answer.answer


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("what is Vertigo about? no spoilers pls", "vertigo-1958", "Scottie"),
        ("give me the premise of the sixth sense, no spoilers", "the-sixth-sense-1999", "Malcolm"),
        ("summarise Chinatown - no spoilers please", "chinatown-1974", "Gittes"),
        ("where is Psycho set? asking for a friend", "psycho-1960", "Phoenix"),
        # A title typed in lower case as an English word ("memento"): the clause still asks what it is about (it was
        # "Nothing I may show you about Memento answers that").
        ("what's memento about, heard it's confusing", "memento-2000", "Leonard"),
        ("what's vertigo about, heard it's slow", "vertigo-1958", "Scottie"),
    ],
)
def test_no_spoilers_please_beside_a_summary_request(engine: Engine, question: str, film_id: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert answer.status is Status.ANSWERED and expected in answer.answer


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("where's Se7en set?", "se7en-1995", "nameless"),
        ("where's Psycho set", "psycho-1960", "Phoenix"),
        ("where's Chinatown set?", "chinatown-1974", "Los Angeles"),
    ],
)
def test_wheres_it_set_is_the_setting(engine: Engine, question: str, film_id: str, expected: str):
    # Before: "where's" (no space before the 's) was not read as a setting question, and was withheld.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert answer.status is Status.ANSWERED and expected in answer.answer


@pytest.mark.parametrize(
    ("option", "question"),
    [
        ("Psycho", "who dies in the shower, and who directed it?"),
        ("Se7en", "what is in the box, and when did it come out?"),
    ],
)
def test_two_questions_are_not_cut_to_the_safe_one(engine: Engine, option: str, question: str):
    # Answering only the fact would pass over the spoiler question as if it had been answered.
    answer = engine.ask(question, film=option, scope=SpoilerScope.off())
    assert answer.status is not Status.ANSWERED


def test_a_place_named_before_what_someone_is_sets_the_story():
    # Before: Vertigo's "where is it set?" quoted "wandering the city" (a setting word, no place) over its first
    # sentence, "a San Francisco police detective".
    from corpus.models import SectionKind
    from tests.engine_films import make_film

    film = make_film(
        "The Night Desk",
        1981,
        [
            (SectionKind.PREMISE, False, "Ruth Kane is a Boston newspaper reporter. She works nights."),
            (SectionKind.PREMISE, False, "Her editor sends her across the city to cover a fire."),
            (SectionKind.PLOT, True, "The fire was set by her editor."),
        ],
    )
    engine = Engine([film, *BUNDLED])
    for title, expected in (("The Night Desk", "Boston"), ("Vertigo", "San Francisco")):
        answer = engine.ask("where is it set?", film=title, scope=SpoilerScope.off())
        assert answer.status is Status.ANSWERED and expected in answer.answer


@pytest.mark.parametrize(
    ("option", "question", "expected"),
    [
        ("Stalker", "is this one by Tarkovsky too, like Solaris?", "Tarkovsky"),
        ("Memento", "did Nolan direct it?", "Nolan"),
        ("Psycho", "is it by Hitchcock?", "Hitchcock"),
        ("Citizen Kane", "is this one by Orson Welles?", "Welles"),
    ],
)
def test_is_it_by_its_maker_is_answered_with_the_fact(engine: Engine, option: str, question: str, expected: str):
    # Before: "Nothing I may show you about Stalker answers that: it may be a spoiler", as the maker's name was
    # read as something more asked, beside the fact.
    answer = engine.ask(question, film=option, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "directed by" in answer.answer and expected in answer.answer


# Why or how a question is asked, said before it: "random question but" was read as story words and withheld the
# director of every film; "for my Fincher essay:" withheld what the Narrator does for a living.
PURPOSES = [
    "random question but {}",
    "for my Fincher essay: {}",
    "quick question - {}",
    "for the seminar tomorrow, {}",
    "silly question: {}",
]


@pytest.mark.parametrize("purpose", PURPOSES)
def test_why_a_question_is_asked_asks_nothing(engine: Engine, purpose: str):
    for question in ("who directed {}?", "who is in {}?", "what is {} about?"):
        for film in BUNDLED:
            plain = engine.ask(question.format(film.title), scope=SpoilerScope.off())
            led = engine.ask(purpose.format(question.format(film.title)), scope=SpoilerScope.off())
            assert led.film is not None and led.film.id == film.id
            assert led.answer == plain.answer, purpose.format(question.format(film.title))
    job = engine.ask(purpose.format("who's the narrator in Fight Club, what's his job?"), scope=SpoilerScope.off())
    assert job.status is Status.ANSWERED and "recall specialist" in job.answer


@pytest.mark.parametrize("said", ["for my essay", "the question is who killed him", "Question for the class: why?"])
def test_a_purpose_with_nothing_after_it_is_kept(said: str):
    assert plain_question(said) == said


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("what's memento about, heard it's confusing", "memento-2000", "Leonard"),
        ("what's vertigo about - my mum loves it", "vertigo-1958", "Scottie"),
        ("who directed psycho, asking for my dad", "psycho-1960", "Hitchcock"),
    ],
)
@pytest.mark.parametrize("after", ["citizen-kane-1941", "se7en-1995"])
def test_a_title_typed_as_a_word_before_an_aside_is_not_the_last_film(
    engine: Engine, question: str, film_id: str, expected: str, after: str
):
    # Found by the README's bot command: after a question about Citizen Kane, "what's memento about, heard it's
    # confusing" went on with Kane ("Nothing I may show you about Citizen Kane answers that"): the aside's words made
    # the title read as an ordinary word, and the follow-up rule took the question.
    answer = engine.ask(question, context_film=after, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert expected in answer.answer, answer.answer


def test_an_aside_that_asks_something_is_no_aside(engine: Engine):
    # "…, and who directed it?" asks a second thing: the question is read whole (Psycho, named strongly, either way).
    answer = engine.ask(
        "what's psycho about, and who directed it?", context_film="vertigo-1958", scope=SpoilerScope.off()
    )
    assert answer.film is not None and answer.film.id == "psycho-1960", answer.answer


# "What happens to bob in fight club, the big guy": who was named, described again after the question; "big" and
# "guy" were read as what is asked and the reply quoted Bob's introduction ("a huge former bodybuilder"), not his fate.
@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("what happens to bob in fight club, the big guy", "what happens to bob in fight club"),
        ("what happens to Arbogast, you know, the old man?", "what happens to Arbogast?"),
        ("who does Cole talk to, the little boy?", "who does Cole talk to?"),
    ],
)
def test_someone_named_and_described_again(question: str, plain: str):
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    "question",
    [
        # The description is who is asked about, or names the choice asked.
        "does he die, the old man?",
        "who is the killer, the man or the woman?",
        "what happens to her, the young woman?",
    ],
)
def test_a_description_that_says_who_is_asked_stays(question: str):
    assert "man" in plain_question(question) or "woman" in plain_question(question)


def test_a_fate_asked_with_the_description_after(engine: Engine):
    answer = engine.ask("what happens to bob in fight club, the big guy", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "shot dead by police" in answer.answer, answer.answer
