"""End-to-end tests of the Discord fake, driven through a real discord.py client."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator

import aiohttp
import discord
import pytest
from discord import app_commands

from tests.fake_discord import FakeDiscord, FakeInteraction, fake_discord, run_client

FILMS = ["Alien", "Aliens", "Amelie", "Arrival", "Brazil", "Casablanca"]


class MoreView(discord.ui.View):
    @discord.ui.button(label="More", custom_id="more")
    async def more(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(content=f"more for {interaction.user.name}", view=None)


class QuestionModal(discord.ui.Modal, title="Ask about a film"):
    question = discord.ui.TextInput(label="Question", custom_id="question", max_length=200)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"asked: {self.question.value}", ephemeral=True)


class FakeBot(discord.Client):
    def __init__(self) -> None:
        # A short guild_ready_timeout: discord.py always waits this long after the last GUILD_CREATE.
        super().__init__(intents=discord.Intents.default(), guild_ready_timeout=0.1)
        self.tree = app_commands.CommandTree(self)
        self.command_errors: list[BaseException] = []
        self.release = asyncio.Event()
        self._add_commands()

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        # discord.py sleeps 5 s here before every re-IDENTIFY; pointless against a loopback fake.
        return None

    def _add_commands(self) -> None:
        tree = self.tree

        @tree.command(description="Defer, then answer with a followup")
        async def ping(interaction: discord.Interaction) -> None:
            await interaction.response.defer()
            await interaction.followup.send("pong")

        @tree.command(description="Answer only to the caller")
        async def secret(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("shh", ephemeral=True)

        @tree.command(description="Pick a film")
        @app_commands.describe(title="Film title")
        async def film(interaction: discord.Interaction, title: str) -> None:
            await interaction.response.send_message(f"You picked {title}")

        @film.autocomplete("title")
        async def film_title(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f, value=f) for f in FILMS if f.lower().startswith(current.lower())]

        @tree.command(description="A message with a button")
        async def menu(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("menu", view=MoreView(timeout=30))

        @tree.command(description="Too long for Discord")
        async def essay(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("x" * 2001)

        @tree.command(description="Too slow for Discord")
        async def slow(interaction: discord.Interaction) -> None:
            await asyncio.sleep(0.5)
            await interaction.response.send_message("finally")

        @tree.command(description="Repeat text")
        async def echo(interaction: discord.Interaction, text: str) -> None:
            await interaction.response.send_message(text)

        @tree.command(description="Read an attachment")
        async def attach(interaction: discord.Interaction, file: discord.Attachment) -> None:
            data = await file.read()
            await interaction.response.send_message(f"{file.filename}: {data.decode()}")

        @tree.command(description="Followup only when released")
        async def later(interaction: discord.Interaction) -> None:
            await interaction.response.defer(ephemeral=True)
            await self.release.wait()
            await interaction.followup.send("done")

        @tree.command(description="Open a modal")
        async def ask(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(QuestionModal())

        @tree.command(description="Send a file")
        async def poster(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("poster", file=discord.File(io.BytesIO(b"PNG..."), "poster.png"))

        lists = app_commands.Group(name="lists", description="Film lists")
        admin = app_commands.Group(name="admin", description="List admin", parent=lists)

        @lists.command(name="top", description="Top films")
        async def top(interaction: discord.Interaction, n: int) -> None:
            await interaction.response.send_message(f"top {n}")

        @admin.command(name="reset", description="Reset a list")
        async def reset(interaction: discord.Interaction, name: str) -> None:
            await interaction.response.send_message(f"reset {name}")

        tree.add_command(lists)

        @tree.error
        async def on_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
            self.command_errors.append(error.__cause__ or error)


@pytest.fixture
async def env() -> AsyncIterator[tuple[FakeDiscord, FakeBot]]:
    async with fake_discord() as server:
        bot = FakeBot()
        async with run_client(bot, server):
            guild = discord.Object(server.guild.id)
            bot.tree.copy_global_to(guild=guild)
            await bot.tree.sync(guild=guild)
            yield server, bot


async def slash(server: FakeDiscord, name: str, options: dict | None = None) -> FakeInteraction:
    return await server.send_slash_command(server.guild.id, server.channel.id, server.user, name, options)


async def test_connects_and_syncs_guild_commands(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, bot = env
    assert bot.user is not None and bot.user.id == server.bot.id
    guild = bot.get_guild(server.guild.id)
    assert guild is not None and guild.me is not None and guild.get_channel(server.channel.id) is not None
    assert server.gateway.identify_count == 1 and server.gateway.heartbeats >= 1
    gid, payload = server.command_syncs[-1]
    assert gid == server.guild.id
    by_name = {c["name"]: c for c in payload}
    assert {"ping", "secret", "film", "menu", "echo", "attach"} <= set(by_name)
    title = by_name["film"]["options"][0]
    assert title["name"] == "title" and title["type"] == 3 and title["autocomplete"] is True
    assert [c["name"] for c in server.guild_commands[server.guild.id]] == [c["name"] for c in payload]
    assert server.errors == []


async def test_ping_defers_then_followup_fills_the_thinking_message(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    inter = await slash(server, "ping")
    response = await inter.wait_response()
    assert response["type"] == 5
    followup = await inter.wait_followup(1)
    assert followup["content"] == "pong"
    assert followup["id"] == inter.original["id"]  # the deferred message became the answer
    assert inter.content == "pong" and not inter.loading and not inter.ephemeral
    assert inter.errors == [] and server.errors == []


async def test_ephemeral_reply(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    inter = await slash(server, "secret")
    response = await inter.wait_response()
    assert response["type"] == 4
    assert response["data"]["content"] == "shh" and response["data"]["flags"] == 64
    assert inter.ephemeral and inter.content == "shh"
    assert inter.messages == [inter.original] and inter.original["flags"] == 64


async def test_dm_command_uses_global_commands(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, bot = env
    await bot.tree.sync()
    inter = await server.send_slash_command(None, None, server.user, "echo", {"text": "in a DM"})
    await inter.wait_message()
    assert inter.content == "in a DM"
    assert "guild_id" not in inter.payload and inter.payload["user"]["id"] == str(server.user.id)
    assert server.errors == []


async def test_autocomplete_then_command(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    ac = await server.send_autocomplete(
        server.guild.id, server.channel.id, server.user, "film", {"title": "al"}, focused="title"
    )
    response = await ac.wait_response()
    assert response["type"] == 8
    assert [c["value"] for c in ac.choices] == ["Alien", "Aliens"]
    inter = await slash(server, "film", {"title": "Alien"})
    await inter.wait_message()
    assert inter.content == "You picked Alien"
    assert server.errors == []


async def test_button_click_updates_message(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    inter = await slash(server, "menu")
    message = await inter.wait_message()
    assert message["components"][0]["components"][0]["custom_id"] == "more"
    click = await server.click_button(message, "more", server.user)
    response = await click.wait_response()
    assert response["type"] == 7
    assert click.content == f"more for {server.user.name}"
    assert server.messages[message["id"]]["components"] == []
    assert server.errors == []


async def test_overlong_reply_is_rejected_with_50035(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, bot = env
    inter = await slash(server, "essay")
    error = await inter.wait_error()
    assert error.status == 400 and error.error_code == 50035
    assert "content" in error.response["errors"]["data"]
    await asyncio.sleep(0.05)
    assert isinstance(bot.command_errors[-1], discord.HTTPException)
    assert bot.command_errors[-1].code == 50035
    assert 50035 in server.error_codes and not inter.acknowledged


async def test_late_callback_gets_unknown_interaction(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, bot = env
    server.ack_timeout = 0.3
    inter = await slash(server, "slow")
    error = await inter.wait_error(timeout=3)
    assert (error.status, error.error_code) == (404, 10062)
    await asyncio.sleep(0.05)
    assert isinstance(bot.command_errors[-1], discord.NotFound)


async def test_rate_limited_callback_is_retried(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    server.fail_next("POST /interactions/*/callback", status=429, retry_after=0.2)
    inter = await slash(server, "echo", {"text": "hello"})
    await inter.wait_message()
    assert inter.content == "hello"
    statuses = [r.status for r in inter.requests]
    assert statuses == [429, 200]
    assert inter.requests[1].at - inter.requests[0].at >= 0.2


async def test_rate_limited_rest_call_is_retried(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, bot = env
    server.fail_next("POST /channels/*/messages", retry_after=0.1)
    channel = bot.get_channel(server.channel.id)
    assert isinstance(channel, discord.TextChannel)
    sent = await channel.send("hi")
    assert sent.content == "hi"
    assert [r.status for r in server.requests_to("POST /channels/*/messages")] == [429, 200]


async def test_server_error_is_retried(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, bot = env
    server.fail_server_errors("POST /channels/*/messages", count=1, status=502)
    channel = bot.get_channel(server.channel.id)
    assert isinstance(channel, discord.TextChannel)
    sent = await channel.send("after a 502")  # discord.py sleeps 1 s before retrying a 5xx
    assert sent.content == "after a 502"
    assert [r.status for r in server.requests_to("POST /channels/*/messages")] == [502, 200]
    assert server.channel_messages(server.channel.id)[0]["content"] == "after a 502"


async def test_gateway_disconnect_resumes_and_bot_still_answers(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    await server.disconnect_gateway()
    assert server.gateway.resume_count == 1 and server.gateway.identify_count == 1
    assert server.gateway.connections[-1].path == "/resume/"
    assert server.gateway.connections[-1].kind == "resume"
    inter = await slash(server, "echo", {"text": "still here"})
    await inter.wait_message()
    assert inter.content == "still here"


async def test_interaction_sent_while_disconnected_is_replayed_on_resume(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    await server.disconnect_gateway(wait=False)
    inter = await slash(server, "echo", {"text": "buffered"})
    await server.wait_until_connected()
    await inter.wait_message()
    assert inter.content == "buffered"


async def test_invalidated_session_reidentifies(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    await server.disconnect_gateway(invalidate=True)
    assert server.gateway.identify_count == 2
    inter = await slash(server, "echo", {"text": "again"})
    await inter.wait_message()
    assert inter.content == "again"


async def test_attachment_option_is_read_over_loopback(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    attachment = server.add_attachment("plot.txt", b"a quiet film", "text/plain")
    inter = await slash(server, "attach", {"file": attachment})
    await inter.wait_message()
    assert inter.content == "plot.txt: a quiet film"
    assert inter.payload["data"]["resolved"]["attachments"][attachment["id"]] == attachment
    assert server.requests_to("GET /attachments/*")[0].status == 200


async def test_second_ack_and_expired_token(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, bot = env
    inter = await slash(server, "later")
    assert (await inter.wait_response())["type"] == 5
    async with aiohttp.ClientSession() as http:
        url = f"{server.api_url}/interactions/{inter.id}/{inter.token}/callback"
        async with http.post(url, json={"type": 4, "data": {"content": "again"}}) as resp:
            assert resp.status == 400
            assert resp.headers["Content-Type"] == "application/json"
            assert (await resp.json())["code"] == 40060
        async with http.post(f"{server.api_url}/webhooks/{server.application_id}/nope", json={"content": "x"}) as resp:
            assert (resp.status, (await resp.json())["code"]) == (404, 10015)
    server.advance_clock(15 * 60 + 1)
    bot.release.set()
    error = await inter.wait_for(lambda: [e for e in inter.errors if e.error_code == 50027], what="50027")
    assert error[0].status == 401
    assert inter.loading and inter.ephemeral


async def test_embed_limits_via_followup_reject(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    inter = await slash(server, "ping")
    await inter.wait_followup()
    webhook = f"{server.api_url}/webhooks/{server.application_id}/{inter.token}"
    too_many_fields = {"fields": [{"name": "n", "value": "v"}] * 26}
    cases = [
        {"embeds": [{"description": "d" * 4097}]},
        {"embeds": [{"title": "t" * 257}]},
        {"embeds": [{"fields": [{"name": "n", "value": "v" * 1025}]}]},
        {"embeds": [too_many_fields]},
        {"embeds": [{"description": "a"}] * 11},
        {"embeds": [{"description": "d" * 4000}, {"description": "d" * 2001}]},
    ]
    async with aiohttp.ClientSession() as http:
        for body in cases:
            async with http.post(webhook, json=body) as resp:
                assert resp.status == 400, body
                assert (await resp.json())["code"] == 50035
        async with http.post(webhook, json={"content": ""}) as resp:
            assert (await resp.json())["code"] == 50006
    assert inter.error_codes == [50035] * len(cases) + [50006]


async def test_point_discord_py_at_restores_urls() -> None:
    before = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    async with fake_discord() as server:
        assert server.api_url == discord.http.Route.BASE
        assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == server.gateway_url
    assert before == (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)


async def test_unsynced_command_is_refused_by_the_fake(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    with pytest.raises(LookupError, match="not synced"):
        await slash(server, "nonexistent")
    with pytest.raises(LookupError, match="unknown option"):
        await slash(server, "echo", {"txt": "typo"})


async def test_modal_round_trip(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    opened = await slash(server, "ask")
    response = await opened.wait_response()
    assert response["type"] == 9 and response["data"]["custom_id"]
    submit = await server.submit_modal(opened, server.user, {"question": "Who is Keyser Soze?"})
    await submit.wait_message()
    assert submit.content == "asked: Who is Keyser Soze?" and submit.ephemeral
    assert server.errors == []


async def test_file_upload_becomes_a_hosted_attachment(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    inter = await slash(server, "poster")
    message = await inter.wait_message()
    assert message["content"] == "poster"
    [attachment] = message["attachments"]
    assert attachment["filename"] == "poster.png" and attachment["size"] == 6
    assert inter.requests[0].files[0].data == b"PNG..."
    async with aiohttp.ClientSession() as http, http.get(attachment["url"]) as resp:
        assert await resp.read() == b"PNG..."
    assert server.errors == []


async def test_subcommands_and_groups(env: tuple[FakeDiscord, FakeBot]) -> None:
    server, _ = env
    inter = await slash(server, "lists top", {"n": 3})
    await inter.wait_message()
    assert inter.content == "top 3"
    assert inter.payload["data"]["options"] == [
        {"type": 1, "name": "top", "options": [{"name": "n", "type": 4, "value": 3}]}
    ]
    inter = await server.send_slash_command(
        server.guild.id,
        server.channel.id,
        server.user,
        "lists",
        {"name": "watchlist"},
        subcommand_group="admin",
        subcommand="reset",
    )
    await inter.wait_message()
    assert inter.content == "reset watchlist"
    assert inter.payload["data"]["options"][0]["type"] == 2
    assert server.errors == []
