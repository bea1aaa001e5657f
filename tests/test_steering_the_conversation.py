"""How people steer a conversation and plan a programme with the bot, through the service every transport uses:
"same question for the prestige" was withheld (only "same for …" asked the last question again), "sorry, say that
again?" got the pointer to /help, "ok fine, chinatown" after a film we lack read "fine" as the story's, "is there
another Hitchcock in the collection?" after Psycho was read as the title "there another Hitchcock", and "how long
is that one?" after "I also have one other film by Christopher Nolan: The Prestige" answered of Memento. A blurb or a
hook asked for a brochure, and whether a film fits a slot, are the premise and the runtime."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED
from tests.test_conversation import talk
from tests.test_told_before_the_question import assert_answered_about


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("first", "then", "told"),
    [
        ("who directed memento?", "same question for the prestige", "The Prestige (2006) was directed by"),
        ("where is psycho set?", "same q for chinatown", "Los Angeles"),
        ("who directed memento?", "sorry, say that again?", "Memento (2000) was directed by"),
        ("how long is vertigo?", "come again?", "128"),
        ("who directed the godfather?", "ok fine, chinatown", "Polanski"),
        ("who directed the godfather?", "never mind, vertigo then", "Hitchcock"),
    ],
)
async def test_the_last_question_asked_again(service, first: str, then: str, told: str):
    replies = await talk(service, first, then)
    assert told in replies[1], replies[1]


async def test_another_film_by_its_maker_after_a_film(service):
    replies = await talk(service, "who directed psycho?", "is there another Hitchcock in the collection?")
    assert "other film by Alfred Hitchcock" in replies[1] and "Vertigo" in replies[1], replies[1]


async def test_another_film_by_its_maker_told_of_first(service):
    replies = await talk(service, "We're showing Psycho in October. Is there another Hitchcock in the collection?")
    assert "other film by Alfred Hitchcock" in replies[0] and "Vertigo" in replies[0], replies[0]


async def test_that_one_is_the_one_film_just_offered(service):
    replies = await talk(
        service, "how long is memento?", "is there another film by the same director?", "how long is that one?"
    )
    assert "The Prestige" in replies[1], replies[1]
    assert "130" in replies[2] and "113" not in replies[2], replies[2]


async def test_it_after_a_pick_is_still_the_film_picked(service):
    # "it" is the film talked about, not the one left over from "which film?".
    replies = await talk(service, "how long is the nolan film?", "the memory one", "who is in it?")
    assert "Guy Pearce" in replies[2], replies[2]


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("Give me two lines on Vertigo without spoilers, for the season brochure.", "vertigo-1958", "Scottie"),
        ("What's the hook of Memento? One sentence for the screening notes.", "memento-2000", "Leonard"),
        ("Two spoiler-free lines on Citizen Kane for the brochure, please.", "citizen-kane-1941", "Kane"),
        ("a blurb for chinatown please", "chinatown-1974", "Gittes"),
        ("Our Sunday slot is two hours including the trailers. Does Vertigo fit?", "vertigo-1958", "128"),
        ("does psycho fit in a 2 hour slot?", "psycho-1960", "109"),
        ("What's the running time of chinatown, for the schedule?", "chinatown-1974", "130"),
    ],
)
def test_what_a_programme_asks(engine: Engine, question: str, film_id: str, expected: str):
    assert_answered_about(engine, question, film_id, expected)


def test_a_blurb_keeps_the_spoilers_out(engine: Engine):
    answer = engine.ask("a blurb for psycho please", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Norman was the killer" not in answer.answer, answer.answer
    assert "Mother" not in answer.answer and "mummified" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        # "which of ours …" looks for a film; "Victorian London" is where it is set, no title we lack
        ("Which of our films is about two rival magicians in Victorian London?", "the-prestige-2006"),
        ("which of ours has astronauts crash-landing on an unknown planet?", "planet-of-the-apes-1968"),
    ],
)
def test_which_of_ours_looks_for_a_film(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id, answer.answer


async def test_not_what_i_asked_asks_what_follows(service):
    # What is asked again of another film next is what followed, not the complaint.
    replies = await talk(
        service,
        "what is memento about?",
        "that's not what I asked, I asked who directed it",
        "same question for the prestige",
    )
    assert "Christopher Nolan" in replies[1], replies[1]
    assert "The Prestige (2006) was directed by Christopher Nolan" in replies[2], replies[2]


@pytest.mark.parametrize(
    "question",
    [
        "Who is the woman on the station in Solaris?",
        "My brother said Solaris is really sad. Who is the woman on the station?",
    ],
)
def test_someone_by_kind_the_visible_text_never_introduces_is_not_answered(engine: Engine, question: str):
    # Solaris's visible text has no woman: a sentence about the station's crew answered "who is the woman?".
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "Hari" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [("who is the kid in the sixth sense", "Cole"), ("who is the guy at the motel in psycho", "Bates")],
)
def test_someone_by_kind_the_visible_text_introduces_is_answered(engine: Engine, question: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        # "what's the hitchcock" was read as the question, and its maker's credit answered it
        ("what's the hitchcock movie with the motel about?", "psycho-1960", "Marion"),
        ("what is the nolan film with the magicians about", "the-prestige-2006", "magician"),
        ("what's the tarkovsky film on the space station about?", "solaris-1972", "ocean"),
    ],
)
def test_what_the_film_described_is_about(engine: Engine, question: str, film_id: str, expected: str):
    answer = assert_answered_about(engine, question, film_id, expected)
    assert "directed by" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [("is it the one with james stewart?", "James Stewart"), ("is it the one with kim novak", "Kim Novak")],
)
def test_is_it_the_one_with_someone_asks_the_cast(engine: Engine, question: str, expected: str):
    answer = engine.ask(
        question, scope=SpoilerScope.off(), context_film="vertigo-1958", context_question="who directed vertigo?"
    )
    assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # a title typed as the heading of a yes/no question: it is still a yes/no question
        ("stalker does anyone go in the room", "no one dares"),
        ("stalker: does anyone go into the room?", "no one dares"),
    ],
)
def test_a_title_heading_leaves_the_kind_of_question(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_the_one_with_someone_after_a_title(engine: Engine):
    answer = engine.ask("vertgo is the one with james stewart right", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "James Stewart" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "genre", "premise"),
    [
        ("is psycho scary then", "Horror thriller", "Marion"),
        ("Is The Sixth Sense scary? We're thinking of a Halloween slot.", "Supernatural thriller", "Malcolm"),
        ("is se7en violent?", "Crime thriller", "Somerset"),
    ],
)
def test_how_watching_it_feels_has_its_genre(engine: Engine, question: str, genre: str, premise: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.answer.startswith(f"Genre: {genre}."), answer.answer
    assert premise in answer.answer and not answer.contains_spoilers, answer.answer


def test_what_the_film_described_is_about_right_after_asking_of_it(engine: Engine):
    # Asked right after Psycho, the maker's credit answered ("what's the hitchcock" read as the question).
    answer = engine.ask(
        "whats the hitchcock movie with the motel about?",
        scope=SpoilerScope.off(),
        context_film="psycho-1960",
        context_question="is it scary?",
    )
    assert answer.status is Status.ANSWERED and "Marion" in answer.answer and "directed by" not in answer.answer


@pytest.mark.parametrize(
    ("offer", "then", "told", "not_told"),
    [
        ("what's the oldest film you've got?", "who made it?", "Welles", "Which film"),
        ("anything from the 1940s?", "how long is it?", "119", "Which film"),
        ("which is your longest film?", "who directed it?", "Tarkovsky", "Which film"),
        ("who directed psycho?\nis there another Hitchcock?", "what year is it from?", "1958", "1960"),
    ],
)
async def test_the_one_film_offered_is_the_one_asked_about_next(service, offer: str, then: str, told: str, not_told):
    # A reply offering exactly one film ("The oldest of my films is Citizen Kane (1941).") makes it the film a
    # question naming none asks about, as an answer about it would; with two or more offered, it stays "which?".
    replies = await talk(service, *offer.split("\n"), then)
    assert told in replies[-1] and not_told not in replies[-1], replies


async def test_two_films_offered_still_ask_which(service):
    replies = await talk(service, "which films are by Christopher Nolan?", "who wrote it?")
    assert "Memento" in replies[0] and "The Prestige" in replies[0], replies[0]
    assert "Which film" in replies[1], replies[1]


@pytest.mark.parametrize(
    ("offer", "pick", "then", "told", "not_told"),
    [
        (
            "which films did Tarkovsky make?",
            "the ocean planet one, what's the premise?",
            "how long is that one?",
            "167",
            "162",
        ),
        (
            "which films did Hitchcock make?",
            "the one from 1958, who stars in it?",
            "where's that one set?",
            "San Francisco",
            "Phoenix",
        ),
    ],
)
async def test_that_one_after_a_pick_is_the_one_picked(service, offer, pick, then, told, not_told):
    # After a pick between two, the one left over is remembered for "the other one"; "that one" is the one picked.
    replies = await talk(service, offer, pick, then)
    assert told in replies[2] and not_told not in replies[2], replies


@pytest.mark.parametrize(
    ("first", "then", "again", "told"),
    [
        (
            "I'm deciding between Rashomon and Stalker. How long is the first one?",
            "and the second one?",
            "who directed that one?",
            ("88", "162", "Tarkovsky"),
        ),
        (
            "Rashomon or Stalker: how long is the second one?",
            "and the first one?",
            "who directed it?",
            ("162", "88", "Kurosawa"),
        ),
        (
            "I've got Memento and Se7en queued up. Who's in the first one?",
            "and who directed the second one?",
            "how long is it?",
            ("Guy Pearce", "Fincher", "127"),
        ),
    ],
)
async def test_a_film_picked_by_its_place_among_those_named_before(service, first, then, again, told):
    # Asked of the film named at that place (it was withheld of the first named, or answered of both); the others
    # named stay the choices a next "and the second one?" picks from, and "that one" is the one picked.
    replies = await talk(service, first, then, again)
    for reply, fact in zip(replies, told, strict=True):
        assert fact in reply, replies


def test_a_place_in_the_story_is_no_pick_among_films(engine: Engine):
    answer = engine.ask("who is the first one to die in psycho", scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "psycho-1960" and not answer.choices


async def test_a_film_offered_picked_by_its_year(service):
    replies = await talk(
        service, "which of your films have Brad Pitt in them?", "the 1999 one, what's it about?", "who directed it?"
    )
    assert "Se7en" in replies[0] and "Fight Club" in replies[0], replies[0]
    assert replies[1].startswith("Fight Club (1999)") and "Narrator" in replies[1], replies[1]
    assert "Fincher" in replies[2] and replies[2].startswith("Fight Club"), replies[2]


@pytest.mark.parametrize("insisting", ["bruh just tell me yes or no", "yes or no?", "just answer the question"])
async def test_insisting_asks_the_last_question_again(service, insisting: str):
    # Insisting is the last question asked again (withheld again, of the same film), not a remark to the bot.
    replies = await talk(service, "is malcolm dead the whole time in the sixth sense?", insisting)
    assert replies[0].startswith("The Sixth Sense (1999)") and "/reveal" in replies[0], replies[0]
    assert replies[1].startswith("The Sixth Sense (1999)") and "/help" not in replies[1], replies[1]


async def test_what_the_asker_cannot_take_after_the_question_is_no_remark(service):
    replies = await talk(service, "who directed psycho?", "ok but does anyone die in it, i cant do sad stuff rn")
    assert replies[1].startswith("Psycho (1960)") and "/help" not in replies[1], replies[1]


async def test_everyone_knows_just_say_it_insists(service):
    # Insisting asks the box question again: /reveal then shows what answers it.
    replies = await talk(service, "whats in the box in seven", "bruh everyone knows just say it", "/reveal")
    assert all(r.startswith("Se7en (1995)") and "/reveal" in r for r in replies[:2]), replies
    assert "head" in replies[2], replies[2]


@pytest.mark.parametrize(
    ("question", "film_id", "told", "not_told"),
    [
        # Who speaks of a scene, said after it, is no word of the scene: "everyone" found "everyone goes a little mad".
        ("what happens in the shower scene everyone talks about", "psycho-1960", "shower", "parlour"),
        ("what's in the box everybody goes on about?", "se7en-1995", "head", "Hemingway"),
    ],
)
def test_who_talks_about_a_scene_is_no_word_of_it(engine: Engine, question, film_id, told, not_told):
    answer = engine.ask(question, scope=SpoilerScope.on(), context_film=film_id)
    assert told in answer.answer and not_told not in answer.answer, answer.answer


@pytest.mark.parametrize("guess", ["is it norman?", "so was it his mother?"])
async def test_a_guess_at_a_withheld_answer_is_withheld_too(service, guess: str):
    # Read alone, "is it norman?" found the premise's sentence about Norman, as if answering whether he did it.
    replies = await talk(service, "who is the killer in psycho", guess)
    assert replies[1].startswith("Psycho (1960)") and "/reveal" in replies[1], replies[1]
    assert "Norman Bates, a shy" not in replies[1], replies[1]


async def test_so_what_is_it_insists_on_the_question_before(service):
    replies = await talk(service, "what's the twist in the prestige", "so what is it??", "/reveal")
    assert replies[1].startswith("The Prestige (2006)") and "/help" not in replies[1], replies[1]
    assert "twin" in replies[2], replies[2]
