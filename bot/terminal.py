"""The terminal transport: the bot's slash commands typed at a prompt, as one user in one channel."""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.durations import parse_duration
from bot.errors import UserError
from bot.plain_text import answer_text
from bot.service import Asker, FilmService
from index.answer_model import Status
from index.film_index import VisibleCache

TERMINAL_ASKER = Asker(user_id=0, channel_id=0, guild_id=None)

HELP = """\
Ask about a film in plain words, or use the bot's commands:
  /ask QUESTION [film:TITLE]            e.g. /ask what is the Zone? film:Stalker
  /reveal                               show the answer that was just withheld
  /spoilers on [film:TITLE] [upto:45%|upto:1:12] [for:2h]
  /spoilers off [film:TITLE]
  /spoilers status [film:TITLE]
  /film list | /film info TITLE | /film add PATH [replace] | /film remove TITLE
      (info and remove take the exact title, "Title (Year)", an alias or the film's id)
  /help, /quit"""

# For each command, the `name:value` options it takes; a value runs to the next option.
_OPTIONS = {
    "ask": ("film",),
    "spoilers": ("film", "upto", "for", "scope"),
}


def split_options(text: str, names: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    if not names:
        return text.strip(), {}
    # "film:Stalker", typed as the option is; "name the film: a guy who …" is prose, a colon and a space after it.
    pattern = re.compile(r"(?:^|\s)(" + "|".join(names) + r"):(?=\S)", re.IGNORECASE)
    matches = list(pattern.finditer(text))
    if not matches:
        return text.strip(), {}
    head = text[: matches[0].start()].strip()
    options = {}
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        options[match.group(1).lower()] = text[match.end() : end].strip()
    return head, options


class TerminalSession:
    def __init__(self, service: FilmService, out: Callable[[str], None]) -> None:
        self.service = service
        self.out = out
        # (question, film id) for /reveal; no film for a refusal that named none
        self._last_withheld: tuple[str, str | None] | None = None

    async def handle(self, line: str) -> bool:
        """Run one typed line; False when the session should end."""
        line = line.strip()
        if not line:
            return True
        if line.lower().rstrip(".!") in ("quit", "exit", "bye"):
            return False  # what people type to leave a prompt, with or without the slash
        if not line.startswith("/"):
            line = "/ask " + line
        command, _, rest = line[1:].partition(" ")
        command = command.lower()
        try:
            if command in ("quit", "exit"):
                return False
            if command == "help":
                self.out(HELP)
            elif command == "ask":
                await self._ask(rest)
            elif command == "reveal":
                await self._reveal()
            elif command == "spoilers":
                await self._spoilers(rest)
            elif command in ("film", "films"):
                await self._film(rest)
            else:
                self.out(f"Unknown command /{command[:30]}. Type /help.")
        except UserError as error:
            self.out(str(error))
        return True

    async def _ask(self, rest: str) -> None:
        question, options = split_options(rest, _OPTIONS["ask"])
        if not question:
            self.out("Ask a question, e.g. /ask who directed Stalker?")
            return
        result = await self.service.ask_as(TERMINAL_ASKER, question, options.get("film") or None)
        # One user in one channel: their own opt-in is all that counts, so show the personal answer.
        answer = result.private or result.public
        self.out(answer_text(answer))
        if answer.status is Status.WITHHELD and (answer.film is not None or answer.names_no_film):
            self._last_withheld = (answer.read_as or question, answer.film.id if answer.film is not None else None)

    async def _reveal(self) -> None:
        if self._last_withheld is None:
            self.out("Nothing to reveal.")
            return
        question, film_id = self._last_withheld
        self.out(answer_text(await self.service.reveal(TERMINAL_ASKER, question, film_id)))

    async def _spoilers(self, rest: str) -> None:
        action, options = split_options(rest, _OPTIONS["spoilers"])
        action = action.lower() or "status"
        film = options.get("film") or None
        if options.get("scope", "me").lower() != "me":
            raise UserError("The terminal is one user in one channel: only scope:me applies.")
        if action == "on":
            duration = parse_duration(options["for"]) if options.get("for") else None
            choice = await self.service.set_spoilers(
                TERMINAL_ASKER, channel_wide=False, film=film, upto=options.get("upto") or None, duration=duration
            )
            what = choice.film.display_title if choice.film else "every film"
            until = f" until {choice.expires_at:%Y-%m-%d %H:%M} UTC" if choice.expires_at else ""
            self.out(f"Spoilers on for {what}: {choice.scope.describe()}{until}.")
            if choice.note:
                self.out(choice.note)
        elif action == "off":
            ref = await self.service.clear_spoilers(TERMINAL_ASKER, channel_wide=False, film=film)
            self.out(f"Spoilers off for {ref.display_title if ref else 'every film'}.")
        elif action == "status":
            self.out(await self.service.spoiler_status(TERMINAL_ASKER, film))
        else:
            self.out("Use /spoilers on, /spoilers off or /spoilers status.")

    async def _film(self, rest: str) -> None:
        action, _, argument = rest.strip().partition(" ")
        action, argument = action.lower(), argument.strip()
        if action == "list":
            rows = await self.service.list_films(None)
            for row in rows:
                self.out(f"  {row.title} ({row.year or '?'})")
            self.out(f"{len(rows)} films.")
        elif action == "info" and argument:
            # Exact names only, and a spoiler section's heading only to someone with this film's spoilers on.
            outline = await self.service.outline(argument, None, reader=TERMINAL_ASKER)
            self.out(outline.ref.display_title)
            for section in outline.sections:
                self.out(f"  {'[spoiler] ' if section.spoiler else ''}{section.label}")
            if not outline.spoiler_headings_shown and any(not s.heading_shown for s in outline.sections):
                self.out("  (spoiler headings hidden until you turn this film's spoilers on)")
        elif action == "add" and argument:
            replace = argument.endswith(" replace")
            path = Path(argument.removesuffix(" replace").strip().strip("'\""))
            try:
                data = path.read_bytes()
            except OSError as error:
                raise UserError(f"Cannot read {path}: {error.strerror or error}") from error
            result = await self.service.add_document(data, path.name, guild_id=None, actor="terminal", replace=replace)
            spoilers = sum(p.spoiler for p in result.film.passages)
            self.out(
                f"{result.outcome.value.capitalize()} {result.film.display_title}: "
                f"{len(result.film.passages)} passages, {spoilers} of them spoilers."
            )
        elif action == "remove" and argument:
            ref = await self.service.remove(argument, guild_id=None, actor="terminal", own_guild_only=False)
            self.out(f"Removed {ref.display_title}.")
        else:
            self.out("Use /film list, /film info TITLE, /film add PATH [replace] or /film remove TITLE.")


async def run_terminal(
    db_path: Path | str,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    *,
    visible_indexes: int = VisibleCache.DEFAULT,
) -> None:
    def out(text: str) -> None:
        print(text, file=stdout, flush=True)

    async with await FilmService.open(db_path, visible_indexes=visible_indexes) as service:
        session = TerminalSession(service, out)
        interactive = stdin.isatty()
        out(
            f"filmbot: {len(service.films())} films loaded from {service.db_path}. No DISCORD_TOKEN set, "
            "so this is the terminal session. Type /help, or just ask."
        )
        while True:
            if interactive:
                print("> ", end="", file=stdout, flush=True)
            line = await asyncio.to_thread(stdin.readline)
            if not line:  # end of input
                break
            if not await session.handle(line):
                break
