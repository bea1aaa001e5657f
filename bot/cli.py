"""The command line: `python -m bot [films|ask|db|sync|discord] …`; with no command it runs the bot."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO, TypeVar

import click

from bot import health
from bot.errors import UserError
from bot.plain_text import answer_json, answer_text
from bot.quiet import quiet_unused_voice_support
from bot.service import DatabaseMissing, DocumentRefused, FilmAlreadyLoaded, FilmOutline, FilmService, fact_lines
from bot.settings import StartupError, load_settings
from corpus.copy import CopyMismatch, copy_store
from corpus.db import SchemaTooNewError
from corpus.detect import is_document_name
from corpus.postgres_db import problems as postgres_problems
from corpus.postgres_store import pg_dump
from corpus.store import DatabaseBusy, StoreNotEmpty
from corpus.store_api import describe_location, open_store, parse_location
from index.spoilers import SpoilerScope
from index.startup import default_index_dir

T = TypeVar("T")

# Start-up problems (a bad setting, a refused token) exit with this, as click does for usage errors.
STARTUP_EXIT = 2

_DB_HELP = (
    "SQLite database file (or sqlite:///path), or postgresql://user@host/db. Default: $FILMBOT_DB, else "
    "filmbot.db in your user data directory."
)


def _database_location(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | str | None:
    """`--db`: a SQLite path or a PostgreSQL URL (click.Path would fold the URL's "//")."""
    if value is None:
        return None
    try:
        location = parse_location(value)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx, param) from None
    if isinstance(location, Path) and location.is_dir():
        raise click.BadParameter(f"{location} is a directory", ctx, param)
    return location


def _run(coroutine_factory: Callable[[], Awaitable[T]]) -> T:
    async def main() -> T:
        return await coroutine_factory()

    return asyncio.run(main())


def _db_option(function: Callable[..., object]) -> Callable[..., object]:
    return click.option("--db", "db", default=None, callback=_database_location, help=_DB_HELP)(function)


def _db_path(db: Path | str | None) -> Path | str:
    """`--db` after the subcommand, else `--db` before it (`python -m bot --db X films list`), else settings."""
    if db is not None:
        return db
    context = click.get_current_context(silent=True)
    given = context.find_root().params.get("db") if context is not None else None
    return given if given is not None else load_settings().db


def _open_service(
    db: Path | str | None, *, seed: bool = True, index: bool = True, create: bool = True
) -> Awaitable[FilmService]:
    """The service over the database; one that answers sizes its index cache from the settings."""
    settings = load_settings()
    return FilmService.open(
        _db_path(db),
        seed=seed,
        index=index,
        create=create,
        visible_indexes=settings.visible_indexes,
        index_dir=settings.index_dir,
        film_cache=settings.film_cache,
        **settings.store_settings(),
    )


def _refuse(error: UserError) -> click.ClickException:
    return click.ClickException(str(error))


@click.group(invoke_without_command=True)
@click.option("--db", "db", default=None, callback=_database_location, help=_DB_HELP)
@click.pass_context
def cli(ctx: click.Context, db: Path | str | None) -> None:
    """filmbot: answers questions about films from their plot summaries without spoiling them.

    With no command, runs the Discord bot when DISCORD_TOKEN is set, else an interactive terminal session.
    """
    if ctx.invoked_subcommand is None:
        from bot.run import run_default

        settings = load_settings()
        run_default(settings if db is None else settings.model_copy(update={"db": db}))


@cli.command("discord")
@_db_option
def discord_command(db: Path | None) -> None:
    """Run the Discord bot; refuses to start without DISCORD_TOKEN (the container's command)."""
    from bot.run import run_discord_only

    settings = load_settings()
    run_discord_only(settings if db is None else settings.model_copy(update={"db": db}))


# ---- films ------------------------------------------------------------------------------------------------


@cli.group()
def films() -> None:
    """Load, list, show, remove and export films."""


def _expand(paths: tuple[Path, ...]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and is_document_name(p.name))
        else:
            yield path


