"""Films found by a description, spoilers off: the asker's own words find the film; its hidden text never does."""

import re

import pytest

from corpus.models import Film
from corpus.text import split_sentences
from index.answer_model import Status
from index.engine import Engine
from index.question import asks_which_film, query_tokens
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, BY_ID


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        # Words the summary does not use at all ("guy", "short-term", "clues") are the asker's own.
        (
            "who directed the one about a guy with no short-term memory who tattoos clues on himself?",
            "memento-2000",
            "Nolan",
        ),
        # "Who is in it?" asks the cast in words a search drops; the description before it still finds the film.
        (
            "the movie where astronauts crash-land in a lake and the clock says 3978: who is in it?",
            "planet-of-the-apes-1968",
            "Heston",
        ),
        # "What's the movie where …?" asks for the film itself: it is named, with what anyone may see of it.
        (
            "what's the movie where an insomniac goes to support groups he doesn't belong in and meets a soap seller?",
            "fight-club-1999",
            "Fight Club",
        ),
        # "Fear of heights" is what the premise calls acrophobia.
        (
            "which film has a detective with a fear of heights hired to follow an old friend's wife?",
            "vertigo-1958",
            "Vertigo",
        ),
        (
            "the film where a woodcutter and a priest sit out a downpour under a ruined gate: what language is it in?",
            "rashomon-1950",
            "Japanese",
        ),
        # Typed without articles (bench/dialogues.py --noise articles): the description was not read as one
        # without its "the", a number's comma ended it ("40,000"), and "the old film where …" was read as
        # asking "the old".
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
def test_a_description_in_everyday_words_names_the_film(engine: Engine, question: str, film_id: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert answer.status is Status.ANSWERED
    assert expected in answer.answer or expected in answer.film.title


# Each film's premise in the asker's words, and the shapes a description is typed in: no article before the word
# for a film, the name asked for after it, a search announced first. Each of these shapes was refused ("That may be
# a spoiler") for most films: the description was answered as a question of its own, or "looking" and "know" in the
# asker's words were read as the story's.
PREMISES = {
    "chinatown-1974": "a private eye in Los Angeles is hired to follow a water department engineer during a drought",
    "citizen-kane-1941": "a newspaper tycoon dies saying one word and a reporter tries to find out what it meant",
    "fight-club-1999": "an insomniac goes to support groups for illnesses he does not have",
    "memento-2000": "a man who cannot make new memories hunts his wife's killer with tattoos and photos",
    "planet-of-the-apes-1968": "astronauts crash in a lake on an unknown planet and cross a desert",
    "psycho-1960": "a secretary steals money from her boss and stops at a motel run by a young man and his mother",
    "rashomon-1950": "a woodcutter and a priest shelter from the rain under a gate and tell of a trial",
    "se7en-1995": "two detectives, one about to retire, hunt a killer in a city where it always rains",
    "solaris-1972": "a psychologist is sent to a space station above an ocean planet",
    "stalker-1979": "a guide leads two men into the Zone to find a room that grants wishes",
    "the-prestige-2006": "two rival stage magicians in London try to outdo each other",
    "the-sixth-sense-1999": "a child psychologist tries to help a frightened boy",
    "vertigo-1958": "a detective with a fear of heights is hired to follow a friend's wife",
}
DESCRIBED_IN = [
    "old film where {d}",
    "{d}. name please?",
    "I'm looking for a film: {d}",
    "searching the movie where {d}",
    "{d} - what's it called?",
    "{d}. what is the name of this film?",
    "old movie, {d}. you know it?",
    "{d}, anyone know this one?",
    "{d}. any idea?",
    "the film where {d}",
    # "one" standing for the film after "what's the": read as a question about the words themselves, withheld.
    "whats the one where {d}",
    "what's that one where {d}?",
]


# The same in simple English, in the shapes newcomers type a search: "i search film: …", "help me find film, …"
# (the search was small talk, or "help" read as asking for /help), "what is film with …?" and "movie … what name?"
# (no article; the name asked last) were not read as a search. (Citizen Kane, Psycho and Vertigo are left out:
# described this way, their words fit their hidden text better than what anyone may see.)
IN_SIMPLE_ENGLISH = {
    "chinatown-1974": "private detective in los angeles, water, drought",
    "fight-club-1999": "man cannot sleep and go to support groups",
    "memento-2000": "man cannot remember new things, he use tattoos and photos",
    "planet-of-the-apes-1968": "astronauts fall in lake on strange planet",
    "rashomon-1950": "japanese old film, woodcutter and priest under gate in rain",
    "se7en-1995": "two police detectives, one old one young, city always rain",
    "solaris-1972": "psychologist go to space station on ocean planet",
    "stalker-1979": "man guide two men into the zone for find room",
    "the-prestige-2006": "two rival magicians in london",
    "the-sixth-sense-1999": "child psychologist help scared boy",
}
SEARCHES = [
    "i search film: {d}",
    "help me find film, {d}",
    "what is film with {d}?",
    "movie {d} what name?",
    "{d}. what film?",
    "you know film about {d}?",
]


@pytest.mark.parametrize(
    ("described", "shape"),
    [(PREMISES, shape) for shape in DESCRIBED_IN] + [(IN_SIMPLE_ENGLISH, shape) for shape in SEARCHES],
)
def test_a_premise_described_in_any_shape_names_its_film(engine: Engine, described: dict[str, str], shape: str):
    wrong = []
    for film_id, premise in described.items():
        answer = engine.ask(shape.format(d=premise), scope=SpoilerScope.off())
        if answer.film is None or answer.film.id != film_id or answer.status is not Status.ANSWERED:
            wrong.append(film_id)
        assert not answer.contains_spoilers
    assert wrong == []


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("who directed it? name please", False),
        ("ok, what's it called?", False),
        ("what is the name of the detective?", False),
        ("a secretary steals money from her boss. name please?", True),
        ("a guide leads two men into the Zone - what's it called?", True),
    ],
)
def test_a_name_asked_after_a_description_only(question: str, read: bool):
    assert asks_which_film(question) is read


