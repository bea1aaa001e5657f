"""What an answer can give away besides its excerpt: the cited section, the shown passages' sections, and the
film a refusal names (issue 9, items 3 and 4)."""

from bot.service import Asker
from index.access import Visibility
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import ALL as FILMS
from tests.films import BY_ID

ENGINE = Engine(FILMS)
LEDGER = BY_ID["the-lighthouse-keeper-s-ledger-2011"]
TWIST_HEADING = "The confession: Quill wrecked the ships for salvage"


def headings(answer) -> list[str]:
    return [answer.cited_section or "", *(p.section for p in answer.passages)]


def test_a_spoiler_heading_is_cited_only_to_a_reader_with_spoilers_on():
    question = "what does Quill admit in the gallery?"
    for scope in ("upto:100%", "upto:1:44", "upto:99%"):
        answer = ENGINE.ask(question, film=LEDGER.title, scope=SpoilerScope.parse(scope))
        assert not any(TWIST_HEADING in h or "Plot (spoilers)" in h for h in headings(answer)), scope
        assert answer.model_dump_json().count(TWIST_HEADING) == 0
    opened = ENGINE.ask(question, film=LEDGER.title, scope=SpoilerScope.on())
    assert opened.cited_section == TWIST_HEADING


def test_a_spoiler_passage_under_a_limit_is_cited_by_its_kind():
    answer = ENGINE.ask("what does Wren find in the ledger?", film=LEDGER.title, scope=SpoilerScope.parse("60%"))
    assert answer.status is Status.ANSWERED and answer.contains_spoilers
    assert answer.cited_section == "Spoiler section (plot)"


def test_safe_headings_are_still_cited():
    answer = ENGINE.ask("who keeps the lighthouse on Skerra Rock?", film=LEDGER.title)
    assert answer.cited_section == "Premise"


def test_a_refusal_never_names_a_film_the_asker_did_not_name():
    for question in (
        "Which film has a child psychologist who is dead all along?",
        "is Norman actually his mother?",
        "who is the killer at the Bates Motel?",
    ):
        answer = ENGINE.ask(question)
        assert answer.status is not Status.ANSWERED or not answer.contains_spoilers, question
        if answer.status is Status.WITHHELD:
            assert answer.film is None, question
            for film in FILMS:
                assert film.title not in answer.answer, question


def test_a_named_film_is_still_named_in_its_refusal():
    answer = ENGINE.ask("is the child psychologist in The Sixth Sense dead all along?")
    assert answer.status is Status.WITHHELD and answer.film is not None
    assert answer.film.title == "The Sixth Sense"
    by_option = ENGINE.ask("is he dead all along?", film="The Sixth Sense")
    assert by_option.status is Status.WITHHELD and by_option.film is not None


def test_a_reader_with_that_films_spoilers_on_gets_the_film_named():
    answer = ENGINE.ask(
        "in which film is the psychologist Malcolm Crowe dead all along?", scope=Visibility(SpoilerScope.on())
    )
    assert answer.film is not None and answer.film.title == "The Sixth Sense"


async def test_the_follow_up_film_is_named_in_a_refusal(service):
    asker = Asker(user_id=3, channel_id=4)
    await service.ask_as(asker, "who directed The Sixth Sense?")
    result = await service.ask_as(asker, "is the psychologist dead all along?")
    assert result.public.status is Status.WITHHELD
    assert result.public.film is not None and result.public.film.title == "The Sixth Sense"


async def test_which_film_is_no_follow_up_and_its_refusal_names_no_film(service):
    asker = Asker(user_id=5, channel_id=6)
    await service.ask_as(asker, "who directed Psycho?")
    result = await service.ask_as(asker, "Which film has a child psychologist who is dead all along?")
    assert result.public.film is None or result.public.film.title != "Psycho"
    if result.public.status is Status.WITHHELD:
        assert result.public.film is None and "Sixth Sense" not in result.public.answer


def test_an_answer_naming_an_unnamed_film_never_confirms_the_rest_of_the_question():
    # The premise fits most of it; the rest is Psycho's twist. Naming Psycho would say "yes, that one".
    answer = ENGINE.ask(
        "which film has a shy motel keeper who stuffs birds, lives with his invalid mother in the "
        "house on the hill, and is secretly the killer dressed as his mother?"
    )
    assert answer.film is None and "Psycho" not in answer.answer
    plain = ENGINE.ask("who is Norman Bates?")  # wholly answered by what anyone may see: named as before
    assert plain.film is not None and plain.film.title == "Psycho"
