"""Commands that change, remove or export a film act only on the film named exactly; a near miss changes nothing.

Exact: the film's id, its title or an alias (case, accents and punctuation aside), or "Title (Year)". Everything
else ("Psycho 2", "Stalkr", an id that does not exist) is refused with "no film X; did you mean …".
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.errors import UserError
from bot.service import FilmService
from bot.terminal import TerminalSession
from corpus.load import parse_document
from index.answer_model import Status
from index.catalog import Catalog
from tests.discord_world import World, all_text, settle


def loaded(service: FilmService) -> set[str]:
    """The ids of the films the service answers about now."""
    return {ref.id for ref in service.films()}


def _film(markdown: str, name: str = "doc.md", guild_id: int | None = None):
    return parse_document(markdown.encode(), name, guild_id=guild_id)


PSYCHO = "---\ntitle: Psycho\nyear: 1960\naliases: [Psycho (Hitchcock)]\n---\nDirector: Alfred Hitchcock\n"
BATCH = "# Batch Film 1 (1991)\nDirector: Someone\n\n## Premise\nA batch film.\n"


@pytest.fixture
def catalog() -> Catalog:
    return Catalog(
        [
            _film(PSYCHO),
            _film("# Stalker (1979)\nDirector: Andrei Tarkovsky\n"),
            _film("# The Sixth Sense (1999)\nDirector: M. Night Shyamalan\n"),
            _film(BATCH),
            _film("# Solaris (1972)\nDirector: Andrei Tarkovsky\n"),
            _film("# Solaris (2002)\nDirector: Steven Soderbergh\n"),
            _film("# Our Film (2020)\nDirector: A. Member\n", guild_id=42),
        ]
    )


@pytest.mark.parametrize(
    "name",
    [
        "psycho-1960",
        "Psycho",
        "PSYCHO!",
        "psycho",
        " Psycho ",
        "Psycho (1960)",
        "Psycho 1960",
        "Psycho (Hitchcock)",
        "psycho hitchcock",
    ],
)
def test_exact_names_resolve(catalog: Catalog, name: str):
    resolution = catalog.resolve_exact(name, None)
    assert resolution.status is Status.ANSWERED and resolution.film is not None
    assert resolution.film.id == "psycho-1960"


@pytest.mark.parametrize(
    ("name", "suggested"),
    [
        ("Psycho 2", "psycho-1960"),
        ("Pyscho", "psycho-1960"),
        ("Stalkr", "stalker-1979"),
        ("batch-film-17-2007", "batch-film-1-1991"),
        ("Batch Film 17", "batch-film-1-1991"),
        ("Sixth Sense", "the-sixth-sense-1999"),  # the title without its article is another name
        ("Psycho (1998)", "psycho-1960"),  # right title, wrong year
    ],
)
def test_near_misses_are_not_found_but_suggested(catalog: Catalog, name: str, suggested: str):
    resolution = catalog.resolve_exact(name, None)
    assert resolution.status is Status.NOT_FOUND and resolution.film is None
    assert suggested in [ref.id for ref in resolution.choices]
    # The ordinary resolver (for questions) still forgives typos: exactness is only for changes.
    assert catalog.resolve("Stalkr", None).film is not None


def test_a_shared_title_needs_the_year_and_guild_films_stay_in_their_guild(catalog: Catalog):
    assert catalog.resolve_exact("Solaris", None).status is Status.AMBIGUOUS
    solaris = catalog.resolve_exact("Solaris (2002)", None).film
    assert solaris is not None and solaris.id == "solaris-2002"
    assert catalog.resolve_exact("Our Film", None).status is Status.NOT_FOUND
    assert catalog.resolve_exact("our-film-2020@42", None).status is Status.NOT_FOUND
    assert catalog.resolve_exact("Our Film", 42).film is not None


async def test_the_service_names_the_near_film_and_removes_nothing(service: FilmService):
    with pytest.raises(UserError) as refused:
        await service.remove("Psycho 2", guild_id=None, actor="test", own_guild_only=False)
    assert str(refused.value) == "No film is called 'Psycho 2'; did you mean Psycho (1960)?"
    assert "psycho-1960" in loaded(service)
    assert await service.internals.store.get_film("psycho-1960") is not None
    await service.add_document(
        b"# Psycho (1998)\nDirector: Gus Van Sant\n", "p.md", guild_id=None, actor="test", replace=False
    )
    with pytest.raises(UserError) as ambiguous:
        await service.remove("Psycho", guild_id=None, actor="test", own_guild_only=False)
    assert str(ambiguous.value) == (
        "Several films are called 'Psycho': Psycho (1960) [psycho-1960], "
        "Psycho (1998) [psycho-1998]. Give the year or the id."
    )
    assert {"psycho-1960", "psycho-1998"} <= loaded(service)


# ---- the command line ----------------------------------------------------------------------------------------


def run(db: Path, *args: str):
    return CliRunner().invoke(cli, [*args, "--db", str(db)], catch_exceptions=False)


def film_ids(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM films")}


def test_cli_remove_refuses_near_misses_and_changes_nothing(db_path: Path, tmp_path: Path):
    batch = tmp_path / "batch.md"
    batch.write_text(BATCH)
    assert run(db_path, "films", "load", str(batch)).exit_code == 0
    before = film_ids(db_path)
    for name, near in (
        ("Psycho 2", "Psycho (1960)"),
        ("Stalkr", "Stalker (1979)"),
        ("batch-film-17-2007", "Batch Film 1 (1991)"),
    ):
        result = run(db_path, "films", "remove", name)
        assert result.exit_code == 1, result.output
        assert f"No film is called '{name}'; did you mean" in result.output and near in result.output
        assert film_ids(db_path) == before
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM audit WHERE action = 'remove'").fetchone()[0] == 0


@pytest.mark.parametrize("command", ["export", "show"])
def test_cli_export_and_show_refuse_near_misses(db_path: Path, command: str):
    result = run(db_path, "films", command, "Psycho 2")
    assert result.exit_code == 1
    assert "No film is called 'Psycho 2'; did you mean Psycho (1960)?" in result.output
    assert "{" not in result.output  # nothing of the near film was handed out


def test_cli_exact_names_work(db_path: Path):
    exported = run(db_path, "films", "export", "Psycho (1960)")
    assert exported.exit_code == 0 and json.loads(exported.output)["id"] == "psycho-1960"
    assert run(db_path, "films", "show", "se7en (fincher)").exit_code == 0  # an alias
    removed = run(db_path, "films", "remove", "Seven")  # another alias
    assert removed.exit_code == 0 and removed.output.strip() == "removed Se7en (1995)  [se7en-1995]"
    assert "se7en-1995" not in film_ids(db_path)


# ---- the terminal --------------------------------------------------------------------------------------------


async def test_terminal_remove_and_info_refuse_near_misses(service: FilmService):
    out: list[str] = []
    session = TerminalSession(service, out.append)
    await session.handle("/film remove Stalkr")
    assert out[-1] == "No film is called 'Stalkr'; did you mean Stalker (1979)?"
    assert "stalker-1979" in loaded(service)
    await session.handle("/film info Psycho 2")
    assert out[-1].startswith("No film is called 'Psycho 2'")
    await session.handle("/film remove Stalker (1979)")
    assert out[-1] == "Removed Stalker (1979)."
    assert "stalker-1979" not in loaded(service)


# ---- Discord: exact names, and a confirmation button -----------------------------------------------------------

LOCAL = b"# Night Bus (2011)\nDirector: Somebody\n\n## Premise\nA driver keeps a night bus running.\n"


async def _local_film(world: World) -> str:
    added = await world.slash(
        world.mod, "film add", {"file": world.server.add_attachment("bus.md", LOCAL, "text/markdown")}
    )
    await settle(added)
    film_id = f"night-bus-2011@{world.guild.id}"
    assert film_id in loaded(world.service)
    return film_id


async def _confirmation(world: World, film: str):
    asked = await world.slash(world.mod, "film remove", {"film": film})
    message = await asked.wait_for(
        lambda: next((m for m in asked.messages if m.get("components")), None), what="the confirmation"
    )
    assert message["flags"] & 64  # only the moderator sees it
    buttons = {b["label"]: b["custom_id"] for row in message["components"] for b in row["components"]}
    assert set(buttons) == {"Remove", "Keep it"}
    return asked, message, buttons


async def test_discord_remove_refuses_a_near_miss_without_offering_to_remove(world: World):
    await _local_film(world)
    asked = await world.slash(world.mod, "film remove", {"film": "Night Buss"})
    await settle(asked)
    assert "No film is called 'Night Buss'; did you mean Night Bus (2011)" in all_text(asked)
    assert not any(m.get("components") for m in asked.messages)
    assert f"night-bus-2011@{world.guild.id}" in loaded(world.service)


async def test_discord_remove_asks_and_only_the_moderator_may_confirm(world: World):
    film_id = await _local_film(world)
    asked, message, buttons = await _confirmation(world, film_id)
    assert "Night Bus (2011)" in all_text(asked)
    assert film_id in loaded(world.service)  # nothing happens before the answer

    intruder = await world.server.click_button(message, buttons["Remove"], world.alice)
    await settle(intruder)
    assert intruder.ephemeral and "Only the moderator who asked" in all_text(intruder)
    assert film_id in loaded(world.service)

    confirm = await world.server.click_button(message, buttons["Remove"], world.mod)
    await asked.wait_for(lambda: "Removed" in all_text(asked), what="the outcome")
    assert confirm.response_type == 6  # the press is acknowledged; the command reports the outcome
    assert "Removed **Night Bus (2011)** from this server." in all_text(asked)
    assert not world.server.messages[message["id"]].get("components")  # the buttons are gone
    assert film_id not in loaded(world.service)
    assert await world.service.internals.store.get_film(film_id) is None
    audit = await world.service.internals.store.audit_entries(limit=1)
    assert (audit[0].action.value, audit[0].film_id, audit[0].actor) == ("remove", film_id, f"discord:{world.mod.id}")


async def test_discord_remove_kept_or_timed_out_removes_nothing(world: World):
    film_id = await _local_film(world)
    asked, message, buttons = await _confirmation(world, "Night Bus (2011)")
    await world.server.click_button(message, buttons["Keep it"], world.mod)
    await asked.wait_for(lambda: "nothing was removed" in all_text(asked), what="the outcome")
    assert film_id in loaded(world.service)

    world.bot.get_cog("FilmsCog").confirm_timeout = 0.3
    lapsed, _, _ = await _confirmation(world, "Night Bus")
    await lapsed.wait_for(lambda: "was not removed" in all_text(lapsed), timeout=5, what="the timeout")
    assert "No answer within" in all_text(lapsed)
    assert film_id in loaded(world.service)