def _spoiler_sentences(film: Film) -> list[str]:
    """Sentences of the film's spoiler text holding a word its safe text lacks: descriptions of hidden events
    ("Sammy had the same condition" is in words the premise holds, and says nothing hidden on its own)."""
    names = re.compile("|".join(re.escape(t) for t in (film.title, *film.aliases)), re.I)
    safe = {t for p in film.passages if not p.spoiler for t in query_tokens(p.text)}
    return [
        sentence.rstrip(".!?;: ")
        for passage in film.passages
        if passage.spoiler
        for sentence in split_sentences(passage.text)
        if len(sentence.split()) >= 5 and not names.search(sentence) and set(query_tokens(sentence)) - safe
    ]


@pytest.mark.parametrize("film_id", ["memento-2000", "solaris-1972", "psycho-1960", "the-sixth-sense-1999"])
@pytest.mark.parametrize(
    "phrasing",
    [
        "the movie where {d}: who directed it?",
        "which film has a scene where {d}?",
        "what's the film where {d}?",
        "old film where {d}",
        "{d}. name please?",
        "I'm looking for a film: {d}",
    ],
)
def test_a_description_of_hidden_events_never_names_its_film(engine: Engine, film_id: str, phrasing: str):
    # Before: "the movie where on Teddy's photo Leonard has written 'Don't believe his lies': who directed it?" was
    # answered "Memento (2000) was directed by Christopher Nolan" — confirming the spoiler it quotes.
    named = []
    for sentence in _spoiler_sentences(BY_ID[film_id]):
        question = phrasing.format(d=sentence[:1].lower() + sentence[1:])
        answer = engine.ask(question, scope=SpoilerScope.off())
        if answer.film is not None and answer.film.id == film_id:
            named.append(question)
    assert named == []


def test_the_description_may_name_the_film_once_spoilers_are_on(engine: Engine):
    question = "the movie where on Teddy's photo Leonard has written \"Don't believe his lies\": who directed it?"
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == "memento-2000" and "Nolan" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "which film has a scene where Lynn breaks down and believes him?",
        "which film has a scene where Vincent's bullet killed him that first night?",
    ],
)
def test_a_hidden_scene_naming_someone_names_no_film(engine: Engine, question: str):
    # Both are The Sixth Sense's spoiler text: naming it would confirm them, and naming another film whose visible
    # text fits "breaks down" or "killed … first night" but holds no Lynn or Vincent would be the wrong film.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None, answer.answer


def _hidden_places(film: Film) -> list[str]:
    """Runs of two or more capitalised words that only the film's spoiler text holds ("Colorado Springs")."""
    safe = " ".join(p.text for f in BUNDLED for p in f.passages if not p.spoiler)
    runs = {
        m.group() for p in film.passages if p.spoiler for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b", p.text)
    }
    # A sentence's first word ("Before Jake", "Then Fallon") is no part of a name: it is written lower case elsewhere.
    lower = set(re.findall(r"\b[a-z]+\b", " ".join(p.text for f in BUNDLED for p in f.passages)))
    return sorted(r for r in runs if r not in safe and r.split()[0].lower() not in lower)


HIDDEN_PLACES = [(film.id, name) for film in BUNDLED for name in _hidden_places(film)]


