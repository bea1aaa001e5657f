"""Which reply a **Reveal for me** button goes with (`AskResult.revealable`), the same for every transport.

Found by the dialogue bench's service transport, which offered Reveal for every public refusal: after a refusal
about Memento, an answer about Fight Club sent privately (the channel only learns that it was) moved the channel's
button to Fight Club, so a click asked about the film the asker had just been answered about. The cog posted no
such button; the bench now asks the service, as the cog does."""

from __future__ import annotations

from bot.service import Asker, FilmService
from index.answer_model import Hold, Status

ASKER = Asker(user_id=1, channel_id=10, guild_id=100)


async def test_a_public_refusal_is_offered_reveal(service: FilmService) -> None:
    result = await service.ask_as(ASKER, "who is Teddy really in Memento?")
    assert result.public.status is Status.WITHHELD
    revealable = result.revealable
    assert revealable is not None and revealable.film is not None and revealable.film.id == "memento-2000"


async def test_an_answer_sent_privately_is_offered_no_reveal(service: FilmService) -> None:
    await service.set_spoilers(ASKER, channel_wide=False, film=None, upto=None, duration=None)
    result = await service.ask_as(ASKER, "in Fight Club who is Tyler really?")
    assert result.sent_privately and result.private is not None
    assert result.private.status is Status.ANSWERED
    assert result.revealable is None


async def test_a_refusal_sent_privately_is_offered_reveal_for_its_own_film(service: FilmService) -> None:
    # On for every film, off for Memento: the asker's own refusal (the narrower choice) is theirs to reveal.
    await service.set_spoilers(ASKER, channel_wide=False, film=None, upto=None, duration=None)
    await service.clear_spoilers(ASKER, channel_wide=False, film="Memento")
    result = await service.ask_as(ASKER, "who is Teddy really in Memento?")
    shown = result.private if result.sent_privately else result.public
    assert shown is not None and shown.status is Status.WITHHELD
    revealable = result.revealable
    assert revealable is not None and revealable.film is not None and revealable.film.id == "memento-2000"


async def test_a_refusal_past_the_askers_own_limit_is_offered_reveal_past_it(service: FilmService) -> None:
    # Issue 10: past your limit, "raise it or Reveal". Before, no button went with it (Reveal kept the limit, so the
    # click refused again) and the dialogue sets' "/reveal" after such a refusal failed.
    await service.set_spoilers(ASKER, channel_wide=False, film="Psycho", upto="20%", duration=None)
    result = await service.ask_as(ASKER, "what is in the fruit cellar in Psycho?")
    shown = result.private if result.sent_privately else result.public
    assert shown is not None and shown.status is Status.WITHHELD and shown.hold is Hold.PAST_LIMIT
    revealable = result.revealable
    assert revealable is not None and revealable.film is not None and revealable.film.id == "psycho-1960"
    asked = revealable.read_as or "what is in the fruit cellar in Psycho?"
    revealed = await service.reveal(ASKER, asked, "psycho-1960")
    assert revealed.status is Status.ANSWERED and "mummified" in revealed.answer, revealed.answer
    assert revealed.scope == "revealed to you once"


async def test_a_reveal_of_an_off_keeps_the_askers_limit_and_says_only_raising_it_helps(service: FilmService) -> None:
    # Off for Psycho under "up to 20% for all": the click lifts the "off" for one answer, not the point in the story
    # the asker said they had reached; the answer lies past it, and another click would keep it again.
    await service.set_spoilers(ASKER, channel_wide=False, film=None, upto="20%", duration=None)
    await service.clear_spoilers(ASKER, channel_wide=False, film="Psycho")
    result = await service.ask_as(ASKER, "what is in the fruit cellar in Psycho?")
    shown = result.private if result.sent_privately else result.public
    assert shown is not None and shown.hold is Hold.FILM_OFF
    revealed = await service.reveal(ASKER, "what is in the fruit cellar in Psycho?", "psycho-1960")
    assert revealed.status is Status.WITHHELD and "mummified" not in revealed.answer
    assert revealed.hold is Hold.LIMIT_KEPT


async def test_the_clickers_next_question_is_about_the_film_revealed(service: FilmService) -> None:
    # Bob's refusal, Alice's click: her next question naming no film ("wait so who killed her?") is about Se7en,
    # withheld for her as for anyone with spoilers off, not "which film?".
    bob, alice = ASKER, Asker(user_id=2, channel_id=ASKER.channel_id, guild_id=ASKER.guild_id)
    refused = await service.ask_as(bob, "what's in the box in se7en")
    assert refused.revealable is not None
    revealed = await service.reveal(alice, "what's in the box in se7en", "se7en-1995")
    assert revealed.status is Status.ANSWERED and "head" in revealed.answer, revealed.answer
    after = await service.ask_as(alice, "wait so who killed her")
    assert after.public.film is not None and after.public.film.id == "se7en-1995", after.public.answer
    assert after.public.status is Status.WITHHELD, after.public.answer
