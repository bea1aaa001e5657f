"""Issue 10: answers under spoiler scopes (spoilers on, `upto` limits, opened channels, Reveal) that state what was
asked, found by families of dev failures (bench/dialogues/dev*.jsonl)."""

from __future__ import annotations

import pytest

from bot.service import Asker, FilmService
from index.answer_model import Hold, Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "told", "not_told"),
    [
        # The shower, where it happens, not the psychiatrist's recap ("… killed her, and then killed Arbogast").
        ("what happens to Marion?", "psycho-1960", "stabs her", "psychiatrist"),
        # Landon's own fate, not the sentence where Dodge is killed and Landon only knocked out.
        ("what became of Landon?", "planet-of-the-apes-1968", "lobotomized", "Dodge is killed"),
    ],
)
def test_what_happens_to_someone_with_spoilers_on_quotes_where_their_fate_is_told(
    engine: Engine, question: str, film: str, told: str, not_told: str
) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert answer.answer is not None
    assert told in answer.answer
    assert not_told not in answer.answer


@pytest.mark.parametrize(
    ("question", "film", "told", "not_told"),
    [
        # His own death, not the ghosts' ("they do not know they are dead") in an earlier scene.
        ("how did Malcolm die?", "the-sixth-sense-1999", "bullet killed him", "they do not know"),
        ("is Malcolm actually dead the whole film?", "the-sixth-sense-1999", "bullet killed him", "do not know"),
        # "Shoots him" after the name, not "the drowning of Angier's wife".
        ("how does Angier die?", "the-prestige-2006", "shoots him", "drowning"),
        # The death where it happens (a pronoun for the name just before), not the psychiatrist's recap.
        ("how is Marion killed?", "psycho-1960", "stabs her", "psychiatrist"),
    ],
)
def test_a_death_question_with_spoilers_on_quotes_the_death_of_the_one_asked_about(
    engine: Engine, question: str, film: str, told: str, not_told: str
) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert answer.answer is not None
    assert told in answer.answer
    assert not_told not in answer.answer


def test_a_question_after_the_killer_is_not_read_as_one_after_a_death(engine: Engine) -> None:
    # "Did Leonard kill the attacker?" asks what Leonard did: the sentence where he kills, though no death in it
    # is his.
    answer = engine.ask("did Leonard already kill the real attacker?", film="memento-2000", scope=SpoilerScope.on())
    assert answer.answer is not None
    assert "more than a year ago" in answer.answer


def test_under_a_limit_a_really_question_is_not_answered_by_the_texts_own_real(engine: Engine) -> None:
    # "Really" marks the question as one after a twist; "skeptical of real peril" before the limit states none.
    half = SpoilerScope.parse("upto:50%")
    answer = engine.ask("what is the Professor really planning?", film="stalker-1979", scope=half)
    assert answer.status is Status.WITHHELD
    assert answer.hold is Hold.PAST_LIMIT


def test_under_a_limit_the_real_someone_before_it_still_answers_who_really(engine: Engine) -> None:
    # "The real Evelyn Mulwray appears …: the woman who hired Jake was an impostor" is before the limit.
    limit = SpoilerScope.parse("upto:55%")
    answer = engine.ask("who was the woman who first hired Jake, really?", film="chinatown-1974", scope=limit)
    assert answer.status is Status.ANSWERED
    assert "Ida Sessions" in (answer.answer or "")


async def test_a_follow_up_naming_someone_only_the_films_spoilers_hold_stays_with_a_film_opened_for_the_asker(
    service: FilmService,
) -> None:
    # Spoilers on for Stalker alone: "Marta at the end" is in its ending, which this asker may see, so the
    # question stays with Stalker instead of going to a content search over spoiler-free text.
    asker = Asker(user_id=1, channel_id=10, guild_id=100)
    await service.set_spoilers(asker, channel_wide=False, film="Stalker", upto=None, duration=None)
    await service.ask_as(asker, "what is the Professor's bomb for in Stalker?")
    result = await service.ask_as(asker, "what is strange about Marta at the end?")
    answer = result.private or result.public
    assert answer.status is Status.ANSWERED
    assert answer.film is not None and answer.film.id == "stalker-1979"
    assert "glasses" in (answer.answer or "")


@pytest.mark.parametrize(
    ("question", "film", "limit"),
    [
        # "[1:12] Arbogast climbs the stairs …" is not known to be over by 1:12: nothing visible holds "stairs".
        ("what happens to Arbogast on the stairs?", "psycho-1960", "upto:1:12"),
        # The shower scene before the limit has "a figure", but nothing there "attacks".
        ("who is the figure that attacks Arbogast?", "psycho-1960", "upto:1:12"),
    ],
)
def test_under_a_limit_a_question_half_of_whose_words_nothing_before_it_holds_is_withheld_past_the_limit(
    engine: Engine, question: str, film: str, limit: str
) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(limit))
    assert answer.status is Status.WITHHELD
    assert answer.hold is Hold.PAST_LIMIT


def test_under_a_limit_one_word_of_several_the_text_says_otherwise_still_answers(engine: Engine) -> None:
    # "hit" is told as "struck … with his sled", before the limit.
    limit = SpoilerScope.parse("upto:1:10")
    answer = engine.ask("what did young Charles hit Thatcher with?", film="citizen-kane-1941", scope=limit)
    assert answer.status is Status.ANSWERED
    assert "sled" in (answer.answer or "")


def test_the_whole_time_asks_after_the_twist_not_the_runtime_or_nothing(engine: Engine) -> None:
    # "Which planet were they on the whole time?": what was so all along, which the ending states.
    question = "so which planet were they on the whole time?"
    answer = engine.ask(question, film="planet-of-the-apes-1968", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "Earth all along" in (answer.answer or "")
    hidden = engine.ask(question, film="planet-of-the-apes-1968", scope=SpoilerScope.off())
    assert hidden.status is Status.WITHHELD