@pytest.mark.parametrize(("film_id", "name"), HIDDEN_PLACES)
def test_a_name_only_hidden_text_holds_is_no_film_we_lack(engine: Engine, film_id: str, name: str):
    # "What does Angier find in Colorado Springs?" right after asking about The Prestige: a question about its
    # hidden part (refused, or answered from what is visible of "Tracy" or "Bates"), not "I don't have Colorado
    # Springs".
    answer = engine.ask(f"what happens in {name}?", scope=SpoilerScope.off(), context_film=film_id)
    assert answer.status is not Status.NOT_FOUND and "don't have" not in answer.answer
    assert answer.film is not None and answer.film.id == film_id


def test_a_description_asking_nothing_of_a_twist_names_the_film(engine: Engine):
    # "The meaning of" asks after a reveal in "what is the meaning of Rosebud?"; in a description it states none.
    answer = engine.ask(
        "which film has a reporter chasing the meaning of a dying tycoon's last word?", scope=SpoilerScope.off()
    )
    assert answer.film is not None and answer.film.id == "citizen-kane-1941"


@pytest.mark.parametrize(
    "question",
    [
        "which film has a child psychologist who is really dead?",
        "the movie where a motel owner is secretly the killer, who directed it?",
        "what's the film where the detective's friend was the culprit all along?",
        # What something turns out to be ("what movie is it where the guy's sled turns out to be the thing he meant"
        # named Memento, through the "Guy" of its cast list, then Citizen Kane); a premise that itself tells what
        # turns out still names its film (bench/descriptions.py).
        "what movie is it where the guy's sled turns out to be the thing he meant",
        "the movie where the psychologist turns out to be dead",
        "the one where teddy turns out to be a cop",
        "the film where the planet turns out to be earth",
        "the movie where the magician turns out to be twins",
        "the one where madeleine turns out to be judy",
        "which film has a detective whose wife turns out to be in the box?",
    ],
)
def test_a_description_stating_a_twist_names_no_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None and answer.status is not Status.ANSWERED
    assert not any(film.title in answer.answer for film in BY_ID.values())


@pytest.mark.parametrize(
    "question",
    [
        "who directed the one about a guy with no short-term memory who tattoos clues on himself?",
        "the one where a guy keeps getting new polaroids and tattoos to find his wife's killer",
        "the movie about a guy who can't make new memories",
    ],
)
def test_a_guy_described_is_a_man_of_the_story(engine: Engine, question: str):
    # The asker's "guy" is a man to content search, not the Guy Pearce of Memento's cast list.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "memento-2000"


TWIST_DESCRIPTIONS = [
    # A question asking after a twist, with a name the visible text holds: only the hidden text fits the rest.
    ("what is inside the box that the van delivers to Mills?", "se7en-1995"),
    ("which film ends with a detective's pregnant wife's head in a box?", "se7en-1995"),
    ("what's the film where a sled gets burned in a furnace at the end?", "citizen-kane-1941"),
    ("the movie where the magician has a secret identical twin", "the-prestige-2006"),
    ("that film where the kid helps a ghost girl show her dad that her mom was poisoning her", "the-sixth-sense-1999"),
]


@pytest.mark.parametrize(("question", "film_id"), TWIST_DESCRIPTIONS)
def test_a_description_only_hidden_text_fits_is_refused_as_a_possible_spoiler(
    engine: Engine, question: str, film_id: str
):
    # Before: "Which film do you mean?", as if no film fitted. It names none either way; the refusal is the truth.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and answer.film is None
    assert BY_ID[film_id].title.lower() not in answer.answer.lower()


def test_a_twist_description_four_films_share_words_with_names_none(engine: Engine):
    # "Psychologist" is in four summaries, "dead the whole time" fits Citizen Kane too: no film is clearly ahead
    # even with the spoilers, so the reply asks which film, or refuses; it never names one.
    answer = engine.ask("the movie where the psychologist was dead the whole time", scope=SpoilerScope.off())
    assert answer.film is None and answer.status in (Status.WITHHELD, Status.AMBIGUOUS)
    assert "Sixth Sense" not in answer.answer


@pytest.mark.parametrize(("question", "film_id"), TWIST_DESCRIPTIONS)
def test_with_spoilers_on_the_same_description_names_its_film(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == film_id


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        (
            "the film where astronauts crash on a planet and the ship's clock says 3978?",
            "planet-of-the-apes-1968",
            "astronauts",
        ),
        ("movie where a secretary takes off with 40,000 dollars and stops at a creepy motel", "psycho-1960", "Marion"),
        (
            "what about the one where a private investigator is hired to follow a water engineer?",
            "chinatown-1974",
            "Gittes",
        ),
        ("film where a newspaper tycoon dies alone in his castle saying one last word", "citizen-kane-1941", "Kane"),
    ],
)
def test_a_premise_description_with_a_question_mark_or_no_article_names_its_film(
    engine: Engine, question: str, film_id: str, expected: str
):
    # Before: "the film where …?" (a question mark) or "movie where …" (no "the") was read as a plot question about
    # the film, whose hidden part fitted it better: "That may be a spoiler, and you didn't say which film".
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert answer.status is Status.ANSWERED and expected in answer.answer


