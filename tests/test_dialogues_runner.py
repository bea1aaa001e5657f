"""bench/dialogues.py's own logic: the format, the scoring, the leak detector and both transports.

The benchmark's figures are not asserted here: the bot is being improved to meet them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.common import OUT
from bench.dialogues import (
    HERE,
    NOTHING_TO_REVEAL,
    TAGS,
    DiscordTransport,
    FormatError,
    IntendedAccess,
    LeakDetector,
    Reply,
    ServiceTransport,
    Shown,
    Turn,
    failures_path,
    lint,
    load_dialogues,
    main,
    parse_dialogue,
    report,
    run_dialogues,
    score,
)
from bench.spoilers import load_samples
from bot.service import FilmService
from corpus.models import Film
from index.answer_model import Answer, Status
from index.spoilers import ScopeMode, SpoilerScope
from tests.discord_world import running_world

DEV = HERE / "dev.jsonl"


def line(**dialogue: object) -> str:
    return json.dumps({"id": "d", **dialogue})


def ask(question: str, **fields: object) -> dict[str, object]:
    return {"ask": question, "expect": {}, **fields}


# ---- the format -----------------------------------------------------------------------------------------


def test_a_dialogue_parses_into_its_turns():
    dialogue = parse_dialogue(
        line(
            note="n",
            turns=[
                {"do": "spoilers on", "film": "Psycho", "upto": "1:12", "for": "2h", "as": "bob", "channel": "c2"},
                {
                    "ask": "who is the killer?",
                    "film": "psycho",
                    "tags": ["optout", "spoiler-off"],
                    "expect": {"film": "psycho-1960", "status": "withheld", "must_not": ["Norman"]},
                },
                {"do": "reveal", "expect": {"film": None, "must": ["x"]}},
            ],
        )
    )
    on, question, reveal = dialogue.turns
    assert (on.do, on.film, on.upto, on.duration, on.actor, on.channel, on.scope, on.expect) == (
        "spoilers on",
        "Psycho",
        "1:12",
        "2h",
        "bob",
        "c2",
        "me",
        None,
    )
    assert (question.ask, question.film, question.actor, question.channel, question.tags) == (
        "who is the killer?",
        "psycho",
        "alice",
        "c1",
        ("optout", "spoiler-off"),
    )
    assert question.expect is not None and question.expect.check_film and question.expect.must_not == ("Norman",)
    assert reveal.expect is not None and reveal.expect.check_film and reveal.expect.film is None
    assert reveal.expect.status is None and reveal.number == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "must be a JSON object"),
        (line(turns=[]), "`turns` must be a non-empty list"),
        (json.dumps({"turns": [ask("q")]}), "`id` must be a non-empty string"),
        (line(turns=[ask("q")], extra=1), "unknown key(s) ['extra']"),
        (line(turns=[{"ask": "q"}]), "turn 1: an `ask` turn needs `expect`"),
        (line(turns=[ask("q"), {"ask": "q", "do": "reveal"}]), "turn 2: a turn has exactly one of `ask` or `do`"),
        (line(turns=[ask("q"), {"do": "spoilers maybe"}]), "turn 2: unknown `do` 'spoilers maybe'"),
        (line(turns=[ask("q", tags=["spoilers"])]), "unknown tag(s) ['spoilers']"),
        (line(turns=[ask("q", expect={"film": "psycho"})]), "'psycho' is no bundled film id"),
        (line(turns=[ask("q", expect={"status": "refused"})]), "`expect.status` 'refused' is not one of"),
        (line(turns=[ask("q", expect={"must": "Norman"})]), "`expect.must` must be a list of non-empty strings"),
        (line(turns=[ask("q", expect={"mustnt": ["x"]})]), "unknown `expect` key(s) ['mustnt']"),
        (line(turns=[ask("q", **{"as": "carol"})]), "`as` 'carol' is not one of alice, bob, mod"),
        (line(turns=[ask("q", channel="c3")]), "`channel` 'c3' is not one of c1, c2"),
        (line(turns=[ask("q"), {"do": "reveal", "film": "Psycho"}]), "turn 2: key(s) ['film'] do not belong"),
        (line(turns=[ask("q"), {"do": "spoilers off", "upto": "40%"}]), "key(s) ['upto'] do not belong"),
        (
            line(turns=[ask("q"), {"do": "spoilers status", "expect": {"status": "answered"}}]),
            "only `must` / `must_not` can be checked",
        ),
        (line(turns=[{"do": "spoilers on"}]), "no turn has an `expect`"),
    ],
)
def test_a_malformed_line_gets_one_clear_line_naming_where(text: str, message: str):
    with pytest.raises(FormatError) as raised:
        parse_dialogue(text, "dev.jsonl:7")
    assert message in str(raised.value)
    assert str(raised.value).startswith("dev.jsonl:7")
    assert "\n" not in str(raised.value)


def test_a_duplicate_id_names_both_lines(tmp_path: Path):
    path = tmp_path / "x.jsonl"
    path.write_text(line(turns=[ask("q")]) + "\n\n" + line(turns=[ask("r")]) + "\n")
    with pytest.raises(FormatError, match=r"x.jsonl:3: id 'd' is already used at line 1"):
        load_dialogues(path)


def test_the_dev_file_parses_and_holds_enough_ask_turns_covering_every_tag():
    dialogues = load_dialogues(DEV)
    turns = [turn for dialogue in dialogues for turn in dialogue.turns]
    assert sum(turn.ask is not None for turn in turns) >= 150
    assert {tag for turn in turns for tag in turn.tags} == set(TAGS)


def test_the_dev_files_words_are_where_they_belong_in_the_summaries():
    assert lint(load_dialogues(DEV), load_samples()) == []


def test_lint_catches_a_premise_word_used_as_a_spoiler_word_and_an_answer_word_the_film_lacks():
    dialogue = parse_dialogue(
        line(
            turns=[
                ask(
                    "who is the killer in Psycho?",
                    tags=["spoiler-off"],
                    expect={"film": "psycho-1960", "status": "withheld", "must_not": ["mother", "mummified"]},
                ),
                ask(
                    "who directed Psycho?",
                    tags=["safe-fact"],
                    expect={
                        "film": "psycho-1960",
                        "status": "answered",
                        "must": ["Hitchcock", "Norman was the killer"],
                    },
                ),
            ]
        )
    )
    problems = lint([dialogue], load_samples())
    assert len(problems) == 2
    assert "must_not 'mother' is in psycho-1960's safe text" in problems[0]
    assert "must 'Norman was the killer' is not in psycho-1960's safe text" in problems[1]


def test_lint_catches_a_progress_limit_the_bot_cannot_read():
    """A limit the bot refuses stops a whole run at that turn; the lint says so before the run."""
    dialogue = parse_dialogue(
        line(turns=[{"do": "spoilers on", "film": "Psycho", "upto": "after the shower"}, ask("who directed Psycho?")])
    )
    problems = lint([dialogue], load_samples())
    assert len(problems) == 1 and "unknown spoiler scope 'upto:after the shower'" in problems[0]
    readable = parse_dialogue(
        line(turns=[{"do": "spoilers on", "film": "Psycho", "upto": "1h05m"}, ask("who directed Psycho?")])
    )
    assert lint([readable], load_samples()) == []


def test_main_skips_cleanly_when_the_split_is_absent(capsys: pytest.CaptureFixture[str]):
    assert main(["--split", "no-such-split"]) == 0
    assert capsys.readouterr().out.startswith("SKIP: ")


def test_main_refuses_a_malformed_file_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "bad.jsonl"
    path.write_text(line(turns=[ask("q", tags=["nope"])]) + "\n")
    assert main(["--file", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.jsonl:1 (d): turn 1: unknown tag(s) ['nope']" in err


def test_each_dialogue_set_writes_its_own_failures_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    # Tuning reads the dev failures; a held-out run must never land in the file that is read.
    assert failures_path(HERE / "dev.jsonl") == OUT / "dialogue_failures.dev.jsonl"
    assert failures_path(HERE / "heldout.jsonl") != failures_path(HERE / "dev.jsonl")
    path = tmp_path / "mine.jsonl"
    path.write_text(line(turns=[ask("who directed Psycho?", expect={"must": ["nobody at all"]})]) + "\n")
    out = tmp_path / "failures.jsonl"
    assert main(["--file", str(path), "--failures", str(out)]) == 0
    assert [json.loads(row)["dialogue"] for row in out.read_text().splitlines()] == ["d"]
    assert f"written to {out}" in capsys.readouterr().out


def test_noise_rewrites_questions_but_not_small_talk_or_commands():
    from bench.noise import NOISE, with_noise

    (dialogue,) = [
        parse_dialogue(
            line(
                turns=[
                    ask("What's the name of Psycho's director?"),
                    ask("/reveal"),
                    ask("thanks!", tags=["small-talk"]),
                ]
            ),
            "x:1",
        )
    ]
    for kind in NOISE:
        (noisy,) = with_noise([dialogue], kind)
        asked = [turn.ask for turn in noisy.turns]
        assert asked[0] != "What's the name of Psycho's director?" and "psycho" in asked[0].lower()
        assert asked[1:] == ["/reveal", "thanks!"]
        assert noisy.turns[0].expect == dialogue.turns[0].expect
    assert failures_path(HERE / "dev.jsonl", "greeting") != failures_path(HERE / "dev.jsonl")


# ---- scoring ----------------------------------------------------------------------------------------------


def one_turn(expect: dict[str, object]) -> Turn:
    return parse_dialogue(line(turns=[ask("q", expect=expect)])).turns[0]


def test_scoring_checks_film_status_and_words_case_insensitively():
    reply = Reply(text="Psycho (1960):\nDirected by Alfred HITCHCOCK.", film="psycho-1960", status="answered")
    assert score(
        one_turn({"film": "psycho-1960", "status": "answered", "must": ["hitchcock"], "must_not": ["Vertigo"]}), reply
    ) == ([], False)
    problems, wrong = score(one_turn({"status": "withheld", "must": ["Stefano"], "must_not": ["alfred"]}), reply)
    assert problems == ["status answered (expected withheld)", "missing 'Stefano'", "contains 'alfred'"]
    assert not wrong  # the film was not checked


def test_a_reply_about_another_film_or_about_a_film_when_none_was_expected_is_a_wrong_film():
    reply = Reply(text="Vertigo (1958): …", film="vertigo-1958", status="answered")
    assert score(one_turn({"film": "psycho-1960"}), reply) == (["film vertigo-1958 (expected psycho-1960)"], True)
    assert score(one_turn({"film": None}), reply) == (["film vertigo-1958 (expected None)"], True)
    # No film at all is wrong but commits to nothing.
    nothing = Reply(text="Which film?", film=None, status="ambiguous")
    assert score(one_turn({"film": "psycho-1960"}), nothing) == (["film None (expected psycho-1960)"], False)
    assert score(one_turn({"film": None, "status": "ambiguous"}), nothing) == ([], False)


async def test_dialogues_through_the_real_service_are_scored_per_turn(service: FilmService):
    dialogues = [
        parse_dialogue(
            line(
                id="right",
                turns=[
                    ask(
                        "who directed it?",
                        film="Psycho",
                        tags=["option"],
                        expect={"film": "psycho-1960", "status": "answered", "must": ["Hitchcock"]},
                    )
                ],
            )
        ),
        parse_dialogue(
            line(
                id="wrong",
                turns=[
                    ask("who directed it?", film="Psycho", tags=["option"], expect={"film": "vertigo-1958"}),
                    ask("who directed it?", film="Psycho", tags=["option"], expect={"film": None}),
                ],
            )
        ),
    ]
    results = await run_dialogues(dialogues, ServiceTransport(service), service)
    right, wrong, wrong_null = results
    assert right.right and right.reply.film == "psycho-1960" and "Hitchcock" in right.reply.text
    assert right.reply.text.startswith("Psycho (1960):")  # the terminal's rendering
    assert not wrong.right and wrong.wrong_film and wrong.category == "wrong film"
    assert not wrong_null.right and wrong_null.wrong_film
    text = report(results, title="t")
    assert "| 3 | 1 | 33.3% | 2 | 66.7% | 0 | 0 |" in text
    assert "| option | 3 | 1 | 33.3% | 2 |" in text


async def test_every_turn_of_the_dev_file_gets_a_verdict_through_the_service(service: FilmService):
    dialogues = load_dialogues(DEV)
    results = await run_dialogues(dialogues, ServiceTransport(service), service)
    assert len(results) == sum(len(d.turns) for d in dialogues)
    for result in results:
        if result.turn.expect is not None:
            assert (result.category is None) == result.right
        if result.turn.ask is not None:
            assert result.reply.status in {s.value for s in Status}


async def test_reveal_needs_a_withheld_answer_and_a_channel_opt_in_needs_a_moderator(service: FilmService):
    dialogue = parse_dialogue(
        line(
            turns=[
                {"do": "reveal", "expect": {"must": ["x"]}},
                {"do": "spoilers on", "scope": "channel"},
                {"do": "spoilers status", "as": "bob", "expect": {"must": ["x"]}},
            ]
        )
    )
    reveal, refused, status = await run_dialogues([dialogue], ServiceTransport(service), service)
    assert reveal.reply is NOTHING_TO_REVEAL and reveal.category == "no Reveal button"
    assert "Manage Channels" in refused.reply.text
    assert "protected" in status.reply.text  # nothing was stored for the channel


# ---- who may see what, and the leak detector --------------------------------------------------------------


def do(action: str, **fields: object) -> Turn:
    return parse_dialogue(line(turns=[{"do": action, **fields}, ask("q")])).turns[0]


def test_intended_access_follows_the_narrower_and_the_users_own_choice():
    access = IntendedAccess()
    access.apply(do("spoilers on"), None)
    access.apply(do("spoilers off", film="Psycho"), "psycho-1960")
    assert access.scope("c1", "alice", "psycho-1960").mode is ScopeMode.OFF
    assert access.scope("c1", "alice", "vertigo-1958").mode is ScopeMode.ON
    assert access.scope("c2", "alice", "vertigo-1958").mode is ScopeMode.OFF  # another channel
    assert access.scope("c1", "bob", "vertigo-1958").mode is ScopeMode.OFF  # another user

    access.apply(do("spoilers on", scope="channel"), None)  # alice is no moderator: refused
    assert access.scope("c1", "bob", "vertigo-1958").mode is ScopeMode.OFF
    access.apply(do("spoilers on", scope="channel", **{"as": "mod"}), None)
    assert access.scope("c1", "bob", "psycho-1960").mode is ScopeMode.ON
    assert access.scope("c1", "alice", "psycho-1960").mode is ScopeMode.OFF  # her own "off" for Psycho wins

    access.apply(do("spoilers off"), None)  # alice clears her own opt-ins; the channel's stays
    assert access.scope("c1", "alice", "psycho-1960").mode is ScopeMode.ON
    access.apply(do("spoilers on", upto="40%"), None)
    assert access.scope("c1", "alice", "psycho-1960").upto_fraction == pytest.approx(0.4)


@pytest.fixture(scope="module")
def psycho() -> Film:
    return next(film for film in load_samples() if film.id == "psycho-1960")


def shown(text: str, film: str | None = None, *, flagged: bool = False) -> Reply:
    answer = Answer(question="", status=Status.ANSWERED, answer=text)
    return Reply(text=text, film=film, status="answered", seen=(Shown(text, film, flagged, answer),))


def test_the_leak_detector_fires_on_a_real_spoiler_sentence_and_not_on_premise_text(psycho: Film):
    detector = LeakDetector([psycho])
    ending = next(p.text for p in psycho.passages if p.spoiler and "killer" in p.text)
    premise = next(p.text for p in psycho.passages if not p.spoiler and "Marion Crane" in p.text)

    def scope_off(_film_id: str) -> SpoilerScope:
        return SpoilerScope.off()

    leaks, past = detector.check(shown(ending), "who is the killer?", scope_off)
    assert leaks and all(leak.startswith("[psycho-1960]") for leak in leaks) and past == []
    assert detector.check(shown(premise), "who is Marion?", scope_off) == ([], [])
    # The asker's own words are not a leak, and a spoiler-flagged message about the film is.
    assert detector.check(shown(ending), ending, scope_off)[0] == []
    assert detector.check(shown("hidden", "psycho-1960", flagged=True), "q", scope_off)[0] == [
        "[psycho-1960] spoiler-flagged text shown"
    ]


def test_the_leak_detector_respects_opt_ins_and_upto_limits(psycho: Film):
    detector = LeakDetector([psycho])
    ending = next(p.text for p in psycho.passages if p.spoiler and "killer" in p.text)
    shower = next(p.text for p in psycho.passages if p.spoiler and "shower" in p.text and p.time_mark)
    assert detector.check(shown(ending), "q", lambda _f: SpoilerScope.on()) == ([], [])
    upto = SpoilerScope.parse("upto:1:12")
    assert detector.check(shown(shower), "q", lambda _f: upto) == ([], [])
    leaks, past = detector.check(shown(ending), "q", lambda _f: upto)
    assert leaks == [] and past


# ---- the Discord transport reads what the service transport reads ----------------------------------------


async def test_the_discord_transport_scores_like_the_service_transport(tmp_path: Path, service: FilmService):
    dialogues = [
        parse_dialogue(
            line(
                id="facts",
                turns=[
                    ask("who directed it?", film="Psycho", expect={"film": "psycho-1960", "status": "answered"}),
                    ask("who directed The Matrix?", expect={"film": None, "status": "not_found"}),
                ],
            )
        ),
        parse_dialogue(
            line(
                id="reveal",
                turns=[
                    ask(
                        "what does the Professor want with the Room?",
                        film="Stalker",
                        expect={"film": "stalker-1979", "status": "withheld", "must_not": ["bomb"]},
                    ),
                    {"do": "reveal", "as": "bob", "expect": {"film": "stalker-1979", "must": ["bomb"]}},
                    {"do": "spoilers on", "film": "Stalker"},
                    ask(
                        "what does the Professor want with the Room?",
                        film="Stalker",
                        expect={"film": "stalker-1979", "status": "answered", "must": ["bomb"]},
                    ),
                    {"do": "spoilers on", "scope": "channel", "expect": {"must": ["Manage Channels"]}},
                ],
            )
        ),
    ]
    by_service = await run_dialogues(dialogues, ServiceTransport(service), service)
    async with running_world(tmp_path / "bot.db", extra_channels=4) as world:
        by_discord = await run_dialogues(dialogues, DiscordTransport(world), world.service)
    assert [(r.reply.film, r.reply.status, r.problems) for r in by_discord] == [
        (r.reply.film, r.reply.status, r.problems) for r in by_service
    ]
    opted_in = by_discord[5]
    assert len(opted_in.reply.seen) == 2  # a public answer for the channel and the private one for the asker
    assert "bomb" in opted_in.reply.text.lower() and opted_in.leaks == []
    assert by_discord[4].reply.status is None  # a command's confirmation is no answer
