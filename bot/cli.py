"""The command line: `python -m bot [films|ask|db|sync] …`; with no command it runs the bot."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import click

from bot.errors import UserError
from bot.service import FilmService
from bot.settings import Settings
from corpus.bundled import seed_if_empty
from corpus.db import SchemaTooNewError
from corpus.errors import DocumentError
from corpus.load import parse_document
from corpus.store import DatabaseBusy, FilmExists, Store
from index.answer_model import Answer, Status
from index.spoilers import SpoilerScope

T = TypeVar("T")

# Directories are walked for these; a file named explicitly is always tried, whatever its name.
DOCUMENT_SUFFIXES = {".txt", ".md", ".markdown", ".json"}


def _run(coroutine_factory: Callable[[], Awaitable[T]]) -> T:
    async def main() -> T:
        return await coroutine_factory()

    return asyncio.run(main())


def _db_option(function: Callable[..., object]) -> Callable[..., object]:
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="SQLite database file. Default: $FILMBOT_DB, else filmbot.db in your user data directory.",
    )(function)


def _db_path(db: Path | None) -> Path:
    return db if db is not None else Settings().db


async def _open_store(db: Path | None) -> Store:
    """Every command sees the same corpus: an empty database gets the bundled sample films first."""
    store = await Store.open(_db_path(db))
    try:
        await seed_if_empty(store)
    except BaseException:
        await store.close()
        raise
    return store


@click.group(invoke_without_command=True)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """filmbot: answers questions about films from their plot summaries without spoiling them.

    With no command, runs the Discord bot when DISCORD_TOKEN is set, else an interactive terminal session.
    """
    if ctx.invoked_subcommand is None:
        from bot.run import run_default

        run_default(Settings())


# ---- films ------------------------------------------------------------------------------------------------


@cli.group()
def films() -> None:
    """Load, list, show, remove and export films."""


def _expand(paths: tuple[Path, ...]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                              and p.name.lower() != "readme.md")
        else:
            yield path


@films.command("load")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--guild", type=int, default=None, help="Load for this Discord guild only.")
@click.option("--replace", is_flag=True, help="Replace a film already loaded with the same title and year.")
@click.option("--title", default=None, help="Title to use instead of the document's (one file only).")
@click.option("--year", type=int, default=None, help="Year to use instead of the document's (one file only).")
@_db_option
def films_load(paths: tuple[Path, ...], guild: int | None, replace: bool, title: str | None, year: int | None,
               db: Path | None) -> None:
    """Load film documents (files or directories of .txt, .md, .json)."""
    files = list(_expand(paths))
    if (title or year) and len(files) != 1:
        raise click.UsageError("--title and --year apply to a single file")
    if not files:
        raise click.UsageError("no film documents found")

    async def load() -> tuple[list[str], list[str]]:
        loaded: list[str] = []
        failed: list[str] = []
        async with await _open_store(db) as store:
            with click.progressbar(files, label="Loading", file=sys.stderr,
                                   show_pos=True) if len(files) > 5 else _nullbar(files) as bar:
                for path in bar:
                    try:
                        film = parse_document(path.read_bytes(), path.name, title=title, year=year,
                                              guild_id=guild, loaded_by="cli")
                        outcome = await store.save_film(film, replace=replace, actor="cli")
                        loaded.append(f"{outcome.value:<8} {film.display_title}  [{film.id}]  from {path}")
                    except DocumentError as error:
                        failed.append(f"{path}: {error}")
                    except FilmExists:
                        failed.append(f"{path}: {film.display_title} is already loaded (use --replace)")
                    except OSError as error:
                        failed.append(f"{path}: cannot read: {error.strerror or error}")
        return loaded, failed

    loaded, failed = _run(load)
    for line in loaded:
        click.echo(line)
    for line in failed:
        click.echo(f"failed   {line}", err=True)
    click.echo(f"{len(loaded)} loaded, {len(failed)} failed", err=bool(failed))
    if failed:
        sys.exit(1)


class _nullbar:
    def __init__(self, items: list[Path]) -> None:
        self.items = items

    def __enter__(self) -> list[Path]:
        return self.items

    def __exit__(self, *_: object) -> None:
        return None


@films.command("list")
@click.option("--guild", type=int, default=None, help="Also list this guild's films.")
@click.option("--all", "all_guilds", is_flag=True, help="List every guild's films too.")
@_db_option
def films_list(guild: int | None, all_guilds: bool, db: Path | None) -> None:
    """List loaded films."""

    async def listing() -> list[str]:
        async with await _open_store(db) as store:
            rows = await store.list_films(guild, all_guilds=all_guilds)
        return [f"{row.id:<40} {row.title} ({row.year or '?'})  {row.passages} passages, "
                f"{row.spoiler_passages} spoiler" + (f"  guild {row.guild_id}" if row.guild_id else "")
                for row in rows]

    lines = _run(listing)
    for line in lines:
        click.echo(line)
    click.echo(f"{len(lines)} films", err=True)


async def _open_service(db: Path | None) -> FilmService:
    return await FilmService.open(_db_path(db))


def _with_film(film: str, guild: int | None, db: Path | None,
               action: Callable[[FilmService, str], Awaitable[T]]) -> T:
    async def run() -> T:
        async with await _open_service(db) as service:
            try:
                ref = service.resolve(film, guild)
            except UserError as error:
                raise click.ClickException(str(error)) from error
            return await action(service, ref.id)

    return _run(run)


@films.command("show")
@click.argument("film")
@click.option("--guild", type=int, default=None)
@_db_option
def films_show(film: str, guild: int | None, db: Path | None) -> None:
    """Show a film's facts and its sections with their spoiler flags (no spoiler text)."""

    async def show(service: FilmService, film_id: str) -> None:
        stored = await service.store.get_film(film_id)
        assert stored is not None
        click.echo(f"{stored.display_title}  [{stored.id}]")
        for key, value in stored.facts.model_dump(exclude_none=True, exclude_defaults=True).items():
            click.echo(f"  {key}: {value}")
        click.echo(f"  source: {stored.source_file}  loaded by {stored.loaded_by} at {stored.loaded_at}")
        for section in stored.sections:
            flag = "SPOILER" if section.spoiler else "safe"
            spans = sum(section.spoiler_paragraphs)
            extra = f", {spans} spoiler span(s)" if spans and not section.spoiler else ""
            count = len(section.paragraphs)
            click.echo(f"  [{flag:>7}] {section.heading} ({section.kind.value}, "
                       f"{count} paragraph{'' if count == 1 else 's'}{extra})")
        spoilers = sum(p.spoiler for p in stored.passages)
        click.echo(f"  {len(stored.passages)} passages, {spoilers} spoiler")

    _with_film(film, guild, db, show)