def test_a_description_its_films_visible_text_leads_unclearly_asks_which_film(engine: Engine):
    # Before (since the hidden-text refusal): "That may be a spoiler", though Memento's premise says "he cannot
    # form new memories" and leads the other films, only not by the margin that names it.
    # (With the shortlist ranked by passages, Memento leads clearly and is named.)
    answer = engine.ask("what's the film where a man can't make new memories called?", scope=SpoilerScope.off())
    assert answer.status is not Status.WITHHELD
    assert (answer.film is not None and answer.film.id == "memento-2000") or "memento-2000" in {
        ref.id for ref in answer.choices
    }


def test_a_description_naming_its_film_is_answered_with_what_the_film_is_about(engine: Engine):
    # The film named inside the description was asked the description itself as a question (the premise's second
    # passage, beside the point): the film is the answer, and what it is about follows.
    answer = engine.ask("what's the movie where a psychologist helps a boy, the sixth sense?", scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "the-sixth-sense-1999"
    assert answer.answer.startswith("Dr. Malcolm Crowe is a child psychologist")


@pytest.mark.parametrize(
    "question",
    [
        "what's the movie where norman is the killer, psycho?",
        "what's that movie where two detectives hunt a guy who kills people based on the seven deadly sins",
    ],
)
def test_a_description_naming_its_film_but_telling_hidden_text_is_not_answered_with_its_premise(
    engine: Engine, question: str
):
    # Answering with the premise would say "yes, that is the film" to words only its hidden text holds.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is not Status.ANSWERED and not answer.contains_spoilers


def _premise_descriptions() -> list[tuple[str, str]]:
    """(film id, a description made of one of its premise sentences), a few per film."""
    from bench.descriptions import _as_description

    cases = []
    for film in BUNDLED:
        premise = [p for p in film.passages if p.section_kind.value == "premise" and not p.spoiler]
        sentences = [s for p in premise for s in split_sentences(p.text) if len(s.split()) >= 8]
        cases += [(film.id, _as_description(s, short=False)) for s in sentences[:3]]
    return cases


DESCRIBED = _premise_descriptions()


@pytest.mark.parametrize(("film_id", "description"), DESCRIBED, ids=[f"{f}-{i}" for i, (f, _) in enumerate(DESCRIBED)])
def test_a_description_of_its_own_then_a_question_answers_the_question(engine: Engine, film_id: str, description: str):
    # "the film with two detectives, one a week from retiring, … . Who directed it?": the question is the sentence
    # after the description, asked of the film it found.
    answer = engine.ask(f"the film where {description}. Who directed it?", scope=SpoilerScope.off())
    if answer.status is not Status.ANSWERED:
        pytest.skip("the description found no film clearly (bench/descriptions.py counts how often)")
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    director = BY_ID[film_id].facts.director
    assert director and director.split()[-1] in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("the movie in san francisco", "vertigo-1958"),
        ("the one in San Francisco", "vertigo-1958"),
        ("the film in japan", "rashomon-1950"),
        ("that film in medieval kyoto", "rashomon-1950"),
        ("the one at the motel", None),  # Psycho and Memento both have one: which film?
        ("the one in space", None),
    ],
)
@pytest.mark.parametrize("context_film", [None, "chinatown-1974"])
def test_a_film_described_by_where_it_is_set_is_searched_for(
    engine: Engine, question: str, film_id: str | None, context_film: str | None
):
    # "the one at the motel" right after a question about Chinatown was asked of Chinatown ("Nothing I may show
    # you about Chinatown …"): a film pointed at by a place ("in", "at", "on") is described, like "the one with …".
    answer = engine.ask(question, context_film=context_film)
    assert (answer.film.id if answer.film else None) == film_id, answer.answer
    if film_id is not None:
        assert answer.status is Status.ANSWERED, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "old film where Gavin Elster hired play wife knowing Scottie's fear",
        "the film where Elster hires a woman to play his wife",
    ],
)
def test_an_everyday_synonym_never_makes_hidden_words_look_visible(engine: Engine, question: str):
    # bench/descriptions.py caught it: "hire" read as "asks" ("Gavin Elster, asks a favour", in the premise) made
    # a spoiler sentence's words all look visible, and named Vertigo.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None or answer.film.id != "vertigo-1958", answer.answer