@films.command("load")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--guild", type=int, default=None, help="Load for this Discord guild only.")
@click.option("--replace", is_flag=True, help="Replace a film already loaded with the same title and year.")
@click.option("--title", default=None, help="Title to use instead of the document's (one file only).")
@click.option("--year", type=int, default=None, help="Year to use instead of the document's (one file only).")
@_db_option
def films_load(
    paths: tuple[Path, ...], guild: int | None, replace: bool, title: str | None, year: int | None, db: Path | None
) -> None:
    """Load film documents (files or directories of .txt, .md, .json)."""
    files = list(_expand(paths))
    if (title or year) and len(files) != 1:
        raise click.UsageError("--title and --year apply to a single file")
    if not files:
        raise click.UsageError("no film documents found")

    async def load() -> tuple[list[str], list[str]]:
        loaded: list[str] = []
        failed: list[str] = []
        # Loading needs no answering index: a large corpus is not read back just to add to it.
        async with await _open_service(db, index=False) as service:
            with (
                click.progressbar(files, label="Loading", file=sys.stderr, show_pos=True)
                if len(files) > 5
                else _nullbar(files) as bar
            ):
                for path in bar:
                    try:
                        data = path.read_bytes()
                        result = await service.add_document(
                            data, path.name, guild_id=guild, actor="cli", replace=replace, title=title, year=year
                        )
                    except DocumentRefused as error:
                        failed.append(f"{path}: {error.reason}")
                    except FilmAlreadyLoaded as error:
                        failed.append(f"{path}: {error.film.display_title} is already loaded (use --replace)")
                    except OSError as error:
                        failed.append(f"{path}: cannot read: {error.strerror or error}")
                    else:
                        film = result.film
                        loaded.append(f"{result.outcome.value:<8} {film.display_title}  [{film.id}]  from {path}")
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
    """List loaded films (titles and counts; never section headings)."""

    async def listing() -> list[str]:
        async with await _open_service(db, index=False) as service:
            rows = await service.list_films(guild, all_guilds=all_guilds)
        return [
            f"{row.id:<40} {row.display_title}  {row.passages} passages, {row.spoiler_passages} spoiler"
            + (f"  guild {row.guild_id}" if row.guild_id else "")
            for row in rows
        ]

    lines = _run(listing)
    for line in lines:
        click.echo(line)
    click.echo(f"{len(lines)} films", err=True)


def _with_film(action: Callable[[FilmService], Awaitable[T]], db: Path | None) -> T:
    async def run() -> T:
        async with await _open_service(db) as service:
            try:
                return await action(service)
            except UserError as error:
                raise _refuse(error) from error

    return _run(run)


def when(moment: datetime | None) -> str:
    """A moment for people: minutes, in UTC, no microseconds."""
    if moment is None:
        return "?"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def outline_lines(outline: FilmOutline) -> list[str]:
    lines = [f"{outline.ref.display_title}  [{outline.ref.id}]"]
    if outline.aliases:
        lines.append(f"  also known as: {', '.join(outline.aliases)}")
    lines += [f"  {name}: {value}" for name, value in fact_lines(outline.facts)]
    owner = f"guild {outline.guild_id}" if outline.guild_id else "shared corpus"
    lines.append(
        f"  source: {outline.source_file or '?'} ({owner}), loaded by {outline.loaded_by or '?'} "
        f"on {when(outline.loaded_at)}"
    )
    for section in outline.sections:
        flag = "SPOILER" if section.spoiler else "safe"
        if section.heading_shown:
            spans = f", {section.hidden_spans} spoiler span(s)" if section.hidden_spans else ""
            count = section.paragraphs
            lines.append(
                f"  [{flag:>7}] {section.label} ({section.kind.value}, "
                f"{count} paragraph{'' if count == 1 else 's'}{spans})"
            )
        else:
            lines.append(f"  [{flag:>7}] {section.label}")
    lines.append(f"  {outline.passages} passages, {outline.spoiler_passages} spoiler")
    if not outline.spoiler_headings_shown and any(not s.heading_shown for s in outline.sections):
        lines.append("  (spoiler section headings hidden: they can be spoilers themselves; --spoilers shows them)")
    return lines


@films.command("show")
@click.argument("film")
@click.option("--guild", type=int, default=None)
@click.option(
    "--spoilers",
    "show_spoilers",
    is_flag=True,
    help="Also show the headings of spoiler sections (they can give the twist away).",
)
@_db_option
def films_show(film: str, guild: int | None, show_spoilers: bool, db: Path | None) -> None:
    """Show a film's facts and its sections with their spoiler flags (no spoiler text).

    FILM is its id, exact title, alias or "Title (Year)".
    """

    async def show(service: FilmService) -> list[str]:
        return outline_lines(await service.outline(film, guild, show_spoiler_headings=show_spoilers))

    for line in _with_film(show, db):
        click.echo(line)


