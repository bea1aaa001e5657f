"""The bundled films' cast cards give the parts ("Bruce Willis as Malcolm Crowe"), so a question that names the actor
for the character ("is bruce willis dead the whole time?", then **Reveal**) is asked of the part: it was answered
"The summary doesn't say which part Bruce Willis plays", after the asker had clicked Reveal for the twist.

The parts stay out of what story questions are matched against: written into the facts passage, "what's Kelvin's
job?" found the cast line and was refused, and a part's name was read as a maker's name and dropped from the
question. Every part the bundled cards give is a name the text shown with spoilers off already uses, so a card
tells nothing the story hides (Kevin Spacey has no part in Se7en's card)."""

from __future__ import annotations

import pytest

from bot.service import Asker, FilmService
from corpus.models import Facts
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

ASKER = Asker(user_id=7, channel_id=70, guild_id=700)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("is bruce willis dead the whole time in the sixth sense", "ghost"),
        ("wait is bruce willis's character dead in sixth sense?", "ghost"),
        ("does janet leigh die in psycho?", "stabs her"),
        ("what happens to gwyneth paltrow in se7en", "killed her"),
    ],
)
def test_with_spoilers_on_the_actor_is_asked_as_the_part(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "hidden"),
    [
        ("is bruce willis dead the whole time in the sixth sense", "ghost"),
        ("does janet leigh die in psycho?", "stabs"),
    ],
)
def test_with_spoilers_off_it_is_withheld(engine: Engine, question: str, hidden: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer


async def test_reveal_after_the_refusal_shows_the_twist(service: FilmService) -> None:
    result = await service.ask_as(ASKER, "is bruce willis dead the whole time in sixth sense")
    assert result.public.status is Status.WITHHELD
    revealable = result.revealable
    assert revealable is not None and revealable.film is not None
    shown = await service.reveal(ASKER, revealable.question, revealable.film.id)
    assert shown.status is Status.ANSWERED and "ghost" in shown.answer, shown.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("who is in the sixth sense?", "Bruce Willis as Malcolm Crowe"),
        ("who does bruce willis play in the sixth sense", "Bruce Willis as Malcolm Crowe"),
        ("who plays kelvin in solaris?", "Donatas Banionis as Kris Kelvin"),
        ("who played the narrator in fight club", "Edward Norton as the Narrator"),
    ],
)
def test_a_cast_question_is_answered_with_the_parts(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told", "scope"),
    [
        ("what's kelvin's job in solaris", "psychologist", SpoilerScope.off()),
        ("chinatown: what kind of jobs does Jake Gittes usually take?", "divorce", SpoilerScope.off()),
        ("Somerset is retiring soon in se7en?", "week", SpoilerScope.off()),
        ("what is the narrator's job in fight club?", "recall", SpoilerScope.off()),
    ],
)
def test_a_story_question_about_a_part_is_answered_from_the_story(
    engine: Engine, question: str, told: str, scope: SpoilerScope
) -> None:
    answer = engine.ask(question, scope=scope)
    assert answer.status is Status.ANSWERED and told in answer.answer and "Cast:" not in answer.answer, answer.answer


def test_a_part_past_a_limit_is_not_answered_with_the_cast_line(engine: Engine) -> None:
    answer = engine.ask("what does Tesla build for Angier in the prestige?", scope=SpoilerScope.parse("45%"))
    assert "Cast:" not in answer.answer and "as Nikola Tesla" not in answer.answer, answer.answer


def test_an_entry_is_read_as_the_person_and_their_part() -> None:
    facts = Facts(cast=["Janet Leigh as Marion Crane", "Vera Miles", "Edward Norton AS the Narrator"])
    assert facts.actors() == ["Janet Leigh", "Vera Miles", "Edward Norton"]


@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_every_bundled_part_is_a_name_the_visible_story_uses(film) -> None:
    shown = " ".join(p.text for p in film.passages if not p.spoiler and p.section_kind.value != "facts")
    parts = [entry.split(" as ", 1)[1] for entry in film.facts.cast if " as " in entry]
    for part in parts:
        last = part.removeprefix("the ").split()[-1].removesuffix("'s")
        assert last in shown, (film.id, part)