@films.command("remove")
@click.argument("film")
@click.option("--guild", type=int, default=None)
@_db_option
def films_remove(film: str, guild: int | None, db: Path | None) -> None:
    """Remove a film."""

    async def remove(service: FilmService, film_id: str) -> None:
        await service.store.remove_film(film_id, actor="cli")
        click.echo(f"removed {film_id}")

    _with_film(film, guild, db, remove)


@films.command("export")
@click.argument("film")
@click.option("--guild", type=int, default=None)
@_db_option
def films_export(film: str, guild: int | None, db: Path | None) -> None:
    """Write a film as JSON (loadable again with `films load`)."""

    async def export(service: FilmService, film_id: str) -> None:
        stored = await service.store.get_film(film_id)
        assert stored is not None
        click.echo(stored.model_dump_json(indent=2))

    _with_film(film, guild, db, export)


# ---- ask --------------------------------------------------------------------------------------------------


def _scope(value: str) -> SpoilerScope:
    try:
        return SpoilerScope.parse(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from error


def answer_json(answer: Answer) -> str:
    return answer.model_dump_json(exclude={"contains_spoilers"})


def answer_text(answer: Answer) -> str:
    """The readable form for people at a terminal."""
    lines: list[str] = []
    if answer.film is not None:
        lines.append(f"{answer.film.display_title}:")
    if answer.status is Status.AMBIGUOUS:
        lines.append("Which film? " + ", ".join(ref.display_title for ref in answer.choices))
    elif answer.status is Status.NOT_FOUND:
        lines.append(answer.answer or "I don't know that film.")
        if answer.choices:
            lines.append("Did you mean: " + ", ".join(ref.display_title for ref in answer.choices) + "?")
    else:
        lines.append(answer.answer)
    if answer.status is Status.ANSWERED and answer.cited_section:
        where = f", {answer.cited_position:.0%} into the plot" if answer.cited_position else ""
        lines.append(f"  — {answer.cited_section}{where}")
    lines.append(f"  ({answer.scope})")
    return "\n".join(lines)


@cli.command()
@click.argument("question", required=False)
@click.option("--film", default=None, help="The film the question is about (title, alias or id).")
@click.option("--spoilers", "spoilers", default="off", show_default=True,
              help="off, on, or upto:N% / upto:H:MM.")
@click.option("--guild", type=int, default=None, help="Ask as in this Discord guild (sees its films).")
@click.option("--json", "as_json", is_flag=True, help="One JSON answer per line.")
@click.option("--batch", type=click.File("r", encoding="utf-8"), default=None,
              help="JSONL file of {\"question\": …, \"film\": …} lines ('-' for stdin).")
@_db_option
def ask(question: str | None, film: str | None, spoilers: str, guild: int | None, as_json: bool,
        batch: click.utils.LazyFile | None, db: Path | None) -> None:
    """Ask a question about a film."""
    scope = _scope(spoilers)
    if (question is None) == (batch is None):
        raise click.UsageError("give a QUESTION or --batch FILE, not both")

    async def run() -> None:
        async with await _open_service(db) as service:
            if batch is None:
                assert question is not None
                answer = service.ask(question, film=film, scope=scope, guild_id=guild)
                click.echo(answer_json(answer) if as_json else answer_text(answer))
                return
            for number, line in enumerate(batch, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                        raise ValueError("expected an object with a string \"question\"")
                    item_film = item.get("film") or film
                    if item_film is not None and not isinstance(item_film, str):
                        raise ValueError("\"film\" must be a string")
                except ValueError as error:
                    click.echo(json.dumps({"line": number, "error": str(error)[:200]}))
                    continue
                answer = service.ask(item["question"], film=item_film, scope=scope, guild_id=guild)
                click.echo(answer_json(answer) if as_json else answer_text(answer) + "\n")

    _run(run)


# ---- database ---------------------------------------------------------------------------------------------


@cli.group("db")
def db_group() -> None:
    """Database maintenance."""


@db_group.command("backup")
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
@_db_option
def db_backup(dest: Path, db: Path | None) -> None:
    """Copy the database to DEST while it is in use (SQLite online backup)."""

    async def backup() -> None:
        async with await Store.open(_db_path(db)) as store:
            await store.backup(dest)

    _run(backup)
    click.echo(f"backed up to {dest}")


@db_group.command("check")
@click.option("--quick", is_flag=True, help="SQLite's quick_check: skips index contents, for frequent health checks.")
@_db_option
def db_check(quick: bool, db: Path | None) -> None:
    """Run SQLite's integrity check; exits non-zero when the database is damaged."""

    async def check() -> list[str]:
        async with await Store.open(_db_path(db)) as store:
            return await store.integrity_check(quick=quick)

    try:
        problems = _run(check)
    except sqlite3.DatabaseError as error:  # too damaged to open at all
        problems = [f"cannot open {_db_path(db)}: {error}"]
    if problems == ["ok"]:
        click.echo("ok")
        return
    for line in problems:
        click.echo(line, err=True)
    sys.exit(1)


@cli.command("sync")
@click.option("--guild", type=int, default=None, help="Sync to this guild only (instant).")
def sync(guild: int | None) -> None:
    """Publish the slash commands to Discord (globally, or to one guild). Needs DISCORD_TOKEN."""
    from bot.run import sync_commands

    settings = Settings()
    if settings.discord_token is None:
        raise click.ClickException("DISCORD_TOKEN is not set")
    count = asyncio.run(sync_commands(settings, guild))
    click.echo(f"synced {count} commands" + (f" to guild {guild}" if guild else " globally"))


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        cli(prog_name="python -m bot")
    except (SchemaTooNewError, DatabaseBusy) as error:
        # Operator-facing conditions with a clear remedy in their message: no traceback.
        click.echo(f"Error: {error}", err=True)
        sys.exit(1)