@films.command("remove")
@click.argument("film")
@click.option("--guild", type=int, default=None)
@_db_option
def films_remove(film: str, guild: int | None, db: Path | None) -> None:
    """Remove a film. FILM must be its id, exact title, alias or "Title (Year)": never a near match."""

    async def remove(service: FilmService) -> str:
        ref = await service.remove(film, guild_id=guild, actor="cli", own_guild_only=False)
        return f"removed {ref.display_title}  [{ref.id}]"

    click.echo(_with_film(remove, db))


@films.command("export")
@click.argument("film")
@click.option("--guild", type=int, default=None)
@_db_option
def films_export(film: str, guild: int | None, db: Path | None) -> None:
    """Write a film as JSON (loadable again with `films load`). FILM is its id, exact title, alias or
    "Title (Year)"."""

    async def export(service: FilmService) -> str:
        return await service.export(film, guild)

    click.echo(_with_film(export, db))


# ---- ask --------------------------------------------------------------------------------------------------


def _scope(value: str) -> SpoilerScope:
    try:
        return SpoilerScope.parse(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from error


def _batch_item(line: str, film: str | None) -> tuple[str, str | None]:
    """(question, film) of one JSONL line, or ValueError saying what is wrong with it."""
    item = json.loads(line)
    if not isinstance(item, dict) or not isinstance(item.get("question"), str):
        raise ValueError('expected an object with a string "question"')
    item_film = item.get("film") or film
    if item_film is not None and not isinstance(item_film, str):
        raise ValueError('"film" must be a string')
    return item["question"], item_film


@cli.command()
@click.argument("question", required=False)
@click.option("--film", default=None, help="The film the question is about (title, alias or id).")
@click.option("--spoilers", "spoilers", default="off", show_default=True, help="off, on, or upto:N% / upto:H:MM.")
@click.option("--guild", type=int, default=None, help="Ask as in this Discord guild (sees its films).")
@click.option("--json", "as_json", is_flag=True, help="One JSON answer per line.")
@click.option(
    "--batch",
    type=click.File("r", encoding="utf-8"),
    default=None,
    help='JSONL file of {"question": …, "film": …} lines (\'-\' for stdin). Exits 1 if a line failed.',
)
@_db_option
def ask(
    question: str | None,
    film: str | None,
    spoilers: str,
    guild: int | None,
    as_json: bool,
    batch: TextIO | None,
    db: Path | None,
) -> None:
    """Ask a question about a film."""
    scope = _scope(spoilers)
    if question is None and batch is None:
        raise click.UsageError("give a QUESTION, or --batch FILE for many")
    if question is not None and batch is not None:
        raise click.UsageError("give a QUESTION or --batch FILE, not both")

    async def run() -> int:
        async with await _open_service(db) as service:
            if batch is None:
                assert question is not None
                answer = service.ask(question, film=film, scope=scope, guild_id=guild)
                click.echo(answer_json(answer) if as_json else answer_text(answer, "cli"))
                return 0
            failed = 0
            for number, line in enumerate(batch, start=1):
                if not line.strip():
                    continue
                try:
                    item_question, item_film = _batch_item(line, film)
                except ValueError as error:
                    failed += 1
                    reason = str(error)[:200]
                    click.echo(
                        json.dumps({"line": number, "error": reason}) if as_json else f"line {number}: {reason}\n"
                    )
                    continue
                answer = service.ask(item_question, film=item_film, scope=scope, guild_id=guild)
                click.echo(answer_json(answer) if as_json else answer_text(answer, "cli") + "\n")
            return failed

    failed = _run(run)
    if failed:
        click.echo(f"{failed} line{'' if failed == 1 else 's'} failed", err=True)
        sys.exit(1)


# ---- database ---------------------------------------------------------------------------------------------


@cli.group("db")
def db_group() -> None:
    """Database maintenance. Neither command ever creates a database."""


@db_group.command("backup")
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
@_db_option
def db_backup(dest: Path, db: Path | str | None) -> None:
    """Copy the database to DEST while it is in use (SQLite online backup; for PostgreSQL, pg_dump's custom
    format, which pg_restore reads)."""
    location = _db_path(db)

    async def backup() -> None:
        try:
            if isinstance(location, str):  # PostgreSQL: pg_dump reads it as it is, migrating nothing
                await pg_dump(location, dest)
                return
            async with await _open_service(db, seed=False, index=False, create=False) as service:
                await service.backup(dest)
        except (UserError, ValueError) as error:
            raise click.ClickException(str(error)) from error

    _run(backup)
    click.echo(f"backed up to {dest}")


@db_group.command("check")
@click.option("--quick", is_flag=True, help="SQLite's quick_check: skips index contents, for frequent health checks.")
@_db_option
def db_check(quick: bool, db: Path | str | None) -> None:
    """Check the database read-only; exits non-zero when it is missing, damaged or holds no films. For PostgreSQL:
    that it answers, that its schema is the version this filmbot writes, and that it holds films."""
    location = _db_path(db)
    if isinstance(location, str):
        problems = _run(lambda: postgres_problems(location, timeout_s=load_settings().db_timeout))
    else:
        problems = health.problems(location, quick=quick)
    if not problems:
        click.echo("ok")
        return
    for line in problems:
        click.echo(line, err=True)
    sys.exit(1)


@db_group.command("copy")
@click.argument("source", callback=_database_location)
@click.argument("dest", callback=_database_location)
def db_copy(source: Path | str, dest: Path | str) -> None:
    """Copy every film, audit entry, spoiler choice and Reveal button from SOURCE into the empty database DEST
    (SQLite → PostgreSQL or back), then verify: row counts, and every film's export. Stop the bots first."""
    if isinstance(source, Path) and not source.is_file():
        raise click.ClickException(f"no database at {source}; nothing was created")
    settings = load_settings().store_settings()

    async def copy() -> dict[str, int]:
        async with await open_store(source, **settings) as src, await open_store(dest, **settings) as dst:
            try:
                return await copy_store(src, dst)
            except (StoreNotEmpty, CopyMismatch, ValueError) as error:
                raise click.ClickException(str(error)) from error

    counts = _run(copy)
    click.echo(
        f"copied {counts['films']} films ({counts['passages']} passages), {counts['audit']} audit entries, "
        f"{counts['spoiler_prefs']} spoiler choices, {counts['reveal_requests']} Reveal buttons and "
        f"{counts['film_changes']} film changes from {describe_location(source)} to "
        f"{describe_location(dest)}; verified: every table's rows and every film's export match"
    )


@cli.group("index")
def index_group() -> None:
    """The content index on disk that finds a film by its text (FILMBOT_INDEX_DIR)."""


@index_group.command("rebuild")
@_db_option
def index_rebuild(db: Path | str | None) -> None:
    """Rebuild what is derived from the films: passages' stored terms where missing or made by an older
    tokenizer, then the content index (start-up also rebuilds an index it finds stale or damaged)."""
    settings = load_settings()
    location = _db_path(db)
    path = settings.index_dir if settings.index_dir is not None else default_index_dir(parse_location(location))

    async def rebuild() -> tuple[int, int]:
        async with await FilmService.open(
            location, seed=False, index=False, create=False, **settings.store_settings()
        ) as maintenance:
            terms = await maintenance.refresh_stored_terms()
        service = await FilmService.open(
            location,
            seed=False,
            index=False,
            create=False,
            index_dir=path,
            rebuild_index=True,
            **settings.store_settings(),
        )
        async with service:
            return terms, len(service.films())

    try:
        terms, films = _run(rebuild)
    except DatabaseMissing as error:
        raise click.ClickException(str(error)) from error
    if terms:
        click.echo(f"stored the terms of {terms} passages (saved without them, or by an older tokenizer)")
    click.echo(f"rebuilt the content index at {path}: {films} films")


@cli.command("sync")
@click.option("--guild", type=int, default=None, help="Sync to this guild only (instant).")
def sync(guild: int | None) -> None:
    """Publish the slash commands to Discord (globally, or to one guild). Needs DISCORD_TOKEN."""
    from bot.run import sync_commands

    settings = load_settings()
    if settings.discord_token is None:
        raise StartupError("DISCORD_TOKEN is not set")
    count = asyncio.run(sync_commands(settings, guild))
    click.echo(f"synced {count} commands" + (f" to guild {guild}" if guild else " globally"))


def main() -> None:
    quiet_unused_voice_support()  # before anything imports discord.py
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        cli(prog_name="python -m bot")
    except StartupError as error:
        # A bad setting or a refused token: one line saying what to change, no traceback.
        click.echo(f"Error: {error}", err=True)
        sys.exit(STARTUP_EXIT)
    except (SchemaTooNewError, DatabaseBusy) as error:
        # Operator-facing conditions with a clear remedy in their message: no traceback.
        click.echo(f"Error: {error}", err=True)
        sys.exit(1)
