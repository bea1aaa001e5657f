"""Every rendered answer fits Discord's limits, whatever the summary text holds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.replies import answer_reply
from index.answer_model import Answer, FilmRef, ShownPassage, Status

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=9000)


def embed_size(embed: dict) -> int:
    return (
        len(embed.get("title", ""))
        + len(embed.get("description", ""))
        + len(embed.get("footer", {}).get("text", ""))
        + sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
    )


@given(
    answer_text=text,
    passages=st.lists(st.tuples(text, st.booleans()), max_size=3),
    title=st.text(min_size=1, max_size=300).filter(str.strip),
    spoiler=st.booleans(),
    status=st.sampled_from([Status.ANSWERED, Status.WITHHELD, Status.NOT_FOUND]),
)
@settings(max_examples=60, deadline=None)
def test_replies_stay_within_discord_limits(answer_text, passages, title, spoiler, status):
    answer = Answer(
        question="q",
        status=status,
        film=FilmRef(id="f", title=title.strip()[:200], year=1999),
        answer=answer_text,
        contains_spoilers=spoiler,
        cited_section="Plot " * 300,
        cited_position=0.5,
        passages=[
            ShownPassage(film_id="f", section="Plot", text=t, spoiler=s, position=0.1, score=1.0) for t, s in passages
        ],
    )
    for detail in (False, True):
        for embed in answer_reply(answer, detail=detail).embeds:
            data = embed.to_dict()
            assert len(data.get("title", "")) <= 256
            assert len(data.get("description", "")) <= 4096
            assert all(len(f["value"]) <= 1024 for f in data.get("fields", []))
            assert embed_size(data) <= 6000
            if status is Status.ANSWERED and spoiler and not detail:
                # Spoiler text only inside closed, escaped spans.
                description = data["description"]
                outside = re.sub(r"\|\|(?:\\.|[^|\\])*\|\|", "", description)
                assert not outside.strip() or "The summary" in outside


def test_a_huge_passage_is_cut_to_a_few_messages():
    passage = ShownPassage(film_id="f", section="Plot", text="word " * 200_000, spoiler=False, position=0.1, score=1.0)
    answer = Answer(
        question="q", status=Status.ANSWERED, film=FilmRef(id="f", title="T"), answer="word word.", passages=[passage]
    )
    embeds = answer_reply(answer, detail=True).embeds
    assert len(embeds) == 3
    assert embeds[0].description.startswith("word word.")
    assert embeds[-1].title == "T (3/3)" and embeds[-1].footer.text.endswith("passage cut short")
